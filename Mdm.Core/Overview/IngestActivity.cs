using Mdm.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Overview;

/// <summary>Ingest counts from the audit trail (<c>source-record.ingested</c>), aggregated in PostgreSQL.</summary>
internal static class IngestActivity
{
    // What IngestSourceRecord writes: entity id "system/sourceId", reason the outcome, details {"score": p} when scored.
    private const string Ingested = "source-record.ingested";
    private const int UniformBuckets = 20;

    public static async Task<IReadOnlyList<IngestOutcomeCount>> OutcomesAsync(
        MdmDbContext db,
        DashboardWindow window,
        CancellationToken ct
    ) =>
        await db
            .Database.SqlQuery<IngestOutcomeCount>(
                $"""
                SELECT split_part(a.entity_id, '/', 1) AS source_system, coalesce(a.reason, '') AS outcome,
                       count(*)::int AS count
                FROM audit_entries a
                WHERE a.action = {Ingested} AND a.at >= {window.Start} AND a.at < {window.End}
                GROUP BY 1, 2
                ORDER BY 1, 2
                """
            )
            .ToListAsync(ct);

    /// <summary>The best candidate's match probability per ingest that scored one, in buckets split at both thresholds.</summary>
    public static async Task<ScoreHistogram> ScoresAsync(
        MdmDbContext db,
        DashboardWindow window,
        double review,
        double autoMerge,
        CancellationToken ct
    )
    {
        var edges = BucketEdges(review, autoMerge);
        // width_bucket: 1 for [edges[0], edges[1]), …, edges.Length for [last edge, ∞); 0 (below 0) cannot occur.
        var counts = await db
            .Database.SqlQuery<BucketCount>(
                $"""
                SELECT greatest(width_bucket((a.details ->> 'score')::float8, {edges}), 1) AS bucket,
                       count(*)::int AS count
                FROM audit_entries a
                WHERE a.action = {Ingested} AND a.details ->> 'score' IS NOT NULL
                  AND a.at >= {window.Start} AND a.at < {window.End}
                GROUP BY 1
                """
            )
            .ToDictionaryAsync(b => b.Bucket, b => b.Count, ct);
        var buckets = edges
            .Select(
                (from, i) =>
                    new ScoreBucket(from, i + 1 < edges.Length ? edges[i + 1] : 1, counts.GetValueOrDefault(i + 1))
            )
            .ToList();
        return new ScoreHistogram(review, autoMerge, buckets);
    }

    /// <summary>Lower edges: twenty buckets of 0.05 over [0, 1], split where a threshold falls inside one.</summary>
    private static double[] BucketEdges(double review, double autoMerge) =>
        Enumerable
            .Range(0, UniformBuckets)
            .Select(i => i / (double)UniformBuckets)
            .Concat(new[] { review, autoMerge }.Where(t => t is > 0 and < 1))
            .Distinct()
            .Order()
            .ToArray();

    private sealed record BucketCount(int Bucket, int Count);
}
