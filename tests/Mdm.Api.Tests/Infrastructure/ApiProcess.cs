using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Headers;
using System.Text.RegularExpressions;
using Mdm.Testing;

namespace Mdm.Api.Tests.Infrastructure;

/// <summary>
/// The built API (<c>Mdm.Api.dll</c>, with its workers) as a real child process over a test's database, on a port of
/// its own: killed with SIGKILL like a crashed server, so nothing of it gets to clean up.
/// </summary>
public sealed partial class ApiProcess : IAsyncDisposable
{
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);
    private readonly Process _process;
    private readonly string _indexPath;
    private readonly ConcurrentQueue<string> _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private ApiProcess(Process process, string indexPath) => (_process, _indexPath) = (process, indexPath);

    public Uri BaseAddress { get; private set; } = default!;

    public int Id => _process.Id;

    /// <summary>
    /// Starts the API over <paramref name="connectionString"/> with <paramref name="adminKey"/> as its bootstrap key and
    /// the given settings (configuration keys as environment variables: <c>Imports__BatchSize</c>), and waits until
    /// <c>/health/ready</c> answers.
    /// </summary>
    public static async Task<ApiProcess> StartAsync(
        string connectionString,
        string adminKey,
        IReadOnlyDictionary<string, string> settings
    )
    {
        var indexPath = Path.Combine(Path.GetTempPath(), "mdm-test-index-" + Guid.NewGuid().ToString("N")[..8]);
        var dll = FindDll();
        var start = new ProcessStartInfo("dotnet", [dll])
        {
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        var environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["ConnectionStrings__Mdm"] = connectionString,
            ["MDM_ADMIN_API_KEY"] = adminKey,
            // Port 0: the process picks a free one and says which when it listens.
            ["ASPNETCORE_URLS"] = "http://127.0.0.1:0",
            ["Matching__IndexPath"] = indexPath,
            ["Logging__LogLevel__Default"] = "Warning",
            ["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information",
        };
        foreach (var (key, value) in environment.Concat(settings))
        {
            start.Environment[key] = value;
        }
        var api = new ApiProcess(new Process { StartInfo = start }, indexPath);
        try
        {
            await api.RunUntilReadyAsync();
            return api;
        }
        catch
        {
            await api.DisposeAsync(); // a process that never got ready is nobody's to kill otherwise
            throw;
        }
    }

    public HttpClient Client(string? apiKey = null)
    {
        var client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromMinutes(2) };
        if (apiKey is not null)
        {
            client.DefaultRequestHeaders.Add("X-Api-Key", apiKey);
        }
        client.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        return client;
    }

    /// <summary>SIGKILL to the process and its children, as a crash or an OOM kill would end it; waits until it is gone.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    /// <summary>A field of <c>/proc/&lt;pid&gt;/status</c> in bytes: <c>VmRSS</c> now, <c>VmHWM</c> its peak.</summary>
    public long MemoryBytes(string field)
    {
        var line = File.ReadLines($"/proc/{Id}/status")
            .Single(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return long.Parse(Digits().Match(line).Value, CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>Restarts the kernel's count of the peak resident memory (<c>VmHWM</c>) from the current size.</summary>
    public void ResetPeakMemory() => File.WriteAllText($"/proc/{Id}/clear_refs", "5");

    /// <summary>What the process wrote lately, for a failure message.</summary>
    public string Output => string.Join('\n', _output);

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }
        _process.Dispose();
        if (Directory.Exists(_indexPath))
        {
            Directory.Delete(_indexPath, recursive: true);
        }
    }

    private async Task RunUntilReadyAsync()
    {
        _process.OutputDataReceived += (_, e) => Keep(e.Data);
        _process.ErrorDataReceived += (_, e) => Keep(e.Data);
        _process.Start();
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        using var timeout = new CancellationTokenSource(StartTimeout);
        var exited = _process.WaitForExitAsync(timeout.Token);
        if (await Task.WhenAny(_listening.Task, exited) != _listening.Task)
        {
            throw new InvalidOperationException($"The API did not start listening:\n{Output}");
        }
        BaseAddress = await _listening.Task;
        using var probe = Client();
        while (!(await IsReadyAsync(probe, timeout.Token)))
        {
            if (_process.HasExited || timeout.IsCancellationRequested)
            {
                throw new InvalidOperationException($"The API did not become ready:\n{Output}");
            }
            await Task.Delay(100, CancellationToken.None);
        }
    }

    private static async Task<bool> IsReadyAsync(HttpClient probe, CancellationToken ct)
    {
        try
        {
            return (await probe.GetAsync("/health/ready", ct)).IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or OperationCanceledException)
        {
            return false;
        }
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }
        _output.Enqueue(line);
        while (_output.Count > 200)
        {
            _output.TryDequeue(out _);
        }
        if (ListeningOn().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    /// <summary>The API's build output beside this test's (same configuration and target framework).</summary>
    private static string FindDll()
    {
        // tests/Mdm.Api.Tests/bin/<configuration>/<framework>/ → Mdm.Api/bin/<configuration>/<framework>/Mdm.Api.dll
        var framework = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory));
        var configuration = framework.Parent!;
        var dll = Path.Combine(RepoPaths.Root, "Mdm.Api", "bin", configuration.Name, framework.Name, "Mdm.Api.dll");
        return File.Exists(dll)
            ? dll
            : throw new FileNotFoundException($"The API is not built ({dll}): build CustomerMdm.sln first.", dll);
    }

    [GeneratedRegex(@"Now listening on: (http://\S+)")]
    private static partial Regex ListeningOn();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Digits();
}
