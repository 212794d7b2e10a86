namespace Mdm.Core.Persistence;

/// <summary>
/// A comparison of one source system's full extract with the hub. The extract is an <see cref="Import"/> with the
/// same id (its file, status, checkpoints and per-line results); this row adds what only a reconciliation has.
/// </summary>
public sealed class ReconciliationRun
{
    /// <summary>Also the id of the import that reads the extract.</summary>
    public Guid Id { get; set; }

    /// <summary>The highest source record id when the run was stored: records created later are never in-MDM-only.</summary>
    public long HubHighWater { get; set; }

    /// <summary>Whether in-MDM-only source records are detached (setting <c>Reconciliation__DetachMissing</c>).</summary>
    public bool DetachMissing { get; set; }

    /// <summary>Source records of the system missing from the extract, counted once the extract is read.</summary>
    public long InMdmOnly { get; set; }

    /// <summary>Of those, the ones this run detached.</summary>
    public long Detached { get; set; }

    /// <summary>The drop-folder file it came from (name, size, time): a file is stored as a run once.</summary>
    public string? DropFileKey { get; set; }
}
