using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Imports;

/// <summary>
/// Marks a queued or interrupted import running for a worker that holds its <see cref="ImportRunLock"/>; null when
/// the import is finished or unknown. Counts the attempt.
/// </summary>
public sealed record ClaimImport(Guid ImportId) : ICommand<ImportClaim?>;

/// <summary>What a run needs: the file's format and size, and where the previous run's counts stop.</summary>
/// <param name="CheckpointLine">Lines up to this one are counted; a resumed run continues after it.</param>
/// <param name="Attempt">This run's number, from 1.</param>
/// <param name="Actor">Who started the import: its ingests are theirs.</param>
/// <param name="Reconciliation">The import reads a reconciliation run's extract: the run is completed after the lines.</param>
public sealed record ImportClaim(
    Guid ImportId,
    string SourceSystem,
    string Format,
    long TotalBytes,
    long CheckpointLine,
    int Attempt,
    Actor Actor,
    bool Reconciliation = false
);

public sealed class ClaimImportHandler(IDbContextFactory<MdmDbContext> dbFactory, TimeProvider time)
    : ICommandHandler<ClaimImport, ImportClaim?>
{
    public async ValueTask<ImportClaim?> Handle(ClaimImport command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var claimed = await db
            .Imports.Where(i =>
                i.Id == command.ImportId && (i.Status == ImportStatus.Queued || i.Status == ImportStatus.Running)
            )
            .ExecuteUpdateAsync(
                s =>
                    s.SetProperty(i => i.Status, ImportStatus.Running)
                        .SetProperty(i => i.Attempts, i => i.Attempts + 1)
                        .SetProperty(i => i.StartedAt, i => i.StartedAt ?? now)
                        .SetProperty(i => i.HeartbeatAt, now),
                cancellationToken
            );
        if (claimed == 0)
        {
            return null;
        }
        return await db
            .Imports.AsNoTracking()
            .Where(i => i.Id == command.ImportId)
            .Select(i => new ImportClaim(
                i.Id,
                i.SourceSystem,
                i.Format,
                i.TotalBytes,
                i.CheckpointLine,
                i.Attempts,
                new Actor(i.CreatedBy),
                db.ReconciliationRuns.Any(r => r.Id == i.Id)
            ))
            .SingleAsync(cancellationToken);
    }
}
