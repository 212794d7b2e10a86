using System.Globalization;
using Mdm.Matching.Candidates;

namespace Mdm.Matching.Scoring;

/// <summary>
/// Estimates m in several sessions, each over the pairs that agree exactly on one thing (birth date, full name, an
/// email, a phone, an address). Within a session the attribute the pairs were chosen by is left out — it agrees by
/// construction and would teach EM that everything agrees — and the others are learnt. Each attribute's m is the
/// average of the sessions that learnt it, weighted by how much matched evidence each saw. Without this, EM over
/// blocked pairs drifts to "every candidate pair is a match".
/// </summary>
internal static class TrainingSessions
{
    private const int MaxGroupSize = 30;
    private const int MaxPairsPerSession = 300_000;

    private sealed record Session(string Name, string[] Fixed, Func<MatchRecord, IEnumerable<string>> Keys);

    private static readonly Session[] Sessions =
    [
        new(
            "birth date",
            ["birthDate"],
            r => r.BirthDate is { } d ? [d.ToString("yyyyMMdd", CultureInfo.InvariantCulture)] : []
        ),
        new(
            "full name",
            ["givenName", "familyName"],
            r => r.GivenName is { } g && r.FamilyName is { } f ? [g + "|" + f] : []
        ),
        new("email", ["email"], r => r.Emails),
        new("phone", ["phone"], r => r.Phones),
        new(
            "address",
            ["address"],
            r => r.Addresses.Where(a => a.Street is not null).Select(AddressComparison.Describe)
        ),
    ];

    public static double[][] EstimateM(
        IReadOnlyList<MatchRecord> records,
        IReadOnlyList<Comparison> comparisons,
        double[][] u,
        int iterations
    )
    {
        var sums = comparisons.Select(c => new double[c.Levels.Count]).ToArray();
        var evidence = new double[comparisons.Count];
        foreach (var session in Sessions)
        {
            var pairs = PairsSharing(records, session.Keys);
            if (pairs.Count < 10)
            {
                continue;
            }
            var fixedIndexes = comparisons
                .Select((c, k) => (c, k))
                .Where(x => session.Fixed.Contains(x.c.Attribute))
                .Select(x => x.k)
                .ToHashSet();
            var vectors = pairs.Select(p => ModelTrainer.Levels(records[p.A], records[p.B], comparisons)).ToList();
            var start = comparisons.Select(c => ModelTrainer.InitialM(c.Levels.Count)).ToArray();
            var (m, seen) = ModelTrainer.ExpectationMaximisation(
                vectors,
                start,
                u,
                comparisons,
                fixedIndexes,
                iterations
            );
            for (var k = 0; k < comparisons.Count; k++)
            {
                if (fixedIndexes.Contains(k) || seen[k] < 1)
                {
                    continue;
                }
                for (var level = 0; level < m[k].Length; level++)
                {
                    sums[k][level] += m[k][level] * seen[k];
                }
                evidence[k] += seen[k];
            }
        }
        return sums.Select(
                (levels, k) =>
                    evidence[k] > 0
                        ? levels.Select(v => Math.Max(v / evidence[k], 1e-5)).ToArray()
                        : ModelTrainer.InitialM(levels.Length)
            )
            .ToArray();
    }

    private static List<(int A, int B)> PairsSharing(
        IReadOnlyList<MatchRecord> records,
        Func<MatchRecord, IEnumerable<string>> keys
    )
    {
        var groups = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < records.Count; i++)
        {
            foreach (var key in keys(records[i]).Distinct(StringComparer.Ordinal))
            {
                if (!groups.TryGetValue(key, out var members))
                {
                    groups[key] = members = [];
                }
                members.Add(i);
            }
        }
        var pairs = new HashSet<(int, int)>();
        foreach (var members in groups.Values.Where(g => g.Count is > 1 and <= MaxGroupSize))
        {
            for (var x = 0; x < members.Count && pairs.Count < MaxPairsPerSession; x++)
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
