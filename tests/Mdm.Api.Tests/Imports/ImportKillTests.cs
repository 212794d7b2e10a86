using System.Globalization;
using System.Net;
using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests.Imports;

/// <summary>Issue #7: the API process killed (SIGKILL) in the middle of an import, then started again.</summary>
[Collection(ApiProcesses.Name)]
public sealed class ImportKillTests : ApiProcessTest
{
    private const int Lines = 600;
    private const int BatchSize = 50;

    private static readonly Dictionary<string, string> Settings = new(StringComparer.Ordinal)
    {
        ["Imports__BatchSize"] = BatchSize.ToString(CultureInfo.InvariantCulture),
        ["Imports__PollInterval"] = "00:00:00.200",
        ["Imports__ResumeAfter"] = "00:00:02",
        ["Sync__QueuePollInterval"] = "00:00:00.200",
    };

    [Fact]
    public async Task Import_WhenTheProcessIsKilledMidBatchAndRestarted_IngestsEveryLineExactlyOnce()
    {
        var first = await StartApiAsync(Settings);
        using var client = first.Client(AdminKey);
        var id = await StartImportAsync(client);
        var table = $"import_lines WHERE import_id = '{id}'";

        // Lines committed with their rows that no checkpoint covers yet (one snapshot, so both numbers agree).
        var ahead = $"SELECT (SELECT count(*) FROM {table}) - lines_read FROM imports WHERE id = '{id}'";

        // Past two checkpoints and into the next batch, not near its end: the kill lands mid-batch.
        var midBatch = await EventuallyAsync(
            async () => await ProgressAsync(client, id) >= 2 * BatchSize && await CountAsync(ahead) is >= 10 and <= 40,
            TimeSpan.FromSeconds(60)
        );
        Assert.True(midBatch, $"The import did not get into its third batch.\n{first.Output}");
        await first.KillAsync();

        Assert.InRange(await CountAsync(ahead), 1, BatchSize - 1);

        var second = await StartApiAsync(Settings);
        using var again = second.Client(AdminKey);
        var import = await again.WaitForImport(id.ToString(), TimeSpan.FromSeconds(90));

        Assert.Equal("completed", import["status"]!.GetValue<string>());
        Assert.Equal(2, await CountAsync($"SELECT attempts FROM imports WHERE id = '{id}'"));
        Assert.Equal(Lines, await CountAsync("SELECT count(*) FROM source_records WHERE source_system = 'crm'"));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM source_records WHERE version <> 1"));
        Assert.Equal(
            Lines,
            await CountAsync("SELECT count(*) FROM audit_entries WHERE action = 'source-record.ingested'")
        );
        Assert.Equal(Lines, await CountAsync($"SELECT count(*) FROM {table}"));
        // File lines 2 … Lines + 1 (the header is line 1): one row each, the primary key rules out a second.
        Assert.Equal(2, await CountAsync($"SELECT min(line_no) FROM {table}"));
        Assert.Equal(Lines + 1, await CountAsync($"SELECT max(line_no) FROM {table}"));
        Assert.Equal(Lines, import["progress"]!["linesRead"]!.GetValue<long>());
        foreach (var outcome in new[] { "created", "merged", "review", "updated", "unchanged", "failed" })
        {
            var rows = await CountAsync($"SELECT count(*) FROM {table} AND outcome = '{outcome}'");
            Assert.True(rows == import.Count(outcome), $"{outcome}: {import.Count(outcome)} counted, {rows} rows");
        }
        Assert.Equal(0, import.Count("failed") + import.Count("updated") + import.Count("unchanged"));
    }

    private static async Task<Guid> StartImportAsync(HttpClient client)
    {
        using var form = new MultipartFormDataContent
        {
            { new StringContent("crm"), "sourceSystem" },
            { new LinesContent(SyntheticPeople.Csv(Lines)), "file", "people.csv" },
        };
        var response = await client.PostAsync("/api/v1/imports", form);
        return Guid.Parse((await response.Expect(HttpStatusCode.Accepted))["importId"]!.GetValue<string>());
    }

    private static async Task<long> ProgressAsync(HttpClient client, Guid id)
    {
        var import = await (await client.GetAsync($"/api/v1/imports/{id}")).Expect(HttpStatusCode.OK);
        return import["progress"]!["linesRead"]!.GetValue<long>();
    }
}
