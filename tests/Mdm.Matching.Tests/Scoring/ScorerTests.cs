using Mdm.Matching.Scoring;
using static Mdm.Matching.Tests.Scoring.People;

namespace Mdm.Matching.Tests.Scoring;

public sealed class ScorerTests
{
    private static readonly ModelParameters Parameters = Models.HandMade();
    private static readonly Scorer Scorer = Models.Scorer(Parameters);

    [Fact]
    public void Score_Weight_AddsEachAttributesLevelWeightToThePrior()
    {
        var probe = Person("John", "Smith", Born(1980, 5, 17), emails: ["sunflower77@outlook.com"]);
        var member = Person("John", "Smith", Born(1980, 5, 17), emails: ["greenhouse@yahoo.com"]);

        var score = Scorer.Score(probe, [member], null);

        var expected =
            Models.PriorWeight(Parameters)
            + Bits("givenName", 0)
            + Bits("familyName", 0)
            + Bits("birthDate", 0)
            + Bits("email", 2);
        Assert.Equal(expected, score.Weight, 9);
        Assert.Equal(Scorer.ToProbability(expected), score.Probability, 12);
    }

    [Fact]
    public void Score_EveryContribution_WeighsItsLevel()
    {
        var probe = Person("William", "Smith", Born(1980, 5, 17), street: "12 Main Street", phones: [Landline]);
        var member = Person("Bill", "Smyth", Born(1980, 12, 5), street: "14 Main Street", phones: [Mobile]);

        var score = Scorer.Score(probe, [member], null);

        Assert.Equal(
            ["givenName", "familyName", "birthDate", "phone", "address"],
            score.Contributions.Select(c => c.Attribute)
        );
        foreach (var contribution in score.Contributions)
        {
            var levels = MatchModel.Comparisons.Single(c => c.Attribute == contribution.Attribute).Levels;
            Assert.Equal(
                Bits(contribution.Attribute, levels.ToList().IndexOf(contribution.Comparator)),
                contribution.Weight,
                9
            );
        }
    }

    [Fact]
    public void Score_MissingAttributes_ContributeNothing()
    {
        var probe = Person("John", "Smith");
        var member = Person("John", "Smith", Born(1980, 5, 17), emails: ["jsmith80@example.com"], phones: [Mobile]);

        var score = Scorer.Score(probe, [member], null);

        Assert.Equal(["givenName", "familyName"], score.Contributions.Select(c => c.Attribute));
        Assert.Equal(Models.PriorWeight(Parameters) + Bits("givenName", 0) + Bits("familyName", 0), score.Weight, 9);
    }

    [Fact]
    public void Score_BirthDate_TakesTheWorstMember()
    {
        var probe = Person("John", "Smith", Born(1980, 5, 17));
        var same = Person("John", "Smith", Born(1980, 5, 17));
        var other = Person("John", "Smith", Born(1962, 11, 2));

        Assert.Equal("different", LabelOf("birthDate", probe, same, other));
        Assert.Equal("different", LabelOf("birthDate", probe, other, same));
    }

    [Fact]
    public void Score_GivenName_TakesTheWorstMember()
    {
        var probe = Person("William", "Smith");

        Assert.Equal("nickname", LabelOf("givenName", probe, Person("William", "Smith"), Person("Bill", "Smith")));
        Assert.Equal("different", LabelOf("givenName", probe, Person("William", "Smith"), Person("Mary", "Smith")));
    }

    [Fact]
    public void Score_SuffixAndGender_TakeTheWorstMember()
    {
        var probe = Person("John", "Smith", suffix: "Jr", gender: "M");
        var son = Person("John", "Smith", suffix: "Jr", gender: "M");
        var father = Person("John", "Smith", suffix: "Sr", gender: "F");

        Assert.Equal("different", LabelOf("suffix", probe, son, father));
        Assert.Equal("different", LabelOf("gender", probe, son, father));
    }

    [Fact]
    public void Score_StableAttribute_MemberWithoutValueIsIgnored()
    {
        var probe = Person("John", "Smith", Born(1980, 5, 17));

        Assert.Equal(
            "exact",
            LabelOf("birthDate", probe, Person("John", "Smith"), Person("John", "Smith", Born(1980, 5, 17)))
        );
    }

    [Fact]
    public void Score_OtherAttributes_TakeTheBestMember()
    {
        var probe = Person("John", "Smith", emails: ["sunflower77@outlook.com"], phones: [Mobile]);
        var first = Person("John", "Brown", emails: ["greenhouse@yahoo.com"], phones: [OtherMobile]);
        var second = Person("John", "Smith", emails: ["sunflower77@outlook.com"], phones: [Mobile]);

        Assert.Equal("exact", LabelOf("familyName", probe, first, second));
        Assert.Equal("exact", LabelOf("email", probe, first, second));
        Assert.Equal("exact", LabelOf("phone", probe, second, first));
    }

    private static double Bits(string attribute, int level) => Parameters.Comparisons[attribute].Weight(level);

    private static string LabelOf(string attribute, MatchRecord probe, params MatchRecord[] members) =>
        Scorer.Score(probe, members, null).Contributions.Single(c => c.Attribute == attribute).Comparator;
}
