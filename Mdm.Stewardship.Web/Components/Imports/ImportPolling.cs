namespace Mdm.Stewardship.Web.Components.Imports;

/// <summary>Refreshes a page every second while it says there is something to watch; stops when disposed.</summary>
public sealed class ImportPolling : IDisposable
{
    private readonly PeriodicTimer _timer = new(TimeSpan.FromSeconds(1));
    private readonly CancellationTokenSource _stop = new();

    /// <summary>Calls <paramref name="refresh"/> each tick while <paramref name="active"/> holds.</summary>
    public async Task RunAsync(Func<bool> active, Func<Task> refresh)
    {
        try
        {
            while (await _timer.WaitForNextTickAsync(_stop.Token))
            {
                if (active())
                {
                    await refresh();
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The page went away.
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _timer.Dispose();
        _stop.Dispose();
    }
}
