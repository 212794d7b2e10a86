using System.Collections.Frozen;
using PhoneNumbers;

namespace Mdm.Matching.Normalization;

/// <summary>Country codes and common country names to ISO 3166 alpha-2.</summary>
public static class Countries
{
    // Region codes libphonenumber knows: the ISO alpha-2 codes of every place with a telephone plan.
    private static readonly FrozenSet<string> Alpha2 = PhoneNumberUtil
        .GetInstance()
        .GetSupportedRegions()
        .ToFrozenSet(StringComparer.Ordinal);

    // Keys are folded names with the spaces removed.
    private static readonly FrozenDictionary<string, string> ByName = new Dictionary<string, string>(
        StringComparer.Ordinal
    )
    {
        ["usa"] = "US",
        ["unitedstates"] = "US",
        ["unitedstatesofamerica"] = "US",
        ["america"] = "US",
        ["canada"] = "CA",
        ["can"] = "CA",
        ["uk"] = "GB",
        ["gbr"] = "GB",
        ["unitedkingdom"] = "GB",
        ["greatbritain"] = "GB",
        ["britain"] = "GB",
        ["england"] = "GB",
        ["scotland"] = "GB",
        ["wales"] = "GB",
        ["northernireland"] = "GB",
        ["germany"] = "DE",
        ["deu"] = "DE",
        ["deutschland"] = "DE",
        ["france"] = "FR",
        ["fra"] = "FR",
        ["spain"] = "ES",
        ["esp"] = "ES",
        ["espana"] = "ES",
        ["mexico"] = "MX",
        ["mex"] = "MX",
        ["australia"] = "AU",
        ["aus"] = "AU",
        ["ireland"] = "IE",
        ["irl"] = "IE",
        ["eire"] = "IE",
        ["netherlands"] = "NL",
        ["thenetherlands"] = "NL",
        ["holland"] = "NL",
        ["nederland"] = "NL",
        ["nld"] = "NL",
        ["italy"] = "IT",
        ["italia"] = "IT",
        ["ita"] = "IT",
        ["newzealand"] = "NZ",
        ["switzerland"] = "CH",
        ["austria"] = "AT",
        ["belgium"] = "BE",
        ["portugal"] = "PT",
        ["india"] = "IN",
        ["brazil"] = "BR",
        ["brasil"] = "BR",
        ["japan"] = "JP",
        ["china"] = "CN",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The ISO alpha-2 code of <paramref name="country"/>, given as a code (<c>us</c>, <c>USA</c>, <c>U.S.A.</c>) or
    /// a common name (<c>United Kingdom</c>, <c>España</c>); <c>UK</c> → <c>GB</c>. Null when absent or unknown: no
    /// country is assumed.
    /// </summary>
    public static string? ToAlpha2(string? country)
    {
        if (string.IsNullOrWhiteSpace(country))
        {
            return null;
        }
        var trimmed = country.AsSpan().Trim();
        if (trimmed.Length == 2 && char.IsAsciiLetter(trimmed[0]) && char.IsAsciiLetter(trimmed[1]))
        {
            Span<char> upper = stackalloc char[2];
            trimmed.ToUpperInvariant(upper);
            var code = upper is "UK" ? "GB" : new string(upper);
            return Alpha2.Contains(code) ? code : null;
        }
        var key = AsciiFold.Fold(country)?.Replace(" ", "", StringComparison.Ordinal);
        if (key is null)
        {
            return null;
        }
        if (ByName.TryGetValue(key, out var alpha2))
        {
            return alpha2;
        }
        return key.Length == 2 ? ToAlpha2(key) : null;
    }
}
