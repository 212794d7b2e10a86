using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Imports;

/// <summary>
/// Ends a running import: completed, or failed with <paramref name="Error"/> (a problem with the file as a whole or
/// with its runs, never personal data). The stored file is deleted; the per-line results stay.
/// </summary>
public sealed record FinishImport(Guid ImportId, string? Error = null) : ICommand;

public sealed class FinishImportHandler(IDbContextFactory<MdmDbContext> dbFactory, TimeProvider time)
    : ICommandHandler<FinishImport>
{
    public async ValueTask<Unit> Handle(FinishImport command, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var status = command.Error is null ? ImportStatus.Completed : ImportStatus.Failed;
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.InTransactionAsync(
            async ct =>
            {
                var import = db.Imports.Where(i => i.Id == command.ImportId && i.Status == ImportStatus.Running);
                var ended = await import.ExecuteUpdateAsync(
                    s =>
                        s.SetProperty(i => i.Status, status)
                            .SetProperty(i => i.Error, command.Error)
                            .SetProperty(i => i.FinishedAt, now)
                            .SetProperty(i => i.BytesRead, i => command.Error == null ? i.TotalBytes : i.BytesRead),
                    ct
                );
                if (ended == 0)
                {
                    return false;
                }
                await db.ImportFileChunks.Where(c => c.ImportId == command.ImportId).ExecuteDeleteAsync(ct);
                Audit.Record(
                    db,
                    Actor.System,
                    $"import.{status}",
                    "import",
                    command.ImportId.ToString(),
                    command.Error,
                    now
                );
                await db.SaveChangesAsync(ct);
                return true;
            },
            cancellationToken
        );
        return Unit.Value;
    }
}
