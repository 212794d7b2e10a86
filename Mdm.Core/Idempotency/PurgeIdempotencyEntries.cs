using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Idempotency;

/// <summary>Forgets remembered POST responses older than the retention; a later replay of such a key runs afresh.</summary>
public sealed record PurgeIdempotencyEntries(TimeSpan Retention) : ICommand<int>;

public sealed class PurgeIdempotencyEntriesHandler(IDbContextFactory<MdmDbContext> dbFactory, TimeProvider time)
    : ICommandHandler<PurgeIdempotencyEntries, int>
{
    private const int BatchSize = 5_000;

    public async ValueTask<int> Handle(PurgeIdempotencyEntries command, CancellationToken cancellationToken)
    {
        var cutoff = time.GetUtcNow() - command.Retention;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var total = 0;
        int deleted;
        do
        {
            // Small batches keep each delete's locks and WAL short while the API keeps writing.
            deleted = await db.Database.ExecuteSqlAsync(
                $"""
                DELETE FROM idempotency_entries WHERE ctid IN (
                    SELECT ctid FROM idempotency_entries WHERE created_at < {cutoff} LIMIT {BatchSize})
                """,
                cancellationToken
            );
            total += deleted;
        } while (deleted == BatchSize);
        return total;
    }
}
