using System.Text.Json;
using Mdm.Core.GoldenRecords;
using Mdm.Core.Persistence;
using Mdm.Core.SourceRecords;
using Mdm.Matching;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.MatchReviews;

/// <summary>
/// Everything a steward needs to decide one review: both golden records with their source records, the score's
/// explanation, and the golden record a merge would produce under the survivorship rules. Null when no such review.
/// </summary>
public sealed record GetMatchReviewComparison(Guid ReviewId) : IQuery<MatchReviewComparison?>;

public sealed record MatchReviewComparison(
    MatchReview Review,
    IReadOnlyList<MatchContribution> Explanation,
    ComparedGolden A,
    ComparedGolden B,
    GoldenValues MergedPreview
);

public sealed record ComparedGolden(GoldenRecordView Golden, IReadOnlyList<GoldenSourceRecord> Sources)
{
    public string DisplayName => GoldenDisplay.NameOf(Golden.Name);
}

public sealed class GetMatchReviewComparisonHandler(IDbContextFactory<MdmDbContext> dbFactory, SurvivorshipRules rules)
    : IQueryHandler<GetMatchReviewComparison, MatchReviewComparison?>
{
    public async ValueTask<MatchReviewComparison?> Handle(
        GetMatchReviewComparison query,
        CancellationToken cancellationToken
    )
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var review = await db
            .MatchReviews.AsNoTracking()
            .SingleOrDefaultAsync(r => r.Id == query.ReviewId, cancellationToken);
        if (review is null)
        {
            return null;
        }
        Guid[] ids = [review.GoldenIdA, review.GoldenIdB];
        var goldens = await db
            .GoldenRecords.AsNoTracking()
            .Where(g => ids.Contains(g.Id))
            .ToDictionaryAsync(g => g.Id, cancellationToken);
        var sources = await GoldenSources.LoadAsync(db, ids, cancellationToken);
        var pins = await db
            .GoldenPins.AsNoTracking()
            .Where(p => ids.Contains(p.GoldenId))
            .ToListAsync(cancellationToken);
        // A merge moves every source record to the survivor and keeps the survivor's pins, taking the other's only for
        // attributes the survivor has not pinned; then it recomputes. Preview exactly that.
        var (survivor, _) = GoldenMerge.SurvivorFirst(goldens[review.GoldenIdA], goldens[review.GoldenIdB]);
        var survivorPinned = pins.Where(p => p.GoldenId == survivor.Id)
            .Select(p => p.Attribute)
            .ToHashSet(StringComparer.Ordinal);
        var preview = Survivorship.Compute(
            sources.Select(s => new SurvivorshipInput(s.ReceivedAt, s.Payload)).ToList(),
            rules,
            pins.Where(p => p.GoldenId == survivor.Id || !survivorPinned.Contains(p.Attribute))
                .Select(p => new Pin(p.Attribute, p.Value.RootElement, p.PinnedBy, p.PinnedAt))
                .ToList()
        );
        var explanation =
            review.Explanation.RootElement.Deserialize<List<MatchContribution>>(SourceRecordJson.Options) ?? [];
        return new MatchReviewComparison(
            review,
            explanation,
            Compared(goldens[review.GoldenIdA], sources),
            Compared(goldens[review.GoldenIdB], sources),
            preview
        );
    }

    private static ComparedGolden Compared(GoldenRecord golden, List<GoldenSourceRecord> sources) =>
        new(GoldenRecordView.From(golden), sources.Where(s => s.GoldenId == golden.Id).ToList());
}
