namespace Mdm.Sync;

/// <summary>Settings of the background workers (section <c>Sync</c>).</summary>
public sealed class SyncOptions
{
    /// <summary>Run Hangfire workers in this process. Turn off to run the API alone and the workers elsewhere.</summary>
    public bool RunWorkers { get; set; } = true;

    /// <summary>Hangfire worker threads in this process.</summary>
    public int WorkerCount { get; set; } = Math.Max(2, Environment.ProcessorCount);

    /// <summary>How often an idle worker looks for an enqueued job (Hangfire's own default is 15 s).</summary>
    public TimeSpan QueuePollInterval { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>How long an <c>Idempotency-Key</c> answer is remembered.</summary>
    public TimeSpan IdempotencyRetention { get; set; } = TimeSpan.FromHours(24);
}
