using System.Globalization;

namespace Mdm.Matching.Scoring;

/// <summary>
/// Birth date: exact, day and month swapped or one part mistyped, same year and month or year off by one with the
/// same day and month, different. A person keeps a birth date for life, so it is <see cref="Comparison.Stable"/>.
/// </summary>
public sealed class BirthDateComparison : Comparison
{
    public override string Attribute => "birthDate";
    public override IReadOnlyList<string> Levels { get; } = ["exact", "swapped-or-one-part", "close", "different"];
    public override bool Stable => true;

    public override ComparisonResult Compare(MatchRecord probe, MatchRecord other)
    {
        if (probe.BirthDate is not { } a || other.BirthDate is not { } b)
        {
            return ComparisonResult.None;
        }
        var left = a.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var right = b.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        if (a == b)
        {
            return new(0, left, right, 1);
        }
        var sameParts = (a.Year == b.Year ? 1 : 0) + (a.Month == b.Month ? 1 : 0) + (a.Day == b.Day ? 1 : 0);
        var swapped = a.Year == b.Year && a.Month == b.Day && a.Day == b.Month;
        if (swapped || (sameParts == 2 && OnePartMistyped(a, b)))
        {
            return new(1, left, right, 0.8);
        }
        var close = (a.Year == b.Year && a.Month == b.Month) || (Math.Abs(a.Year - b.Year) <= 1 && a.Month == b.Month);
        return close ? new(2, left, right, 0.5) : new(3, left, right, 0);
    }

    // A slip in one part (1985 → 1986, 1985 → 1885, 03 → 08, 12 → 21) rather than a different person born nearby. A
    // slip in the year's tens digit (1951 → 1981) is not counted: that is a father and son as often as a typo.
    private static bool OnePartMistyped(DateOnly a, DateOnly b) =>
        a.Year == b.Year || Math.Abs(a.Year - b.Year) < 10 || a.Year % 100 == b.Year % 100;
}

/// <summary>Gender: same or different. Missing when either is unknown.</summary>
public sealed class GenderComparison : Comparison
{
    public override string Attribute => "gender";
    public override IReadOnlyList<string> Levels { get; } = ["same", "different"];
    public override bool Stable => true;

    public override ComparisonResult Compare(MatchRecord probe, MatchRecord other) =>
        probe.Gender is not { } a || other.Gender is not { } b ? ComparisonResult.None
        : string.Equals(a, b, StringComparison.Ordinal) ? new(0, a, b, 1)
        : new(1, a, b, 0);
}
