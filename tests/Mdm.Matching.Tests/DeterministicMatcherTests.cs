using Mdm.Matching.Deterministic;

namespace Mdm.Matching.Tests;

public sealed class DeterministicMatcherTests
{
    private readonly DeterministicMatcher _matcher = new();

    private static MatchRecord Person(
        string key,
        IReadOnlyList<string>? emails = null,
        IReadOnlyList<string>? phones = null,
        string? loyaltyId = null
    ) => new(key, "john", "smith", null, emails ?? [], phones ?? [], loyaltyId, ["62704"]);

    private static GoldenCandidate Golden(string id, params MatchRecord[] members) => new(id, members);

    [Fact]
    public void BlockingKeys_Record_AreItsPrefixedIdentifiersWithoutDuplicates()
    {
        var record = Person("web/1", ["a@x.com", "b@x.com", "a@x.com"], ["+12125550147"], "LY1");

        var keys = _matcher.BlockingKeys(record);

        Assert.Equal(["email:a@x.com", "email:b@x.com", "phone:+12125550147", "loyalty:LY1"], keys);
    }

    [Fact]
    public void BlockingKeys_NoIdentifiers_IsEmpty()
    {
        Assert.Empty(_matcher.BlockingKeys(Person("web/1")));
    }

    [Theory]
    [InlineData("email")]
    [InlineData("phone")]
    [InlineData("loyaltyId")]
    public void Decide_OneSharedIdentifier_AutoMergesNamingTheAttribute(string attribute)
    {
        var (probe, member, value) = attribute switch
        {
            "email" => (Person("web/1", emails: ["j@x.com"]), Person("crm/1", emails: ["j@x.com"]), "j@x.com"),
            "phone" => (
                Person("web/1", phones: ["+12125550147"]),
                Person("crm/1", phones: ["+12125550147"]),
                "+12125550147"
            ),
            _ => (Person("web/1", loyaltyId: "LY1"), Person("crm/1", loyaltyId: "LY1"), "LY1"),
        };

        var decision = _matcher.Decide(probe, [Golden("g-other", Person("pos/9", ["z@x.com"])), Golden("g-1", member)]);

        Assert.Equal(MatchDecisionKind.AutoMerge, decision.Kind);
        Assert.Equal("g-1", decision.GoldenId);
        var evidence = Assert.Single(decision.Explanation);
        Assert.Equal(attribute, evidence.Attribute);
        Assert.Equal(value, evidence.Left);
        Assert.Equal(value, evidence.Right);
    }

    [Fact]
    public void Decide_SameNameButNoSharedIdentifier_IsNoMatch()
    {
        var probe = Person("web/1", ["j@x.com"], ["+12125550147"], "LY1");
        var candidate = Golden("g-1", Person("crm/1", ["k@x.com"], ["+12125550148"], "LY2"));

        var decision = _matcher.Decide(probe, [candidate]);

        Assert.Equal(MatchDecisionKind.NoMatch, decision.Kind);
        Assert.Null(decision.GoldenId);
        Assert.Empty(decision.Explanation);
    }

    [Fact]
    public void Decide_NoCandidates_IsNoMatch()
    {
        Assert.Equal(MatchDecisionKind.NoMatch, _matcher.Decide(Person("web/1", ["j@x.com"]), []).Kind);
    }

    [Fact]
    public void Decide_TwoCandidates_TheOneWithMoreSharedIdentifiersWins()
    {
        var probe = Person("web/1", ["j@x.com"], ["+12125550147"]);
        var weaker = Golden("g-old", Person("crm/1", ["j@x.com"]));
        var stronger = Golden("g-new", Person("pos/1", ["j@x.com"], ["+12125550147"]));

        var decision = _matcher.Decide(probe, [weaker, stronger]);

        Assert.Equal("g-new", decision.GoldenId);
        Assert.Equal(2, decision.Score);
        Assert.Equal(["email", "phone"], decision.Explanation.Select(c => c.Attribute));
    }

    [Fact]
    public void Decide_TiedCandidates_FirstListedWins()
    {
        var probe = Person("web/1", ["j@x.com"], ["+12125550147"]);
        var first = Golden("g-first", Person("crm/1", phones: ["+12125550147"]));
        var second = Golden("g-second", Person("pos/1", ["j@x.com"]));

        Assert.Equal("g-first", _matcher.Decide(probe, [first, second]).GoldenId);
        Assert.Equal("g-second", _matcher.Decide(probe, [second, first]).GoldenId);
    }

    [Fact]
    public void Decide_IdentifiersSpreadOverMembers_CountAcrossAllMembers()
    {
        var probe = Person("web/1", ["j@x.com"], ["+12125550147"], "LY1");
        var spread = Golden(
            "g-spread",
            Person("crm/1", ["j@x.com"]),
            Person("pos/1", phones: ["+12125550147"]),
            Person("app/1", loyaltyId: "LY1")
        );
        var single = Golden("g-single", Person("erp/1", ["j@x.com"], ["+12125550147"]));

        var decision = _matcher.Decide(probe, [single, spread]);

        Assert.Equal("g-spread", decision.GoldenId);
        Assert.Equal(3, decision.Score);
    }

    [Fact]
    public void Decide_ValueSharedByTwoMembers_CountsOnce()
    {
        var probe = Person("web/1", ["j@x.com"]);
        var candidate = Golden("g-1", Person("crm/1", ["j@x.com"]), Person("pos/1", ["j@x.com"]));

        var decision = _matcher.Decide(probe, [candidate]);

        Assert.Single(decision.Explanation);
    }
}
