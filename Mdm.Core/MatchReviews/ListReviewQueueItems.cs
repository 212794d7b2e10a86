using Mdm.Core.GoldenRecords;
using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.MatchReviews;

/// <summary>The steward's queue: open match reviews, filtered and sorted, one page at a time with the total.</summary>
public sealed record ListReviewQueueItems(ReviewQueueFilter Filter, int Offset, int Limit) : IQuery<ReviewQueuePage>;

public enum ReviewQueueSort
{
    /// <summary>Highest score first: the likeliest merges, quickest to confirm.</summary>
    Score,

    /// <summary>Oldest first: nothing waits forever.</summary>
    Age,
}

public enum ReviewAssignment
{
    Anyone,
    Unassigned,
    Mine,
}

/// <param name="SourceSystem">Only reviews where either golden record holds a live source record of this system.</param>
/// <param name="MinScore">Inclusive lower bound of the score band.</param>
/// <param name="MaxScore">Exclusive upper bound of the score band.</param>
/// <param name="CreatedBefore">Only reviews waiting since before this instant (age filter).</param>
/// <param name="Me">The actor <see cref="ReviewAssignment.Mine"/> refers to.</param>
public sealed record ReviewQueueFilter(
    ReviewQueueSort Sort = ReviewQueueSort.Score,
    string? SourceSystem = null,
    double? MinScore = null,
    double? MaxScore = null,
    DateTimeOffset? CreatedBefore = null,
    ReviewAssignment Assignment = ReviewAssignment.Anyone,
    Actor? Me = null
);

public sealed record ReviewQueueItem(
    Guid Id,
    double Score,
    DateTimeOffset CreatedAt,
    Guid GoldenIdA,
    string NameA,
    Guid GoldenIdB,
    string NameB,
    IReadOnlyList<string> SourceSystems,
    string? AssignedTo
);

public sealed record ReviewQueuePage(IReadOnlyList<ReviewQueueItem> Items, int Total);

public sealed class ListReviewQueueItemsHandler(IDbContextFactory<MdmDbContext> dbFactory)
    : IQueryHandler<ListReviewQueueItems, ReviewQueuePage>
{
    public async ValueTask<ReviewQueuePage> Handle(ListReviewQueueItems query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var reviews = ReviewQueueFilters.Apply(db, query.Filter);
        var total = await reviews.CountAsync(cancellationToken);
        var sorted =
            query.Filter.Sort == ReviewQueueSort.Age
                ? reviews.OrderBy(r => r.CreatedAt).ThenBy(r => r.Id)
                : reviews.OrderByDescending(r => r.Score).ThenBy(r => r.Id);
        var rows = await sorted.Skip(query.Offset).Take(query.Limit).ToListAsync(cancellationToken);
        var goldenIds = rows.SelectMany(r => new[] { r.GoldenIdA, r.GoldenIdB }).Distinct().ToList();
        var names = (
            await db.GoldenRecords.AsNoTracking().Where(g => goldenIds.Contains(g.Id)).ToListAsync(cancellationToken)
        ).ToDictionary(g => g.Id, g => GoldenDisplay.NameOf(GoldenRecordView.From(g).Name));
        var systems = await SystemsByGoldenAsync(db, goldenIds, cancellationToken);
        var items = rows.Select(r => new ReviewQueueItem(
                r.Id,
                r.Score,
                r.CreatedAt,
                r.GoldenIdA,
                names.GetValueOrDefault(r.GoldenIdA, GoldenDisplay.Unnamed),
                r.GoldenIdB,
                names.GetValueOrDefault(r.GoldenIdB, GoldenDisplay.Unnamed),
                systems
                    .Where(s => s.GoldenId == r.GoldenIdA || s.GoldenId == r.GoldenIdB)
                    .Select(s => s.SourceSystem)
                    .Distinct()
                    .Order(StringComparer.Ordinal)
                    .ToList(),
                r.AssignedTo
            ))
            .ToList();
        return new ReviewQueuePage(items, total);
    }

    private static async Task<List<GoldenSystem>> SystemsByGoldenAsync(
        MdmDbContext db,
        List<Guid> goldenIds,
        CancellationToken ct
    ) =>
        await db
            .Links.Where(l => goldenIds.Contains(l.GoldenId))
            .Join(
                db.SourceRecords,
                l => l.SourceRecordId,
                s => s.Id,
                (l, s) =>
                    new
                    {
                        l.GoldenId,
                        s.SourceSystem,
                        s.DetachedAt,
                    }
            )
            .Where(x => x.DetachedAt == null)
            .Select(x => new GoldenSystem(x.GoldenId, x.SourceSystem))
            .Distinct()
            .ToListAsync(ct);

    private sealed record GoldenSystem(Guid GoldenId, string SourceSystem);
}
