namespace Mdm.Core.Persistence;

/// <summary>A live source record of the run's system whose source id is not in the extract (outcome inMdmOnly).</summary>
public sealed class ReconciliationMissingItem
{
    public Guid RunId { get; set; }
    public required string SourceId { get; set; }
    public Guid? GoldenId { get; set; }

    /// <summary>Set when the run detached it (only with <see cref="ReconciliationRun.DetachMissing"/>).</summary>
    public DateTimeOffset? DetachedAt { get; set; }
}
