using System.Text.Json;
using Mdm.Api.Tests.Infrastructure;
using Mdm.Core;
using Mdm.Core.Imports;
using Mdm.Core.SourceRecords;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Mdm.Api.Tests.Imports;

/// <summary>
/// An import interrupted anywhere and run again ingests every line exactly once: the job is run by the test itself
/// (no workers in this host), in batches of three.
/// </summary>
public sealed class ImportExactlyOnceTests(ImportWithoutWorkersFactory factory)
    : ImportTestBase<ImportWithoutWorkersFactory>(factory)
{
    private static readonly string[] Given = ["Ana", "Ben", "Carla", "Dmitri", "Elif", "Farid", "Greta", "Hugo"];
    private static readonly string[] Family = ["Abbott", "Brennan", "Castillo", "Dubois", "Eriksen", "Fujita"];

    /// <summary>A JSON-lines file of distinct people, one per line (line n holds sourceId L-n).</summary>
    private static string[] People(int count) =>
        [
            .. Enumerable
                .Range(1, count)
                .Select(i =>
                    $$"""{"sourceId":"L-{{i}}","name":{"given":"{{Given[i % Given.Length]}}","family":"{{Family[i / Given.Length]}}"},"emails":[{"address":"person{{i}}@example.com"}]}"""
                ),
        ];

    private async Task AssertEveryLineOnce(Guid id, int lines)
    {
        var import = await Mediator.Send(new GetImport(id));
        Assert.Equal("completed", import!.Status);
        Assert.Equal(lines, import.Progress.LinesRead);
        var counts = import.Counts;
        Assert.Equal(lines, counts.Created + counts.Review + counts.Merged);
        Assert.Equal((0, 0, 0), (counts.Failed, counts.Unchanged, counts.Updated));
        Assert.Equal(lines, await Factory.CountAsync("SELECT count(*) FROM source_records WHERE version = 1"));
        Assert.Equal(lines, await Factory.CountAsync("SELECT count(*) FROM source_records"));
        Assert.Equal(lines, await Factory.CountAsync($"SELECT count(*) FROM import_lines WHERE import_id = '{id}'"));
        Assert.Equal(lines, await Factory.CountAsync("SELECT count(*) FROM links"));
    }

    [Fact]
    public async Task Run_AfterARunDiedMidBatch_SkipsTheLinesItFinished()
    {
        var people = People(10);
        var id = Guid.Parse(await Admin.StartImport("loyalty", "members.jsonl", string.Join('\n', people)));
        // What a run that died leaves behind: some lines ingested with their rows, no checkpoint moved.
        var claim = (await Mediator.Send(new ClaimImport(id)))!;
        foreach (var line in new[] { 1, 2, 4 })
        {
            using var json = JsonDocument.Parse(people[line - 1]);
            var payload = SourceRecordJson.Read(json.RootElement, "loyalty");
            await Mediator.Send(
                new IngestSourceRecord(json.RootElement, payload, claim.Actor, new ImportLineRef(id, line))
            );
        }

        await RunJob(id);

        await AssertEveryLineOnce(id, 10);
    }

    [Fact]
    public async Task Ingest_OfALineThatHasItsRow_AnswersTheRecordedResultAndWritesNothing()
    {
        var people = People(1);
        var id = Guid.Parse(await Admin.StartImport("loyalty", "members.jsonl", people[0]));
        await RunJob(id);
        var changes = await Factory.CountAsync("SELECT count(*) FROM change_events");

        using var json = JsonDocument.Parse(people[0].Replace("person1@", "other1@", StringComparison.Ordinal));
        var payload = SourceRecordJson.Read(json.RootElement, "loyalty");
        var again = await Mediator.Send(
            new IngestSourceRecord(json.RootElement, payload, Actor.System, new ImportLineRef(id, 1))
        );

        Assert.Equal("created", again.Outcome);
        await AssertEveryLineOnce(id, 1);
        Assert.Equal(changes, await Factory.CountAsync("SELECT count(*) FROM change_events"));
    }

    [Fact]
    public async Task Run_CancelledAfterABatch_ResumesAndIngestsEveryLineOnce()
    {
        var id = Guid.Parse(await Admin.StartImport("loyalty", "members.jsonl", string.Join('\n', People(40))));
        using var cancel = new CancellationTokenSource();

        var run = RunJob(id, cancel.Token);
        while (await Factory.CountAsync($"SELECT lines_read FROM imports WHERE id = '{id}'") == 0 && !run.IsCompleted)
        {
            await Task.Delay(2);
        }
        await cancel.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => run);

        Assert.InRange(await Factory.CountAsync("SELECT count(*) FROM import_lines"), 3, 39);
        Assert.Equal("running", (await Mediator.Send(new GetImport(id)))!.Status);
        await RunJob(id);
        await AssertEveryLineOnce(id, 40);
    }

    [Fact]
    public async Task Run_WhileAnotherRunHoldsTheImport_LeavesItAlone()
    {
        var id = Guid.Parse(await Admin.StartImport("loyalty", "members.jsonl", string.Join('\n', People(4))));
        var dataSource = Factory.Services.GetRequiredService<NpgsqlDataSource>();

        await using (var other = await ImportRunLock.TryAcquireAsync(dataSource, id, CancellationToken.None))
        {
            Assert.NotNull(other);
            await RunJob(id);
            Assert.Equal("queued", (await Mediator.Send(new GetImport(id)))!.Status);
            Assert.Null(await ImportRunLock.TryAcquireAsync(dataSource, id, CancellationToken.None));
        }
        await RunJob(id);

        await AssertEveryLineOnce(id, 4);
    }
}
