using System.Globalization;
using Hangfire;
using Mdm.Core;
using Mdm.Core.Imports;
using Mdm.Core.Reconciliation;
using Mediator;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Mdm.Sync.Reconciliation;

/// <summary>
/// On <c>Reconciliation__Cron</c>: every extract in <c>Reconciliation__DropFolder</c> (<c>.csv</c>, <c>.jsonl</c>,
/// <c>.ndjson</c>, <c>.json</c>; other files are left alone) is stored as a reconciliation run, then moved into
/// <c>processed/</c>, or into <c>failed/</c> beside a <c>.reason.txt</c>. A file stored but not moved (a crash between
/// the two) is recognised by its name, size and time and only moved. The import workers run what is stored.
/// </summary>
public sealed partial class ReconciliationDropFolderJob(
    IMediator mediator,
    IOptions<ReconciliationOptions> options,
    ILogger<ReconciliationDropFolderJob> logger
)
{
    public const string RecurringJobId = "reconciliation-drop-folder";

    /// <summary>Who the drop-folder runs' ingests and detaches are attributed to.</summary>
    public static readonly Actor Actor = new("system:reconciliation");

    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    [AutomaticRetry(Attempts = 0)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        if (options.Value.DropFolder is not { Length: > 0 } folder || !Directory.Exists(folder))
        {
            return;
        }
        foreach (var path in Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).ToList())
        {
            if (ImportFormat.Resolve(path, null) is not null)
            {
                await TakeAsync(folder, path, cancellationToken);
            }
        }
    }

    private async Task TakeAsync(string folder, string path, CancellationToken ct)
    {
        var file = new FileInfo(path);
        var key = string.Create(CultureInfo.InvariantCulture, $"{file.Name}|{file.Length}|{file.LastWriteTimeUtc:O}");
        var verdict = await mediator.Send(new ClassifyDropFile(file.Name, key), ct);
        string? problem;
        if (verdict.SourceSystem is not { } system)
        {
            problem = "The file name does not start with a known source system followed by '_', '-' or '.'.";
        }
        else if (verdict.AlreadyStored)
        {
            problem = null;
        }
        else
        {
            StartImportResult started;
            await using (var content = file.OpenRead())
            {
                started = await mediator.Send(
                    new StartReconciliation(system, file.Name, content, Actor, null, key),
                    ct
                );
            }
            problem = started.ImportId is null ? $"Not stored: {started.Outcome}." : null;
            if (started.ImportId is { } runId)
            {
                LogStored(logger, file.Name, runId);
            }
        }
        Move(folder, file, problem);
    }

    private void Move(string folder, FileInfo file, string? problem)
    {
        var target = Directory.CreateDirectory(Path.Combine(folder, problem is null ? "processed" : "failed"));
        var destination = Path.Combine(target.FullName, file.Name);
        if (File.Exists(destination))
        {
            var stamp = DateTime.UtcNow.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);
            destination = Path.Combine(target.FullName, $"{stamp}-{file.Name}");
        }
        file.MoveTo(destination);
        if (problem is not null)
        {
            File.WriteAllText(destination + ".reason.txt", problem);
            LogFailed(logger, file.Name, problem);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Drop-folder extract {FileName} stored as run {RunId}")]
    private static partial void LogStored(ILogger logger, string fileName, Guid runId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Drop-folder file {FileName} moved to failed: {Problem}")]
    private static partial void LogFailed(ILogger logger, string fileName, string problem);
}
