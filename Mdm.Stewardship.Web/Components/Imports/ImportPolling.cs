namespace Mdm.Stewardship.Web.Components.Imports;

/// <summary>
/// Refreshes a page every second while it says there is something to watch; a failed refresh (a database blip) is
/// retried on the next tick rather than ending the watch. Stops when disposed.
/// </summary>
public sealed class ImportPolling(ILogger logger) : IDisposable
{
    private readonly PeriodicTimer _timer = new(TimeSpan.FromSeconds(1));

    /// <summary>Calls <paramref name="refresh"/> each tick while <paramref name="active"/> holds.</summary>
    public async Task RunAsync(Func<bool> active, Func<Task> refresh)
    {
        // WaitForNextTickAsync returns false once the timer is disposed: the loop ends with the page.
        while (await _timer.WaitForNextTickAsync())
        {
            if (!active())
            {
                continue;
            }
            try
            {
                await refresh();
            }
#pragma warning disable CA1031 // Any failure of one refresh must leave the next tick to try again.
            catch (Exception e)
#pragma warning restore CA1031
            {
                ImportPollingLog.RefreshFailed(logger, e);
            }
        }
    }

    public void Dispose() => _timer.Dispose();
}

internal static partial class ImportPollingLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Refreshing an import page failed; trying again in a second")]
    public static partial void RefreshFailed(ILogger logger, Exception exception);
}
