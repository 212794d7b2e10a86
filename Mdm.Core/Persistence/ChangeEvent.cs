using System.Text.Json;

namespace Mdm.Core.Persistence;

/// <summary>The outbox: the events of each committed change, written in the change's own transaction.</summary>
public sealed class ChangeEvent
{
    public long Position { get; set; }
    public Guid Id { get; set; }
    public Guid GoldenId { get; set; }
    public int Sequence { get; set; }

    /// <summary>The golden record version this event belongs to; one version may carry several (ADR 0006).</summary>
    public int GoldenVersion { get; set; }
    public required string Type { get; set; }
    public required JsonDocument Data { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>When the webhook fan-out turned this event into deliveries (null: not yet).</summary>
    public DateTimeOffset? FannedOutAt { get; set; }
}
