using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Imports;

/// <summary>Records an import line that could not be ingested, with its problem; a line already recorded keeps its row.</summary>
public sealed record RecordFailedImportLine(ImportLineRef Line, ImportLineProblem Problem) : ICommand;

public sealed class RecordFailedImportLineHandler(IDbContextFactory<MdmDbContext> dbFactory)
    : ICommandHandler<RecordFailedImportLine>
{
    public async ValueTask<Unit> Handle(RecordFailedImportLine command, CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await ImportLineRows.AddFailedAsync(db, command.Line, command.Problem, cancellationToken);
        return Unit.Value;
    }
}
