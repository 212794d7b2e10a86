using System.Collections.Frozen;

namespace Mdm.Matching.Normalization;

/// <summary>Folded street words and their standard abbreviations (USPS style), and unit designators.</summary>
internal static class AddressTables
{
    public static readonly FrozenDictionary<string, string> StreetWords = Build(
        ["st", "street", "str", "strt"],
        ["ave", "avenue", "av", "aven", "avenu"],
        ["rd", "road"],
        ["blvd", "boulevard", "boul", "blv"],
        ["dr", "drive", "drv"],
        ["ln", "lane"],
        ["ct", "court"],
        ["pl", "place"],
        ["ter", "terrace", "terr"],
        ["cir", "circle", "circ"],
        ["hwy", "highway", "hiway"],
        ["pkwy", "parkway", "pky", "parkwy"],
        ["sq", "square"],
        ["trl", "trail"],
        ["cres", "crescent", "cresc"],
        ["aly", "alley"],
        ["expy", "expressway"],
        ["fwy", "freeway"],
        ["ctr", "center", "centre"],
        ["hts", "heights"],
        ["mt", "mount"],
        ["ft", "fort"],
        ["st", "saint"],
        ["n", "north"],
        ["s", "south"],
        ["e", "east"],
        ["w", "west"],
        ["ne", "northeast"],
        ["nw", "northwest"],
        ["se", "southeast"],
        ["sw", "southwest"],
        ["1st", "first"],
        ["2nd", "second"],
        ["3rd", "third"],
        ["4th", "fourth"],
        ["5th", "fifth"],
        ["6th", "sixth"],
        ["7th", "seventh"],
        ["8th", "eighth"],
        ["9th", "ninth"],
        ["10th", "tenth"]
    );

    /// <summary>Words that introduce a unit (<c>apt 4</c>); <c>#</c> is handled by the parser.</summary>
    public static readonly FrozenSet<string> UnitDesignators = FrozenSet.Create(
        StringComparer.Ordinal,
        ["apt", "apartment", "unit", "suite", "ste", "flat", "rm", "room"]
    );

    /// <summary>The abbreviation of a folded street word, or the word itself.</summary>
    public static string Abbreviate(string word) =>
        StreetWords.TryGetValue(word, out var abbreviation) ? abbreviation : word;

    /// <summary>Each row is an abbreviation (which maps to itself) followed by the words it stands for.</summary>
    private static FrozenDictionary<string, string> Build(params string[][] rows)
    {
        var words = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in rows)
        {
            foreach (var word in row)
            {
                words[word] = row[0];
            }
        }
        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
