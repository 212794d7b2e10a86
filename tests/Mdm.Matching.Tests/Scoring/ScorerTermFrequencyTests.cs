using Mdm.Matching.Scoring;
using static Mdm.Matching.Tests.Scoring.People;

namespace Mdm.Matching.Tests.Scoring;

public sealed class ScorerTermFrequencyTests
{
    private const int Goldens = 100_000;

    [Fact]
    public void Score_CommonFamilyName_WeighsLessThanARareOne()
    {
        // The hand-made model expects one pair in 30 to share a family name: Smith here is three times that.
        var terms = new TermCounts(Goldens, ("f:smith", 10_000), ("f:zywicki", 1));

        var common = FamilyName(Models.Scorer(), "Smith", terms);
        var rare = FamilyName(Models.Scorer(), "Zywicki", terms);
        var average = FamilyName(Models.Scorer(), "Smith", null);

        Assert.True(rare.Weight > average.Weight, $"{rare.Weight} > {average.Weight}");
        Assert.True(common.Weight < average.Weight, $"{common.Weight} < {average.Weight}");
        Assert.Equal("exact-tf", common.Comparator);
        Assert.Equal("exact-tf", rare.Comparator);
    }

    [Fact]
    public void Score_TermTheHubHasNeverSeen_KeepsTheModelWeight()
    {
        var unknown = FamilyName(Models.Scorer(), "Zywicki", new TermCounts(Goldens));
        var average = FamilyName(Models.Scorer(), "Zywicki", null);

        Assert.Equal("exact", unknown.Comparator);
        Assert.Equal(average.Weight, unknown.Weight, 9);
    }

    [Fact]
    public void Score_UniqueValue_BoostIsCapped()
    {
        var options = new ScoringOptions { MaxFrequencyBoostBits = 2, FrequencyPriorWeight = 0 };
        var scorer = Models.Scorer(options: options);

        var unique = FamilyName(scorer, "Zywicki", new TermCounts(Goldens, ("f:zywicki", 1)));
        var average = FamilyName(scorer, "Zywicki", null);

        Assert.InRange(unique.Weight - average.Weight, 0.5, 2 + 1e-9);
    }

    [Fact]
    public void Score_YoungHub_StaysCloseToTheAverageWeight()
    {
        var terms = new TermCounts(20, ("f:smith", 10));
        var average = FamilyName(Models.Scorer(), "Smith", null).Weight;

        var withPrior = FamilyName(Models.Scorer(), "Smith", terms).Weight;
        var withoutPrior = FamilyName(
            Models.Scorer(options: new ScoringOptions { FrequencyPriorWeight = 0 }),
            "Smith",
            terms
        ).Weight;

        Assert.True(Math.Abs(withPrior - average) < Math.Abs(withoutPrior - average));
    }

    [Theory]
    [InlineData(4, 4, true)]
    [InlineData(3, 4, false)]
    [InlineData(2, 2, true)]
    public void Score_EmailHeldByManyGoldenRecords_IsGeneric(int holders, int threshold, bool generic)
    {
        var scorer = Models.Scorer(options: new ScoringOptions { GenericThreshold = threshold });
        var record = Person("Ana", "Lopez", emails: ["info@acme.example"]);

        var email = Contribution(
            scorer,
            "email",
            record,
            record,
            new TermCounts(Goldens, ("e:info@acme.example", holders))
        );

        Assert.Equal(generic ? "generic" : "exact-tf", email.Comparator);
        Assert.Equal(generic, email.Weight == 0);
    }

    [Fact]
    public void Score_PhoneHeldByManyGoldenRecords_IsGeneric()
    {
        var record = Person("Ana", "Lopez", phones: [Landline]);
        var terms = new TermCounts(Goldens, ("p:+12175550123", 12));

        var phone = Contribution(Models.Scorer(), "phone", record, record, terms);

        Assert.Equal(("generic", 0.0), (phone.Comparator, phone.Weight));
    }

    [Fact]
    public void Score_NameHeldByManyGoldenRecords_IsNeverGeneric()
    {
        var smith = FamilyName(Models.Scorer(), "Smith", new TermCounts(Goldens, ("f:smith", 5_000)));

        Assert.Equal("exact-tf", smith.Comparator);
        Assert.True(smith.Weight > 0);
    }

    [Theory]
    [InlineData("noemail@gmail.com")]
    [InlineData("test@example.com")]
    [InlineData("Unknown@Example.com")]
    public void Score_PlaceholderEmail_WeighsNothing(string placeholder)
    {
        var record = Person("Ana", "Lopez", emails: [placeholder]);

        var email = Contribution(Models.Scorer(), "email", record, record, null);

        Assert.Equal(("placeholder", 0.0), (email.Comparator, email.Weight));
    }

    [Theory]
    [InlineData("+11111111111")]
    [InlineData("+11234567890")]
    public void Score_PlaceholderPhone_WeighsNothing(string placeholder)
    {
        var record = Person("Ana", "Lopez") with { Phones = [placeholder] };

        var phone = Contribution(Models.Scorer(), "phone", record, record, new TermCounts(Goldens));

        Assert.Equal(("placeholder", 0.0), (phone.Comparator, phone.Weight));
    }

    private static MatchContribution FamilyName(Scorer scorer, string family, ITermStatistics? terms) =>
        Contribution(scorer, "familyName", Person(null, family), Person(null, family), terms);

    private static MatchContribution Contribution(
        Scorer scorer,
        string attribute,
        MatchRecord probe,
        MatchRecord member,
        ITermStatistics? terms
    ) => scorer.Score(probe, [member], terms).Contributions.Single(c => c.Attribute == attribute);
}
