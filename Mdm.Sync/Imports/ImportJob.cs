using Hangfire;
using Mdm.Core.Imports;
using Mdm.Core.Reconciliation;
using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mdm.Sync.Imports;

/// <summary>
/// Runs one import (its only argument is the id: no personal data in job storage). One run at a time per import
/// (<see cref="ImportRunLock"/>); a run that dies is resumed by <see cref="ImportDispatcher"/> and goes on after the
/// last checkpoint, skipping lines that already have their result row, so every line is ingested exactly once.
/// </summary>
public sealed partial class ImportJob(
    IMediator mediator,
    ImportRunner runner,
    IOptions<ImportOptions> options,
    ILogger<ImportJob> logger
)
{
    // Retries are the dispatcher's: it resumes a dead run whatever killed it, and counts the attempts.
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(Guid importId, CancellationToken cancellationToken)
    {
        await using var runLock = await runner.TryLockAsync(importId, cancellationToken);
        if (runLock is null)
        {
            LogAlreadyRunning(logger, importId);
            return;
        }
        if (await mediator.Send(new ClaimImport(importId), cancellationToken) is not { } claim)
        {
            return;
        }
        if (claim.Attempt > options.Value.MaxAttempts)
        {
            var error = $"Stopped after {options.Value.MaxAttempts} runs ended without finishing; see the server log.";
            await mediator.Send(new FinishImport(importId, error), cancellationToken);
            return;
        }
        LogStarted(logger, importId, claim.Attempt, claim.CheckpointLine);
        try
        {
            var problem = await runner.RunAsync(claim, cancellationToken);
            if (problem is null && claim.Reconciliation)
            {
                // Under the same run lock: a run that dies here is resumed, reads no line again and completes this.
                await mediator.Send(
                    new CompleteReconciliation(importId, claim.SourceSystem, claim.Actor),
                    cancellationToken
                );
            }
            await mediator.Send(new FinishImport(importId, problem), cancellationToken);
            LogFinished(logger, importId, problem is null ? "completed" : "failed");
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            LogRunFailed(logger, importId, claim.Attempt, e);
            throw;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {ImportId} is being run elsewhere")]
    private static partial void LogAlreadyRunning(ILogger logger, Guid importId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {ImportId} run {Attempt} starts after line {Line}")]
    private static partial void LogStarted(ILogger logger, Guid importId, int attempt, long line);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {ImportId} {Status}")]
    private static partial void LogFinished(ILogger logger, Guid importId, string status);

    [LoggerMessage(Level = LogLevel.Error, Message = "Import {ImportId} run {Attempt} stopped; it will be resumed")]
    private static partial void LogRunFailed(ILogger logger, Guid importId, int attempt, Exception exception);
}
