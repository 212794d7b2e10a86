using Mdm.Core.GoldenRecords;
using Mdm.Core.SourceRecords;
using static Mdm.Core.Tests.SurvivorshipInputs;

namespace Mdm.Core.Tests;

public sealed class SurvivorshipMostCompleteTests
{
    private static readonly SurvivorshipRules MostComplete = Rules(
        """
        "name": {"strategy":"most-complete"},
        "gender": {"strategy":"most-complete"},
        "attributes.*": {"strategy":"most-complete"}
        """
    );

    [Fact]
    public void Compute_NameWithMostParts_WinsOverNewerShorterName()
    {
        var web = Payload("web", "W-1", March.AddDays(2)) with { Name = new PersonName { Full = "Jonathan Smithson" } };
        var crm = Payload("crm", "C-1", March) with
        {
            Name = new PersonName
            {
                Given = "Jon",
                Middle = "A",
                Family = "Smith",
            },
        };

        var golden = Survivorship.Compute([Input(web), Input(crm)], MostComplete, []);

        Assert.Equal("A", golden.Name?.Middle);
        Assert.Equal(new Lineage("crm", "C-1", Survivorship.MostComplete), golden.Lineage["name"]);
    }

    [Fact]
    public void Compute_OnePartEach_LongestWins()
    {
        var web = Payload("web", "W-1", March.AddDays(2)) with
        {
            Gender = "F",
            Attributes = Attributes("""{"note":"call first"}"""),
        };
        var crm = Payload("crm", "C-1", March) with
        {
            Gender = "Female",
            Attributes = Attributes("""{"note":"call after 5pm, never on Sundays"}"""),
        };

        var golden = Survivorship.Compute([Input(web), Input(crm)], MostComplete, []);

        Assert.Equal("Female", golden.Gender);
        Assert.Equal("call after 5pm, never on Sundays", golden.Attributes["note"].GetString());
        Assert.Equal(new Lineage("crm", "C-1", Survivorship.MostComplete), golden.Lineage["gender"]);
    }

    [Fact]
    public void Compute_EquallyComplete_MostRecentWins()
    {
        var older = Payload("crm", "C-1", March) with
        {
            Name = new PersonName { Given = "Ann", Family = "Smith" },
        };
        var newer = Payload("web", "W-1", March.AddDays(1)) with
        {
            Name = new PersonName { Given = "Jon", Family = "Smyth" },
        };

        var golden = Survivorship.Compute([Input(newer), Input(older)], MostComplete, []);

        Assert.Equal("Jon", golden.Name?.Given);
        Assert.Equal(new Lineage("web", "W-1", Survivorship.MostComplete), golden.Lineage["name"]);
    }
}
