using System.Net;
using System.Net.Http.Json;
using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests;

/// <summary>Issue #4: history and asOf, split, and the change feed (contract §4, §7).</summary>
public sealed class GoldenRecordHistoryTests(MdmApiFactory factory) : ApiTestBase(factory)
{
    private async Task<string> Put(string system, string id, object body) =>
        (await (await Admin.PutRecord(system, id, body)).Expect(HttpStatusCode.OK))["goldenId"]!.GetValue<string>();

    [Fact]
    public async Task History_AfterAnUpdate_ListsBothVersionsAndAsOfReturnsThePastOne()
    {
        var goldenId = await Put("ecommerce", "WEB-1", ApiCalls.Person("Ana", "Lopez", "ana@example.com"));
        await Task.Delay(50);
        var between = DateTimeOffset.UtcNow;
        await Task.Delay(50);
        await Put(
            "ecommerce",
            "WEB-1",
            ApiCalls.Person("Ana", "Lopez-Garcia", "ana@example.com", updatedAt: "2026-03-01T00:00:00Z")
        );

        var history = await (await Admin.GetAsync($"/api/v1/golden-records/{goldenId}/history")).Expect(
            HttpStatusCode.OK
        );
        var versions = history["versions"]!.AsArray();
        Assert.Equal([1, 2], versions.Select(v => v!["version"]!.GetValue<int>()));
        Assert.All(versions, v => Assert.False(string.IsNullOrEmpty(v!["changedBy"]!.GetValue<string>())));
        Assert.StartsWith("ingest", versions[0]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.StartsWith("update", versions[1]!["reason"]!.GetValue<string>(), StringComparison.Ordinal);

        var past = await (
            await Admin.GetAsync(
                $"/api/v1/golden-records/{goldenId}/history?asOf={Uri.EscapeDataString(between.ToString("O"))}"
            )
        ).Expect(HttpStatusCode.OK);
        Assert.Equal(1, past["version"]!.GetValue<int>());
        Assert.Equal("Lopez", past["name"]!["family"]!.GetValue<string>());
        var now = await (await Admin.GetAsync($"/api/v1/golden-records/{goldenId}")).Expect(HttpStatusCode.OK);
        Assert.Equal("Lopez-Garcia", now["name"]!["family"]!.GetValue<string>());
    }

    [Fact]
    public async Task History_AsOfBeforeTheGoldenRecordExisted_Returns404()
    {
        var goldenId = await Put("ecommerce", "WEB-1", ApiCalls.Person("Ana", "Lopez", "ana@example.com"));

        await (
            await Admin.GetAsync($"/api/v1/golden-records/{goldenId}/history?asOf=2000-01-01T00:00:00Z")
        ).ExpectProblem(HttpStatusCode.NotFound);
        await (await Admin.GetAsync($"/api/v1/golden-records/{goldenId}/history?asOf=yesterday")).ExpectProblem(
            HttpStatusCode.BadRequest
        );
    }

    [Fact]
    public async Task Split_ThenReingest_DoesNotMergeAgain()
    {
        var goldenId = await Put("ecommerce", "WEB-1", ApiCalls.Person("Ana", "Lopez", "ana@example.com"));
        Assert.Equal(goldenId, await Put("pos", "POS-1", ApiCalls.Person("Ana", "Lopez", "ana@example.com")));

        var split = await (
            await Admin.PostAsJsonAsync(
                $"/api/v1/golden-records/{goldenId}/split",
                new { sources = new[] { new { sourceSystem = "pos", sourceId = "POS-1" } } }
            )
        ).Expect(HttpStatusCode.OK);
        var newGoldenId = split["newGoldenId"]!.GetValue<string>();

        Assert.NotEqual(goldenId, newGoldenId);
        Assert.Equal(
            newGoldenId,
            await Put(
                "pos",
                "POS-1",
                ApiCalls.Person("Ana", "Lopez", "ana@example.com", updatedAt: "2026-04-01T00:00:00Z")
            )
        );
        var original = await (await Admin.GetAsync($"/api/v1/golden-records/{goldenId}")).Expect(HttpStatusCode.OK);
        Assert.Equal("WEB-1", Assert.Single(original["sources"]!.AsArray())!["sourceId"]!.GetValue<string>());
        Assert.Equal(1, await Factory.CountAsync("SELECT count(*) FROM change_events WHERE type = 'golden.split'"));
        Assert.Equal(1, await Factory.CountAsync("SELECT count(*) FROM match_exclusions"));
    }

    [Theory]
    [InlineData("""{"sources":[{"sourceSystem":"pos","sourceId":"NOPE"}]}""")]
    [InlineData("""{"sources":[]}""")]
    [InlineData("""{"sources":[{"sourceSystem":"ecommerce","sourceId":"WEB-1"}]}""")]
    public async Task Split_BadRequest_Returns400AndChangesNothing(string body)
    {
        var goldenId = await Put("ecommerce", "WEB-1", ApiCalls.Person("Ana", "Lopez", "ana@example.com"));
        var events = await Factory.CountAsync("SELECT count(*) FROM change_events");

        await (await Admin.PostAsync($"/api/v1/golden-records/{goldenId}/split", ApiCalls.Json(body))).ExpectProblem(
            HttpStatusCode.BadRequest
        );

        Assert.Equal(events, await Factory.CountAsync("SELECT count(*) FROM change_events"));
        Assert.Equal(1, await Factory.CountAsync("SELECT count(*) FROM golden_records"));
    }

    [Fact]
    public async Task Changes_ListEventsInOrderWithConsecutiveSequencesPerGoldenRecord()
    {
        var ana = await Put("ecommerce", "WEB-1", ApiCalls.Person("Ana", "Lopez", "ana@example.com"));
        var bob = await Put("ecommerce", "WEB-2", ApiCalls.Person("Bob", "Stone", "bob@example.com"));
        await Put(
            "ecommerce",
            "WEB-1",
            ApiCalls.Person("Ana", "Lopez-Garcia", "ana@example.com", updatedAt: "2026-03-01T00:00:00Z")
        );

        var first = await (await Admin.GetAsync("/api/v1/changes?limit=2")).Expect(HttpStatusCode.OK);
        var rest = await (await Admin.GetAsync($"/api/v1/changes?after={first["next"]}&limit=100")).Expect(
            HttpStatusCode.OK
        );
        var items = first["items"]!.AsArray().Concat(rest["items"]!.AsArray()).ToList();

        Assert.Equal(
            new[] { (ana, "golden.created", 1), (bob, "golden.created", 1), (ana, "golden.updated", 2) },
            items.Select(i =>
                (i!["goldenId"]!.GetValue<string>(), i["type"]!.GetValue<string>(), i["sequence"]!.GetValue<int>())
            )
        );
        var positions = items.Select(i => i!["position"]!.GetValue<long>()).ToList();
        Assert.Equal(positions.Order(), positions);
        Assert.Equal(ana, items[0]!["data"]!["goldenId"]!.GetValue<string>());
        var empty = await (await Admin.GetAsync($"/api/v1/changes?after={rest["next"]}")).Expect(HttpStatusCode.OK);
        Assert.Empty(empty["items"]!.AsArray());
    }
}
