using System.Text.Json;
using Mdm.Core.Persistence;
using Mdm.Core.SourceRecords;
using Mdm.Matching;

namespace Mdm.Core.MatchReviews;

internal static class MatchReviewQueue
{
    /// <summary>Queues a potential match between two golden records for a steward.</summary>
    public static void Open(
        MdmDbContext db,
        Guid existing,
        Guid created,
        ScoredCandidate candidate,
        DateTimeOffset now
    ) =>
        db.MatchReviews.Add(
            new MatchReview
            {
                Id = Guid.CreateVersion7(now),
                GoldenIdA = existing,
                GoldenIdB = created,
                Score = candidate.Probability,
                Explanation = JsonSerializer.SerializeToDocument(candidate.Explanation, SourceRecordJson.Options),
                Status = MatchReviewStatus.Open,
                CreatedAt = now,
            }
        );
}
