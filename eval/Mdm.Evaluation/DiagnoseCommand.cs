using System.Globalization;
using Mdm.Evaluation.Datasets;
using Mdm.Matching;
using Mdm.Matching.Normalization;

namespace Mdm.Evaluation;

/// <summary>
/// <c>diagnose DATASET [EXAMPLES]</c>: why records did not join their person's golden record (or joined another
/// person's). Every record whose person already has a golden record is put in one bucket — joined, not among the
/// candidates, capped by the identity guard (with its reason), scored below auto-merge, another candidate scored higher
/// — and each bucket is printed with its count and a few examples with their explanations.
/// </summary>
internal static class DiagnoseCommand
{
    public static int Run(string datasetName, int examples)
    {
        var dataset = DatasetCatalog.Load(datasetName);
        var records = dataset.Records.Select(PersonNormalizer.Normalize).ToList();
        var observed = new List<(MatchRecord Record, IReadOnlyList<ScoredCandidate> Scored)>();
        var result = ResolverFactory.Create(records, (r, s) => observed.Add((r, s))).Resolve(records);
        var byKey = records.ToDictionary(r => r.Key, StringComparer.Ordinal);
        var clustersOfEntity = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var buckets = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var (record, scored) in observed)
        {
            var entity = dataset.EntityOf[record.Key];
            var expected = clustersOfEntity.GetValueOrDefault(entity) ?? [];
            var bucket = Classify(expected, scored, byKey, dataset.EntityOf);
            if (bucket is not null)
            {
                var list = buckets.TryGetValue(bucket, out var l) ? l : buckets[bucket] = [];
                list.Add(Describe(record, scored, expected, byKey));
            }
            expected.Add(result.ClusterOf[record.Key]);
            clustersOfEntity[entity] = expected;
        }
        foreach (var (bucket, items) in buckets.OrderByDescending(b => b.Value.Count))
        {
            Console.WriteLine($"== {bucket}: {items.Count}");
            foreach (var item in items.Take(examples))
            {
                Console.WriteLine(item);
            }
        }
        return 0;
    }

    private static string? Classify(
        HashSet<string> expected,
        IReadOnlyList<ScoredCandidate> scored,
        Dictionary<string, MatchRecord> byKey,
        IReadOnlyDictionary<string, string> entityOf
    )
    {
        var best = scored.Count > 0 ? scored[0] : null;
        if (expected.Count == 0)
        {
            return best?.Decision == MatchDecisionKind.AutoMerge ? "false merge of a new person" : null;
        }
        if (best is { Decision: MatchDecisionKind.AutoMerge } && expected.Contains(best.GoldenId))
        {
            return "joined";
        }
        var own = scored.FirstOrDefault(s => expected.Contains(s.GoldenId));
        if (own is null)
        {
            return "not among the candidates";
        }
        if (best is { Decision: MatchDecisionKind.AutoMerge })
        {
            return "merged into another person's golden record";
        }
        var guard = own.Explanation.FirstOrDefault(c => c.Attribute == "identity-guard");
        if (guard is not null)
        {
            return $"guard {guard.Comparator}: {guard.Left}";
        }
        return own.Probability >= 0.8 ? "score between review and auto-merge" : "score below review";
    }

    private static string Describe(
        MatchRecord record,
        IReadOnlyList<ScoredCandidate> scored,
        HashSet<string> expected,
        Dictionary<string, MatchRecord> byKey
    )
    {
        var own = scored.FirstOrDefault(s => expected.Contains(s.GoldenId)) ?? (scored.Count > 0 ? scored[0] : null);
        var lines = new List<string> { "  " + Show(record) };
        if (own is null)
        {
            lines.AddRange(expected.Select(e => "    vs " + Show(byKey[e])));
            return string.Join(Environment.NewLine, lines);
        }
        lines.Add("    vs " + Show(byKey[own.GoldenId]));
        lines.Add(
            string.Create(CultureInfo.InvariantCulture, $"    p {own.Probability:F4} w {own.Weight:F1}: ")
                + string.Join(
                    "; ",
                    own.Explanation.Select(c =>
                        string.Create(
                            CultureInfo.InvariantCulture,
                            $"{c.Attribute} {c.Comparator} {c.Weight:+0.0;-0.0}"
                        )
                    )
                )
        );
        return string.Join(Environment.NewLine, lines);
    }

    private static string Show(MatchRecord r) =>
        string.Join(
            " | ",
            new[]
            {
                r.Key,
                $"{r.GivenName} {r.MiddleName} {r.FamilyName} {r.Suffix}".Trim(),
                r.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                r.Gender,
                string.Join(",", r.Emails),
                string.Join(",", r.Phones),
                string.Join(",", r.Addresses.Select(a => $"{a.Number} {a.Street} {a.PostalCode} {a.City}")),
            }.Where(v => !string.IsNullOrWhiteSpace(v))
        );
}
