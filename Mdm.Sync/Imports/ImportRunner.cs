using Mdm.Core.Imports;
using Mdm.Core.SourceRecords;
using Mediator;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Mdm.Sync.Imports;

/// <summary>
/// Reads a claimed import's file from PostgreSQL and ingests it in batches, each line through
/// <see cref="IngestSourceRecord"/> like an API call, several at once (<see cref="ImportOptions.Concurrency"/>). After each batch the checkpoint (progress and counts) moves
/// past it; a resumed run skips lines up to the checkpoint and, within a batch, lines that already have their row.
/// </summary>
public sealed class ImportRunner(
    IMediator mediator,
    NpgsqlDataSource dataSource,
    SourceRecordValidator validator,
    IOptions<ImportOptions> options
)
{
    /// <summary>The import's run lock, or null when another run holds it.</summary>
    public Task<ImportRunLock?> TryLockAsync(Guid importId, CancellationToken ct) =>
        ImportRunLock.TryAcquireAsync(dataSource, importId, ct);

    /// <returns>The problem with the file as a whole, or null when every line was read.</returns>
    public async Task<string?> RunAsync(ImportClaim claim, CancellationToken ct)
    {
        await using var file = new ImportFileStream(dataSource, claim.ImportId, claim.TotalBytes);
        var (reader, problem) = await ImportFileReader.OpenAsync(file, claim.Format, claim.SourceSystem, validator, ct);
        if (reader is null)
        {
            return problem;
        }
        using (reader)
        {
            var batch = new List<ImportFileLine>(options.Value.BatchSize);
            try
            {
                var checkpoint = claim.CheckpointLine;
                while (await reader.ReadAsync(ct) is { } line)
                {
                    if (line.Line <= claim.CheckpointLine)
                    {
                        line.Dispose();
                        continue;
                    }
                    batch.Add(line);
                    if (batch.Count == options.Value.BatchSize)
                    {
                        checkpoint = await RunBatchAsync(claim, checkpoint, batch, reader.BytesRead, ct);
                    }
                }
                await RunBatchAsync(claim, checkpoint, batch, reader.BytesRead, ct);
            }
            finally
            {
                batch.ForEach(l => l.Dispose());
            }
        }
        return null;
    }

    /// <summary>Runs the lines and empties the list; returns the new checkpoint (the batch's last line).</summary>
    private async Task<long> RunBatchAsync(
        ImportClaim claim,
        long checkpoint,
        List<ImportFileLine> batch,
        long bytesRead,
        CancellationToken ct
    )
    {
        if (batch.Count == 0)
        {
            return checkpoint;
        }
        var last = batch[^1].Line;
        var done = await mediator.Send(new ListRecordedImportLines(claim.ImportId, batch[0].Line, last), ct);
        await Parallel.ForEachAsync(
            batch.Where(l => !done.Contains(l.Line)).GroupBy(l => l.SourceId ?? $"line {l.Line}"),
            new ParallelOptions { MaxDegreeOfParallelism = options.Value.Concurrency, CancellationToken = ct },
            async (sameRecord, token) =>
            {
                foreach (var line in sameRecord)
                {
                    await RunLineAsync(claim, line, token);
                }
            }
        );
        await mediator.Send(new RecordImportProgress(claim.ImportId, checkpoint, last, bytesRead), ct);
        batch.ForEach(l => l.Dispose());
        batch.Clear();
        return last;
    }

    private async Task RunLineAsync(ImportClaim claim, ImportFileLine line, CancellationToken ct)
    {
        var at = new ImportLineRef(claim.ImportId, line.Line);
        if (line.Payload is null)
        {
            await mediator.Send(new RecordFailedImportLine(at, line.Problem!, line.SourceId), ct);
            return;
        }
        var ingest = new IngestSourceRecord(line.Json!.RootElement, line.Payload, claim.Actor, at);
        if ((await mediator.Send(ingest, ct)).Outcome == IngestOutcome.UnknownSourceSystem)
        {
            var problem = ImportLineProblem.UnknownSourceSystem(claim.SourceSystem);
            await mediator.Send(new RecordFailedImportLine(at, problem, line.Payload.SourceId), ct);
        }
    }
}
