using System.Net;
using System.Net.Http.Json;
using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests;

/// <summary>Issue #6: changing a subscription (PATCH), including disabling and re-enabling it.</summary>
public sealed class SubscriptionUpdateTests(MdmApiFactory factory) : ApiTestBase(factory)
{
    // TEST-NET-3: a public address that needs no DNS in the test environment.
    private const string PublicUrl = "https://203.0.113.10/hooks";

    private async Task<string> SubscribeAsync()
    {
        var created = await (
            await Admin.PostAsJsonAsync(
                "/api/v1/subscriptions",
                new { url = PublicUrl, eventTypes = Array.Empty<string>() }
            )
        ).Expect(HttpStatusCode.Created);
        return created["id"]!.GetValue<string>();
    }

    private Task<HttpResponseMessage> Patch(string id, object body) =>
        Admin.PatchAsJsonAsync($"/api/v1/subscriptions/{id}", body);

    [Fact]
    public async Task Patch_EventTypesAndDescription_ChangesOnlyThose()
    {
        var id = await SubscribeAsync();

        var updated = await (
            await Patch(id, new { eventTypes = new[] { "consent.changed" }, description = "ESP" })
        ).Expect(HttpStatusCode.OK);

        Assert.Equal(["consent.changed"], updated["eventTypes"]!.AsArray().Select(t => (string)t!));
        Assert.Equal("ESP", updated["description"]!.GetValue<string>());
        Assert.Equal(PublicUrl, updated["url"]!.GetValue<string>());
        Assert.Equal("active", updated["status"]!.GetValue<string>());
        Assert.Null(updated["secret"]);
    }

    [Fact]
    public async Task Patch_Disabled_StopsDeliveriesAndRecordsWhen()
    {
        var id = await SubscribeAsync();

        var updated = await (await Patch(id, new { status = "disabled" })).Expect(HttpStatusCode.OK);
        await (await Admin.PutRecord("crm", "C-1", ApiCalls.Person("Ada", "Okafor"))).Expect(HttpStatusCode.OK);

        Assert.Equal("disabled", updated["status"]!.GetValue<string>());
        Assert.NotNull(updated["disabledAt"]);
        var read = await (await Admin.GetAsync($"/api/v1/subscriptions/{id}")).Expect(HttpStatusCode.OK);
        Assert.Equal("disabled", read["status"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"status":"paused"}""", "status")]
    [InlineData("""{"eventTypes":["golden.deleted"]}""", "eventTypes")]
    [InlineData("""{"url":"ftp://203.0.113.10/hooks"}""", "url")]
    [InlineData("""{"url":"http://127.0.0.1/hooks"}""", "url")]
    [InlineData("""{"secret":"whsec_x"}""", "$.secret")]
    [InlineData("""{}""", "$")]
    public async Task Patch_BadRequest_Returns400NamingTheFieldAndChangesNothing(string body, string field)
    {
        var id = await SubscribeAsync();

        var problem = await (await Admin.PatchAsync($"/api/v1/subscriptions/{id}", ApiCalls.Json(body))).ExpectProblem(
            HttpStatusCode.BadRequest
        );

        Assert.NotNull(problem["errors"]![field]);
        var read = await (await Admin.GetAsync($"/api/v1/subscriptions/{id}")).Expect(HttpStatusCode.OK);
        Assert.Equal(PublicUrl, read["url"]!.GetValue<string>());
        Assert.Equal("active", read["status"]!.GetValue<string>());
        Assert.Empty(read["eventTypes"]!.AsArray());
    }

    [Fact]
    public async Task Patch_UnknownOrDeleted_Returns404()
    {
        var id = await SubscribeAsync();
        await (await Admin.DeleteAsync($"/api/v1/subscriptions/{id}")).Expect(HttpStatusCode.NoContent);

        await (await Patch(id, new { status = "active" })).ExpectProblem(HttpStatusCode.NotFound);
        await (await Patch(Guid.NewGuid().ToString(), new { status = "active" })).ExpectProblem(
            HttpStatusCode.NotFound
        );
    }
}
