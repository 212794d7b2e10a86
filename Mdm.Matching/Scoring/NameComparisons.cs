namespace Mdm.Matching.Scoring;

/// <summary>Given name: exact, nickname of each other, close spelling, initial or rough spelling, different.</summary>
public sealed class GivenNameComparison : Comparison
{
    public override string Attribute => "givenName";

    // Worst agreement over a golden record's members: a nickname or an initial still agrees, but a member with another
    // given name (a wrong earlier merge, a household member) must not let a probe chain in through a different member.
    public override bool Stable => true;

    public override IReadOnlyList<string> Levels { get; } =
    ["exact", "nickname", "jaro-winkler>=0.92", "initial-or-jaro-winkler>=0.8", "different"];

    public override ComparisonResult Compare(MatchRecord probe, MatchRecord other)
    {
        if (probe.GivenName is not { } a || other.GivenName is not { } b)
        {
            return ComparisonResult.None;
        }
        if (string.Equals(a, b, StringComparison.Ordinal) || NamesSwapped(probe, other))
        {
            return new(0, a, b, 1);
        }
        if (probe.GivenNameRoots.Any(r => other.GivenNameRoots.Contains(r, StringComparer.Ordinal)))
        {
            return new(1, a, b, StringSimilarity.JaroWinkler(a, b));
        }
        var similarity = StringSimilarity.JaroWinkler(a, b);
        var level =
            similarity >= 0.92 || NamesSwappedWithTypos(probe, other) ? 2
            : similarity >= 0.8 || StringSimilarity.IsInitialOf(a, b) ? 3
            : 4;
        return new(level, a, b, similarity);
    }

    public override string? FrequencyTerm(ComparisonResult result) => result.Level == 0 ? "g:" + result.Left : null;

    /// <summary>Given and family exchanged, and one or both misspelt on the way ("moore oscar", "osacar moore").</summary>
    internal static bool NamesSwappedWithTypos(MatchRecord a, MatchRecord b) =>
        a is { GivenName: { } givenA, FamilyName: { } familyA }
        && b is { GivenName: { } givenB, FamilyName: { } familyB }
        && StringSimilarity.JaroWinkler(givenA, familyB) >= 0.9
        && StringSimilarity.JaroWinkler(familyA, givenB) >= 0.9;

    /// <summary>"SMITH JOHN" typed into the given field: given and family exchanged.</summary>
    internal static bool NamesSwapped(MatchRecord a, MatchRecord b) =>
        a.GivenName is not null
        && string.Equals(a.GivenName, b.FamilyName, StringComparison.Ordinal)
        && string.Equals(a.FamilyName, b.GivenName, StringComparison.Ordinal);
}

/// <summary>Family name: exact, close spelling, one part of a multi-part name or rough spelling, different.</summary>
public sealed class FamilyNameComparison : Comparison
{
    public override string Attribute => "familyName";
    public override IReadOnlyList<string> Levels { get; } =
    ["exact", "jaro-winkler>=0.92", "part-or-jaro-winkler>=0.8", "different"];

    public override ComparisonResult Compare(MatchRecord probe, MatchRecord other)
    {
        if (probe.FamilyName is not { } a || other.FamilyName is not { } b)
        {
            return ComparisonResult.None;
        }
        if (string.Equals(a, b, StringComparison.Ordinal) || GivenNameComparison.NamesSwapped(probe, other))
        {
            return new(0, a, b, 1);
        }
        var similarity = StringSimilarity.JaroWinkler(a, b);
        var level =
            similarity >= 0.92 || GivenNameComparison.NamesSwappedWithTypos(probe, other) ? 1
            : similarity >= 0.8 || SharesPart(a, b) ? 2
            : 3;
        return new(level, a, b, similarity);
    }

    public override string? FrequencyTerm(ComparisonResult result) => result.Level == 0 ? "f:" + result.Left : null;

    // "garcia lopez" and "garcia": a double surname written in full by one system and cut by another.
    private static bool SharesPart(string a, string b)
    {
        var (shorter, longer) = a.Length <= b.Length ? (a, b) : (b, a);
        return shorter.Length >= 3
            && longer.Split(' ').Any(part => string.Equals(part, shorter, StringComparison.Ordinal));
    }
}

/// <summary>Middle name or initial: same, consistent initial, different. Missing when either has none.</summary>
public sealed class MiddleNameComparison : Comparison
{
    public override string Attribute => "middleName";
    public override IReadOnlyList<string> Levels { get; } = ["exact", "initial", "different"];

    public override ComparisonResult Compare(MatchRecord probe, MatchRecord other)
    {
        if (probe.MiddleName is not { } a || other.MiddleName is not { } b)
        {
            return ComparisonResult.None;
        }
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return new(0, a, b, 1);
        }
        return StringSimilarity.IsInitialOf(a, b)
            ? new(1, a, b, 0.5)
            : new(2, a, b, StringSimilarity.JaroWinkler(a, b));
    }
}

/// <summary>Generational suffix: same, only one side has one, different (Jr against Sr). Missing when neither has one.</summary>
public sealed class SuffixComparison : Comparison
{
    public override string Attribute => "suffix";
    public override IReadOnlyList<string> Levels { get; } = ["same", "one-sided", "different"];
    public override bool Stable => true;

    public override ComparisonResult Compare(MatchRecord probe, MatchRecord other) =>
        (probe.Suffix, other.Suffix) switch
        {
            (null, null) => ComparisonResult.None,
            (var a, var b) when string.Equals(a, b, StringComparison.Ordinal) => new(0, a, b, 1),
            (null, var b) => new(1, null, b, 0.5),
            (var a, null) => new(1, a, null, 0.5),
            var (a, b) => new(2, a, b, 0),
        };
}
