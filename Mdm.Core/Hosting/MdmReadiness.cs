namespace Mdm.Core.Hosting;

/// <summary>Set once the schema is migrated, start-up data is in place and the match index is loaded; read by <c>/health/ready</c>.</summary>
public sealed class MdmReadiness
{
    private volatile bool _databaseReady;
    private volatile bool _indexReady;

    public bool DatabaseReady => _databaseReady;

    /// <summary>The match index is loaded (only in processes that match: the web hosts that ingest).</summary>
    public bool IndexReady => _indexReady;

    internal void MarkDatabaseReady() => _databaseReady = true;

    internal void MarkIndexReady() => _indexReady = true;
}
