namespace Mdm.Matching.Scoring;

/// <summary>
/// Lookalikes — household members, twins, father and son — share a family name, an address, a landline and sometimes
/// an email. Those agreements are not independent, so their weights add up to more than they prove. What tells
/// lookalikes apart is what a person does not share, and the guard caps the decision on it:
/// <list type="bullet">
/// <item>two of: a different given name (not a nickname, typo or initial), a different birth date, a Jr/Sr conflict, a
/// different gender — no match;</item>
/// <item>a different given name, a Jr/Sr conflict, a suffix on one side only with no equal birth date, or no personal
/// agreement at all (given name or initial, birth date, identifier) — at most a review, a steward decides.</item>
/// </list>
/// A different birth date alone does not cap: birth dates are mistyped more often than names. The rule that applied is
/// added to the explanation.
/// </summary>
internal static class IdentityGuard
{
    public const string Attribute = "identity-guard";
    private static readonly string[] Distinguishing = ["givenName", "birthDate", "suffix", "gender"];

    public static (MatchDecisionKind Decision, IReadOnlyList<MatchContribution> Explanation) Apply(
        MatchDecisionKind decision,
        IReadOnlyList<MatchContribution> explanation
    )
    {
        if (decision == MatchDecisionKind.NoMatch)
        {
            return (decision, explanation);
        }
        var conflicts = explanation
            .Where(c => Distinguishing.Contains(c.Attribute, StringComparer.Ordinal) && Is(c, c.Attribute, "different"))
            .Select(c => c.Attribute)
            .ToList();
        var reasons = ReviewReasons(explanation, conflicts);
        var capped =
            conflicts.Count >= 2 ? MatchDecisionKind.NoMatch
            : reasons.Count > 0 ? MatchDecisionKind.Review
            : decision;
        if (capped >= decision)
        {
            return (decision, explanation);
        }
        var why = capped == MatchDecisionKind.NoMatch ? conflicts : reasons;
        var rule = new MatchContribution(
            Attribute,
            capped == MatchDecisionKind.NoMatch ? "no-match" : "review",
            string.Join(", ", why),
            null,
            0,
            0
        );
        return (capped, [.. explanation, rule]);
    }

    private static List<string> ReviewReasons(IReadOnlyList<MatchContribution> explanation, List<string> conflicts)
    {
        var reasons = conflicts.Where(c => c is "givenName" or "suffix").Select(c => "different " + c).ToList();
        if (explanation.Any(c => Is(c, "suffix", "one-sided")) && !explanation.Any(c => Is(c, "birthDate", "exact")))
        {
            reasons.Add("suffix on one side only");
        }
        if (!explanation.Any(c => c.Weight > 0 && c.Attribute is "givenName" or "birthDate" or "identifier"))
        {
            reasons.Add("no personal agreement");
        }
        return reasons;
    }

    private static bool Is(MatchContribution c, string attribute, string level) =>
        string.Equals(c.Attribute, attribute, StringComparison.Ordinal)
        && c.Comparator.StartsWith(level, StringComparison.Ordinal);
}
