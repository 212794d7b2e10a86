using System.Globalization;
using System.Text;

namespace Mdm.DataSamples.Rendering;

/// <summary>The damage that creeps in when people and clerks key data: typos, lost accents, swapped dates.</summary>
internal static class Corruptions
{
    private static readonly string[] KeyboardRows = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

    public static string MaybeTypo(Random rng, string text, double rate) => rng.Chance(rate) ? Typo(rng, text) : text;

    /// <summary>One transposition, deletion, neighbouring-key substitution or doubled letter.</summary>
    public static string Typo(Random rng, string text)
    {
        if (text.Length < 4)
        {
            return text;
        }
        // Typists rarely get the first letter wrong, so the damage lands after it.
        var at = rng.Next(1, text.Length - 1);
        var chars = text.ToCharArray();
        switch (rng.Next(4))
        {
            case 0:
                (chars[at], chars[at + 1]) = (chars[at + 1], chars[at]);
                return new string(chars);
            case 1:
                return text.Remove(at, 1);
            case 2:
                chars[at] = NeighbouringKey(rng, chars[at]);
                return new string(chars);
            default:
                return text.Insert(at, text[at].ToString());
        }
    }

    /// <summary>What a system without accent support stores: José → Jose, Søren → Soren.</summary>
    public static string StripDiacritics(string text)
    {
        if (Ascii.IsValid(text))
        {
            return text;
        }
        var plain = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                // ø and Ø have no decomposition, so they are mapped by hand.
                plain.Append(
                    c switch
                    {
                        'ø' => 'o',
                        'Ø' => 'O',
                        _ => c,
                    }
                );
            }
        }
        return plain.ToString().Normalize(NormalizationForm.FormC);
    }

    /// <summary>The day and month read the other way round, when that still makes a valid, different date.</summary>
    public static DateOnly MaybeSwapDayAndMonth(Random rng, DateOnly date, double rate) =>
        date.Day <= 12 && date.Day != date.Month && rng.Chance(rate)
            ? new DateOnly(date.Year, date.Day, date.Month)
            : date;

    private static char NeighbouringKey(Random rng, char c)
    {
        var lower = char.ToLowerInvariant(c);
        foreach (var row in KeyboardRows)
        {
            var index = row.IndexOf(lower, StringComparison.Ordinal);
            if (index < 0)
            {
                continue;
            }
            var neighbour =
                index == 0 ? 1
                : index == row.Length - 1 ? index - 1
                : index + (rng.Chance(0.5) ? -1 : 1);
            return char.IsUpper(c) ? char.ToUpperInvariant(row[neighbour]) : row[neighbour];
        }
        return c;
    }
}
