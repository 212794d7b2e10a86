using System.Globalization;
using System.Net;
using System.Text;
using Mdm.Api.Tests.Infrastructure;
using Mdm.Core.Imports;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace Mdm.Api.Tests.Imports;

/// <summary>Stored files larger than a chunk, the size limit, and how dead runs are found and resumed.</summary>
public sealed class ImportResumeTests(ImportWithoutWorkersFactory factory)
    : ImportTestBase<ImportWithoutWorkersFactory>(factory)
{
    private const int ChunkSize = 1024 * 1024;

    private Task<IReadOnlyList<Guid>> Dispatch() =>
        Mediator.Send(new DispatchImports(TimeSpan.FromSeconds(30))).AsTask();

    private async Task<Guid> Start(string content) =>
        Guid.Parse(await Admin.StartImport("ecommerce", "orders.jsonl", content));

    [Fact]
    public async Task Import_OfAFileOverSeveralChunks_ReadsLinesAcrossChunkBoundaries()
    {
        var file = new StringBuilder();
        foreach (var i in Enumerable.Range(1, 3))
        {
            file.Append(
                CultureInfo.InvariantCulture,
                $$"""{"sourceId":"W-{{i}}","emails":[{"address":"buyer{{i}}@example.com"}]}"""
            );
            file.Append('\n');
            // Blank padding puts the next line across the 1 MiB chunk boundary.
            file.Append(' ', (i * ChunkSize) - file.Length - 20).Append('\n');
        }
        var id = await Start(file.ToString());
        Assert.Equal(3, await Factory.CountAsync($"SELECT count(*) FROM import_file_chunks WHERE import_id = '{id}'"));

        await RunJob(id);

        var import = (await Mediator.Send(new GetImport(id)))!;
        Assert.Equal(("completed", 3L), (import.Status, import.Counts.Created));
        Assert.Equal(Encoding.UTF8.GetByteCount(file.ToString()), import.Progress.TotalBytes);
        Assert.Equal(import.Progress.TotalBytes, import.Progress.BytesRead);
        Assert.Equal(0, await Factory.CountAsync("SELECT count(*) FROM import_file_chunks"));
    }

    [Theory]
    [InlineData(ImportWithoutWorkersFactory.MaxFileBytes + 1)]
    [InlineData(ImportWithoutWorkersFactory.MaxFileBytes + 1024 * 1024)]
    public async Task Post_FileOverTheLimit_Returns413AndStoresNothing(long size)
    {
        var content = new string('\n', (int)size);

        await (await Admin.PostImport("pos", "big.jsonl", content)).ExpectProblem(HttpStatusCode.RequestEntityTooLarge);

        Assert.Equal(0, await Factory.CountAsync("SELECT count(*) FROM import_file_chunks"));
        Assert.Equal(0, await Factory.CountAsync("SELECT count(*) FROM imports"));
    }

    [Fact]
    public async Task Dispatch_HandsAQueuedImportOutOnce()
    {
        var id = await Start("""{"sourceId":"W-1"}""");

        Assert.Equal([id], await Dispatch());
        Assert.Empty(await Dispatch());
    }

    [Fact]
    public async Task Dispatch_ResumesARunningImportOnlyWhenNoRunHoldsIt()
    {
        var id = await Start("""{"sourceId":"W-1"}""");
        await Mediator.Send(new ClaimImport(id));
        const string stale =
            "UPDATE imports SET heartbeat_at = now() - interval '1 hour', dispatched_at = NULL RETURNING 1";
        await Factory.CountAsync(stale);
        var dataSource = Factory.Services.GetRequiredService<NpgsqlDataSource>();

        await using (await ImportRunLock.TryAcquireAsync(dataSource, id, CancellationToken.None))
        {
            Assert.Empty(await Dispatch());
        }
        await Factory.CountAsync(stale);

        Assert.Equal([id], await Dispatch());
        await RunJob(id);
        Assert.Equal("completed", (await Mediator.Send(new GetImport(id)))!.Status);
    }

    [Fact]
    public async Task Run_AfterTooManyAttempts_FailsTheImportAndDropsItsFile()
    {
        var id = await Start("""{"sourceId":"W-1"}""");
        await Factory.CountAsync("UPDATE imports SET attempts = 5 RETURNING 1");

        await RunJob(id);

        var import = (await Mediator.Send(new GetImport(id)))!;
        Assert.Equal("failed", import.Status);
        Assert.StartsWith("Stopped after 5 runs", import.Error, StringComparison.Ordinal);
        Assert.Equal(0, await Factory.CountAsync("SELECT count(*) FROM import_file_chunks"));
        Assert.Equal(0, await Factory.CountAsync("SELECT count(*) FROM source_records"));
    }
}
