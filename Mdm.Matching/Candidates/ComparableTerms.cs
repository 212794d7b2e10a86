namespace Mdm.Matching.Candidates;

/// <summary>
/// The values whose frequency among golden records adjusts an exact agreement (common names weigh less) or marks a
/// shared value (an email on many golden records is not evidence). Same spelling as <c>Comparison.FrequencyTerm</c>.
/// </summary>
public static class ComparableTerms
{
    public static IEnumerable<string> For(MatchRecord r)
    {
        if (r.GivenName is { } given)
        {
            yield return "g:" + given;
        }
        if (r.FamilyName is { } family)
        {
            yield return "f:" + family;
        }
        foreach (var email in r.Emails)
        {
            yield return "e:" + email;
        }
        foreach (var phone in r.Phones)
        {
            yield return "p:" + phone;
        }
        foreach (var address in r.Addresses)
        {
            yield return "a:" + Scoring.AddressComparison.Describe(address);
        }
    }
}
