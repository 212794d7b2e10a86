using System.Text.Json;
using Mdm.Core.GoldenRecords;
using Mdm.Core.SourceRecords;
using static Mdm.Core.Tests.SurvivorshipInputs;

namespace Mdm.Core.Tests;

/// <summary>Every strategy on inputs that tie on everything but (source system, source id), in every input order.</summary>
public sealed class SurvivorshipTieBreakTests
{
    // Equal sourceUpdatedAt (one of them in another offset), equal receivedAt, one-letter values: nothing but the
    // final (system, id) ordinal tie-break separates them. "C-10" sorts before "C-2".
    private static readonly SurvivorshipInput[] Tied =
    [
        Input(Payload("crm", "C-2", March) with { Gender = "F", Attributes = Attributes("""{"tier":"a"}""") }),
        Input(Payload("crm", "C-10", March) with { Gender = "M", Attributes = Attributes("""{"tier":"b"}""") }),
        Input(
            Payload("web", "W-1", March.ToOffset(TimeSpan.FromHours(2))) with
            {
                Gender = "U",
                Attributes = Attributes("""{"tier":"c"}"""),
            }
        ),
        Input(Payload("app", "A-1", March) with { Gender = "N", Attributes = Attributes("""{"tier":"d"}""") }),
    ];

    [Theory]
    [InlineData("most-recent", "app", "A-1", "N")]
    [InlineData("most-frequent", "app", "A-1", "N")]
    [InlineData("most-complete", "app", "A-1", "N")]
    [InlineData("source-priority", "crm", "C-10", "M")]
    public void Compute_EveryPermutationOfTiedInputs_SameWinnerBySystemThenId(
        string strategy,
        string system,
        string id,
        string gender
    )
    {
        var sources = strategy == Survivorship.SourcePriority ? ""","sources":["crm"]""" : "";
        var rules = Rules(
            $$"""
            "gender": {"strategy":"{{strategy}}"{{sources}}},
            "attributes.*": {"strategy":"{{strategy}}"{{sources}}}
            """
        );
        var expected = JsonSerializer.Serialize(Survivorship.Compute(Tied, rules, []), SourceRecordJson.Options);

        var outputs = Permutations(Tied)
            .Select(p => JsonSerializer.Serialize(Survivorship.Compute(p, rules, []), SourceRecordJson.Options))
            .ToList();

        Assert.Equal(24, outputs.Count);
        Assert.All(outputs, o => Assert.Equal(expected, o));
        var golden = Survivorship.Compute(Tied, rules, []);
        Assert.Equal(gender, golden.Gender);
        Assert.Equal(new Lineage(system, id, strategy), golden.Lineage["gender"]);
        Assert.Equal(new Lineage(system, id, strategy), golden.Lineage["attributes.tier"]);
    }
}
