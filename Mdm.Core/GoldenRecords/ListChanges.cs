using System.Text.Json;
using Mdm.Core.Matching;
using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.GoldenRecords;

/// <summary>
/// The change feed (contract §7): every event after a position, in position order, never past a position that may
/// still be taken by a transaction in flight.
/// </summary>
public sealed record ListChanges(long After, int Limit) : IQuery<ChangePage>;

public sealed record ChangeItem(
    long Position,
    Guid Id,
    Guid GoldenId,
    int Sequence,
    string Type,
    DateTimeOffset Timestamp,
    JsonElement Data
);

public sealed record ChangePage(IReadOnlyList<ChangeItem> Items, long Next);

public sealed class ListChangesHandler(IDbContextFactory<MdmDbContext> dbFactory, TimeProvider time)
    : IQueryHandler<ListChanges, ChangePage>
{
    public async ValueTask<ChangePage> Handle(ListChanges query, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var rows = await db
            .ChangeEvents.AsNoTracking()
            .Where(e => e.Position > query.After)
            .OrderBy(e => e.Position)
            .Take(query.Limit)
            .ToListAsync(cancellationToken);
        var settledBefore = time.GetUtcNow() - ChangeFeedCursor.GapTimeout;
        var items = new List<ChangeItem>(rows.Count);
        var expected = query.After + 1;
        foreach (var e in rows)
        {
            // Positions are consecutive; a hole is a transaction still in flight (it will fill the hole when it
            // commits) or one rolled back (the hole stays). Serve nothing past a hole until it has lasted long enough
            // to be a rollback, so a reader polling with 'after' never skips an event that commits late.
            if (e.Position != expected && e.CreatedAt > settledBefore)
            {
                break;
            }
            items.Add(
                new ChangeItem(
                    e.Position,
                    e.Id,
                    e.GoldenId,
                    e.Sequence,
                    e.Type,
                    e.CreatedAt,
                    e.Data.RootElement.Clone()
                )
            );
            expected = e.Position + 1;
        }
        return new ChangePage(items, items.Count > 0 ? items[^1].Position : query.After);
    }
}
