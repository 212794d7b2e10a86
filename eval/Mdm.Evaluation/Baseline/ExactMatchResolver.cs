using Mdm.Matching;
using Mdm.Matching.Resolution;

namespace Mdm.Evaluation.Baseline;

/// <summary>
/// BASELINE ONLY — the floor the real resolver must beat, not the product's matcher. Two records are one person when
/// they share a normalized email, phone, loyalty id or other id, or the same given name, family name and birth date.
/// Every pair sharing such a key is both compared and auto-merged; nothing goes to review.
/// </summary>
internal sealed class ExactMatchResolver : IEntityResolver
{
    public ResolutionResult Resolve(IReadOnlyList<MatchRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var holders = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var sets = new DisjointSets();
        var pairs = new HashSet<(string, string)>();
        foreach (var record in records)
        {
            var earlier = new HashSet<string>(StringComparer.Ordinal);
            foreach (var matchKey in MatchKeys(record).Distinct(StringComparer.Ordinal))
            {
                if (!holders.TryGetValue(matchKey, out var keys))
                {
                    holders[matchKey] = keys = [];
                }
                earlier.UnionWith(keys);
                keys.Add(record.Key);
            }
            foreach (var other in earlier)
            {
                pairs.Add((other, record.Key));
                sets.Union(other, record.Key);
            }
        }
        var clusterOf = records.ToDictionary(r => r.Key, r => sets.Find(r.Key), StringComparer.Ordinal);
        return new ResolutionResult(clusterOf, [], pairs, pairs);
    }

    internal static IEnumerable<string> MatchKeys(MatchRecord record)
    {
        foreach (var email in record.Emails)
        {
            yield return "email:" + email;
        }
        foreach (var phone in record.Phones)
        {
            yield return "phone:" + phone;
        }
        if (record.LoyaltyId is not null)
        {
            yield return "loyalty:" + record.LoyaltyId;
        }
        foreach (var id in record.OtherIds)
        {
            yield return "id:" + id;
        }
        if (record is { GivenName: not null, FamilyName: not null, BirthDate: { } birthDate })
        {
            yield return $"person:{record.GivenName}|{record.FamilyName}|{birthDate.DayNumber}";
        }
    }
}
