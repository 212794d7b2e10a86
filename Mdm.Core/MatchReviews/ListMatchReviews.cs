using System.Globalization;
using System.Text.Json;
using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.MatchReviews;

/// <summary>One page of match reviews with a status, highest score first (contract §5).</summary>
/// <param name="After">A cursor from an earlier page's <see cref="MatchReviewPage.Next"/>, or null.</param>
public sealed record ListMatchReviews(string Status, int Limit, MatchReviewCursor? After) : IQuery<MatchReviewPage>;

public sealed record MatchReviewItem(
    Guid Id,
    string Status,
    double Score,
    Guid GoldenIdA,
    Guid GoldenIdB,
    JsonElement Explanation,
    DateTimeOffset CreatedAt,
    string? DecidedBy,
    DateTimeOffset? DecidedAt,
    string? Comment
);

public sealed record MatchReviewPage(IReadOnlyList<MatchReviewItem> Items, string? Next);

/// <summary>The position after the last review of a page: its score and id (ties on score go by id).</summary>
public sealed record MatchReviewCursor(double Score, Guid Id)
{
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Score:R}_{Id:N}");

    public static MatchReviewCursor? Parse(string? text)
    {
        var parts = text?.Split('_');
        return
            parts is [var score, var id]
            && double.TryParse(score, NumberStyles.Float, CultureInfo.InvariantCulture, out var s)
            && Guid.TryParseExact(id, "N", out var g)
            ? new MatchReviewCursor(s, g)
            : null;
    }
}

public sealed class ListMatchReviewsHandler(IDbContextFactory<MdmDbContext> dbFactory)
    : IQueryHandler<ListMatchReviews, MatchReviewPage>
{
    public async ValueTask<MatchReviewPage> Handle(ListMatchReviews query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var reviews = db.MatchReviews.AsNoTracking().Where(r => r.Status == query.Status);
        if (query.After is { } after)
        {
            reviews = reviews.Where(r =>
                r.Score < after.Score || (r.Score == after.Score && r.Id.CompareTo(after.Id) > 0)
            );
        }
        var rows = await reviews
            .OrderByDescending(r => r.Score)
            .ThenBy(r => r.Id)
            .Take(query.Limit + 1)
            .ToListAsync(cancellationToken);
        var items = rows.Take(query.Limit)
            .Select(r => new MatchReviewItem(
                r.Id,
                r.Status,
                r.Score,
                r.GoldenIdA,
                r.GoldenIdB,
                r.Explanation.RootElement.Clone(),
                r.CreatedAt,
                r.DecidedBy,
                r.DecidedAt,
                r.Comment
            ))
            .ToList();
        var next = rows.Count > query.Limit ? new MatchReviewCursor(items[^1].Score, items[^1].Id).ToString() : null;
        return new MatchReviewPage(items, next);
    }
}
