using System.Globalization;
using System.Text;

namespace Mdm.Matching.Normalization;

/// <summary>Unicode-aware folding used to compare names and other free text.</summary>
public static class TextFolding
{
    /// <summary>
    /// Lower-cases, strips diacritics (<c>Zoë Müller</c> → <c>zoe muller</c>), turns punctuation into spaces
    /// and collapses runs of spaces. Returns null when nothing is left.
    /// </summary>
    public static string? Fold(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        // Runes, not chars: letters outside the Basic Multilingual Plane (𠮷) are surrogate pairs.
        foreach (var rune in decomposed.EnumerateRunes())
        {
            if (Rune.GetUnicodeCategory(rune) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (Rune.IsLetterOrDigit(rune))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }
                pendingSpace = false;
                builder.Append(Rune.ToLowerInvariant(rune).ToString());
            }
            else
            {
                pendingSpace = true;
            }
        }
        return builder.Length == 0 ? null : builder.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>Upper-cases and keeps only letters and digits: for identifiers such as loyalty ids and postal codes.</summary>
    public static string? Compact(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var builder = new StringBuilder(text.Length);
        foreach (var rune in text.EnumerateRunes().Where(Rune.IsLetterOrDigit))
        {
            builder.Append(Rune.ToUpperInvariant(rune).ToString());
        }
        return builder.Length == 0 ? null : builder.ToString();
    }

    /// <summary>A postal code for comparison: compacted, US ZIP+4 cut to its five digits.</summary>
    public static string? PostalCode(string? postalCode, string? country)
    {
        var compact = Compact(postalCode);
        var isUs =
            string.IsNullOrWhiteSpace(country)
            || string.Equals(country.Trim(), "US", StringComparison.OrdinalIgnoreCase);
        return compact is { Length: 9 } && isUs && compact.All(char.IsAsciiDigit) ? compact[..5] : compact;
    }
}
