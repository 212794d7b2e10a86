using System.Text.Json;

namespace Mdm.Core.Persistence;

public static class MatchReviewStatus
{
    public const string Open = "open";

    /// <summary>A steward merged the two golden records.</summary>
    public const string Merged = "merged";

    /// <summary>A steward decided they are different people; the pair is never proposed or merged again.</summary>
    public const string NotAMatch = "not-a-match";

    /// <summary>
    /// Closed without a decision: another decision already put both golden records into one, or one of them lost its
    /// last source record (retired).
    /// </summary>
    public const string Superseded = "superseded";
}

/// <summary>A pair of golden records that may be one person, waiting for a steward.</summary>
public sealed class MatchReview
{
    public Guid Id { get; set; }
    public Guid GoldenIdA { get; set; }
    public Guid GoldenIdB { get; set; }
    public double Score { get; set; }
    public required JsonDocument Explanation { get; set; }
    public required string Status { get; set; }
    public int Version { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public string? DecidedBy { get; set; }
    public string? Comment { get; set; }
    public DateTimeOffset? DecidedAt { get; set; }

    /// <summary>The steward who took the review from the queue ("assign to me"); anyone may still decide it.</summary>
    public string? AssignedTo { get; set; }

    public DateTimeOffset? AssignedAt { get; set; }
}
