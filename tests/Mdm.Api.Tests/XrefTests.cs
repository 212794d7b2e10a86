using System.Net;
using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests;

public sealed class XrefTests(MdmApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Xrefs_PagedWithCursor_ListEverySourceRecordOnce()
    {
        var expected = new Dictionary<string, string>();
        for (var i = 0; i < 7; i++)
        {
            var r = await (
                await Admin.PutRecord("pos", $"P-{i}", ApiCalls.Person("A", $"B{i}", $"p{i % 3}@example.com"))
            ).Expect(HttpStatusCode.OK);
            expected[$"P-{i}"] = r["goldenId"]!.GetValue<string>();
        }

        var seen = new Dictionary<string, string>();
        string? after = null;
        var pages = 0;
        do
        {
            var page = await (
                await Admin.GetAsync($"/api/v1/xrefs?limit=3{(after is null ? "" : $"&after={after}")}")
            ).Expect(HttpStatusCode.OK);
            foreach (var item in page["items"]!.AsArray())
            {
                seen.Add(item!["sourceId"]!.GetValue<string>(), item["goldenId"]!.GetValue<string>());
            }
            after = page["next"]?.GetValue<string>();
            pages++;
        } while (after is not null);

        Assert.Equal(3, pages);
        Assert.Equal(expected.OrderBy(x => x.Key), seen.OrderBy(x => x.Key));
    }

    [Fact]
    public async Task Xrefs_AsCsv_StreamsTheWholeCrosswalk()
    {
        var a = await (await Admin.PutRecord("pos", "P-1", ApiCalls.Person("A", "B", "ab@example.com"))).Expect(
            HttpStatusCode.OK
        );
        await (await Admin.PutRecord("crm", "C-1", ApiCalls.Person("A", "B", "ab@example.com"))).Expect(
            HttpStatusCode.OK
        );
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/xrefs");
        request.Headers.Accept.ParseAdd("text/csv");

        var response = await Admin.SendAsync(request);

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("sourceSystem,sourceId,goldenId", lines[0]);
        Assert.Equal(new[] { $"crm,C-1,{a["goldenId"]}", $"pos,P-1,{a["goldenId"]}" }, lines[1..].Order());
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=5000")]
    [InlineData("after=abc")]
    public async Task Xrefs_BadPaging_Returns400(string query)
    {
        await (await Admin.GetAsync($"/api/v1/xrefs?{query}")).ExpectProblem(HttpStatusCode.BadRequest);
    }
}
