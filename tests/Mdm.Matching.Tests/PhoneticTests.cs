using Mdm.Matching.Normalization;

namespace Mdm.Matching.Tests;

public sealed class PhoneticTests
{
    [Theory]
    [InlineData("smith", "smyth")]
    [InlineData("smith", "schmidt")]
    [InlineData("catherine", "kathryn")]
    [InlineData("jon", "john")]
    [InlineData("stephen", "steven")]
    [InlineData("meyer", "meier")]
    [InlineData("schneider", "snyder")]
    [InlineData("thomas", "tomas")]
    [InlineData("eric", "erik")]
    [InlineData("philip", "filip")]
    [InlineData("knight", "night")]
    [InlineData("geoff", "jeff")]
    [InlineData("whitney", "witney")]
    [InlineData("mcdonald", "macdonald")]
    public void Encode_SpellingVariants_ShareCode(string a, string b)
    {
        Assert.Equal(Phonetic.Encode(a), Phonetic.Encode(b));
    }

    [Theory]
    [InlineData("smith", "jones")]
    [InlineData("garcia", "martinez")]
    [InlineData("anna", "hannah")]
    [InlineData("kim", "king")]
    public void Encode_DifferentNames_DifferInCode(string a, string b)
    {
        Assert.NotEqual(Phonetic.Encode(a), Phonetic.Encode(b));
    }

    [Theory]
    [InlineData("smith", "SMT")]
    [InlineData("catherine", "KTRN")]
    [InlineData("stephen", "STFN")]
    [InlineData("xavier", "SFR")]
    [InlineData("charles", "XRLS")]
    [InlineData("christopher", "KRSTFR")]
    [InlineData("edgar", "ATKR")]
    [InlineData("van beethoven", "FN PTFN")]
    public void Encode_Name_ReturnsExpectedCode(string folded, string expected)
    {
        Assert.Equal(expected, Phonetic.Encode(folded));
    }

    [Theory]
    [InlineData("田中")]
    [InlineData("")]
    [InlineData("123")]
    public void Encode_NoLatinLetters_ReturnsInput(string folded)
    {
        Assert.Equal(folded, Phonetic.Encode(folded));
    }

    [Fact]
    public void Encode_LongInput_DoesNotOverflow()
    {
        var folded = string.Join(' ', Enumerable.Repeat("maximilian xaver", 40));

        Assert.StartsWith("MKSMLN SFR MKSMLN", Phonetic.Encode(folded), StringComparison.Ordinal);
    }
}
