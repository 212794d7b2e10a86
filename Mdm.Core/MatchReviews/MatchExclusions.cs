using Mdm.Core.Persistence;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.MatchReviews;

/// <summary>Pairs of golden records a steward said are different people; automation never proposes or merges them.</summary>
internal static class MatchExclusions
{
    public static async Task AddAsync(
        MdmDbContext db,
        Guid a,
        Guid b,
        string decidedBy,
        string reason,
        DateTimeOffset now,
        CancellationToken ct
    )
    {
        var (low, high) = MatchExclusion.Order(a, b);
        if (
            db.MatchExclusions.Local.Any(x => x.GoldenIdLow == low && x.GoldenIdHigh == high)
            || await db.MatchExclusions.AnyAsync(x => x.GoldenIdLow == low && x.GoldenIdHigh == high, ct)
        )
        {
            return;
        }
        db.MatchExclusions.Add(
            new MatchExclusion
            {
                GoldenIdLow = low,
                GoldenIdHigh = high,
                DecidedBy = decidedBy,
                Reason = reason,
                DecidedAt = now,
            }
        );
    }

    public static Task<bool> ExistsAsync(MdmDbContext db, Guid a, Guid b, CancellationToken ct)
    {
        var (low, high) = MatchExclusion.Order(a, b);
        return db.MatchExclusions.AnyAsync(x => x.GoldenIdLow == low && x.GoldenIdHigh == high, ct);
    }
}
