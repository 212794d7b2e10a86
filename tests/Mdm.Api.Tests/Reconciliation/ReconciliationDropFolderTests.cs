using Mdm.Api.Tests.Imports;
using Mdm.Core.Reconciliation;
using Mdm.Sync.Reconciliation;
using Microsoft.Extensions.DependencyInjection;

namespace Mdm.Api.Tests.Reconciliation;

/// <summary>The nightly job: every extract in the drop folder stored once as a run and moved away.</summary>
public sealed class ReconciliationDropFolderTests(ReconciliationJobFactory factory)
    : ImportTestBase<ReconciliationJobFactory>(factory)
{
    private string Folder => Factory.DropFolder;

    private Task RunDropFolderJob() =>
        Factory.Services.GetRequiredService<ReconciliationDropFolderJob>().RunAsync(CancellationToken.None);

    private void Drop(string name, string content)
    {
        foreach (var sub in new[] { "", "processed", "failed" })
        {
            var stale = Path.Combine(Folder, sub, name);
            if (File.Exists(stale))
            {
                File.Delete(stale);
            }
        }
        File.WriteAllText(Path.Combine(Folder, name), content);
    }

    [Fact]
    public async Task DropFolderJob_WithExtractsAndOtherFiles_StoresEachExtractOnceAndMovesIt()
    {
        await Admin.SeedHub();
        Drop("crm_2026-11-23.jsonl", ReconciliationCalls.Extract());
        Drop("mystery_2026-11-23.csv", "sourceId\nX-1\n");
        Drop("crm_notes.txt", "not an extract");

        await RunDropFolderJob();
        await RunDropFolderJob();

        var run = Assert.Single(await Mediator.Send(new ListReconciliationRuns(10)));
        Assert.Equal(("crm", "crm_2026-11-23.jsonl", "queued"), (run.SourceSystem, run.FileName, run.Status));
        Assert.True(File.Exists(Path.Combine(Folder, "processed", "crm_2026-11-23.jsonl")));
        Assert.True(File.Exists(Path.Combine(Folder, "failed", "mystery_2026-11-23.csv")));
        var reason = await File.ReadAllTextAsync(Path.Combine(Folder, "failed", "mystery_2026-11-23.csv.reason.txt"));
        Assert.Contains("known source system", reason, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(Folder, "crm_notes.txt")));
        Assert.False(File.Exists(Path.Combine(Folder, "crm_2026-11-23.jsonl")));

        await RunJob(run.Id);
        var done = (await Mediator.Send(new GetReconciliationRun(run.Id, ItemLimit: 0)))!;
        Assert.Equal(new ReconciliationCounts(1, 2, 1, 1, 0), done.Counts);
    }

    [Fact]
    public async Task DropFolderJob_ForAFileStoredBeforeACrash_OnlyMovesIt()
    {
        Drop("pos-full.jsonl", ReconciliationCalls.Line("E", ReconciliationCalls.People["E"]));
        var file = new FileInfo(Path.Combine(Folder, "pos-full.jsonl"));
        var key = $"{file.Name}|{file.Length}|{file.LastWriteTimeUtc:O}";
        await using (var content = file.OpenRead())
        {
            await Mediator.Send(new StartReconciliation("pos", file.Name, content, Core.Actor.System, null, key));
        }

        await RunDropFolderJob();

        Assert.Single(await Mediator.Send(new ListReconciliationRuns(10)));
        Assert.True(File.Exists(Path.Combine(Folder, "processed", "pos-full.jsonl")));
    }

    [Theory]
    [InlineData("crm_full.csv", "crm")]
    [InlineData("CRM-2026.jsonl", "crm")]
    [InlineData("crm.jsonl", "crm")]
    [InlineData("crmx_full.csv", null)]
    [InlineData("ecommerce", null)]
    public void SourceSystemOf_FileName_IsTheLongestKnownCodeBeforeASeparator(string fileName, string? system)
    {
        Assert.Equal(system, ClassifyDropFileHandler.SourceSystemOf(fileName, ["crm", "pos", "ecommerce"]));
    }
}
