using System.Text.Json;
using Mdm.Core.GoldenRecords;
using Mdm.Core.SourceRecords;

namespace Mdm.Core.Tests;

public sealed class SurvivorshipOrderIndependenceTests
{
    private static readonly DateTimeOffset March = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);

    // Built to collide on every tie-break: equal sourceUpdatedAt and receivedAt, one system with two ids,
    // the same email in different case, the same consent instant from two sources and offsets.
    private static readonly SurvivorshipInput[] Inputs =
    [
        new(
            March,
            Source("crm", "C-2", March) with
            {
                Gender = "F",
                Emails = [new("John@Example.com", "work")],
                Consents = [new("marketing", "email", "granted", March)],
                Attributes = Attributes("""{"tier":"silver"}"""),
            }
        ),
        new(
            March,
            Source("crm", "C-10", March) with
            {
                Gender = "M",
                Emails = [new("john@example.com", "personal")],
                Phones = [new("212.555.0147", "home", "US")],
                Attributes = Attributes("""{"tier":"gold","vip":true}"""),
            }
        ),
        new(
            March.AddHours(1),
            Source("web", "W-1", March) with
            {
                Name = new PersonName { Full = "Zoë Müller" },
                Consents = [new("marketing", "email", "revoked", March.ToOffset(TimeSpan.FromHours(2)))],
                LoyaltyId = "ly-1",
            }
        ),
        new(
            March,
            Source("pos", "P-1", null) with
            {
                Name = new PersonName { Given = "Zoe", Family = "Muller" },
                BirthDate = new DateOnly(1990, 1, 2),
                Phones = [new("+1 212 555 0147", "mobile", null)],
                LoyaltyId = "LY1",
            }
        ),
        new(
            March,
            Source("app", "A-1", March) with
            {
                Addresses = [new AddressValue { Line1 = "12 Main St", PostalCode = "62704-0001" }],
                Consents = [new("marketing", "email", "granted", March), new("analytics", "web", "granted", March)],
            }
        ),
    ];

    [Fact]
    public void Compute_EveryPermutation_GivesIdenticalSerializedOutput()
    {
        var expected = Serialize(Inputs);
        var permutations = Permutations(Inputs).ToList();

        Assert.Equal(120, permutations.Count);
        Assert.All(permutations, p => Assert.Equal(expected, Serialize(p)));
    }

    [Fact]
    public void Compute_TiedInputs_ResolvedBySystemThenId()
    {
        var golden = Survivorship.Compute(Inputs);

        // web received last among the March records; between crm records "C-10" sorts before "C-2".
        Assert.Equal(new Lineage("web", "W-1", Survivorship.MostRecent), golden.Lineage["name"]);
        Assert.Equal(new Lineage("crm", "C-10", Survivorship.MostRecent), golden.Lineage["gender"]);
        Assert.Equal("M", golden.Gender);
        Assert.Equal([new EmailValue("john@example.com", "personal")], golden.Emails);
        Assert.Equal(["LY1"], golden.LoyaltyIds);
    }

    private static string Serialize(IReadOnlyList<SurvivorshipInput> inputs) =>
        JsonSerializer.Serialize(Survivorship.Compute(inputs), SourceRecordJson.Options);

    private static IEnumerable<SurvivorshipInput[]> Permutations(SurvivorshipInput[] items)
    {
        if (items.Length <= 1)
        {
            yield return items;
            yield break;
        }
        for (var i = 0; i < items.Length; i++)
        {
            var rest = items.Where((_, j) => j != i).ToArray();
            foreach (var tail in Permutations(rest))
            {
                yield return [items[i], .. tail];
            }
        }
    }

    private static SourceRecordPayload Source(string system, string id, DateTimeOffset? updatedAt) =>
        new()
        {
            SourceSystem = system,
            SourceId = id,
            SourceUpdatedAt = updatedAt,
        };

    private static Dictionary<string, JsonElement> Attributes(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;
}
