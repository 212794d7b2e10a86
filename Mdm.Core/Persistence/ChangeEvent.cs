using System.Text.Json;

namespace Mdm.Core.Persistence;

/// <summary>The outbox: one row per committed change, written in the change's own transaction.</summary>
public sealed class ChangeEvent
{
    public long Position { get; set; }
    public Guid Id { get; set; }
    public Guid GoldenId { get; set; }
    public int Sequence { get; set; }
    public required string Type { get; set; }
    public required JsonDocument Data { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the webhook fan-out turned this event into deliveries (null: not yet).</summary>
    public DateTimeOffset? FannedOutAt { get; set; }
}
