using System.Text.Json;
using Mdm.Core.GoldenRecords;
using Mdm.Core.SourceRecords;
using static Mdm.Core.Tests.SurvivorshipInputs;

namespace Mdm.Core.Tests;

public sealed class SurvivorshipTests
{
    [Fact]
    public void Compute_SingleValues_ComeFromMostRecentSourceUpdatedAt()
    {
        var newer = Payload("crm", "C-1", March.AddDays(1)) with
        {
            Name = new PersonName { Given = "Jon", Family = "Smith" },
            BirthDate = new DateOnly(1985, 4, 3),
            Gender = " M ",
        };
        var older = Payload("web", "W-1", March) with
        {
            Name = new PersonName { Given = "John", Family = "Smith" },
            BirthDate = new DateOnly(1985, 3, 4),
            Gender = "F",
        };

        var golden = Survivorship.Compute([Input(older, March.AddDays(5)), Input(newer)]);

        Assert.Equal("Jon", golden.Name?.Given);
        Assert.Equal(new DateOnly(1985, 4, 3), golden.BirthDate);
        Assert.Equal("M", golden.Gender);
        foreach (var attribute in new[] { "name", "birthDate", "gender" })
        {
            Assert.Equal(new Lineage("crm", "C-1", Survivorship.MostRecent), golden.Lineage[attribute]);
        }
    }

    [Fact]
    public void Compute_NewestValueEmpty_NextMostRecentNonEmptyWins()
    {
        var newest = Payload("crm", "C-1", March.AddDays(2)) with
        {
            Name = new PersonName { Full = " ", Prefix = "Mr" },
            Gender = "  ",
        };
        var middle = Payload("pos", "P-1", March.AddDays(1)) with { Gender = "F" };
        var oldest = Payload("web", "W-1", March) with
        {
            Name = new PersonName { Full = "Zoë Müller" },
            Gender = "M",
        };

        var golden = Survivorship.Compute([Input(newest), Input(oldest), Input(middle)]);

        Assert.Equal("Zoë Müller", golden.Name?.Full);
        Assert.Equal("F", golden.Gender);
        Assert.Null(golden.BirthDate);
        Assert.Equal(new Lineage("web", "W-1", Survivorship.MostRecent), golden.Lineage["name"]);
        Assert.Equal(new Lineage("pos", "P-1", Survivorship.MostRecent), golden.Lineage["gender"]);
        Assert.False(golden.Lineage.ContainsKey("birthDate"));
    }

    [Fact]
    public void Compute_SameSourceUpdatedAt_LaterReceivedWins()
    {
        var first = Payload("crm", "C-1", March) with { Gender = "F" };
        var second = Payload("web", "W-1", March) with { Gender = "M" };

        var golden = Survivorship.Compute([Input(second, March.AddHours(2)), Input(first, March.AddHours(1))]);

        Assert.Equal("M", golden.Gender);
        Assert.Equal("web", golden.Lineage["gender"].SourceSystem);
    }

    [Fact]
    public void Compute_MissingSourceUpdatedAt_RanksBelowAnyDate()
    {
        var undated = Payload("crm", "C-1", null) with { Gender = "F" };
        var dated = Payload("web", "W-1", March.AddYears(-10)) with { Gender = "M" };

        Assert.Equal("M", Survivorship.Compute([Input(undated, March.AddYears(1)), Input(dated)]).Gender);
    }

    [Fact]
    public void Compute_Attributes_NewestNonBlankValuePerName()
    {
        var newer = Payload("erp", "E-1", March.AddDays(1)) with
        {
            Attributes = Attributes("""{"tier":"gold","note":" ","vip":null}"""),
        };
        var older = Payload("crm", "C-1", March) with
        {
            Attributes = Attributes("""{"tier":"silver","note":"call first","vip":true}"""),
        };

        var golden = Survivorship.Compute([Input(older), Input(newer)]);

        Assert.Equal(["note", "tier", "vip"], golden.Attributes.Keys);
        Assert.Equal("gold", golden.Attributes["tier"].GetString());
        Assert.Equal("call first", golden.Attributes["note"].GetString());
        Assert.True(golden.Attributes["vip"].GetBoolean());
        Assert.Equal(new Lineage("erp", "E-1", Survivorship.MostRecent), golden.Lineage["attributes.tier"]);
        Assert.Equal(new Lineage("crm", "C-1", Survivorship.MostRecent), golden.Lineage["attributes.note"]);
    }

    [Fact]
    public void Compute_Sources_ListedInOrdinalOrder()
    {
        var golden = Survivorship.Compute([
            Input(Payload("web", "W-1", March.AddDays(1))),
            Input(Payload("crm", "C-2", March)),
            Input(Payload("crm", "C-10", null)),
        ]);

        Assert.Equal(
            [new SourceRef("crm", "C-10"), new SourceRef("crm", "C-2"), new SourceRef("web", "W-1")],
            golden.Sources
        );
    }

    private static Dictionary<string, JsonElement> Attributes(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(json)!;
}
