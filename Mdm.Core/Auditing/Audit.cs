using System.Text.Json;
using Mdm.Core.Persistence;

namespace Mdm.Core;

/// <summary>Appends to the audit trail in the caller's transaction. Never put personal data in reason or details.</summary>
public static class Audit
{
    /// <param name="details">Facts for reports (numbers, codes), stored as jsonb.</param>
    public static void Record(
        MdmDbContext db,
        Actor actor,
        string action,
        string entityType,
        string entityId,
        string? reason,
        DateTimeOffset now,
        JsonDocument? details = null
    ) =>
        db.AuditEntries.Add(
            new AuditEntry
            {
                Actor = actor.Name,
                Action = action,
                EntityType = entityType,
                EntityId = entityId,
                Reason = reason,
                Details = details,
                At = now,
            }
        );
}
