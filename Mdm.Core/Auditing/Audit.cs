using Mdm.Core.Persistence;

namespace Mdm.Core;

/// <summary>Appends to the audit trail in the caller's transaction. Never put personal data in reason.</summary>
public static class Audit
{
    public static void Record(
        MdmDbContext db,
        Actor actor,
        string action,
        string entityType,
        string entityId,
        string? reason,
        DateTimeOffset now
    ) =>
        db.AuditEntries.Add(
            new AuditEntry
            {
                Actor = actor.Name,
                Action = action,
                EntityType = entityType,
                EntityId = entityId,
                Reason = reason,
                At = now,
            }
        );
}
