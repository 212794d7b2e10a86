using System.Text.Json;
using Mdm.Core.Persistence;
using Mdm.Core.SourceRecords;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Imports;

/// <summary>Names the import line an ingest comes from; its result row is written in the ingest's own transaction.</summary>
public sealed record ImportLineRef(Guid ImportId, long Line);

/// <summary>The <c>import_lines</c> rows: one per line of an import, written with the line's effect or its problem.</summary>
internal static class ImportLineRows
{
    /// <summary>
    /// Runs an import line's ingest unless the line already has its row (a retried commit, a resumed import) and adds
    /// the row to the same transaction: a line is either ingested with its row or not at all.
    /// </summary>
    public static async Task<IngestResult> IngestOnceAsync(
        MdmDbContext db,
        ImportLineRef line,
        SourceRecordPayload payload,
        Func<CancellationToken, Task<IngestResult>> ingest,
        CancellationToken ct
    )
    {
        var done = await db
            .ImportLines.AsNoTracking()
            .SingleOrDefaultAsync(l => l.ImportId == line.ImportId && l.LineNo == line.Line, ct);
        if (done is not null)
        {
            return new IngestResult(
                payload.SourceSystem,
                payload.SourceId,
                done.GoldenId ?? Guid.Empty,
                done.Outcome,
                0
            );
        }
        // The line is read from a file stored durably at upload. Should a crash lose this commit, the line's row goes with
        // it and the resumed import ingests the line again; and any later ordinary commit (progress, completion, a
        // webhook fan-out that saw this change) flushes it first. So this commit need not wait for the disk.
        await db.Database.ExecuteSqlRawAsync("SET LOCAL synchronous_commit TO OFF", ct);
        var result = await ingest(ct);
        db.ImportLines.Add(
            new ImportLine
            {
                ImportId = line.ImportId,
                LineNo = line.Line,
                Outcome = result.Outcome,
                GoldenId = result.GoldenId,
                SourceId = payload.SourceId,
            }
        );
        await db.SaveChangesAsync(ct);
        return result;
    }

    /// <summary>Records a line that was not ingested; a line that already has its row keeps it.</summary>
    public static Task AddFailedAsync(
        MdmDbContext db,
        ImportLineRef line,
        ImportLineProblem problem,
        string? sourceId,
        CancellationToken ct
    )
    {
        var json = JsonSerializer.Serialize(problem, SourceRecordJson.Options);
        return db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO import_lines (import_id, line_no, outcome, problem, source_id)
            VALUES ({line.ImportId}, {line.Line}, {ImportLine.FailedOutcome}, CAST({json} AS jsonb), {sourceId})
            ON CONFLICT (import_id, line_no) DO NOTHING
            """,
            ct
        );
    }
}
