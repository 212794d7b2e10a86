using Mdm.Core.Imports;
using Mediator;
using Microsoft.Extensions.Options;

namespace Mdm.Core.Reconciliation;

/// <summary>
/// Stores a full extract of one source system as a reconciliation run (contract §8 <c>POST /reconciliation/runs</c>):
/// the file goes into PostgreSQL exactly as an import's does, and the import workers read it. The outcomes are those of
/// <see cref="StartImport"/>; the run's id is the import's.
/// </summary>
/// <param name="DropFileKey">For a drop-folder file: what identifies it, so that it is stored once.</param>
public sealed record StartReconciliation(
    string SourceSystem,
    string FileName,
    Stream Content,
    Actor Actor,
    string? Format = null,
    string? DropFileKey = null
) : ICommand<StartImportResult>;

public sealed class StartReconciliationHandler(IMediator mediator, IOptions<ReconciliationOptions> options)
    : ICommandHandler<StartReconciliation, StartImportResult>
{
    public ValueTask<StartImportResult> Handle(StartReconciliation command, CancellationToken cancellationToken) =>
        mediator.Send(
            new StartImport(
                command.SourceSystem,
                command.FileName,
                command.Content,
                command.Actor,
                command.Format,
                new ReconciliationStart(options.Value.DetachMissing, command.DropFileKey)
            ),
            cancellationToken
        );
}
