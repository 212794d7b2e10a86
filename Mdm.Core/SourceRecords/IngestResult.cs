namespace Mdm.Core.SourceRecords;

/// <summary>What an ingest did (docs/glossary.md: outcome).</summary>
public static class IngestOutcome
{
    public const string Created = "created";
    public const string Merged = "merged";
    public const string Review = "review";
    public const string Updated = "updated";
    public const string Unchanged = "unchanged";
    public const string UnknownSourceSystem = "unknown-source-system";
}

/// <summary>What happened to the source record; <see cref="GoldenId"/> is empty for an unknown source system.</summary>
public sealed record IngestResult(string SourceSystem, string SourceId, Guid GoldenId, string Outcome, int Version);
