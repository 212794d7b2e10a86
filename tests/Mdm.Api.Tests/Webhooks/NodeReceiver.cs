using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using Mdm.Testing;

namespace Mdm.Api.Tests.Webhooks;

/// <summary>
/// <c>tests/webhook-receiver/receiver.mjs</c> as a child process: a receiver that verifies every delivery with the
/// official <c>standardwebhooks</c> npm package (installed by <c>scripts/setup.sh</c>).
/// </summary>
public sealed class NodeReceiver : IAsyncDisposable
{
    private readonly Process _process;
    private readonly HttpClient _control;

    private NodeReceiver(Process process, int port)
    {
        _process = process;
        Port = port;
        _control = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}") };
    }

    public int Port { get; }

    public Uri Url(string path) => new($"http://127.0.0.1:{Port}{path}");

    public static async Task<NodeReceiver> StartAsync()
    {
        var folder = Path.Combine(RepoPaths.Root, "tests", "webhook-receiver");
        if (!Directory.Exists(Path.Combine(folder, "node_modules", "standardwebhooks")))
        {
            throw new InvalidOperationException("The Node receiver is not installed: run scripts/setup.sh.");
        }
        var start = new ProcessStartInfo("node", ["receiver.mjs", "0"])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var process = Process.Start(start) ?? throw new InvalidOperationException("node did not start.");
        var firstLine = await process.StandardOutput.ReadLineAsync().WaitAsync(TimeSpan.FromSeconds(10));
        if (!int.TryParse(firstLine, NumberStyles.None, CultureInfo.InvariantCulture, out var port))
        {
            var error = await process.StandardError.ReadToEndAsync();
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"The Node receiver did not print its port: {firstLine} {error}");
        }
        return new NodeReceiver(process, port);
    }

    /// <summary>The secret is only known once the subscription (which needs this receiver's URL) exists.</summary>
    public Task UseSecretAsync(string secret) => PostAsync("/secret", secret);

    public Task GoDownAsync() => PostAsync("/down", "");

    public Task ComeUpAsync() => PostAsync("/up", "");

    /// <summary>From now on deliveries that verify are recorded but not answered: the sender's request stays in flight.</summary>
    public Task HoldAsync() => PostAsync("/hold", "");

    /// <summary>Answers the held deliveries (where the sender still waits) and every later one.</summary>
    public Task ReleaseAsync() => PostAsync("/release", "");

    /// <summary>The next <paramref name="count"/> deliveries that verify are answered 500.</summary>
    public Task FailNextAsync(int count) =>
        PostAsync("/fail-next", count.ToString(System.Globalization.CultureInfo.InvariantCulture));

    public async Task<ReceiverState> StateAsync() =>
        await _control.GetFromJsonAsync<ReceiverState>("/state")
        ?? throw new InvalidOperationException("The receiver sent no state.");

    /// <summary>Polls the receiver until <paramref name="condition"/> holds or <paramref name="seconds"/> pass.</summary>
    public async Task<ReceiverState> WaitForAsync(Func<ReceiverState, bool> condition, int seconds = 20)
    {
        var deadline = DateTime.UtcNow.AddSeconds(seconds);
        var state = await StateAsync();
        while (!condition(state) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            state = await StateAsync();
        }
        return state;
    }

    private async Task PostAsync(string path, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "text/plain");
        (await _control.PostAsync(new Uri(path, UriKind.Relative), content)).EnsureSuccessStatusCode();
    }

    public async ValueTask DisposeAsync()
    {
        _control.Dispose();
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.Dispose();
    }
}

/// <param name="Failed">Deliveries that verified but were answered 500 on purpose (<see cref="NodeReceiver.FailNextAsync"/>).</param>
public sealed record ReceiverState(
    IReadOnlyList<ReceivedDelivery> Received,
    IReadOnlyList<FailedDelivery> Failed,
    int Invalid,
    int Refused
);

public sealed record FailedDelivery(string WebhookId, Guid EventId);

public sealed record ReceivedDelivery(
    string WebhookId,
    Guid EventId,
    int Sequence,
    Guid GoldenId,
    string Type,
    long Position,
    long ReceivedAt
);
