using System.Net;
using Mdm.Api.Tests.Imports;
using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests.Reconciliation;

/// <summary>Contract §8 through the API and the real workers: counts, items, re-ingest, auth and bad input.</summary>
[Collection(HangfireWorkers.Name)]
public sealed class ReconciliationApiTests(ImportApiFactory factory) : ImportTestBase<ImportApiFactory>(factory)
{
    [Fact]
    public async Task Run_OfAConstructedExtract_CountsEachOutcomeExactly()
    {
        var golden = await Admin.SeedHub();

        var run = await Admin.WaitForRun(await Admin.StartRun("crm", ReconciliationCalls.Extract()));

        Assert.Equal("completed", run["status"]!.GetValue<string>());
        Assert.Equal((1L, 2L, 1L, 1L, 0L), run.Counts());
        Assert.Equal(["A:matched", "B:drifted", "F:inSourceOnly", "C:inMdmOnly", "D:inMdmOnly"], run.Items());
        Assert.Equal(golden["C"], run["items"]![3]!["goldenId"]!.GetValue<string>());
        // Only reported: C and D stay attached beside A, B, the new F and pos's E (not part of crm's run).
        Assert.Equal(6, await Factory.CountAsync("SELECT count(*) FROM source_records WHERE detached_at IS NULL"));
        Assert.Equal(0, await Factory.CountAsync("SELECT count(*) FROM import_file_chunks"));
    }

    [Fact]
    public async Task Run_WithADriftedSourceRecord_ReingestsItAndItsGoldenRecordShowsTheNewContent()
    {
        var golden = await Admin.SeedHub();

        await Admin.WaitForRun(await Admin.StartRun("crm", ReconciliationCalls.Extract()));

        var b = await (await Admin.GetAsync($"/api/v1/golden-records/{golden["B"]}")).Expect(HttpStatusCode.OK);
        Assert.Equal("bruno.berg@new.example.com", b["emails"]![0]!["address"]!.GetValue<string>());
        var record = await (await Admin.GetAsync("/api/v1/source-records/crm/B")).Expect(HttpStatusCode.OK);
        Assert.Equal(2, record["version"]!.GetValue<int>());
        Assert.Equal(1, await Factory.CountAsync("SELECT version FROM source_records WHERE source_id = 'A'"));
    }

    [Fact]
    public async Task Get_FilteredByOutcomeAndPaged_ReturnsEveryItemOnce()
    {
        await Admin.SeedHub();
        var id = await Admin.StartRun("crm", ReconciliationCalls.Extract());
        await Admin.WaitForRun(id);

        var missing = await (
            await Admin.GetAsync($"/api/v1/reconciliation/runs/{id}?outcome=inMdmOnly&limit=1")
        ).Expect(HttpStatusCode.OK);
        var next = missing["itemsNext"]!.GetValue<string>();
        var rest = await (
            await Admin.GetAsync($"/api/v1/reconciliation/runs/{id}?outcome=inMdmOnly&after={next}")
        ).Expect(HttpStatusCode.OK);
        var all = await (await Admin.GetAsync($"/api/v1/reconciliation/runs/{id}?limit=2")).Expect(HttpStatusCode.OK);
        var second = await (
            await Admin.GetAsync($"/api/v1/reconciliation/runs/{id}?limit=2&after={all["itemsNext"]}")
        ).Expect(HttpStatusCode.OK);

        Assert.Equal(["C:inMdmOnly"], missing.Items());
        Assert.Equal(["D:inMdmOnly"], rest.Items());
        Assert.Null(rest["itemsNext"]);
        Assert.Equal(["A:matched", "B:drifted", "F:inSourceOnly", "C:inMdmOnly"], all.Items().Concat(second.Items()));
        var fromALine = await (
            await Admin.GetAsync($"/api/v1/reconciliation/runs/{id}?outcome=inMdmOnly&after=l2")
        ).Expect(HttpStatusCode.OK);
        Assert.Equal(["C:inMdmOnly", "D:inMdmOnly"], fromALine.Items());
        var drifted = await (await Admin.GetAsync($"/api/v1/reconciliation/runs/{id}?outcome=drifted")).Expect(
            HttpStatusCode.OK
        );
        Assert.Equal(["B:drifted"], drifted.Items());
        await (await Admin.GetAsync($"/api/v1/reconciliation/runs/{id}?outcome=gone")).ExpectProblem(
            HttpStatusCode.BadRequest
        );
    }

    [Fact]
    public async Task List_OfRuns_ShowsRunsButNotAmongImports()
    {
        await Admin.SeedHub();
        var id = await Admin.StartRun("crm", ReconciliationCalls.Extract());
        await Admin.WaitForRun(id);

        var runs = await (await Admin.GetAsync("/api/v1/reconciliation/runs")).Expect(HttpStatusCode.OK);
        var imports = await (await Admin.GetAsync("/api/v1/imports")).Expect(HttpStatusCode.OK);

        var only = Assert.Single(runs["items"]!.AsArray())!;
        Assert.Equal((id, "crm"), (only["id"]!.GetValue<string>(), only["sourceSystem"]!.GetValue<string>()));
        Assert.Empty(imports["items"]!.AsArray());
    }

    [Fact]
    public async Task Post_WithAKeyBoundToAnotherSystem_Returns403AndStoresNothing()
    {
        var key = await Admin.CreateKey("pos-till", ["records:write"], sourceSystem: "pos");
        using var pos = Factory.Client(key);

        await (await pos.PostRun("crm", "crm.jsonl", ReconciliationCalls.Extract())).ExpectProblem(
            HttpStatusCode.Forbidden
        );

        Assert.Equal(0, await Factory.CountAsync("SELECT count(*) FROM reconciliation_runs"));
    }

    [Fact]
    public async Task Get_WithAKeyBoundToAnotherSystem_Returns403()
    {
        var id = await Admin.StartRun("crm", ReconciliationCalls.Extract());
        var key = await Admin.CreateKey("pos-reader", ["golden:read"], sourceSystem: "pos");
        using var pos = Factory.Client(key);

        await (await pos.GetAsync($"/api/v1/reconciliation/runs/{id}")).ExpectProblem(HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("nowhere", "extract.jsonl", "{}", "sourceSystem")]
    [InlineData("crm", null, "", "file")]
    [InlineData("crm", "extract.xlsx", "{}", "file")]
    [InlineData("crm", "extract.csv", "", "file")]
    [InlineData(null, "extract.jsonl", "{}", "sourceSystem")]
    public async Task Post_OfBadInput_Returns400NamingTheFieldAndStoresNothing(
        string? system,
        string? fileName,
        string content,
        string field
    )
    {
        var problem = await (await Admin.PostRun(system, fileName, content)).ExpectProblem(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]![field]);
        Assert.Equal(0, await Factory.CountAsync("SELECT count(*) FROM reconciliation_runs"));
        Assert.Equal(0, await Factory.CountAsync("SELECT count(*) FROM imports"));
    }
}
