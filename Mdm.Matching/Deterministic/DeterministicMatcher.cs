namespace Mdm.Matching.Deterministic;

/// <summary>
/// The first matcher: two source records are the same person when they share a normalized email,
/// an E.164 phone or a loyalty id. The probabilistic engine replaces it behind <see cref="IMatcher"/>.
/// </summary>
public sealed class DeterministicMatcher : IMatcher
{
    /// <inheritdoc />
    public IReadOnlyList<string> BlockingKeys(MatchRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var keys = new List<string>(record.Emails.Count + record.Phones.Count + 1);
        keys.AddRange(record.Emails.Select(e => "email:" + e));
        keys.AddRange(record.Phones.Select(p => "phone:" + p));
        if (record.LoyaltyId is { } loyalty)
        {
            keys.Add("loyalty:" + loyalty);
        }
        return keys.Distinct(StringComparer.Ordinal).ToList();
    }

    /// <inheritdoc />
    public MatchDecision Decide(MatchRecord probe, IReadOnlyList<GoldenCandidate> candidates)
    {
        ArgumentNullException.ThrowIfNull(probe);
        ArgumentNullException.ThrowIfNull(candidates);
        MatchDecision best = MatchDecision.None;
        foreach (var candidate in candidates)
        {
            var evidence = SharedIdentifiers(probe, candidate.Members);
            // Strictly greater: on a tie the oldest candidate (listed first) keeps the win.
            if (evidence.Count > best.Explanation.Count)
            {
                best = new MatchDecision(MatchDecisionKind.AutoMerge, candidate.GoldenId, evidence.Count, evidence);
            }
        }
        return best;
    }

    private static List<MatchContribution> SharedIdentifiers(MatchRecord probe, IReadOnlyList<MatchRecord> members)
    {
        var shared = new List<MatchContribution>();
        AddShared(shared, "email", probe.Emails, members.SelectMany(m => m.Emails));
        AddShared(shared, "phone", probe.Phones, members.SelectMany(m => m.Phones));
        var loyalty = probe.LoyaltyId is null ? [] : new[] { probe.LoyaltyId };
        AddShared(shared, "loyaltyId", loyalty, members.Select(m => m.LoyaltyId).OfType<string>());
        return shared;
    }

    private static void AddShared(
        List<MatchContribution> into,
        string attribute,
        IEnumerable<string> probeValues,
        IEnumerable<string> memberValues
    )
    {
        var known = memberValues.ToHashSet(StringComparer.Ordinal);
        foreach (var value in probeValues.Distinct(StringComparer.Ordinal).Where(known.Contains))
        {
            into.Add(new MatchContribution(attribute, "exact", value, value, 1.0, 1.0));
        }
    }
}
