using System.Net;
using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests;

public sealed class GoldenRecordReadTests(MdmApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Get_ById_ReturnsValuesSourcesLineageAndETag()
    {
        var older = new
        {
            sourceUpdatedAt = "2025-01-01T00:00:00Z",
            name = new { given = "Katherine", family = "Ng" },
            emails = new[] { new { address = "kate@example.com", type = "personal" } },
            birthDate = "1980-05-06",
        };
        var newer = new
        {
            sourceUpdatedAt = "2026-01-01T00:00:00Z",
            name = new { given = "Kate", family = "Ng" },
            emails = new[] { new { address = "KATE@example.com", type = "work" } },
            phones = new[] { new { number = "212-555-0199", country = "US" } },
            loyaltyId = "LY00000042",
        };
        var created = await (await Admin.PutRecord("crm", "C-1", older)).Expect(HttpStatusCode.OK);
        await (await Admin.PutRecord("loyalty", "L-1", newer)).Expect(HttpStatusCode.OK);

        var response = await Admin.GetAsync($"/api/v1/golden-records/{created["goldenId"]}");
        var golden = await response.Expect(HttpStatusCode.OK);

        Assert.Equal("active", golden["status"]!.GetValue<string>());
        Assert.Equal("Kate", golden["name"]!["given"]!.GetValue<string>());
        Assert.Equal("loyalty", golden["lineage"]!["name"]!["sourceSystem"]!.GetValue<string>());
        Assert.Equal("1980-05-06", golden["birthDate"]!.GetValue<string>());
        Assert.Equal("C-1", golden["lineage"]!["birthDate"]!["sourceId"]!.GetValue<string>());
        Assert.Single(golden["emails"]!.AsArray());
        Assert.Equal("+12125550199", golden["phones"]![0]!["number"]!.GetValue<string>());
        Assert.Equal("LY00000042", golden["loyaltyIds"]![0]!.GetValue<string>());
        Assert.Equal(2, golden["sources"]!.AsArray().Count);
        Assert.NotNull(response.Headers.ETag);
    }

    [Fact]
    public async Task Get_WithCurrentETag_Returns304_AndNewETagAfterChange()
    {
        var created = await (await Admin.PutRecord("crm", "C-1", ApiCalls.Person("Al", "Bo", "al@example.com"))).Expect(
            HttpStatusCode.OK
        );
        var url = $"/api/v1/golden-records/{created["goldenId"]}";
        var etag = (await Admin.GetAsync(url)).Headers.ETag!;

        using var conditional = new HttpRequestMessage(HttpMethod.Get, url);
        conditional.Headers.IfNoneMatch.Add(etag);
        Assert.Equal(HttpStatusCode.NotModified, (await Admin.SendAsync(conditional)).StatusCode);

        await (await Admin.PutRecord("pos", "P-1", ApiCalls.Person("Al", "Bo", "al@example.com", "2125550100"))).Expect(
            HttpStatusCode.OK
        );
        Assert.NotEqual(etag, (await Admin.GetAsync(url)).Headers.ETag);
    }

    [Fact]
    public async Task Get_BySource_ReturnsTheGoldenRecordHoldingIt()
    {
        var created = await (
            await Admin.PutRecord("erp", "ERP-7", ApiCalls.Person("Al", "Bo", "al@example.com"))
        ).Expect(HttpStatusCode.OK);

        var golden = await (await Admin.GetAsync("/api/v1/golden-records/by-source/erp/ERP-7")).Expect(
            HttpStatusCode.OK
        );

        Assert.Equal(created["goldenId"]!.GetValue<string>(), golden["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task Get_Unknown_Returns404Problem()
    {
        await (await Admin.GetAsync($"/api/v1/golden-records/{Guid.NewGuid()}")).ExpectProblem(HttpStatusCode.NotFound);
        await (await Admin.GetAsync("/api/v1/golden-records/by-source/erp/NOPE")).ExpectProblem(
            HttpStatusCode.NotFound
        );
        await (await Admin.GetAsync("/api/v1/golden-records/not-a-guid")).ExpectProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_DetachesSourceRecord_RecomputesAndRetiresWhenEmpty()
    {
        var first = await (await Admin.PutRecord("crm", "C-1", ApiCalls.Person("Al", "Bo", "al@example.com"))).Expect(
            HttpStatusCode.OK
        );
        await (await Admin.PutRecord("pos", "P-1", ApiCalls.Person("Al", "Bo", "al@example.com", "2125550100"))).Expect(
            HttpStatusCode.OK
        );
        var url = $"/api/v1/golden-records/{first["goldenId"]}";

        await (await Admin.DeleteAsync("/api/v1/source-records/pos/P-1")).Expect(HttpStatusCode.OK);
        var afterOne = await (await Admin.GetAsync(url)).Expect(HttpStatusCode.OK);
        Assert.Empty(afterOne["phones"]!.AsArray());
        Assert.Single(afterOne["sources"]!.AsArray());
        await (await Admin.GetAsync("/api/v1/source-records/pos/P-1")).ExpectProblem(HttpStatusCode.NotFound);

        var last = await (await Admin.DeleteAsync("/api/v1/source-records/crm/C-1")).Expect(HttpStatusCode.OK);
        Assert.Equal("retired", last["goldenStatus"]!.GetValue<string>());
        Assert.Equal(
            "retired",
            (await (await Admin.GetAsync(url)).Expect(HttpStatusCode.OK))["status"]!.GetValue<string>()
        );
        await (await Admin.DeleteAsync("/api/v1/source-records/crm/C-1")).ExpectProblem(HttpStatusCode.NotFound);
        Assert.Equal(2, await Factory.CountAsync("SELECT count(*) FROM source_records"));
    }

    [Fact]
    public async Task EveryChange_WritesOneEventWithIncreasingSequence()
    {
        var first = await (await Admin.PutRecord("crm", "C-1", ApiCalls.Person("Al", "Bo", "al@example.com"))).Expect(
            HttpStatusCode.OK
        );
        await (await Admin.PutRecord("pos", "P-1", ApiCalls.Person("Al", "Bo", "al@example.com", "2125550100"))).Expect(
            HttpStatusCode.OK
        );
        await (await Admin.DeleteAsync("/api/v1/source-records/pos/P-1")).Expect(HttpStatusCode.OK);

        var id = first["goldenId"]!.GetValue<string>();
        Assert.Equal(3, await Factory.CountAsync($"SELECT count(*) FROM change_events WHERE golden_id = '{id}'"));
        Assert.Equal(
            1,
            await Factory.CountAsync(
                $"SELECT count(*) FROM change_events WHERE golden_id = '{id}' AND sequence = 1 AND type = 'golden.created'"
            )
        );
        Assert.Equal(6, await Factory.CountAsync($"SELECT sum(sequence) FROM change_events WHERE golden_id = '{id}'"));
        Assert.Equal(
            3,
            await Factory.CountAsync($"SELECT count(*) FROM golden_record_versions WHERE golden_id = '{id}'")
        );
    }
}
