namespace Mdm.Core.Imports;

/// <summary>Settings of file imports (section <c>Imports</c>), read by the API, the steward UI and the workers.</summary>
public sealed class ImportOptions
{
    /// <summary>The largest file an import accepts (default 1 GiB).</summary>
    public long MaxFileBytes { get; set; } = 1L << 30;

    /// <summary>Lines ingested between two progress updates (each update is a checkpoint for a resumed run).</summary>
    public int BatchSize { get; set; } = 500;

    /// <summary>
    /// Lines of a batch ingested at once (the lines of one source id always one after the other, in file order). The
    /// ingest's advisory locks keep concurrent lines that could be the same person apart, as for concurrent API calls.
    /// </summary>
    public int Concurrency { get; set; } = 4;

    /// <summary>How often the workers look for imports to start or resume.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>How long a running import may show no progress, with no worker holding it, before it is resumed.</summary>
    public TimeSpan ResumeAfter { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Runs of one import before it is failed (a run killed with its process counts too).</summary>
    public int MaxAttempts { get; set; } = 5;
}
