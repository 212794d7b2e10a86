namespace Mdm.Core.Persistence;

/// <summary>
/// A steward's "these are different people" between two golden records (a not-a-match decision or a split). Stored
/// with the lower id first; when a golden record is merged away its exclusions move to the survivor.
/// </summary>
public sealed class MatchExclusion
{
    public Guid GoldenIdLow { get; set; }
    public Guid GoldenIdHigh { get; set; }
    public required string DecidedBy { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset DecidedAt { get; set; }

    public static (Guid Low, Guid High) Order(Guid a, Guid b) => a.CompareTo(b) < 0 ? (a, b) : (b, a);
}
