namespace Mdm.Core.Matching;

/// <summary>Settings of the matching engine (section <c>Matching</c>).</summary>
public sealed class MatchingOptions
{
    /// <summary>A trained parameter file; when empty, the model shipped with Mdm.Matching is used.</summary>
    public string? ModelPath { get; set; }

    /// <summary>Match probability at or above which a source record joins a golden record.</summary>
    public double AutoMergeThreshold { get; set; } = 0.99;

    /// <summary>Match probability at or above which (below auto-merge) a match review is opened.</summary>
    public double ReviewThreshold { get; set; } = 0.8;

    /// <summary>
    /// Where this process keeps its Lucene candidate index (one folder per process). Empty: a new folder under the
    /// system temp directory, rebuilt from the database at every start.
    /// </summary>
    public string? IndexPath { get; set; }

    /// <summary>Candidate golden records scored per source record.</summary>
    public int MaxCandidates { get; set; } = 20;

    /// <summary>How often the index catches up with changes made by other processes.</summary>
    public TimeSpan CatchUpInterval { get; set; } = TimeSpan.FromSeconds(1);
}
