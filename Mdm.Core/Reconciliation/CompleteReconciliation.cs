using Mdm.Core.SourceRecords;
using Mediator;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Mdm.Core.Reconciliation;

/// <summary>
/// The second half of a run, once every line of the extract has its result: the live source records of the system
/// that the extract lacks become in-MDM-only items, found by one anti-join per batch (nothing held in memory), and are
/// detached when the run says so. Safe to run again after a crash: items are inserted once, a detached item is not
/// detached twice, and the counts are read from the rows.
/// </summary>
public sealed record CompleteReconciliation(Guid RunId, string SourceSystem, Actor Actor) : ICommand;

public sealed class CompleteReconciliationHandler(
    NpgsqlDataSource dataSource,
    IMediator mediator,
    IOptions<ReconciliationOptions> options,
    TimeProvider time
) : ICommandHandler<CompleteReconciliation>
{
    // Records created after the run was stored (s.id above the high-water mark) came from elsewhere: never missing.
    private const string FindMissing = """
        WITH batch AS (
            SELECT s.source_id, l.golden_id FROM source_records s
            LEFT JOIN links l ON l.source_record_id = s.id
            WHERE s.source_system = $1 AND s.source_id > $2 AND s.detached_at IS NULL AND NOT s.erased
              AND s.id <= (SELECT hub_high_water FROM reconciliation_runs WHERE id = $3)
              AND NOT EXISTS (SELECT 1 FROM import_lines i WHERE i.import_id = $3 AND i.source_id = s.source_id)
            ORDER BY s.source_id LIMIT $4
        ), stored AS (
            INSERT INTO reconciliation_missing_items (run_id, source_id, golden_id)
            SELECT $3, source_id, golden_id FROM batch ON CONFLICT DO NOTHING
        )
        SELECT max(source_id) FROM batch
        """;

    private const string NextToDetach = """
        SELECT source_id FROM reconciliation_missing_items
        WHERE run_id = $1 AND detached_at IS NULL AND (SELECT detach_missing FROM reconciliation_runs WHERE id = $1)
        ORDER BY source_id LIMIT 200
        """;

    private const string Count = """
        UPDATE reconciliation_runs SET
            in_mdm_only = (SELECT count(*) FROM reconciliation_missing_items WHERE run_id = $1),
            detached = (SELECT count(*) FROM reconciliation_missing_items WHERE run_id = $1 AND detached_at IS NOT NULL)
        WHERE id = $1
        """;

    public async ValueTask<Unit> Handle(CompleteReconciliation command, CancellationToken cancellationToken)
    {
        string? after = "";
        while (after is not null)
        {
            after =
                await ScalarAsync(
                    FindMissing,
                    cancellationToken,
                    command.SourceSystem,
                    after,
                    command.RunId,
                    options.Value.MissingBatchSize
                ) as string;
        }
        List<string> batch;
        while ((batch = await NextToDetachAsync(command.RunId, cancellationToken)).Count > 0)
        {
            foreach (var sourceId in batch)
            {
                // Detaching a record already detached (a crash after the detach, before the mark) answers nothing.
                await mediator.Send(
                    new DetachSourceRecord(command.SourceSystem, sourceId, command.Actor),
                    cancellationToken
                );
                await ScalarAsync(
                    "UPDATE reconciliation_missing_items SET detached_at = $3 WHERE run_id = $1 AND source_id = $2",
                    cancellationToken,
                    command.RunId,
                    sourceId,
                    time.GetUtcNow()
                );
            }
        }
        await ScalarAsync(Count, cancellationToken, command.RunId);
        return Unit.Value;
    }

    private async Task<List<string>> NextToDetachAsync(Guid runId, CancellationToken ct)
    {
        await using var command = dataSource.CreateCommand(NextToDetach);
        command.Parameters.Add(new NpgsqlParameter { Value = runId });
        await using var reader = await command.ExecuteReaderAsync(ct);
        var ids = new List<string>();
        while (await reader.ReadAsync(ct))
        {
            ids.Add(reader.GetString(0));
        }
        return ids;
    }

    private async Task<object?> ScalarAsync(string sql, CancellationToken ct, params object[] values)
    {
        await using var command = dataSource.CreateCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }
        var result = await command.ExecuteScalarAsync(ct);
        return result is DBNull ? null : result;
    }
}
