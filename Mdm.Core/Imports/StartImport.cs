using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Mdm.Core.Imports;

/// <summary>
/// Stores an uploaded file of source records in PostgreSQL, streaming it in ~1 MB chunks, and queues it for the
/// workers (contract §3 <c>POST /imports</c>). Nothing is ingested here; <see cref="GetImport"/> reports progress.
/// </summary>
/// <param name="FileName">The uploaded file's name; its extension tells the format unless <paramref name="Format"/> does.</param>
/// <param name="Content">The file, read once to its end (rewound for a retry when it can seek).</param>
/// <param name="Format"><c>csv</c> or <c>jsonl</c>, or null to go by the extension.</param>
/// <param name="Reconciliation">Set when the file is a full extract to reconcile: the run is stored with the import.</param>
public sealed record StartImport(
    string SourceSystem,
    string FileName,
    Stream Content,
    Actor Actor,
    string? Format = null,
    ReconciliationStart? Reconciliation = null
) : ICommand<StartImportResult>;

/// <summary>What a reconciliation run adds to the import that reads its extract (see <c>StartReconciliation</c>).</summary>
public sealed record ReconciliationStart(bool DetachMissing, string? DropFileKey = null);

public static class StartImportOutcome
{
    public const string Queued = "queued";
    public const string UnknownSourceSystem = "unknown-source-system";
    public const string UnsupportedFormat = "unsupported-format";
    public const string EmptyFile = "empty-file";
    public const string TooLarge = "too-large";
}

/// <summary>The import's id when <see cref="Outcome"/> is <see cref="StartImportOutcome.Queued"/>.</summary>
public sealed record StartImportResult(string Outcome, Guid? ImportId = null, long Bytes = 0);

public sealed class StartImportHandler(
    IDbContextFactory<MdmDbContext> dbFactory,
    IOptions<ImportOptions> options,
    TimeProvider time
) : ICommandHandler<StartImport, StartImportResult>
{
    public async ValueTask<StartImportResult> Handle(StartImport command, CancellationToken cancellationToken)
    {
        if (ImportFormat.Resolve(command.FileName, command.Format) is not { } format)
        {
            return new StartImportResult(StartImportOutcome.UnsupportedFormat);
        }
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        if (!await db.SourceSystems.AnyAsync(s => s.Code == command.SourceSystem, cancellationToken))
        {
            return new StartImportResult(StartImportOutcome.UnknownSourceSystem);
        }
        var start = command.Content.CanSeek ? command.Content.Position : -1;
        var attempt = 0;
        return await db.InTransactionAsync(
            async ct =>
            {
                if (attempt++ > 0)
                {
                    // A retry after a dropped connection must read the file again from its start.
                    command.Content.Position =
                        start >= 0 ? start : throw new IOException("The upload was interrupted; send the file again.");
                }
                return await StoreAsync(db, command, format, ct);
            },
            cancellationToken
        );
    }

    private async Task<StartImportResult> StoreAsync(
        MdmDbContext db,
        StartImport command,
        string format,
        CancellationToken ct
    )
    {
        var now = time.GetUtcNow();
        var import = db
            .Imports.Add(
                new Import
                {
                    Id = Guid.CreateVersion7(now),
                    SourceSystem = command.SourceSystem,
                    FileName = SafeFileName(command.FileName),
                    Format = format,
                    Status = ImportStatus.Queued,
                    CreatedBy = command.Actor.Name,
                    CreatedAt = now,
                }
            )
            .Entity;
        await db.SaveChangesAsync(ct);
        var bytes = await ImportFileChunks.WriteAsync(db, import.Id, command.Content, options.Value.MaxFileBytes, ct);
        if (bytes <= 0)
        {
            // Nothing of a refused file stays behind (the chunks go with the import row).
            await db.Imports.Where(i => i.Id == import.Id).ExecuteDeleteAsync(ct);
            return new StartImportResult(bytes == 0 ? StartImportOutcome.EmptyFile : StartImportOutcome.TooLarge);
        }
        import.TotalBytes = bytes;
        var action = "import.started";
        if (command.Reconciliation is { } reconciliation)
        {
            await AddReconciliationRunAsync(db, import.Id, reconciliation, ct);
            action = "reconciliation.started";
        }
        Audit.Record(db, command.Actor, action, "import", import.Id.ToString(), format, now);
        await db.SaveChangesAsync(ct);
        return new StartImportResult(StartImportOutcome.Queued, import.Id, bytes);
    }

    private static async Task AddReconciliationRunAsync(
        MdmDbContext db,
        Guid importId,
        ReconciliationStart start,
        CancellationToken ct
    )
    {
        var highWater = await db.SourceRecords.MaxAsync(s => (long?)s.Id, ct) ?? 0;
        db.ReconciliationRuns.Add(
            new ReconciliationRun
            {
                Id = importId,
                HubHighWater = highWater,
                DetachMissing = start.DetachMissing,
                DropFileKey = start.DropFileKey,
            }
        );
    }

    private static string SafeFileName(string name)
    {
        var file = Path.GetFileName(name.Replace('\\', '/'));
        return file.Length switch
        {
            0 => "upload",
            > 255 => file[..255],
            _ => file,
        };
    }
}
