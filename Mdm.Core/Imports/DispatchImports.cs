using Mdm.Core.Persistence;
using Mediator;
using Npgsql;

namespace Mdm.Core.Imports;

/// <summary>
/// The imports a worker should run now: queued ones not yet handed to a job (or handed long ago), and running ones
/// whose run died — no progress for <paramref name="ResumeAfter"/> and nobody holding their <see cref="ImportRunLock"/>.
/// Each is marked dispatched so that other processes polling at the same time pass it by.
/// </summary>
public sealed record DispatchImports(TimeSpan ResumeAfter) : ICommand<IReadOnlyList<Guid>>;

public sealed class DispatchImportsHandler(NpgsqlDataSource dataSource, TimeProvider time)
    : ICommandHandler<DispatchImports, IReadOnlyList<Guid>>
{
    // A queued import's job may wait behind others in the queue; only then is it handed out again.
    private static readonly TimeSpan RequeueQueuedAfter = TimeSpan.FromMinutes(5);

    private const string DueImports = """
        UPDATE imports SET dispatched_at = $1 WHERE id IN (
            SELECT id FROM imports
            WHERE (status = 'queued' AND (dispatched_at IS NULL OR dispatched_at < $2))
               OR (status = 'running' AND heartbeat_at < $3 AND (dispatched_at IS NULL OR dispatched_at < $3))
            ORDER BY created_at LIMIT 100 FOR UPDATE SKIP LOCKED)
        RETURNING id, status
        """;

    public async ValueTask<IReadOnlyList<Guid>> Handle(DispatchImports command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var queuedBefore = now - RequeueQueuedAfter;
        var staleBefore = now - command.ResumeAfter;
        var due = new List<(Guid Id, string Status)>();
        await using (var select = dataSource.CreateCommand(DueImports))
        {
            select.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = now });
            select.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = queuedBefore });
            select.Parameters.Add(new NpgsqlParameter<DateTimeOffset> { TypedValue = staleBefore });
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                due.Add((reader.GetGuid(0), reader.GetString(1)));
            }
        }
        var dispatch = new List<Guid>();
        foreach (var import in due)
        {
            if (import.Status == ImportStatus.Queued || await IsAbandonedAsync(import.Id, cancellationToken))
            {
                dispatch.Add(import.Id);
            }
        }
        return dispatch;
    }

    private async Task<bool> IsAbandonedAsync(Guid importId, CancellationToken ct)
    {
        await using var probe = await ImportRunLock.TryAcquireAsync(dataSource, importId, ct);
        return probe is not null;
    }
}
