using System.Text.Json;

namespace Mdm.Core.Persistence;

/// <summary>A steward's pinned value for one attribute of a golden record; it wins every recomputation until removed.</summary>
public sealed class GoldenPin
{
    public Guid GoldenId { get; set; }
    public required string Attribute { get; set; }
    public required JsonDocument Value { get; set; }
    public required string PinnedBy { get; set; }
    public DateTimeOffset PinnedAt { get; set; }
}
