using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Imports;

/// <summary>Records an import line that could not be ingested, with its problem; a line already recorded keeps its row.</summary>
/// <param name="SourceId">The source id the line names, if any.</param>
public sealed record RecordFailedImportLine(ImportLineRef Line, ImportLineProblem Problem, string? SourceId = null)
    : ICommand;

public sealed class RecordFailedImportLineHandler(IDbContextFactory<MdmDbContext> dbFactory)
    : ICommandHandler<RecordFailedImportLine>
{
    public async ValueTask<Unit> Handle(RecordFailedImportLine command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await ImportLineRows.AddFailedAsync(db, command.Line, command.Problem, command.SourceId, cancellationToken);
        return Unit.Value;
    }
}
