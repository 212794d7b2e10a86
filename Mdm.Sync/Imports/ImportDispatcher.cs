using Hangfire;
using Mdm.Core.Imports;
using Mediator;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mdm.Sync.Imports;

/// <summary>
/// Starts the imports that any process queued (the steward UI knows nothing of Hangfire) and resumes those whose run
/// died: every poll interval it asks <see cref="DispatchImports"/> and enqueues an <see cref="ImportJob"/> for each.
/// Runs wherever workers run; several processes polling at once hand each import out once.
/// </summary>
internal sealed partial class ImportDispatcher(
    IMediator mediator,
    IBackgroundJobClient jobs,
    IOptions<ImportOptions> options,
    ILogger<ImportDispatcher> logger
) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(options.Value.PollInterval);
        do
        {
            try
            {
                foreach (
                    var importId in await mediator.Send(new DispatchImports(options.Value.ResumeAfter), stoppingToken)
                )
                {
                    jobs.Enqueue<ImportJob>(job => job.RunAsync(importId, CancellationToken.None));
                    LogDispatched(logger, importId);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The database may be restarting: the next tick tries again.
                LogPollFailed(logger, e);
            }
        } while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Import {ImportId} handed to a worker")]
    private static partial void LogDispatched(ILogger logger, Guid importId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Looking for imports to run failed")]
    private static partial void LogPollFailed(ILogger logger, Exception exception);
}
