using System.Net;
using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests;

/// <summary>Query strings of the read endpoints added with issue #4: malformed values get 400 problem details.</summary>
public sealed class QueryParameterTests(MdmApiFactory factory) : ApiTestBase(factory)
{
    [Theory]
    [InlineData("/golden-records?")]
    [InlineData("/golden-records?q=maria&limit=0")]
    [InlineData("/golden-records?q=maria&after=abc")]
    [InlineData("/golden-records?q=maria&limit=ten")]
    [InlineData("/changes?after=abc")]
    [InlineData("/changes?limit=0")]
    [InlineData("/match-reviews?limit=many")]
    [InlineData("/match-reviews?status=closed")]
    [InlineData("/match-reviews?after=xyz")]
    public async Task Query_BadParameter_Returns400ProblemDetails(string pathAndQuery)
    {
        await (await Admin.GetAsync($"/api/v1{pathAndQuery}")).ExpectProblem(HttpStatusCode.BadRequest);
    }
}
