using Mdm.Core.GoldenRecords;
using Mdm.Core.SourceRecords;
using static Mdm.Core.Tests.SurvivorshipInputs;

namespace Mdm.Core.Tests;

public sealed class SurvivorshipPinTests
{
    private static readonly SurvivorshipInput Crm = Input(
        Payload("crm", "C-1", March) with
        {
            Name = new PersonName
            {
                Prefix = "Dr",
                Given = "Jon",
                Family = "Smith",
            },
            BirthDate = new DateOnly(1985, 3, 4),
            Gender = "M",
            Emails = [new("jon@example.com", null)],
            Attributes = Attributes("""{"tier":"silver","note":"call first"}"""),
        }
    );

    [Fact]
    public void Compute_PinnedAttributes_TakePinnedValuesWithStewardLineage()
    {
        Pin[] pins =
        [
            Pin("name", """{"given":"John","family":"Smith"}"""),
            Pin("birthDate", "\"1985-04-03\""),
            Pin("gender", "\" F \""),
            Pin("attributes.tier", "\"gold\""),
        ];

        var golden = Survivorship.Compute([Crm], SurvivorshipRules.Default, pins);

        Assert.Equal(new PersonName { Given = "John", Family = "Smith" }, golden.Name);
        Assert.Equal(new DateOnly(1985, 4, 3), golden.BirthDate);
        Assert.Equal("F", golden.Gender);
        Assert.Equal("gold", golden.Attributes["tier"].GetString());
        foreach (var attribute in new[] { "name", "birthDate", "gender", "attributes.tier" })
        {
            Assert.Equal(new Lineage("steward", "jane", Survivorship.StewardPin), golden.Lineage[attribute]);
        }
        // A pinned name is whole: the CRM's prefix is not laid over it.
        Assert.False(golden.Lineage.ContainsKey("name.prefix"));
        Assert.Equal("call first", golden.Attributes["note"].GetString());
        Assert.Equal([new EmailValue("jon@example.com", null)], golden.Emails);
        Assert.Equal([new SourceRef("crm", "C-1")], golden.Sources);
    }

    [Fact]
    public void Compute_PinOnAttributeNoSourceHas_AddedInKeyOrder()
    {
        var golden = Survivorship.Compute([Crm], SurvivorshipRules.Default, [Pin("attributes.churnRisk", "0.7")]);

        Assert.Equal(["churnRisk", "note", "tier"], golden.Attributes.Keys);
        Assert.Equal(0.7, golden.Attributes["churnRisk"].GetDouble());
    }

    [Fact]
    public void Compute_SeveralPinsOnOneAttribute_LatestWinsInAnyOrder()
    {
        Pin[] pins =
        [
            Pin("gender", "\"F\"") with
            {
                PinnedAt = March.AddDays(2),
                PinnedBy = "ann",
            },
            Pin("gender", "\"X\"") with
            {
                PinnedAt = March.AddDays(5),
                PinnedBy = "bob",
            },
            Pin("gender", "\"U\"") with
            {
                PinnedAt = March.AddDays(1),
            },
        ];

        foreach (var order in Permutations(pins))
        {
            var golden = Survivorship.Compute([Crm], SurvivorshipRules.Default, order);

            Assert.Equal("X", golden.Gender);
            Assert.Equal(new Lineage("steward", "bob", Survivorship.StewardPin), golden.Lineage["gender"]);
        }
    }

    [Fact]
    public void Compute_AfterUnpin_SourceValueComesBack()
    {
        var pinned = Survivorship.Compute([Crm], SurvivorshipRules.Default, [Pin("birthDate", "\"1985-04-03\"")]);
        var unpinned = Survivorship.Compute([Crm], SurvivorshipRules.Default, []);

        Assert.Equal(new DateOnly(1985, 4, 3), pinned.BirthDate);
        Assert.Equal(new DateOnly(1985, 3, 4), unpinned.BirthDate);
        Assert.Equal(new Lineage("crm", "C-1", Survivorship.MostRecent), unpinned.Lineage["birthDate"]);
    }

    [Fact]
    public void Compute_PinWithoutAnySourceRecord_StillApplies()
    {
        var golden = Survivorship.Compute([], SurvivorshipRules.Default, [Pin("gender", "\"F\"")]);

        Assert.Equal("F", golden.Gender);
        Assert.Empty(golden.Sources);
    }

    [Theory]
    [InlineData("birthDate", "\"03/04/1985\"")]
    [InlineData("name", "\"John Smith\"")]
    [InlineData("emails", "[]")]
    public void Compute_PinThatFailsValidation_ThrowsNamingThePin(string attribute, string value)
    {
        var error = Assert.Throws<ArgumentException>(() =>
            Survivorship.Compute([Crm], SurvivorshipRules.Default, [Pin(attribute, value)])
        );

        Assert.Contains($"'{attribute}' by jane", error.Message, StringComparison.Ordinal);
    }

    private static Pin Pin(string attribute, string json) => new(attribute, Json(json), "jane", March);
}
