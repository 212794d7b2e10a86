namespace Mdm.Matching.Scoring;

/// <summary>
/// Postal addresses, best pair: same address (number, street, postal code or city), same street with a different
/// number or a near spelling, same postal code or city only, different.
/// </summary>
public sealed class AddressComparison : Comparison
{
    public override string Attribute => "address";
    public override IReadOnlyList<string> Levels { get; } = ["same-address", "same-street", "same-area", "different"];

    public override ComparisonResult Compare(MatchRecord probe, MatchRecord other)
    {
        var best = ComparisonResult.None;
        foreach (var a in probe.Addresses)
        {
            foreach (var b in other.Addresses)
            {
                var result = Compare(a, b);
                if (!result.IsMissing && (best.IsMissing || result.Level < best.Level))
                {
                    best = result;
                }
            }
        }
        return best;
    }

    public override string? FrequencyTerm(ComparisonResult result) => result.Level == 0 ? "a:" + result.Left : null;

    private static ComparisonResult Compare(MatchAddress a, MatchAddress b)
    {
        var sameArea =
            Same(a.PostalCode, b.PostalCode) || (a.PostalCode is null || b.PostalCode is null) && Same(a.City, b.City);
        if (a.Street is null || b.Street is null)
        {
            return a.PostalCode is null && a.City is null || b.PostalCode is null && b.City is null
                ? ComparisonResult.None
                : new(sameArea ? 2 : 3, Describe(a), Describe(b), sameArea ? 0.5 : 0);
        }
        var streetSimilarity = StringSimilarity.JaroWinkler(a.Street, b.Street);
        var left = Describe(a);
        var right = Describe(b);
        if (sameArea && streetSimilarity >= 0.95 && Same(a.Number, b.Number))
        {
            return new(0, left, right, streetSimilarity);
        }
        if (sameArea && (streetSimilarity >= 0.9 || Same(a.Number, b.Number) && streetSimilarity >= 0.8))
        {
            return new(1, left, right, streetSimilarity);
        }
        return new(sameArea ? 2 : 3, left, right, sameArea ? 0.5 * streetSimilarity : 0);
    }

    private static bool Same(string? a, string? b) => a is not null && string.Equals(a, b, StringComparison.Ordinal);

    internal static string Describe(MatchAddress a) =>
        string.Join(' ', new[] { a.Number, a.Street, a.PostalCode ?? a.City }.Where(p => p is not null));
}
