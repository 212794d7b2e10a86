using Mdm.Core;
using Mdm.Core.MatchReviews;
using Mediator;

namespace Mdm.Stewardship.Web.Reviews;

/// <summary>
/// Walks a steward through the queue (highest score first), remembering for the circuit's lifetime which reviews
/// they skipped so "next" does not hand the same one back.
/// </summary>
public sealed class ReviewNavigator(IMediator mediator)
{
    private const int Window = 100;
    private readonly HashSet<Guid> _skipped = [];

    public void Skip(Guid reviewId) => _skipped.Add(reviewId);

    /// <summary>The next open review other than <paramref name="current"/> and the skipped ones; null when none.</summary>
    public async Task<Guid?> NextAsync(Guid current, Actor me, CancellationToken ct = default)
    {
        for (var offset = 0; ; offset += Window)
        {
            var page = await mediator.Send(new ListReviewQueueItems(new ReviewQueueFilter(Me: me), offset, Window), ct);
            var next = page.Items.FirstOrDefault(i => i.Id != current && !_skipped.Contains(i.Id));
            if (next is not null)
            {
                return next.Id;
            }
            if (offset + Window >= page.Total)
            {
                return null;
            }
        }
    }
}
