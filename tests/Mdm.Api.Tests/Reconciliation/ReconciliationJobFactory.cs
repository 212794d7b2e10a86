using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests.Reconciliation;

/// <summary>
/// A host without workers (the tests run the jobs themselves), detaching in-MDM-only source records, with a drop
/// folder of its own.
/// </summary>
public sealed class ReconciliationJobFactory : MdmApiFactory
{
    public string DropFolder { get; } = Directory.CreateTempSubdirectory("mdm-drop-").FullName;

    protected override IReadOnlyDictionary<string, string?> HostSettings =>
        new Dictionary<string, string?>
        {
            ["Imports:BatchSize"] = "3",
            ["Reconciliation:DetachMissing"] = "true",
            ["Reconciliation:DropFolder"] = DropFolder,
            ["Reconciliation:MissingBatchSize"] = "2",
            ["Sync:RunWorkers"] = "false",
        };
}
