using Mdm.Matching.Candidates;
using static Mdm.Matching.Tests.Candidates.People;

namespace Mdm.Matching.Tests.Candidates;

public sealed class BlockingKeysTests
{
    [Fact]
    public void For_UnrelatedPeople_ShareNoKey()
    {
        Assert.Empty(SharedKeys(William, Maria));
    }

    [Fact]
    public void For_PeopleSharingOnlyACommonGivenName_ShareNoKey()
    {
        var other = Maria with { GivenName = "William", FamilyName = "Brown" };

        Assert.Empty(SharedKeys(William, other));
    }

    [Fact]
    public void For_PlaceholderEmailsAndPhones_GivesNoKey()
    {
        string[] emails = ["test@example.com", "noemail@gmail.com", "x@shop.example"];
        string[] phones = ["+11111111111", "+441234567890"];

        Assert.Empty(BlockingKeys.For(new MatchRecord("a", null, null, null, emails, phones, null, [])));
    }

    [Fact]
    public void For_RealEmailBesidePlaceholder_StillMeetsOnTheRealOne()
    {
        var anna = new PersonInput { Key = "a", Emails = ["noemail@example.com", "anna.lee@example.com"] };
        var omar = new PersonInput { Key = "b", Emails = ["noemail@example.com"] };
        var annaAgain = new PersonInput { Key = "c", Emails = ["anna.lee@example.com"] };

        Assert.Empty(SharedKeys(anna, omar));
        Assert.NotEmpty(SharedKeys(anna, annaAgain));
    }

    [Fact]
    public void For_AnyRecord_KeysAreOrdinallySortedAndDistinct()
    {
        var keys = Keys(William with { Emails = ["zz.smith@example.com", "Aa.Smith@example.com"] });

        Assert.Equal(keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal), keys);
    }

    // Keys are locked in this order: the same person must give the same list whatever order values arrive in.
    [Fact]
    public void For_SamePersonWithValuesInAnotherOrder_GivesTheSameList()
    {
        var first = William with { Emails = ["william.smith@example.com", "bill@work.example"] };
        var second = William with { Key = "web/9", Emails = ["bill@work.example", "william.smith@example.com"] };

        Assert.Equal(Keys(first), Keys(William with { Emails = first.Emails }));
        Assert.Equal(Keys(first), Keys(second));
    }
}
