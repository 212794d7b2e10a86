using Mdm.Matching.Normalization;

namespace Mdm.Matching.Tests;

public sealed class NicknamesTests
{
    [Fact]
    public void Roots_Nickname_StartsWithNameThenFormalNames()
    {
        var roots = Nicknames.Roots("bill");

        Assert.Equal("bill", roots[0]);
        Assert.Contains("william", roots);
    }

    [Fact]
    public void Roots_FormalNameOnly_IsItself()
    {
        Assert.Equal(["stephen"], Nicknames.Roots("stephen"));
    }

    [Fact]
    public void Roots_UnknownName_IsItself()
    {
        Assert.Equal(["zyxwvut"], Nicknames.Roots("zyxwvut"));
    }

    [Fact]
    public void Roots_NicknameOfSeveralFormalNames_ListsEach()
    {
        var roots = Nicknames.Roots("steve");

        Assert.Contains("stephen", roots);
        Assert.Contains("steven", roots);
    }

    [Theory]
    [InlineData("bill", "william")]
    [InlineData("william", "bill")]
    [InlineData("peggy", "margaret")]
    [InlineData("steve", "steven")]
    [InlineData("bob", "robert")]
    [InlineData("beth", "eliza")]
    [InlineData("liz", "elizabeth")]
    [InlineData("kate", "katherine")]
    [InlineData("unknownname", "unknownname")]
    public void AreRelated_NicknameOrSharedRoot_IsTrue(string a, string b)
    {
        Assert.True(Nicknames.AreRelated(a, b));
    }

    [Theory]
    [InlineData("john", "mary")]
    [InlineData("stephen", "steven")]
    [InlineData("unknownname", "william")]
    [InlineData("unknownone", "unknowntwo")]
    public void AreRelated_NeitherNicknameNorSharedRoot_IsFalse(string a, string b)
    {
        Assert.False(Nicknames.AreRelated(a, b));
    }
}
