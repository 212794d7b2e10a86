using Mdm.Core.GoldenRecords;

namespace Mdm.Core.Tests;

/// <summary>Every problem a rules file can have, with the message that stops the start.</summary>
public sealed class SurvivorshipRulesValidationTests
{
    [Theory]
    [InlineData(
        """{"version":"1","rules":{"name":{"strategy":"newest"}}}""",
        "Attribute 'name': unknown strategy 'newest'; use one of source-priority, most-recent, most-frequent, most-complete, aggregate."
    )]
    [InlineData("""{"version":"1","rules":{"name":{}}}""", "Attribute 'name': 'strategy' is missing")]
    [InlineData("""{"version":"1","rules":{"name":"most-recent"}}""", "Attribute 'name': the rule must be an object")]
    [InlineData(
        """{"version":"1","rules":{"birthdate":{"strategy":"most-recent"}}}""",
        "Attribute 'birthdate': unknown attribute; did you mean 'birthDate'?"
    )]
    [InlineData(
        """{"version":"1","rules":{"nickname":{"strategy":"most-recent"}}}""",
        "Attribute 'nickname': unknown attribute; use one of name, name.prefix, birthDate, gender, addresses, emails, loyaltyIds, phones, attributes.<key> or attributes.*."
    )]
    [InlineData(
        """{"version":"1","rules":{"consents":{"strategy":"most-recent"}}}""",
        "Attribute 'consents': consents are not configurable"
    )]
    [InlineData(
        """{"version":"1","rules":{"attributes.credit-terms":{"strategy":"most-recent"}}}""",
        "Attribute 'attributes.credit-terms': attribute keys are 1-64 letters, digits or '_'"
    )]
    [InlineData(
        """{"version":"1","rules":{"attributes.tier":{"strategy":"source-priority"}}}""",
        "Attribute 'attributes.tier': 'source-priority' needs 'sources', a non-empty list"
    )]
    [InlineData(
        """{"version":"1","rules":{"attributes.tier":{"strategy":"source-priority","sources":[]}}}""",
        "Attribute 'attributes.tier': 'source-priority' needs 'sources'"
    )]
    [InlineData(
        """{"version":"1","rules":{"attributes.tier":{"strategy":"source-priority","sources":[""]}}}""",
        "Attribute 'attributes.tier': sources[0] '' is not a source system code"
    )]
    [InlineData(
        """{"version":"1","rules":{"attributes.tier":{"strategy":"source-priority","sources":["loyalty","ERP"]}}}""",
        "Attribute 'attributes.tier': sources[1] 'ERP' is not a source system code"
    )]
    [InlineData(
        """{"version":"1","rules":{"attributes.tier":{"strategy":"source-priority","sources":["erp","erp"]}}}""",
        "Attribute 'attributes.tier': sources lists 'erp' more than once."
    )]
    [InlineData(
        """{"version":"1","rules":{"gender":{"strategy":"source-priority","sources":["crm"],"fallback":"aggregate"}}}""",
        "Attribute 'gender': fallback 'aggregate' is not a single-value strategy"
    )]
    [InlineData(
        """{"version":"1","rules":{"gender":{"strategy":"aggregate"}}}""",
        "Attribute 'gender': 'aggregate' applies only to the list attributes (addresses, emails, loyaltyIds, phones); 'gender' holds one value."
    )]
    [InlineData(
        """{"version":"1","rules":{"emails":{"strategy":"most-recent"}}}""",
        "Attribute 'emails': a list keeps every distinct value, so its strategy must be 'aggregate', not 'most-recent'."
    )]
    [InlineData(
        """{"version":"1","rules":{"gender":{"strategy":"most-recent","sources":["crm"]}}}""",
        "Attribute 'gender': 'sources' and 'fallback' belong to 'source-priority' only"
    )]
    [InlineData(
        """{"version":"1","rules":{"gender":{"strategy":"most-recent","weight":2}}}""",
        "Attribute 'gender': unknown field 'weight'"
    )]
    [InlineData(
        """{"version":"1","rules":{"gender":{"strategy":"most-recent"},"gender":{"strategy":"most-frequent"}}}""",
        "Attribute 'gender': has more than one rule."
    )]
    [InlineData("""{"rules":{}}""", "'version' is missing: name this rule set")]
    [InlineData("""{"version":"  ","rules":{}}""", "'version' must be a non-empty string")]
    [InlineData("""{"version":3,"rules":{}}""", "'version' must be a non-empty string")]
    [InlineData("""{"version":"1"}""", "'rules' is missing.")]
    [InlineData("""{"version":"1","rules":[]}""", "'rules' must be an object")]
    [InlineData("""{"version":"1","rules":{},"owner":"x"}""", "Unknown field 'owner'")]
    [InlineData("""[]""", "The file must hold one object")]
    [InlineData("""{"version":"1","rules":{""", "Not valid JSON: ")]
    public void Parse_BadRule_ExceptionNamesFileAttributeAndProblem(string json, string problem)
    {
        var error = Assert.Throws<SurvivorshipRulesException>(() =>
            SurvivorshipRulesLoader.Parse(json, "/etc/mdm/rules.json")
        );

        Assert.Equal("/etc/mdm/rules.json", error.FileName);
        Assert.StartsWith(problem, Assert.Single(error.Problems), StringComparison.Ordinal);
        Assert.StartsWith(
            "Survivorship rules '/etc/mdm/rules.json' cannot be used:",
            error.Message,
            StringComparison.Ordinal
        );
        Assert.Contains(problem, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_SeveralBadRules_AllReportedAtOnce()
    {
        const string json = """
            {"rules":{"name":{"strategy":"newest"},"gender":{"strategy":"aggregate"}}}
            """;

        var error = Assert.Throws<SurvivorshipRulesException>(() => SurvivorshipRulesLoader.Parse(json, "rules.json"));

        Assert.Equal(3, error.Problems.Count);
        Assert.Contains("Attribute 'name'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Attribute 'gender'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'version' is missing", error.Message, StringComparison.Ordinal);
    }
}
