using Mdm.Core.GoldenRecords;
using Mdm.Core.SourceRecords;
using static Mdm.Core.Tests.SurvivorshipInputs;

namespace Mdm.Core.Tests;

public sealed class SurvivorshipMostFrequentTests
{
    private static readonly SurvivorshipRules MostFrequent = Rules(
        """
        "name": {"strategy":"most-frequent"},
        "birthDate": {"strategy":"most-frequent"},
        "attributes.*": {"strategy":"most-frequent"}
        """
    );

    [Fact]
    public void Compute_MajorityBirthDate_WinsOverNewerTypo()
    {
        var web = Payload("web", "W-1", March.AddDays(2)) with { BirthDate = new DateOnly(1985, 3, 4) };
        var crm = Payload("crm", "C-1", March.AddDays(1)) with { BirthDate = new DateOnly(1985, 4, 3) };
        var pos = Payload("pos", "P-1", March) with { BirthDate = new DateOnly(1985, 4, 3) };

        var golden = Survivorship.Compute([Input(pos), Input(web), Input(crm)], MostFrequent, []);

        Assert.Equal(new DateOnly(1985, 4, 3), golden.BirthDate);
        Assert.Equal(new Lineage("crm", "C-1", Survivorship.MostFrequent), golden.Lineage["birthDate"]);
    }

    [Fact]
    public void Compute_NamesDifferingInCaseAndAccents_CountAsOneAndNewestSpellingSurvives()
    {
        var erp = Payload("erp", "E-1", March.AddDays(3)) with { Name = Name("Zoey", "Miller") };
        var web = Payload("web", "W-1", March.AddDays(2)) with { Name = Name("Zoey", "Miller") };
        var crm = Payload("crm", "C-1", March.AddDays(1)) with { Name = Name("Zoë", "Müller") };
        var pos = Payload("pos", "P-1", March) with { Name = Name("ZOE", "MULLER") };
        var loyalty = Payload("loyalty", "L-1", March.AddDays(-1)) with { Name = Name("zoe", "muller") };

        var golden = Survivorship.Compute(
            [Input(erp), Input(web), Input(crm), Input(pos), Input(loyalty)],
            MostFrequent,
            []
        );

        Assert.Equal(Name("Zoë", "Müller"), golden.Name);
        Assert.Equal(new Lineage("crm", "C-1", Survivorship.MostFrequent), golden.Lineage["name"]);
    }

    [Fact]
    public void Compute_EqualCounts_ValueWithTheMostRecentSourceRecordWins()
    {
        var crm = Payload("crm", "C-1", March) with { Attributes = Attributes("""{"tier":"gold"}""") };
        var pos = Payload("pos", "P-1", March.AddDays(1)) with { Attributes = Attributes("""{"tier":"silver"}""") };
        var web = Payload("web", "W-1", March.AddDays(2)) with { Attributes = Attributes("""{"tier":"silver"}""") };
        var erp = Payload("erp", "E-1", March.AddDays(3)) with { Attributes = Attributes("""{"tier":"Gold"}""") };

        var golden = Survivorship.Compute([Input(crm), Input(pos), Input(web), Input(erp)], MostFrequent, []);

        Assert.Equal("Gold", golden.Attributes["tier"].GetString());
        Assert.Equal(new Lineage("erp", "E-1", Survivorship.MostFrequent), golden.Lineage["attributes.tier"]);
    }

    private static PersonName Name(string given, string family) => new() { Given = given, Family = family };
}
