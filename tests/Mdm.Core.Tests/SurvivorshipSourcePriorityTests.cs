using Mdm.Core.GoldenRecords;
using Mdm.Core.SourceRecords;
using static Mdm.Core.Tests.SurvivorshipInputs;

namespace Mdm.Core.Tests;

public sealed class SurvivorshipSourcePriorityTests
{
    [Fact]
    public void Compute_ErpHasCreditTerms_ErpWinsOverNewerSources()
    {
        var erp = Payload("erp", "E-1", March) with { Attributes = Attributes("""{"creditTerms":"NET30"}""") };
        var crm = Payload("crm", "C-1", March.AddDays(2)) with
        {
            Attributes = Attributes("""{"creditTerms":"NET60"}"""),
        };

        var golden = Survivorship.Compute([Input(crm), Input(erp)]);

        Assert.Equal("NET30", golden.Attributes["creditTerms"].GetString());
        Assert.Equal(new Lineage("erp", "E-1", Survivorship.SourcePriority), golden.Lineage["attributes.creditTerms"]);
    }

    [Fact]
    public void Compute_LoyaltyHasTierAndPoints_LoyaltyWinsOverNewerSources()
    {
        var loyalty = Payload("loyalty", "L-1", March) with
        {
            Attributes = Attributes("""{"tier":"gold","points":1200}"""),
        };
        var pos = Payload("pos", "P-1", March.AddDays(1)) with
        {
            Attributes = Attributes("""{"tier":"silver","points":10}"""),
        };

        var golden = Survivorship.Compute([Input(pos), Input(loyalty)]);

        Assert.Equal("gold", golden.Attributes["tier"].GetString());
        Assert.Equal(1200, golden.Attributes["points"].GetInt32());
        Assert.Equal(new Lineage("loyalty", "L-1", Survivorship.SourcePriority), golden.Lineage["attributes.points"]);
    }

    [Fact]
    public void Compute_FirstListedSourceHasNoValue_NextListedSourceWins()
    {
        var rules = Rules(
            """
            "gender": {"strategy":"source-priority","sources":["crm","pos"],"fallback":"most-recent"}
            """
        );
        var crm = Payload("crm", "C-1", March.AddDays(1));
        var pos = Payload("pos", "P-1", March) with { Gender = "F" };
        var web = Payload("web", "W-1", March.AddDays(2)) with { Gender = "M" };

        var golden = Survivorship.Compute([Input(web), Input(crm), Input(pos)], rules, []);

        Assert.Equal("F", golden.Gender);
        Assert.Equal(new Lineage("pos", "P-1", Survivorship.SourcePriority), golden.Lineage["gender"]);
    }

    [Fact]
    public void Compute_NoListedSourceHasValue_FallbackDecidesAndLineageNamesIt()
    {
        var rules = Rules(
            """
            "attributes.creditTerms": {"strategy":"source-priority","sources":["erp"],"fallback":"most-frequent"}
            """
        );
        var web = Payload("web", "W-1", March.AddDays(2)) with
        {
            Attributes = Attributes("""{"creditTerms":"NET30"}"""),
        };
        var crm = Payload("crm", "C-1", March.AddDays(1)) with
        {
            Attributes = Attributes("""{"creditTerms":"NET60"}"""),
        };
        var pos = Payload("pos", "P-1", March) with { Attributes = Attributes("""{"creditTerms":"net60"}""") };

        var golden = Survivorship.Compute([Input(pos), Input(web), Input(crm)], rules, []);

        Assert.Equal("NET60", golden.Attributes["creditTerms"].GetString());
        Assert.Equal(new Lineage("crm", "C-1", Survivorship.MostFrequent), golden.Lineage["attributes.creditTerms"]);
    }

    [Fact]
    public void Compute_OwnerHasSeveralSourceRecords_NewestOfThemWins()
    {
        var older = Payload("erp", "E-1", March) with { Attributes = Attributes("""{"erpAccount":"C10023"}""") };
        var newer = Payload("erp", "E-2", March.AddDays(1)) with
        {
            Attributes = Attributes("""{"erpAccount":"C20077"}"""),
        };
        var crm = Payload("crm", "C-1", March.AddDays(3)) with { Attributes = Attributes("""{"erpAccount":"X1"}""") };

        var golden = Survivorship.Compute([Input(older), Input(crm), Input(newer)]);

        Assert.Equal("C20077", golden.Attributes["erpAccount"].GetString());
        Assert.Equal(new Lineage("erp", "E-2", Survivorship.SourcePriority), golden.Lineage["attributes.erpAccount"]);
    }

    [Fact]
    public void Compute_DefaultRules_CrmOwnsNamePrefixAndNameIsMostRecent()
    {
        var web = Payload("web", "W-1", March.AddDays(1)) with
        {
            Name = new PersonName
            {
                Prefix = "Mrs",
                Given = "Ann",
                Family = "Lee",
            },
        };
        var crm = Payload("crm", "C-1", March) with
        {
            Name = new PersonName
            {
                Prefix = " Dr ",
                Given = "Anne",
                Family = "Lee",
            },
        };

        var golden = Survivorship.Compute([Input(crm), Input(web)]);

        Assert.Equal(
            new PersonName
            {
                Prefix = "Dr",
                Given = "Ann",
                Family = "Lee",
            },
            golden.Name
        );
        Assert.Equal(new Lineage("web", "W-1", Survivorship.MostRecent), golden.Lineage["name"]);
        Assert.Equal(new Lineage("crm", "C-1", Survivorship.SourcePriority), golden.Lineage["name.prefix"]);
    }

    [Fact]
    public void Compute_NoPrefixRule_PrefixTravelsWithSurvivingName()
    {
        var web = Payload("web", "W-1", March.AddDays(1)) with
        {
            Name = new PersonName { Given = "Ann", Family = "Lee" },
        };
        var crm = Payload("crm", "C-1", March) with
        {
            Name = new PersonName
            {
                Prefix = "Dr",
                Given = "Anne",
                Family = "Lee",
            },
        };

        var golden = Survivorship.Compute(
            [Input(crm), Input(web)],
            Rules(
                """
                "name": {"strategy":"most-recent"}
                """
            ),
            []
        );

        Assert.Null(golden.Name?.Prefix);
        Assert.False(golden.Lineage.ContainsKey("name.prefix"));
    }

    [Fact]
    public void Compute_PrefixWithoutAnyName_NoGoldenName()
    {
        var crm = Payload("crm", "C-1", March) with { Name = new PersonName { Prefix = "Dr" } };

        var golden = Survivorship.Compute([Input(crm)]);

        Assert.Null(golden.Name);
        Assert.False(golden.Lineage.ContainsKey("name.prefix"));
    }
}
