using System.Globalization;
using Mdm.Api.Tests.Imports;
using Mdm.Api.Tests.Infrastructure;
using Mdm.Core;
using Mdm.Core.Imports;
using Mdm.Core.Reconciliation;
using Mdm.Sync.Imports;
using Microsoft.Extensions.DependencyInjection;

namespace Mdm.Api.Tests.Reconciliation;

/// <summary>The run as the import job performs it: detaching what the extract lacks, and resuming exactly once.</summary>
public sealed class ReconciliationJobTests(ReconciliationJobFactory factory)
    : ImportTestBase<ReconciliationJobFactory>(factory)
{
    private async Task<ReconciliationView> Run(Guid id)
    {
        await RunJob(id);
        return (await Mediator.Send(new GetReconciliationRun(id, ItemLimit: 0)))!;
    }

    [Fact]
    public async Task Run_WithDetachMissing_DetachesTheSourceRecordsTheExtractLacks()
    {
        var golden = await Admin.SeedHub();

        var run = await Run(Guid.Parse(await Admin.StartRun("crm", ReconciliationCalls.Extract())));

        Assert.Equal(new ReconciliationCounts(1, 2, 1, 1, 0), run.Counts);
        Assert.Equal((true, 2L), (run.DetachMissing, run.Detached));
        var detached = await Factory.CountAsync(
            "SELECT count(*) FROM source_records WHERE detached_at IS NOT NULL AND source_id IN ('C', 'D')"
        );
        Assert.Equal(2, detached);
        Assert.Equal(4, await Factory.CountAsync("SELECT count(*) FROM source_records WHERE detached_at IS NULL"));
        // C's golden record had nothing else: retired with its only source record.
        Assert.Equal(
            1,
            await Factory.CountAsync(
                $"SELECT count(*) FROM golden_records WHERE id = '{golden["C"]}' AND status <> 'active'"
            )
        );
    }

    [Fact]
    public async Task Run_CancelledMidExtract_ResumesAndCountsEachLineOnce()
    {
        await Admin.SeedHub();
        var lines = Enumerable
            .Range(1, 30)
            .Select(i =>
                ReconciliationCalls.Line(
                    string.Create(CultureInfo.InvariantCulture, $"N-{i}"),
                    ApiCalls.Person(
                        string.Create(CultureInfo.InvariantCulture, $"Given{i}"),
                        string.Create(CultureInfo.InvariantCulture, $"Family{i}x{i * 7}"),
                        string.Create(CultureInfo.InvariantCulture, $"n{i}@example.com")
                    )
                )
            );
        var extract = ReconciliationCalls.Extract() + string.Join('\n', lines);
        var id = Guid.Parse(await Admin.StartRun("crm", extract));
        using var cancel = new CancellationTokenSource();

        var first = RunJob(id, cancel.Token);
        while (await Factory.CountAsync($"SELECT lines_read FROM imports WHERE id = '{id}'") == 0 && !first.IsCompleted)
        {
            await Task.Delay(2);
        }
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => first);
        var run = await Run(id);

        Assert.Equal("completed", run.Status);
        Assert.Equal(new ReconciliationCounts(31, 2, 1, 1, 0), run.Counts);
        Assert.Equal(33, await Factory.CountAsync($"SELECT count(*) FROM import_lines WHERE import_id = '{id}'"));
        Assert.Equal(1, await Factory.CountAsync("SELECT max(version) FROM source_records WHERE source_id LIKE 'N-%'"));
    }

    [Fact]
    public async Task Run_ThatDiedAfterTheLines_IsResumedIngestingNothingTwice()
    {
        await Admin.SeedHub();
        var id = Guid.Parse(await Admin.StartRun("crm", ReconciliationCalls.Extract()));
        // The first run reads every line and dies before the missing records are looked for.
        var claim = (await Mediator.Send(new ClaimImport(id)))!;
        await using (var runLock = await Factory.Services.GetRequiredService<ImportRunner>().TryLockAsync(id, default))
        {
            Assert.Null(await Factory.Services.GetRequiredService<ImportRunner>().RunAsync(claim, default));
        }
        Assert.Equal("running", (await Mediator.Send(new GetReconciliationRun(id, ItemLimit: 0)))!.Status);

        var run = await Run(id);

        Assert.Equal(("completed", new ReconciliationCounts(1, 2, 1, 1, 0)), (run.Status, run.Counts));
        Assert.Equal(3, await Factory.CountAsync($"SELECT count(*) FROM import_lines WHERE import_id = '{id}'"));
        Assert.Equal(2, await Factory.CountAsync($"SELECT attempts FROM imports WHERE id = '{id}'"));
        Assert.Equal(2, await Factory.CountAsync("SELECT version FROM source_records WHERE source_id = 'B'"));
    }

    [Fact]
    public async Task Complete_RunAgainAfterACrash_AddsNoItemAndDetachesNothingTwice()
    {
        await Admin.SeedHub();
        var id = Guid.Parse(await Admin.StartRun("crm", ReconciliationCalls.Extract()));
        await Run(id);
        var changes = await Factory.CountAsync("SELECT count(*) FROM change_events");

        await Mediator.Send(new CompleteReconciliation(id, "crm", Actor.System));

        var run = (await Mediator.Send(new GetReconciliationRun(id)))!;
        Assert.Equal((2L, 2L), (run.Counts.InMdmOnly, run.Detached));
        Assert.Equal(2, await Factory.CountAsync("SELECT count(*) FROM reconciliation_missing_items"));
        Assert.Equal(changes, await Factory.CountAsync("SELECT count(*) FROM change_events"));
    }

    [Fact]
    public async Task Run_WithALineFailingValidation_DoesNotCallItsSourceRecordMissing()
    {
        await Admin.SeedHub();
        var extract = ReconciliationCalls.Extract() + """{"sourceId":"C","birthDate":"1990-02-30"}""" + "\n";

        var run = await Run(Guid.Parse(await Admin.StartRun("crm", extract)));

        Assert.Equal(new ReconciliationCounts(1, 1, 1, 1, 1), run.Counts);
        Assert.Equal(1, await Factory.CountAsync("SELECT count(*) FROM source_records WHERE detached_at IS NOT NULL"));
        Assert.Equal(
            1,
            await Factory.CountAsync("SELECT count(*) FROM reconciliation_missing_items WHERE source_id = 'D'")
        );
    }
}
