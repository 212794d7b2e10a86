namespace Mdm.Matching.Scoring;

/// <summary>
/// Lookalikes — household members, twins, father and son — share a family name, an address, a landline and sometimes
/// an email. Those agreements are not independent, so their weights add up to more than they prove. What tells
/// lookalikes apart is what a person does not share, and the guard caps the decision on it:
/// <list type="bullet">
/// <item>two of: a different given name (not a nickname, typo or initial), a different birth date, a Jr/Sr conflict, a
/// different gender — no match;</item>
/// <item>a different given name, a Jr/Sr conflict, a suffix on one side only with no equal birth date, or no personal
/// agreement at all — at most a review, a steward decides. Personal agreement is a given name or initial, a birth
/// date, an identifier, a mobile phone, or an email whose mailbox name holds one of the given names: a household's
/// landline or family mailbox cannot tell which member a record is.</item>
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
        IReadOnlyList<MatchContribution> explanation,
        MatchRecord probe,
        IReadOnlyList<MatchRecord> members
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
        var reasons = ReviewReasons(explanation, conflicts, probe, members);
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

    private static List<string> ReviewReasons(
        IReadOnlyList<MatchContribution> explanation,
        List<string> conflicts,
        MatchRecord probe,
        IReadOnlyList<MatchRecord> members
    )
    {
        var reasons = conflicts.Where(c => c is "givenName" or "suffix").Select(c => "different " + c).ToList();
        if (explanation.Any(c => Is(c, "suffix", "one-sided")) && !explanation.Any(c => Is(c, "birthDate", "exact")))
        {
            reasons.Add("suffix on one side only");
        }
        if (!explanation.Any(c => c.Weight > 0 && IsPersonal(c, probe, members)))
        {
            reasons.Add("no personal agreement");
        }
        else if (
            !explanation.Any(c => c.Weight > 0 && c.Attribute != "givenName" && IsPersonal(c, probe, members))
            && DifferentMobiles(probe, members)
        )
        {
            reasons.Add("only the name agrees and the mobile phones differ");
        }
        return reasons;
    }

    private static bool IsPersonal(MatchContribution c, MatchRecord probe, IReadOnlyList<MatchRecord> members) =>
        c.Attribute switch
        {
            "givenName" or "birthDate" or "identifier" => true,
            "phone" => Is(c, "phone", "exact") && HoldsPersonalPhone(c.Left, probe, members),
            "email" => Is(c, "email", "exact") && MailboxNamesSomeone(c.Left, probe, members),
            _ => false,
        };

    private static bool DifferentMobiles(MatchRecord probe, IReadOnlyList<MatchRecord> members) =>
        probe.PersonalPhones.Count > 0
        && members.Any(m => m.PersonalPhones.Count > 0)
        && !members.Any(m => m.PersonalPhones.Any(probe.PersonalPhones.Contains));

    private static bool HoldsPersonalPhone(string? phone, MatchRecord probe, IReadOnlyList<MatchRecord> members) =>
        phone is not null
        && (probe.PersonalPhones.Contains(phone) || members.Any(m => m.PersonalPhones.Contains(phone)));

    private static bool MailboxNamesSomeone(string? email, MatchRecord probe, IReadOnlyList<MatchRecord> members)
    {
        var at = email?.IndexOf('@', StringComparison.Ordinal) ?? -1;
        if (at <= 0)
        {
            return false;
        }
        var mailbox = email![..at];
        return Names(probe).Concat(members.SelectMany(Names)).Any(n => mailbox.Contains(n, StringComparison.Ordinal));
    }

    private static IEnumerable<string> Names(MatchRecord r) =>
        r.GivenNameRoots.Append(r.GivenName ?? "").Where(n => n.Length >= 3);

    private static bool Is(MatchContribution c, string attribute, string level) =>
        string.Equals(c.Attribute, attribute, StringComparison.Ordinal)
        && c.Comparator.StartsWith(level, StringComparison.Ordinal);
}
