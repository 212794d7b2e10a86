using Mdm.Core.Idempotency;
using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mdm.Sync.Maintenance;

/// <summary>Hourly: forgets Idempotency-Key answers past their retention.</summary>
public sealed partial class PurgeIdempotencyEntriesJob(
    IMediator mediator,
    IOptions<SyncOptions> options,
    ILogger<PurgeIdempotencyEntriesJob> logger
)
{
    public const string RecurringJobId = "purge-idempotency-entries";

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var purged = await mediator.Send(
            new PurgeIdempotencyEntries(options.Value.IdempotencyRetention),
            cancellationToken
        );
        LogPurged(logger, purged);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Purged {Count} expired idempotency entries")]
    private static partial void LogPurged(ILogger logger, int count);
}
