using System.Net;
using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests;

public sealed class SourceRecordIngestTests(MdmApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Put_NewPerson_CreatesGoldenRecord()
    {
        var result = await (
            await Admin.PutRecord("ecommerce", "WEB-1", ApiCalls.Person("Ana", "Lopez", "ana@example.com"))
        ).Expect(HttpStatusCode.OK);

        Assert.Equal("created", result["outcome"]!.GetValue<string>());
        Assert.Equal("ecommerce", result["sourceSystem"]!.GetValue<string>());
        Assert.Equal("WEB-1", result["sourceId"]!.GetValue<string>());
        Assert.Equal(1, result["version"]!.GetValue<int>());
        var golden = await (await Admin.GetAsync($"/api/v1/golden-records/{result["goldenId"]}")).Expect(
            HttpStatusCode.OK
        );
        Assert.Equal("Lopez", golden["name"]!["family"]!.GetValue<string>());
        Assert.Equal(1, await Factory.CountAsync("SELECT count(*) FROM change_events WHERE type = 'golden.created'"));
    }

    [Fact]
    public async Task Put_SameContentAgain_ReturnsUnchangedAndWritesNothing()
    {
        var person = ApiCalls.Person("Ana", "Lopez", "ana@example.com");
        var first = await (await Admin.PutRecord("ecommerce", "WEB-1", person)).Expect(HttpStatusCode.OK);
        var events = await Factory.CountAsync("SELECT count(*) FROM change_events");

        var again = await (await Admin.PutRecord("ecommerce", "WEB-1", person)).Expect(HttpStatusCode.OK);

        Assert.Equal("unchanged", again["outcome"]!.GetValue<string>());
        Assert.Equal(first["goldenId"]!.GetValue<string>(), again["goldenId"]!.GetValue<string>());
        Assert.Equal(1, again["version"]!.GetValue<int>());
        Assert.Equal(events, await Factory.CountAsync("SELECT count(*) FROM change_events"));
    }

    [Fact]
    public async Task Put_ContentChangeThatLeavesGoldenValuesAlone_WritesNoNewGoldenVersion()
    {
        await (await Admin.PutRecord("ecommerce", "WEB-1", ApiCalls.Person("Ana", "Lopez", "ana@example.com"))).Expect(
            HttpStatusCode.OK
        );

        var again = await (
            await Admin.PutRecord(
                "ecommerce",
                "WEB-1",
                ApiCalls.Person("Ana", "Lopez", "ana@example.com", updatedAt: "2026-02-01T00:00:00Z")
            )
        ).Expect(HttpStatusCode.OK);

        Assert.Equal("updated", again["outcome"]!.GetValue<string>());
        var golden = await (await Admin.GetAsync($"/api/v1/golden-records/{again["goldenId"]}")).Expect(
            HttpStatusCode.OK
        );
        Assert.Equal(1, golden["version"]!.GetValue<int>());
        Assert.Equal(0, await Factory.CountAsync("SELECT count(*) FROM change_events WHERE type = 'golden.updated'"));
        Assert.Equal(1, await Factory.CountAsync("SELECT count(*) FROM golden_record_versions"));
    }

    [Theory]
    [InlineData("email", "Ana.Lopez@Example.com", null, "ana.lopez+shop@example.com", null)]
    [InlineData("phone", null, "(212) 555-0147", null, "+1 212.555.0147")]
    public async Task Put_SharedIdentifierFromAnotherSystem_JoinsTheSameGoldenRecord(
        string _,
        string? email1,
        string? phone1,
        string? email2,
        string? phone2
    )
    {
        var first = await (
            await Admin.PutRecord("ecommerce", "WEB-1", ApiCalls.Person("Ana", "Lopez", email1, phone1))
        ).Expect(HttpStatusCode.OK);

        var second = await (
            await Admin.PutRecord("pos", "POS-9", ApiCalls.Person("A", "LOPEZ", email2, phone2))
        ).Expect(HttpStatusCode.OK);

        Assert.Equal("merged", second["outcome"]!.GetValue<string>());
        Assert.Equal(first["goldenId"]!.GetValue<string>(), second["goldenId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Put_NoSharedIdentifier_CreatesSeparateGoldenRecords()
    {
        var first = await (
            await Admin.PutRecord("ecommerce", "WEB-1", ApiCalls.Person("Ana", "Lopez", "ana@example.com"))
        ).Expect(HttpStatusCode.OK);

        var second = await (
            await Admin.PutRecord("crm", "CRM-1", ApiCalls.Person("Ana", "Lopez", "other@example.com"))
        ).Expect(HttpStatusCode.OK);

        Assert.Equal("created", second["outcome"]!.GetValue<string>());
        Assert.NotEqual(first["goldenId"]!.GetValue<string>(), second["goldenId"]!.GetValue<string>());
    }

    [Fact]
    public async Task Put_ChangedContent_UpdatesGoldenRecordAndKeepsPayloadVerbatim()
    {
        var first = await (
            await Admin.PutRecord("ecommerce", "WEB-1", ApiCalls.Person("Ana", "Lopez", "ana@example.com"))
        ).Expect(HttpStatusCode.OK);

        var changed = await (
            await Admin.PutRecord(
                "ecommerce",
                "WEB-1",
                ApiCalls.Person("Ana", "Lopez-Garcia", "ana@example.com", updatedAt: "2026-02-01T00:00:00Z")
            )
        ).Expect(HttpStatusCode.OK);

        Assert.Equal("updated", changed["outcome"]!.GetValue<string>());
        Assert.Equal(2, changed["version"]!.GetValue<int>());
        var golden = await (await Admin.GetAsync($"/api/v1/golden-records/{first["goldenId"]}")).Expect(
            HttpStatusCode.OK
        );
        Assert.Equal("Lopez-Garcia", golden["name"]!["family"]!.GetValue<string>());
        var stored = await (await Admin.GetAsync("/api/v1/source-records/ecommerce/WEB-1")).Expect(HttpStatusCode.OK);
        Assert.Equal("Lopez-Garcia", stored["payload"]!["name"]!["family"]!.GetValue<string>());
        Assert.Equal(2, await Factory.CountAsync("SELECT count(*) FROM golden_record_versions"));
    }

    [Fact]
    public async Task Put_PathWinsOverBody()
    {
        var body = new
        {
            sourceSystem = "crm",
            sourceId = "OTHER",
            name = new { given = "Ana", family = "Lopez" },
        };

        var result = await (await Admin.PutRecord("ecommerce", "WEB-7", body)).Expect(HttpStatusCode.OK);

        Assert.Equal("ecommerce", result["sourceSystem"]!.GetValue<string>());
        Assert.Equal("WEB-7", result["sourceId"]!.GetValue<string>());
        await (await Admin.GetAsync("/api/v1/source-records/crm/OTHER")).ExpectProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Put_UnknownSourceSystem_Returns400AndWritesNothing()
    {
        var problem = await (await Admin.PutRecord("mainframe", "M-1", ApiCalls.Person("Ana", "Lopez"))).ExpectProblem(
            HttpStatusCode.BadRequest
        );

        Assert.NotNull(problem["errors"]!["sourceSystem"]);
        Assert.Equal(0, await Factory.CountAsync("SELECT count(*) FROM source_records"));
    }
}
