using Mdm.Matching.Candidates;
using static Mdm.Matching.Tests.Candidates.People;

namespace Mdm.Matching.Tests.Candidates;

// Term spellings ("f:smith", "e:…") are the contract with Comparison.FrequencyTerm, so they are written out here.
public sealed class CandidateIndexFrequencyTests
{
    private static readonly PersonInput Mary = William with
    {
        Key = "crm/3",
        GivenName = "Mary",
        Emails = ["mary.smith@example.com"],
    };

    [Fact]
    public void Frequency_Term_CountsGoldensHoldingItAndAllGoldens()
    {
        using var index = CandidateIndex.InMemory();
        index.Upsert("g1", [Record(William)]);
        index.Upsert("g2", [Record(Mary)]);
        index.Upsert("g3", [Record(Maria)]);

        Assert.Equal((2, 3), index.Frequency("f:smith"));
        Assert.Equal((1, 3), index.Frequency("g:william"));
        Assert.Equal((1, 3), index.Frequency("e:mary.smith@example.com"));
        Assert.Equal((2, 3), index.Frequency("p:+12175550123"));
        Assert.Equal((0, 3), index.Frequency("f:haddad"));
    }

    [Fact]
    public void Frequency_TermOnSeveralMembersOfOneGolden_CountsThatGoldenOnce()
    {
        using var index = CandidateIndex.InMemory();
        index.Upsert("g1", [Record(William), Record(Mary)]);
        index.Upsert("g2", [Record(Maria)]);

        Assert.Equal((1, 2), index.Frequency("f:smith"));
    }

    [Fact]
    public void Frequency_AfterReplaceAndRemove_CountsOnlyLiveGoldens()
    {
        using var index = CandidateIndex.InMemory();
        index.Upsert("g1", [Record(William)]);
        index.Upsert("g2", [Record(Mary)]);
        index.Upsert("g3", [Record(Maria)]);
        index.Upsert("g2", [Record(Maria)]);

        Assert.Equal((1, 3), index.Frequency("f:smith"));

        index.Remove("g1");

        Assert.Equal((0, 2), index.Frequency("f:smith"));
    }
}
