namespace Mdm.Core.Persistence;

public static class ImportStatus
{
    /// <summary>Stored and waiting for a worker.</summary>
    public const string Queued = "queued";
    public const string Running = "running";
    public const string Completed = "completed";

    /// <summary>Stopped by a problem with the file as a whole (see <see cref="Import.Error"/>); lines are never the cause.</summary>
    public const string Failed = "failed";
}

/// <summary>A file of source records sent by one source system, ingested line by line in the background.</summary>
public sealed class Import
{
    public Guid Id { get; set; }
    public required string SourceSystem { get; set; }
    public required string FileName { get; set; }

    /// <summary><c>csv</c> or <c>jsonl</c> (<see cref="Imports.ImportFormat"/>).</summary>
    public required string Format { get; set; }
    public required string Status { get; set; }
    public long TotalBytes { get; set; }
    public long BytesRead { get; set; }
    public long LinesRead { get; set; }
    public long Created { get; set; }
    public long Merged { get; set; }
    public long Review { get; set; }
    public long Updated { get; set; }
    public long Unchanged { get; set; }
    public long Failed { get; set; }

    /// <summary>The last line whose result is included in the counts; a resumed run continues after it.</summary>
    public long CheckpointLine { get; set; }

    /// <summary>How many runs claimed this import; a run that died is resumed until the limit.</summary>
    public int Attempts { get; set; }
    public required string CreatedBy { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? StartedAt { get; set; }
    public DateTimeOffset? HeartbeatAt { get; set; }
    public DateTimeOffset? DispatchedAt { get; set; }
    public DateTimeOffset? FinishedAt { get; set; }

    /// <summary>Why the import failed as a whole; never holds personal data.</summary>
    public string? Error { get; set; }
}
