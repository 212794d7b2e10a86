namespace Mdm.Matching.Scoring;

/// <summary>
/// Emails, best pair of the two lists: exact, same mailbox name elsewhere or a near spelling, different. A mailbox name
/// that only spells the person's name (<c>brenda.johnson@</c> at two providers) says nothing the names do not already
/// say, so that pair is not compared.
/// </summary>
public sealed class EmailComparison : Comparison
{
    public override string Attribute => "email";
    public override IReadOnlyList<string> Levels { get; } = ["exact", "same-local-part-or-close", "different"];
    public override bool CanBeGeneric => true;

    public override ComparisonResult Compare(MatchRecord probe, MatchRecord other) =>
        BestPair.Of(probe.Emails, other.Emails, (a, b) => Compare(a, b, probe, other));

    public override string? FrequencyTerm(ComparisonResult result) => result.Level == 0 ? "e:" + result.Left : null;

    private static ComparisonResult Compare(string a, string b, MatchRecord probe, MatchRecord other)
    {
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return new(0, a, b, 1);
        }
        if (GenericValues.IsPlaceholder(a) || GenericValues.IsPlaceholder(b))
        {
            return ComparisonResult.None;
        }
        var (localA, domainA) = Split(a);
        var (localB, domainB) = Split(b);
        // Gmail keys drop the dots, so mailbox names are compared without separators.
        var mailboxA = WithoutSeparators(localA);
        var sameMailbox =
            mailboxA.Length >= 4 && string.Equals(mailboxA, WithoutSeparators(localB), StringComparison.Ordinal);
        if (sameMailbox && (SpellsName(mailboxA, probe) || SpellsName(mailboxA, other)))
        {
            return ComparisonResult.None;
        }
        var similarity = StringSimilarity.JaroWinkler(localA, localB);
        var close = sameMailbox || (string.Equals(domainA, domainB, StringComparison.Ordinal) && similarity >= 0.94);
        return new(close ? 1 : 2, a, b, similarity);
    }

    /// <summary>Whether the mailbox name (separators dropped) is given + family or family + given (or its initial).</summary>
    private static string WithoutSeparators(string local) =>
        local.AsSpan().IndexOfAny("._-") < 0 ? local : string.Concat(local.Where(ch => ch is not ('.' or '_' or '-')));

    private static bool SpellsName(string mailbox, MatchRecord r)
    {
        if (r.GivenName is not { Length: > 0 } given || r.FamilyName is not { } family)
        {
            return false;
        }
        var compactFamily = family.Replace(" ", "", StringComparison.Ordinal);
        return Spells(mailbox, given, compactFamily)
            || Spells(mailbox, compactFamily, given)
            || Spells(mailbox, given[..1], compactFamily)
            || Spells(mailbox, compactFamily, given[..1]);
    }

    private static bool Spells(string mailbox, string first, string second) =>
        mailbox.Length == first.Length + second.Length
        && mailbox.StartsWith(first, StringComparison.Ordinal)
        && mailbox.EndsWith(second, StringComparison.Ordinal);

    private static (string Local, string Domain) Split(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at < 0 ? (email, "") : (email[..at], email[(at + 1)..]);
    }
}

/// <summary>Phones in E.164, best pair: exact, same last seven digits (area code changed or mistyped), different.</summary>
public sealed class PhoneComparison : Comparison
{
    public override string Attribute => "phone";
    public override IReadOnlyList<string> Levels { get; } = ["exact", "same-last-7-digits", "different"];
    public override bool CanBeGeneric => true;

    public override ComparisonResult Compare(MatchRecord probe, MatchRecord other) =>
        BestPair.Of(probe.Phones, other.Phones, Compare);

    public override string? FrequencyTerm(ComparisonResult result) => result.Level == 0 ? "p:" + result.Left : null;

    private static ComparisonResult Compare(string a, string b) =>
        string.Equals(a, b, StringComparison.Ordinal) ? new(0, a, b, 1)
        : a.Length >= 7 && b.Length >= 7 && a.AsSpan()[^7..].SequenceEqual(b.AsSpan()[^7..]) ? new(1, a, b, 0.7)
        : new(2, a, b, 0);
}

/// <summary>Exact identifiers: loyalty id and other ids of the same kind (exact, near typo, different).</summary>
public sealed class IdentifierComparison : Comparison
{
    public override string Attribute => "identifier";
    public override IReadOnlyList<string> Levels { get; } = ["exact", "one-typo", "different"];

    public override ComparisonResult Compare(MatchRecord probe, MatchRecord other) =>
        BestPair.Of(Ids(probe), Ids(other), Compare);

    private static List<string> Ids(MatchRecord r)
    {
        var ids = new List<string>(r.OtherIds.Count + 1);
        if (r.LoyaltyId is { } loyalty)
        {
            ids.Add("loyalty:" + loyalty);
        }
        ids.AddRange(r.OtherIds);
        return ids;
    }

    private static ComparisonResult Compare(string a, string b)
    {
        var kindA = a[..(a.IndexOf(':', StringComparison.Ordinal) + 1)];
        var kindB = b[..(b.IndexOf(':', StringComparison.Ordinal) + 1)];
        if (!string.Equals(kindA, kindB, StringComparison.Ordinal))
        {
            return ComparisonResult.None;
        }
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return new(0, a, b, 1);
        }
        var similarity = StringSimilarity.Levenshtein(a[kindA.Length..], b[kindA.Length..]);
        return new(similarity >= 0.85 ? 1 : 2, a, b, similarity);
    }
}

/// <summary>Compares two lists element by element and keeps the best agreement.</summary>
internal static class BestPair
{
    public static ComparisonResult Of(
        IReadOnlyList<string> left,
        IReadOnlyList<string> right,
        Func<string, string, ComparisonResult> compare
    )
    {
        var best = ComparisonResult.None;
        foreach (var a in left)
        {
            foreach (var b in right)
            {
                var result = compare(a, b);
                if (!result.IsMissing && (best.IsMissing || result.Level < best.Level))
                {
                    best = result;
                    if (best.Level == 0)
                    {
                        return best;
                    }
                }
            }
        }
        return best;
    }
}
