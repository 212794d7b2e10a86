using System.Net;
using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests;

/// <summary>Contract §4 <c>GET /golden-records?q=</c>: fuzzy search by name, email or phone, cursor-paged.</summary>
public sealed class GoldenRecordSearchTests(MdmApiFactory factory) : ApiTestBase(factory)
{
    private async Task<string> Put(string system, string id, object body) =>
        (await (await Admin.PutRecord(system, id, body)).Expect(HttpStatusCode.OK))["goldenId"]!.GetValue<string>();

    private async Task<List<string>> Search(string q) =>
        (await (await Admin.GetAsync($"/api/v1/golden-records?q={Uri.EscapeDataString(q)}")).Expect(HttpStatusCode.OK))[
            "items"
        ]!
            .AsArray()
            .Select(i => i!["id"]!.GetValue<string>())
            .ToList();

    [Theory]
    [InlineData("Maria Delgado")]
    [InlineData("DELGADO, MARIA")]
    [InlineData("Mariah Delgadoo")]
    [InlineData("delgado")]
    [InlineData("Maria.Delgado@Example.com")]
    [InlineData("212-555-0147")]
    public async Task Search_ByNameSpellingEmailOrPhone_FindsTheGoldenRecord(string q)
    {
        var maria = await Put(
            "crm",
            "CRM-1",
            ApiCalls.Person("Maria", "Delgado", "maria.delgado@example.com", "(212) 555-0147")
        );
        var other = await Put("crm", "CRM-2", ApiCalls.Person("John", "Stone", "john@example.com", "(415) 555-0100"));

        var found = await Search(q);

        Assert.Equal(maria, found.FirstOrDefault());
        Assert.DoesNotContain(other, found);
    }

    [Fact]
    public async Task Search_MoreResultsThanALimit_PagesWithACursor()
    {
        for (var i = 0; i < 5; i++)
        {
            await Put("crm", $"CRM-{i}", ApiCalls.Person($"Person{(char)('a' + i)}", "Delgado", $"p{i}@example.com"));
        }

        var first = await (await Admin.GetAsync("/api/v1/golden-records?q=delgado&limit=3")).Expect(HttpStatusCode.OK);
        var second = await (
            await Admin.GetAsync($"/api/v1/golden-records?q=delgado&limit=3&after={first["next"]}")
        ).Expect(HttpStatusCode.OK);

        var ids = first["items"]!
            .AsArray()
            .Concat(second["items"]!.AsArray())
            .Select(i => i!["id"]!.GetValue<string>());
        Assert.Equal(5, ids.Distinct().Count());
        Assert.Null(second["next"]);
    }
}
