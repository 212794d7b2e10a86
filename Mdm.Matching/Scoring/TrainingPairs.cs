using Mdm.Matching.Candidates;

namespace Mdm.Matching.Scoring;

/// <summary>Candidate pairs for training: records that share a blocking key, from keys no more common than a cap.</summary>
public static class TrainingPairs
{
    public static IReadOnlyList<(int A, int B)> FromBlockingKeys(
        IReadOnlyList<MatchRecord> records,
        int maxGroupSize = 40
    )
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            foreach (var key in BlockingKeys.For(records[i]))
            {
                if (!groups.TryGetValue(key, out var members))
                {
                    groups[key] = members = [];
                }
                members.Add(i);
            }
        }
        var pairs = new HashSet<(int, int)>();
        foreach (var members in groups.Values.Where(g => g.Count > 1 && g.Count <= maxGroupSize))
        {
            for (var x = 0; x < members.Count; x++)
            {
                for (var y = x + 1; y < members.Count; y++)
                {
                    pairs.Add((members[x], members[y]));
                }
            }
        }
        return pairs.Order().ToList();
    }
}
