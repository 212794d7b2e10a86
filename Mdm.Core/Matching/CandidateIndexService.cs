using Mdm.Core.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mdm.Core.Matching;

/// <summary>Loads the candidate index at start, then keeps catching up with other processes' changes and checkpoints it.</summary>
public sealed partial class CandidateIndexService(
    CandidateIndexHost host,
    MdmReadiness readiness,
    IOptions<MatchingOptions> options,
    ILogger<CandidateIndexService> logger
) : BackgroundService
{
    private static readonly TimeSpan CheckpointEvery = TimeSpan.FromSeconds(30);

    public override async Task StartAsync(CancellationToken cancellationToken)
    {
        await host.LoadAsync(cancellationToken);
        readiness.MarkIndexReady();
        await base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var sinceCheckpoint = TimeSpan.Zero;
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(options.Value.CatchUpInterval, stoppingToken);
                await host.CatchUpAsync(stoppingToken);
                sinceCheckpoint += options.Value.CatchUpInterval;
                if (sinceCheckpoint >= CheckpointEvery)
                {
                    host.Checkpoint();
                    sinceCheckpoint = TimeSpan.Zero;
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                break;
            }
            catch (Exception e) when (e is not OutOfMemoryException)
            {
                // The database may be restarting; the next round retries. Decisions catch up on their own too.
                LogCatchUpFailed(logger, e);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Candidate index catch-up failed; retrying")]
    private static partial void LogCatchUpFailed(ILogger logger, Exception exception);
}
