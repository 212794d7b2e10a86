using System.Text.Json;

namespace Mdm.Core.Persistence;

/// <summary>Who did what, when and why.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public required string Actor { get; set; }
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public required string EntityId { get; set; }
    public string? Reason { get; set; }
    public JsonDocument? Details { get; set; }
    public DateTimeOffset At { get; set; }
}
