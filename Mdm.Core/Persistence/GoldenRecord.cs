using System.Text.Json;

namespace Mdm.Core.Persistence;

public static class GoldenStatus
{
    public const string Active = "active";
    public const string Merged = "merged";
    public const string Erased = "erased";
    public const string Retired = "retired";
}

/// <summary>The consolidated customer. Its values are recomputed from its source records, never edited in place.</summary>
public sealed class GoldenRecord
{
    public Guid Id { get; set; }
    public int Version { get; set; }
    public required string Status { get; set; }
    public Guid? MergedInto { get; set; }
    public required JsonDocument Document { get; set; }
    public int LastEventSequence { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
