using System.Net;
using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests.Imports;

/// <summary>What <c>POST /imports</c> refuses before anything is stored.</summary>
public sealed class ImportRequestTests(MdmApiFactory factory) : ApiTestBase(factory)
{
    [Theory]
    [InlineData(null, "a.csv", "sourceSystem")]
    [InlineData("pos", null, "file")]
    [InlineData("nowhere", "a.csv", "sourceSystem")]
    [InlineData("pos", "a.xlsx", "file")]
    public async Task Post_MissingOrBadPart_Returns400NamingIt(string? system, string? fileName, string field)
    {
        var problem = await (await Admin.PostImport(system, fileName, "sourceId\nP-1\n")).ExpectProblem(
            HttpStatusCode.BadRequest
        );

        Assert.NotNull(problem["errors"]![field]);
        Assert.Equal(0, await Factory.CountAsync("SELECT count(*) FROM imports"));
    }

    [Fact]
    public async Task Post_EmptyFile_Returns400AndStoresNothing()
    {
        await (await Admin.PostImport("pos", "a.csv", "")).ExpectProblem(HttpStatusCode.BadRequest);

        Assert.Equal(0, await Factory.CountAsync("SELECT count(*) FROM imports"));
    }

    [Fact]
    public async Task Post_NotMultipart_Returns415()
    {
        await (await Admin.PostAsync("/api/v1/imports", ApiCalls.Json(new { sourceSystem = "pos" }))).ExpectProblem(
            HttpStatusCode.UnsupportedMediaType
        );
    }

    [Fact]
    public async Task Post_BoundKeyOfAnotherSystem_Returns403_AndItsOwnSystemIsAccepted()
    {
        using var pos = Factory.Client(await Admin.CreateKey("pos-till", ["records:write"], sourceSystem: "pos"));

        await (await pos.PostImport("ecommerce", "a.csv", "sourceId\nW-1\n")).ExpectProblem(HttpStatusCode.Forbidden);
        var id = await pos.StartImport("pos", "a.csv", "sourceId\nP-1\n");

        Assert.Equal(1, await Factory.CountAsync("SELECT count(*) FROM imports"));
        var other = await Admin.StartImport("crm", "b.csv", "sourceId\nC-1\n");
        await (await pos.GetAsync($"/api/v1/imports/{other}")).ExpectProblem(HttpStatusCode.Forbidden);
        await (await pos.GetAsync($"/api/v1/imports/{id}")).Expect(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Post_WithoutWriteScope_Returns403()
    {
        using var reader = Factory.Client(await Admin.CreateKey("reader", ["golden:read"]));

        await (await reader.PostImport("pos", "a.csv", "sourceId\nP-1\n")).ExpectProblem(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("/imports/00000000-0000-0000-0000-000000000001", HttpStatusCode.NotFound)]
    [InlineData("/imports/00000000-0000-0000-0000-000000000001/errors", HttpStatusCode.NotFound)]
    [InlineData("/imports?limit=0", HttpStatusCode.BadRequest)]
    public async Task Get_UnknownImportOrBadQuery_ReturnsProblem(string path, HttpStatusCode status)
    {
        await (await Admin.GetAsync($"/api/v1{path}")).ExpectProblem(status);
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("after=abc")]
    public async Task GetErrors_BadPaging_Returns400(string query)
    {
        var id = await Admin.StartImport("pos", "a.csv", "sourceId\nP-1\n");

        await (await Admin.GetAsync($"/api/v1/imports/{id}/errors?{query}")).ExpectProblem(HttpStatusCode.BadRequest);
    }
}
