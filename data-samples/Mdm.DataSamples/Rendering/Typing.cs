namespace Mdm.DataSamples.Rendering;

internal enum TextCase
{
    AsIs,
    Lower,
    Upper,

    /// <summary>Caps Lock left on while typing Title Case: "jOHN sMITH".</summary>
    Inverted,
}

/// <summary>
/// How whoever keyed one record typed its text. Chosen once per record so a customer who types in
/// lower case, or on a keyboard without accents, does so for name and address alike.
/// </summary>
internal readonly record struct Typing(TextCase Case, bool AsciiOnly)
{
    public static readonly Typing Clean = new(TextCase.AsIs, AsciiOnly: false);

    public string Apply(string text)
    {
        var typed = AsciiOnly ? Corruptions.StripDiacritics(text) : text;
        return Case switch
        {
            TextCase.Lower => typed.ToLowerInvariant(),
            TextCase.Upper => typed.ToUpperInvariant(),
            TextCase.Inverted => new string([.. typed.Select(Invert)]),
            _ => typed,
        };
    }

    private static char Invert(char c) => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c);
}
