using System.Text.Json;

namespace Mdm.Core.Persistence;

/// <summary>Every state a golden record has had, with who changed it and why.</summary>
public sealed class GoldenRecordVersion
{
    public Guid GoldenId { get; set; }
    public int Version { get; set; }
    public required string Status { get; set; }
    public required JsonDocument Document { get; set; }
    public required string ChangedBy { get; set; }
    public required string Reason { get; set; }
    public DateTimeOffset ChangedAt { get; set; }
}
