using System.Net;
using System.Net.Http.Json;
using CsCheck;
using Mdm.Api.Tests.Infrastructure;
using Mdm.Testing;

namespace Mdm.Api.Tests.Properties;

/// <summary>Issue #4 item 8: a split after a merge restores the original groups.</summary>
public sealed class MergeSplitProperties(MdmApiFactory factory) : ApiTestBase(factory)
{
    private const string Email = "ana@example.com";
    private const string Phone = "(212) 555-0147";

    // Ana's extra source records and Rosa's: 1-3 systems each, in random order.
    private static readonly Gen<(string[] Older, string[] Newer)> Sides = Gen.Select(
        Gen.Shuffle(Operations.Systems, 1, 3),
        Gen.Shuffle(Operations.Systems, 1, 3)
    );

    /// <summary>
    /// Protects merge/split symmetry: after a steward merges two golden records under review and splits the newer
    /// side's source records back out, the older id holds exactly its original source records, the new golden record
    /// exactly the other side's, and the invariants of <see cref="GoldenRecordInvariants"/> still hold.
    /// </summary>
    [Fact]
    public Task MergeThenSplit_TheNewerSideOut_RestoresBothGroupsAndTheOlderIdSurvives() =>
        PropertyRuns.CheckAsync(
            Sides,
            RunAsync,
            iter: 8,
            print: t => $"older extras: {string.Join(',', t.Older)}; newer extras: {string.Join(',', t.Newer)}"
        );

    private async Task RunAsync((string[] Older, string[] Newer) extras)
    {
        await Factory.ResetAsync();
        var (older, olderKeys) = await Group("ecommerce", "A0", "Ana", "A", extras.Older, "created");
        var (newer, newerKeys) = await Group("crm", "B0", "Rosa", "B", extras.Newer, "review");
        Assert.NotEqual(older, newer);
        var review = Assert.Single(
            (await (await Admin.GetAsync("/api/v1/match-reviews")).Expect(HttpStatusCode.OK))["items"]!.AsArray()
        )!;

        var merged = await (
            await Admin.PostAsJsonAsync($"/api/v1/match-reviews/{review["id"]}/decision", new { decision = "merge" })
        ).Expect(HttpStatusCode.OK);
        Assert.Equal([older], merged["goldenIds"]!.AsArray().Select(n => n!.GetValue<string>()));
        Assert.Equal(olderKeys.Concat(newerKeys).Order(StringComparer.Ordinal), await SourcesOf(older));

        var sources = newerKeys.Select(k => k.Split('/')).Select(k => new { sourceSystem = k[0], sourceId = k[1] });
        var split = await (
            await Admin.PostAsJsonAsync($"/api/v1/golden-records/{older}/split", new { sources })
        ).Expect(HttpStatusCode.OK);
        var restored = split["newGoldenId"]!.GetValue<string>();

        Assert.Equal(olderKeys.Order(StringComparer.Ordinal), await SourcesOf(older));
        Assert.Equal(newerKeys.Order(StringComparer.Ordinal), await SourcesOf(restored));
        Assert.NotEqual(newer, restored);
        Assert.Empty(await GoldenRecordInvariants.ViolationsAsync(Factory.ConnectionString));
    }

    /// <summary>One golden record: a first source record (with the expected outcome), then extras that join it.</summary>
    private async Task<(string GoldenId, List<string> Keys)> Group(
        string system,
        string id,
        string given,
        string prefix,
        string[] extraSystems,
        string firstOutcome
    )
    {
        var first = await (await Admin.PutRecord(system, id, ApiCalls.Person(given, "Lopez", Email, Phone))).Expect(
            HttpStatusCode.OK
        );
        Assert.Equal(firstOutcome, first["outcome"]!.GetValue<string>());
        var goldenId = first["goldenId"]!.GetValue<string>();
        var keys = new List<string> { $"{system}/{id}" };
        foreach (var (extra, i) in extraSystems.Select((s, i) => (s, i + 1)))
        {
            var joined = await (
                await Admin.PutRecord(extra, $"{prefix}{i}", ApiCalls.Person(given, "Lopez", Email, Phone))
            ).Expect(HttpStatusCode.OK);
            Assert.Equal(
                ("merged", goldenId),
                (joined["outcome"]!.GetValue<string>(), joined["goldenId"]!.GetValue<string>())
            );
            keys.Add($"{extra}/{prefix}{i}");
        }
        return (goldenId, keys);
    }

    private async Task<List<string>> SourcesOf(string goldenId)
    {
        var golden = await (await Admin.GetAsync($"/api/v1/golden-records/{goldenId}")).Expect(HttpStatusCode.OK);
        Assert.Equal("active", golden["status"]!.GetValue<string>());
        return golden["sources"]!
            .AsArray()
            .Select(s => $"{s!["sourceSystem"]}/{s["sourceId"]}")
            .Order(StringComparer.Ordinal)
            .ToList();
    }
}
