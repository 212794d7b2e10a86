using System.Net;
using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests.Imports;

/// <summary><c>POST /imports</c> through to the workers and back: counts, per-line errors, progress.</summary>
[Collection(HangfireWorkers.Name)]
public sealed class ImportApiTests(ImportApiFactory factory) : ImportTestBase<ImportApiFactory>(factory)
{
    [Fact]
    public async Task CsvImport_WithAliasesAndABadLine_CountsEveryLineAndNamesTheBadOneByLine()
    {
        const string csv = """
            customer_no,first_name,last_name,email,phone,birthDate
            P-1,Kim,Lee,kim.lee@example.com,(212) 555-0147,1980-01-02
            P-2,Ana,"Smith, Jr",not-an-email,,1990-02-30
            P-3,"Jo
            Anne",Park,jo.park@example.com,,
            P-4,Kim,Lee,kim.lee@example.com,(212) 555-0147,1980-01-02
            """;

        var import = await Admin.WaitForImport(await Admin.StartImport("pos", "till-export.csv", csv + "\r\n"));

        Assert.Equal("completed", import["status"]!.GetValue<string>());
        // P-4 is the same person as P-1 under another id: it joins P-1's golden record.
        Assert.Equal((2, 1, 1), (import.Count("created"), import.Count("merged"), import.Count("failed")));
        Assert.Equal(4, import["progress"]!["linesRead"]!.GetValue<long>());
        Assert.Equal(
            import["progress"]!["totalBytes"]!.GetValue<long>(),
            import["progress"]!["bytesRead"]!.GetValue<long>()
        );
        var error = Assert.Single(import["errors"]!.AsArray())!;
        Assert.Equal(3, error["line"]!.GetValue<long>());
        var fields = error["problem"]!["errors"]!.AsObject().Select(e => e.Key).Order(StringComparer.Ordinal);
        Assert.Equal(["birthDate", "emails[0].address"], fields);
        Assert.DoesNotContain("not-an-email", error.ToJsonString(), StringComparison.Ordinal);
        Assert.DoesNotContain("1990-02-30", error.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(3, await Factory.CountAsync("SELECT count(*) FROM source_records WHERE source_system = 'pos'"));
        Assert.Equal(4, await Factory.CountAsync("SELECT count(*) FROM import_lines"));
        Assert.Equal(0, await Factory.CountAsync("SELECT count(*) FROM import_file_chunks"));
    }

    [Fact]
    public async Task JsonLinesImport_SentBeforeItsSourceSystem_IngestsGoodLinesAndReportsOthers()
    {
        var lines = new[]
        {
            """{"sourceId":"L-1","name":{"given":"Rosa","family":"Ortiz"},"loyaltyId":"LY00000001"}""",
            """{"sourceSystem":"loyalty","sourceId":"L-2","name":{"given":"Ivan","family":"Petrov"}}""",
            "",
            """{"sourceId":"L-3","name":{"given":"Rosa" """,
            """{"sourceSystem":"crm","sourceId":"L-4"}""",
            """{"sourceId":"L-5","nickname":"Ro"}""",
        };

        var id = await Admin.StartImport("loyalty", "members.ndjson", string.Join('\n', lines), fileFirst: true);
        var import = await Admin.WaitForImport(id);

        Assert.Equal("completed", import["status"]!.GetValue<string>());
        Assert.Equal((2, 3), (import.Count("created"), import.Count("failed")));
        var page = await (await Admin.GetAsync($"/api/v1/imports/{id}/errors?limit=2")).Expect(HttpStatusCode.OK);
        Assert.Equal([4L, 5L], page["items"]!.AsArray().Select(e => e!["line"]!.GetValue<long>()));
        var next = page["next"]!.GetValue<string>();
        var last = await (await Admin.GetAsync($"/api/v1/imports/{id}/errors?after={next}")).Expect(HttpStatusCode.OK);
        var only = Assert.Single(last["items"]!.AsArray())!;
        Assert.Equal(6, only["line"]!.GetValue<long>());
        Assert.NotNull(only["problem"]!["errors"]!["nickname"]);
        Assert.Null(last["next"]);
    }

    [Fact]
    public async Task CsvImport_WithAnUnknownColumn_FailsAsAWholeWithoutPersonalData()
    {
        var id = await Admin.StartImport("crm", "contacts.csv", "Maria,Delgado\nx,y\n");

        var import = await Admin.WaitForImport(id);

        Assert.Equal("failed", import["status"]!.GetValue<string>());
        var error = import["error"]!.GetValue<string>();
        Assert.Contains("column 1, 2", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Maria", error, StringComparison.Ordinal);
        Assert.Equal(0, await Factory.CountAsync("SELECT count(*) FROM source_records"));
    }

    [Fact]
    public async Task ImportJob_InHangfire_CarriesOnlyTheImportId()
    {
        var id = await Admin.StartImport("erp", "accounts.csv", "account_no,erp_account\nE-1,C10023\n");
        await Admin.WaitForImport(id);

        // The arguments are the id and the cancellation token Hangfire passes in (stored as null).
        var jobs = await Factory.CountAsync(
            $"""
            SELECT count(*) FROM hangfire.job
            WHERE invocationdata::text LIKE '%ImportJob%' AND arguments::text LIKE '%{id}%'
              AND jsonb_array_length(arguments::jsonb) = 2 AND arguments::jsonb -> 1 = 'null'::jsonb
            """
        );

        Assert.Equal(1, jobs);
    }

    [Fact]
    public async Task Import_LargerThanOtherRequestBodies_IsAccepted()
    {
        // 20 MiB: above the 16 MiB that other endpoints accept, far below Imports__MaxFileBytes.
        var file = new string('\n', 20 * 1024 * 1024) + """{"sourceId":"W-1","name":{"full":"Lee Wong"}}""";

        var import = await Admin.WaitForImport(await Admin.StartImport("ecommerce", "big.jsonl", file));

        Assert.Equal(("completed", 1L), (import["status"]!.GetValue<string>(), import.Count("created")));
        Assert.Equal(file.Length, import["progress"]!["bytesRead"]!.GetValue<long>());
    }

    [Fact]
    public async Task ListImports_ShowsTheNewestFirst()
    {
        var first = await Admin.StartImport("pos", "a.csv", "sourceId\nP-1\n");
        var second = await Admin.StartImport("pos", "b.csv", "sourceId\nP-2\n");

        var list = await (await Admin.GetAsync("/api/v1/imports?limit=10")).Expect(HttpStatusCode.OK);

        Assert.Equal([second, first], list["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()));
    }
}
