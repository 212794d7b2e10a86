using System.Text;

namespace Mdm.Matching.Normalization;

/// <summary>Normalizes postal addresses into house number, street, unit, city, postal code and country.</summary>
public static class AddressNormalizer
{
    private static readonly char[] WordSeparators = [' ', '\t', ',', '\r', '\n'];

    /// <summary>
    /// Parses the lines into house number (<c>12</c>, <c>12b</c>, <c>12-14</c>), street with standard abbreviations
    /// (<c>Main Street</c> → <c>main st</c>) and unit (<c>apt 4</c>, <c>suite 4</c>, <c>#4</c> anywhere → <c>4</c>);
    /// folds the city; resolves the country to ISO alpha-2 (none assumed); compacts the postal code (US ZIP+4 → five
    /// digits). Returns null when nothing is left.
    /// </summary>
    public static MatchAddress? Normalize(AddressInput address)
    {
        ArgumentNullException.ThrowIfNull(address);
        var first = ParseLine(address.Line1);
        var second = ParseLine(address.Line2);
        // A first line holding only a unit ("Apt 4") leaves the street to the second.
        var main = first.Number is null && first.Street is null ? second : first;
        var country = Countries.ToAlpha2(address.Country);
        var result = new MatchAddress(
            main.Number,
            main.Street,
            first.Unit ?? second.Unit,
            City(address.City),
            TextFolding.PostalCode(address.PostalCode, country ?? address.Country),
            country
        );
        return result is (null, null, null, null, null, null) ? null : result;
    }

    private static LineParts ParseLine(string? line)
    {
        if (string.IsNullOrWhiteSpace(line))
        {
            return default;
        }
        var words = line.Split(WordSeparators, StringSplitOptions.RemoveEmptyEntries);
        string? number = null;
        string? unit = null;
        var street = new StringBuilder(line.Length);
        var seenStreet = false;
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word[0] == '#')
            {
                // "#4", or "#" then "4".
                var value =
                    word.Length > 1 ? word[1..]
                    : i + 1 < words.Length ? words[++i]
                    : null;
                unit ??= Compact(value);
            }
            else if (IsUnitDesignator(word) && i + 1 < words.Length && IsUnitValue(words[i + 1]))
            {
                unit ??= Compact(words[++i].TrimStart('#'));
            }
            else if (number is null && !seenStreet && HouseNumber.TryNormalize(word) is { } houseNumber)
            {
                number = houseNumber;
            }
            else if (AppendStreetWord(street, word))
            {
                seenStreet = true;
            }
        }
        return new LineParts(number, street.Length == 0 ? null : street.ToString(), unit);
    }

    private static bool AppendStreetWord(StringBuilder street, string word)
    {
        var folded = AsciiFold.Fold(word);
        if (folded is null)
        {
            return false;
        }
        var joined = folded.Contains(' ', StringComparison.Ordinal)
            ? folded.Replace(" ", "", StringComparison.Ordinal)
            : folded;
        // "N.E." is one directional; "Ste-Catherine" is two words.
        string[] parts = AddressTables.StreetWords.ContainsKey(joined) ? [joined] : folded.Split(' ');
        foreach (var part in parts)
        {
            if (street.Length > 0)
            {
                street.Append(' ');
            }
            street.Append(AddressTables.Abbreviate(part));
        }
        return true;
    }

    private static bool IsUnitDesignator(string word) =>
        Compact(word) is { } key && AddressTables.UnitDesignators.Contains(key);

    private static bool IsUnitValue(string word) =>
        Compact(word.TrimStart('#')) is { } value && (value.Length == 1 || value.AsSpan().ContainsAnyInRange('0', '9'));

    /// <summary>Folded letters and digits only (<c>4-B</c> → <c>4b</c>).</summary>
    private static string? Compact(string? text) =>
        AsciiFold.Fold(text) is { } folded ? folded.Replace(" ", "", StringComparison.Ordinal) : null;

    private static string? City(string? city)
    {
        var folded = AsciiFold.Fold(city);
        // "St. Louis" and "Saint Louis" are one city.
        return folded is not null && folded.StartsWith("saint ", StringComparison.Ordinal)
            ? string.Concat("st", folded.AsSpan(5))
            : folded;
    }

    private readonly record struct LineParts(string? Number, string? Street, string? Unit);
}
