namespace Mdm.Core.Hosting;

/// <summary>Set once the schema is migrated and start-up data is in place; read by <c>/health/ready</c>.</summary>
public sealed class MdmReadiness
{
    private volatile bool _databaseReady;

    public bool DatabaseReady => _databaseReady;

    internal void MarkDatabaseReady() => _databaseReady = true;
}
