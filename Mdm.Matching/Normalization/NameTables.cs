using System.Collections.Frozen;

namespace Mdm.Matching.Normalization;

/// <summary>Folded name affixes: honorifics, suffixes and family-name particles.</summary>
internal static class NameTables
{
    public static readonly FrozenSet<string> Prefixes = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            "mr",
            "mrs",
            "ms",
            "miss",
            "mx",
            "mister",
            "messrs",
            "dr",
            "doctor",
            "prof",
            "professor",
            "rev",
            "reverend",
            "fr",
            "sir",
            "dame",
            "hon",
            "capt",
            "col",
            "lt",
            "sgt",
            "maj",
            "herr",
            "frau",
            "mme",
            "mlle",
            "sra",
            "srta",
        ]
    );

    /// <summary>Suffix → generational form (<c>jr</c>, <c>sr</c>, <c>ii</c>…), or null when dropped.</summary>
    public static readonly FrozenDictionary<string, string?> Suffixes = new Dictionary<string, string?>(
        StringComparer.Ordinal
    )
    {
        ["jr"] = "jr",
        ["jnr"] = "jr",
        ["junior"] = "jr",
        ["sr"] = "sr",
        ["snr"] = "sr",
        ["senior"] = "sr",
        ["ii"] = "ii",
        ["2nd"] = "ii",
        ["iii"] = "iii",
        ["3rd"] = "iii",
        ["iv"] = "iv",
        ["4th"] = "iv",
        ["v"] = null,
        ["5th"] = null,
        ["phd"] = null,
        ["md"] = null,
        ["esq"] = null,
        ["esquire"] = null,
        ["dds"] = null,
        ["dmd"] = null,
        ["dvm"] = null,
        ["jd"] = null,
        ["mba"] = null,
        ["cpa"] = null,
        ["rn"] = null,
        ["ret"] = null,
        ["obe"] = null,
        ["mbe"] = null,
        ["qc"] = null,
        ["kc"] = null,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Particles that belong to the family name that follows them (<c>van</c> Beethoven). <c>mac</c>/<c>mc</c> are not
    /// here: they are written as part of the word.
    /// </summary>
    public static readonly FrozenSet<string> Particles = FrozenSet.Create(
        StringComparer.Ordinal,
        [
            "van",
            "von",
            "der",
            "den",
            "de",
            "del",
            "della",
            "dela",
            "di",
            "da",
            "das",
            "dos",
            "du",
            "des",
            "la",
            "le",
            "lo",
            "los",
            "las",
            "st",
            "ste",
            "ter",
            "ten",
            "al",
            "el",
            "bin",
            "ibn",
        ]
    );

    /// <summary>A suffix that is also an initial (<c>SMITH, JOHN V</c>): only taken after given and family.</summary>
    public static bool IsWeakSuffix(string token) => token.Length == 1;

    public static bool IsPrefix(string token) => Prefixes.Contains(Undotted(token));

    /// <summary>
    /// Whether <paramref name="token"/> is a suffix. A dotted token (<c>ph.d</c>) is one only when professional:
    /// <c>J.R.</c> is two initials, not junior.
    /// </summary>
    public static bool IsSuffix(string token, out string? generational)
    {
        if (!token.Contains('.', StringComparison.Ordinal))
        {
            return Suffixes.TryGetValue(token, out generational);
        }
        generational = null;
        return Suffixes.TryGetValue(Undotted(token), out var dotted) && dotted is null;
    }

    private static string Undotted(string token) =>
        token.Contains('.', StringComparison.Ordinal) ? token.Replace(".", "", StringComparison.Ordinal) : token;
}
