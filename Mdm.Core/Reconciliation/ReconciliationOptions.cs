namespace Mdm.Core.Reconciliation;

/// <summary>Settings of reconciliation (section <c>Reconciliation</c>), read by the API, the steward UI and the workers.</summary>
public sealed class ReconciliationOptions
{
    /// <summary>
    /// The folder the nightly job reads extracts from (files named <c>{sourceSystem}_….csv</c> or <c>.jsonl</c>);
    /// none when unset.
    /// </summary>
    public string? DropFolder { get; set; }

    /// <summary>When the drop-folder job runs (a cron expression, UTC); nightly at 02:00 by default.</summary>
    public string Cron { get; set; } = "0 2 * * *";

    /// <summary>Whether source records missing from an extract are detached (off: they are only reported).</summary>
    public bool DetachMissing { get; set; }

    /// <summary>Source records compared per statement when looking for those an extract lacks.</summary>
    public int MissingBatchSize { get; set; } = 5000;
}
