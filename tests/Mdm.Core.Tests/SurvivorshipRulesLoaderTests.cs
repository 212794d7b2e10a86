using Mdm.Core.GoldenRecords;

namespace Mdm.Core.Tests;

public sealed class SurvivorshipRulesLoaderTests
{
    [Fact]
    public void Parse_CommentsAndTrailingCommas_Accepted()
    {
        const string json = """
            // owners
            {
              "version": "2026-03-01.1",
              "rules": {
                "attributes.tier": { "strategy": "source-priority", "sources": ["loyalty"], }, // fallback: most-recent
              },
            }
            """;

        var rules = SurvivorshipRulesLoader.Parse(json, "rules.json");

        Assert.Equal("2026-03-01.1", rules.Version);
        Assert.Equal(["loyalty"], rules.For("attributes.tier").Sources);
        Assert.Equal(Survivorship.MostRecent, rules.For("attributes.tier").Fallback);
    }

    [Fact]
    public void For_AttributeWithoutRule_OwnRuleThenOtherAttributesThenMostRecent()
    {
        var rules = SurvivorshipRulesLoader.Parse(
            """{"version":"1","rules":{"attributes.*":{"strategy":"most-frequent"}}}""",
            "rules.json"
        );

        Assert.Equal(Survivorship.MostFrequent, rules.For("attributes.segment").Strategy);
        Assert.Equal(Survivorship.MostRecent, rules.For("gender").Strategy);
    }

    [Fact]
    public void LoadShipped_DefaultFile_ValidatesWithTheDocumentedOwners()
    {
        var rules = SurvivorshipRulesLoader.LoadShipped();

        Assert.False(string.IsNullOrWhiteSpace(rules.Version));
        foreach (var erp in new[] { "attributes.erpAccount", "attributes.creditTerms", "attributes.taxExempt" })
        {
            Assert.Equal(new SurvivorshipRule("source-priority", ["erp"], "most-recent"), rules.For(erp));
        }
        foreach (var loyalty in new[] { "attributes.tier", "attributes.points" })
        {
            Assert.Equal(new SurvivorshipRule("source-priority", ["loyalty"], "most-recent"), rules.For(loyalty));
        }
        Assert.Equal(["crm"], rules.For("name.prefix").Sources);
        Assert.Equal(Survivorship.MostRecent, rules.For("name").Strategy);
        Assert.Equal(Survivorship.MostRecent, rules.For("birthDate").Strategy);
        Assert.Equal(Survivorship.MostRecent, rules.For("attributes.segment").Strategy);
        Assert.All(
            SurvivorshipRules.ListAttributes,
            a => Assert.Equal(Survivorship.Aggregate, rules.Rules[a].Strategy)
        );
    }

    [Fact]
    public void Load_RepositoryFile_SameRulesAsEmbedded()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(directory!.FullName, "CustomerMdm.sln")))
        {
            directory = directory.Parent;
        }

        var rules = SurvivorshipRulesLoader.Load(
            Path.Combine(directory.FullName, "Mdm.Core", "GoldenRecords", "survivorship-rules.json")
        );

        Assert.Equal(SurvivorshipRules.Default.Version, rules.Version);
        Assert.Equal(SurvivorshipRules.Default.Rules.Keys, rules.Rules.Keys);
    }

    [Fact]
    public void Load_NullOrBlankPath_ShippedRules()
    {
        Assert.Equal(SurvivorshipRules.Default.Version, SurvivorshipRulesLoader.Load(null).Version);
        Assert.Equal(SurvivorshipRules.Default.Version, SurvivorshipRulesLoader.Load(" ").Version);
    }

    [Fact]
    public void Load_MissingFile_ExceptionNamesPathAndSetting()
    {
        var path = Path.Combine(Path.GetTempPath(), $"{Guid.NewGuid():N}.json");

        var error = Assert.Throws<SurvivorshipRulesException>(() => SurvivorshipRulesLoader.Load(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("No such file (Survivorship__RulesPath).", error.Message, StringComparison.Ordinal);
    }
}
