using Mdm.Matching.Normalization;

namespace Mdm.Matching.Tests;

public sealed class TextFoldingTests
{
    [Theory]
    [InlineData("Zoë Müller", "zoe muller")]
    [InlineData("JOSÉ", "jose")]
    [InlineData("François-Xavier", "francois xavier")]
    [InlineData("O'Brien", "o brien")]
    [InlineData("  Smith,   Jr. ", "smith jr")]
    [InlineData("Anne--Marie", "anne marie")]
    public void Fold_Text_LowerCasesStripsDiacriticsAndCollapsesPunctuation(string text, string expected)
    {
        Assert.Equal(expected, TextFolding.Fold(text));
    }

    [Fact]
    public void Fold_ComposedAndDecomposedForms_FoldAlike()
    {
        var composed = "Zo\u00EB";
        var decomposed = "Zoe\u0308";

        Assert.Equal(TextFolding.Fold(composed), TextFolding.Fold(decomposed));
    }

    [Theory]
    [InlineData("\U00020BB7田", "\U00020BB7田")]
    [InlineData("\U00020BB7", "\U00020BB7")]
    public void Fold_LetterOutsideBasicPlane_IsKept(string text, string expected)
    {
        // U+20BB7 is a CJK ideograph found in Japanese family names; as a surrogate pair it is not a char-level letter.
        Assert.Equal(expected, TextFolding.Fold(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("-.,'")]
    public void Fold_NothingLeft_ReturnsNull(string? text)
    {
        Assert.Null(TextFolding.Fold(text));
    }

    [Theory]
    [InlineData("ly-1234 5678", "LY12345678")]
    [InlineData(" ab.c/d ", "ABCD")]
    public void Compact_Identifier_KeepsUpperCasedLettersAndDigits(string text, string expected)
    {
        Assert.Equal(expected, TextFolding.Compact(text));
    }

    [Theory]
    [InlineData(null)]
    [InlineData(" ")]
    [InlineData("--")]
    public void Compact_NothingLeft_ReturnsNull(string? text)
    {
        Assert.Null(TextFolding.Compact(text));
    }

    [Theory]
    [InlineData("62704-1234", "US", "62704")]
    [InlineData("627041234", "us", "62704")]
    [InlineData("62704-1234", null, "62704")]
    [InlineData("62704", "US", "62704")]
    public void PostalCode_UsZipPlusFour_CutToFiveDigits(string code, string? country, string expected)
    {
        Assert.Equal(expected, TextFolding.PostalCode(code, country));
    }

    [Theory]
    [InlineData("12345-6789", "DE", "123456789")]
    [InlineData("sw1a 1aa", "GB", "SW1A1AA")]
    [InlineData("A1B2C3D4E", "US", "A1B2C3D4E")]
    public void PostalCode_NotUsZipPlusFour_OnlyCompacted(string code, string country, string expected)
    {
        Assert.Equal(expected, TextFolding.PostalCode(code, country));
    }
}
