using System.Net;
using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests.Consents;

/// <summary>Issue #6 item 4: consents per purpose and channel (contract §6), latest capture wins, history kept.</summary>
public sealed class ConsentTests(MdmApiFactory factory) : ConsentApiTestBase(factory)
{
    [Fact]
    public async Task Put_NewerRevocation_BecomesCurrentAndHistoryKeepsBothWithSource()
    {
        var goldenId = await CustomerWithGrantAsync();

        var put = await (
            await PutConsent(
                goldenId,
                new
                {
                    status = "revoked",
                    capturedAt = "2026-04-01T08:00:00Z",
                    source = "preference-center",
                }
            )
        ).Expect(HttpStatusCode.OK);

        Assert.True(put["effective"]!.GetValue<bool>());
        Assert.Equal("revoked", put["current"]!["status"]!.GetValue<string>());
        var consents = await ConsentsAsync(goldenId);
        Assert.Equal("revoked", Current(consents)["status"]!.GetValue<string>());
        Assert.Equal("preference-center", Current(consents)["source"]!.GetValue<string>());
        var history = consents["history"]!.AsArray();
        Assert.Equal(2, history.Count);
        Assert.Equal(
            ["revoked", "granted"],
            history.Select(h => h!["status"]!.GetValue<string>()) // newest first
        );
        Assert.Null(history[0]!["sourceRecord"]);
        Assert.Equal("ecommerce", history[1]!["sourceRecord"]!["sourceSystem"]!.GetValue<string>());
        Assert.Equal("WEB-1", history[1]!["sourceRecord"]!["sourceId"]!.GetValue<string>());
        Assert.All(history, h => Assert.True(h!["effective"]!.GetValue<bool>()));
        var golden = await (await Admin.GetAsync($"/api/v1/golden-records/{goldenId}")).Expect(HttpStatusCode.OK);
        Assert.Equal("revoked", golden["consents"]![0]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Put_OlderCapture_KeptInHistoryButCurrentAndEventsUnchanged()
    {
        var goldenId = await CustomerWithGrantAsync();
        var events = await CountAsync("SELECT count(*) FROM change_events");

        var put = await (
            await PutConsent(goldenId, new { status = "revoked", capturedAt = "2026-01-01T08:00:00Z" })
        ).Expect(HttpStatusCode.OK);

        Assert.False(put["effective"]!.GetValue<bool>());
        Assert.Equal("granted", put["current"]!["status"]!.GetValue<string>());
        var consents = await ConsentsAsync(goldenId);
        Assert.Equal("granted", Current(consents)["status"]!.GetValue<string>());
        var late = consents["history"]![0]!;
        Assert.Equal("revoked", late["status"]!.GetValue<string>());
        Assert.False(late["effective"]!.GetValue<bool>());
        Assert.Equal(events, await CountAsync("SELECT count(*) FROM change_events"));
    }

    [Fact]
    public async Task Put_SameStatementTwice_SecondChangesNothing()
    {
        var goldenId = await CustomerWithGrantAsync();
        var body = new
        {
            status = "revoked",
            capturedAt = "2026-04-01T08:00:00Z",
            source = "call-center",
        };
        await (await PutConsent(goldenId, body)).Expect(HttpStatusCode.OK);
        var counts = await CountsAsync();

        var again = await (await PutConsent(goldenId, body)).Expect(HttpStatusCode.OK);

        Assert.False(again["effective"]!.GetValue<bool>());
        Assert.Equal("revoked", again["current"]!["status"]!.GetValue<string>());
        Assert.Equal(counts, await CountsAsync());
    }

    [Fact]
    public async Task Put_WithoutSource_RecordsTheCallerAsSource()
    {
        var goldenId = await CustomerWithGrantAsync();

        await (
            await PutConsent(goldenId, new { status = "granted", capturedAt = "2026-05-01T08:00:00Z" }, channel: "sms")
        ).Expect(HttpStatusCode.OK);

        var sms = Current(await ConsentsAsync(goldenId), "sms");
        Assert.Equal("granted", sms["status"]!.GetValue<string>());
        Assert.StartsWith("api-key:", sms["source"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Put_RevocationAndGrantCapturedAtTheSameInstant_RevocationWins()
    {
        var goldenId = await CustomerWithGrantAsync();

        var put = await (await PutConsent(goldenId, new { status = "revoked", capturedAt = Granted })).Expect(
            HttpStatusCode.OK
        );

        Assert.True(put["effective"]!.GetValue<bool>());
        Assert.Equal("revoked", Current(await ConsentsAsync(goldenId))["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task SourceRecord_LaterGrantAfterEndpointRevocation_WinsByCaptureTime()
    {
        var goldenId = await CustomerWithGrantAsync();
        await (await PutConsent(goldenId, new { status = "revoked", capturedAt = "2026-04-01T08:00:00Z" })).Expect(
            HttpStatusCode.OK
        );

        await CustomerWithGrantAsync("2026-06-01T08:00:00Z");

        var consents = await ConsentsAsync(goldenId);
        Assert.Equal("granted", Current(consents)["status"]!.GetValue<string>());
        Assert.Equal("ecommerce", Current(consents)["source"]!.GetValue<string>());
        Assert.Equal(3, consents["history"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("Marketing", "email", """{"status":"granted","capturedAt":"2026-04-01T08:00:00Z"}""", "purpose")]
    [InlineData("marketing", "e mail", """{"status":"granted","capturedAt":"2026-04-01T08:00:00Z"}""", "channel")]
    [InlineData("marketing", "email", """{"status":"maybe","capturedAt":"2026-04-01T08:00:00Z"}""", "status")]
    [InlineData("marketing", "email", """{"status":"granted"}""", "capturedAt")]
    [InlineData("marketing", "email", """{"status":"granted","capturedAt":"yesterday"}""", "capturedAt")]
    [InlineData("marketing", "email", """{"status":"granted","capturedAt":"2099-01-01T00:00:00Z"}""", "capturedAt")]
    [InlineData("marketing", "email", """{"status":"granted","capturedAt":"2026-04-01T08:00:00Z","by":"x"}""", "by")]
    public async Task Put_BadInput_Returns400NamingTheFieldAndChangesNothing(
        string purpose,
        string channel,
        string body,
        string field
    )
    {
        var goldenId = await CustomerWithGrantAsync();
        var counts = await CountsAsync();

        var problem = await (
            await Admin.PutAsync(
                $"/api/v1/golden-records/{goldenId}/consents/{Uri.EscapeDataString(purpose)}/{Uri.EscapeDataString(channel)}",
                ApiCalls.Json(body)
            )
        ).ExpectProblem(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]![field]);
        Assert.Equal(counts, await CountsAsync());
    }

    [Fact]
    public async Task Put_UnknownGoldenRecord_Returns404()
    {
        await (
            await PutConsent(Guid.NewGuid().ToString(), new { status = "granted", capturedAt = Granted })
        ).ExpectProblem(HttpStatusCode.NotFound);
        await (await Admin.GetAsync($"/api/v1/golden-records/{Guid.NewGuid()}/consents")).ExpectProblem(
            HttpStatusCode.NotFound
        );
    }

    [Fact]
    public async Task Put_KeyWithoutConsentScope_Returns403AndReadNeedsGoldenRead()
    {
        var goldenId = await CustomerWithGrantAsync();
        using var reader = Factory.Client(await Admin.CreateKey("reader", ["golden:read"]));
        using var writer = Factory.Client(await Admin.CreateKey("writer", ["consents:write"]));

        await (
            await PutConsent(goldenId, new { status = "revoked", capturedAt = "2026-04-01T08:00:00Z" }, client: reader)
        ).ExpectProblem(HttpStatusCode.Forbidden);
        await (await writer.GetAsync($"/api/v1/golden-records/{goldenId}/consents")).ExpectProblem(
            HttpStatusCode.Forbidden
        );
        await (
            await PutConsent(goldenId, new { status = "revoked", capturedAt = "2026-04-01T08:00:00Z" }, client: writer)
        ).Expect(HttpStatusCode.OK);
    }

    private async Task<(long History, long Direct, long Events, long Versions)> CountsAsync() =>
        (
            await CountAsync("SELECT count(*) FROM consent_history"),
            await CountAsync("SELECT count(*) FROM direct_consents"),
            await CountAsync("SELECT count(*) FROM change_events"),
            await CountAsync("SELECT count(*) FROM golden_record_versions")
        );
}
