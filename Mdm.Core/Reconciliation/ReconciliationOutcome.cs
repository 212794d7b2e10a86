using Mdm.Core.Persistence;
using Mdm.Core.SourceRecords;

namespace Mdm.Core.Reconciliation;

/// <summary>Where a source record stands after a reconciliation (docs/reconciliation.md, contract §8).</summary>
public static class ReconciliationOutcome
{
    /// <summary>In the extract, not live in the hub: ingested now.</summary>
    public const string InSourceOnly = "inSourceOnly";

    /// <summary>Live in the hub, not in the extract: reported, and detached when the setting says so.</summary>
    public const string InMdmOnly = "inMdmOnly";

    /// <summary>In both with other content: re-ingested.</summary>
    public const string Drifted = "drifted";

    /// <summary>In both with the same content.</summary>
    public const string Matched = "matched";

    /// <summary>A line of the extract that could not be read or validated.</summary>
    public const string Failed = "failed";

    public static IReadOnlyList<string> All { get; } = [InSourceOnly, InMdmOnly, Drifted, Matched, Failed];

    /// <summary>The outcome of an extract line, from the ingest outcome recorded in its <c>import_lines</c> row.</summary>
    public static string OfLine(string ingestOutcome) =>
        ingestOutcome switch
        {
            IngestOutcome.Unchanged => Matched,
            IngestOutcome.Updated => Drifted,
            ImportLine.FailedOutcome => Failed,
            _ => InSourceOnly,
        };

    /// <summary>The ingest outcomes recorded for extract lines of <paramref name="outcome"/> (none for inMdmOnly).</summary>
    public static string[] IngestOutcomesOf(string outcome) =>
        outcome switch
        {
            Matched => [IngestOutcome.Unchanged],
            Drifted => [IngestOutcome.Updated],
            Failed => [ImportLine.FailedOutcome],
            InSourceOnly => [IngestOutcome.Created, IngestOutcome.Merged, IngestOutcome.Review],
            _ => [],
        };
}
