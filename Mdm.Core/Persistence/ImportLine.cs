using System.Text.Json;

namespace Mdm.Core.Persistence;

/// <summary>
/// The result of one line of an import, written in the same transaction as that line's ingest: a line with a row is
/// done, which is what makes a resumed import ingest every line exactly once.
/// </summary>
public sealed class ImportLine
{
    public const string FailedOutcome = "failed";

    public Guid ImportId { get; set; }

    /// <summary>The file's line number where the line (a CSV row may span several) starts, from 1.</summary>
    public long LineNo { get; set; }

    /// <summary>An ingest outcome (created, merged, review, updated, unchanged) or <see cref="FailedOutcome"/>.</summary>
    public required string Outcome { get; set; }
    public Guid? GoldenId { get; set; }

    /// <summary>The line's source id when it has one: a reconciliation finds the source records its extract lacks by it.</summary>
    public string? SourceId { get; set; }

    /// <summary>For a failed line: a problem naming the fields and rules broken, never the values.</summary>
    public JsonDocument? Problem { get; set; }
}
