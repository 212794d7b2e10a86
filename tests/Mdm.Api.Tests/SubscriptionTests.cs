using System.Net;
using System.Net.Http.Json;
using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests;

public sealed class SubscriptionTests(MdmApiFactory factory) : ApiTestBase(factory)
{
    // TEST-NET-3: a public address that needs no DNS in the test environment.
    private const string PublicUrl = "https://203.0.113.10/hooks";

    private async Task<HttpClient> Manager() =>
        Factory.Client(await Admin.CreateKey("integrations", ["subscriptions:manage"]));

    [Fact]
    public async Task Create_ValidRequest_Returns201WithSecretShownOnce()
    {
        using var manager = await Manager();

        var response = await manager.PostAsJsonAsync(
            "/api/v1/subscriptions",
            new
            {
                url = PublicUrl,
                eventTypes = new[] { "golden.merged", "golden.created" },
                description = "CRM sync",
            }
        );
        var created = await response.Expect(HttpStatusCode.Created);

        var id = created["id"]!.GetValue<string>();
        var secret = created["secret"]!.GetValue<string>();
        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.Equal($"/api/v1/subscriptions/{id}", response.Headers.Location?.OriginalString);
        Assert.Equal(PublicUrl, created["url"]!.GetValue<string>());
        Assert.Equal(["golden.created", "golden.merged"], created["eventTypes"]!.AsArray().Select(t => (string)t!));
        Assert.Equal("active", created["status"]!.GetValue<string>());
        var read = await (await manager.GetAsync($"/api/v1/subscriptions/{id}")).Expect(HttpStatusCode.OK);
        Assert.Equal("CRM sync", read["description"]!.GetValue<string>());
        Assert.Null(read["secret"]);
        var list = await (await manager.GetAsync("/api/v1/subscriptions")).Expect(HttpStatusCode.OK);
        Assert.DoesNotContain(secret, list.ToJsonString(), StringComparison.Ordinal);
        Assert.Equal(
            0,
            await Factory.CountAsync(
                $"SELECT count(*) FROM audit_entries WHERE coalesce(reason, '') || coalesce(details::text, '') LIKE '%{secret}%'"
            )
        );
    }

    [Fact]
    public async Task List_TwoSubscriptions_ReturnsBothWithoutSecrets()
    {
        using var manager = await Manager();
        await Create(manager, PublicUrl);
        await Create(manager, "http://[2001:db8::1]/other");

        var list = (await (await manager.GetAsync("/api/v1/subscriptions")).Expect(HttpStatusCode.OK)).AsArray();

        Assert.Equal(2, list.Count);
        Assert.All(list, s => Assert.Null(s!["secret"]));
        Assert.All(list, s => Assert.Empty(s!["eventTypes"]!.AsArray()));
    }

    [Fact]
    public async Task Delete_KnownSubscription_Returns204ThenItIs404()
    {
        using var manager = await Manager();
        var id = await Create(manager, PublicUrl);

        await (await manager.DeleteAsync($"/api/v1/subscriptions/{id}")).Expect(HttpStatusCode.NoContent);

        await (await manager.GetAsync($"/api/v1/subscriptions/{id}")).ExpectProblem(HttpStatusCode.NotFound);
        await (await manager.DeleteAsync($"/api/v1/subscriptions/{id}")).ExpectProblem(HttpStatusCode.NotFound);
        Assert.Empty((await (await manager.GetAsync("/api/v1/subscriptions")).ReadJson()).AsArray());
        await (await manager.DeleteAsync($"/api/v1/subscriptions/{Guid.NewGuid()}")).ExpectProblem(
            HttpStatusCode.NotFound
        );
    }

    [Fact]
    public async Task Subscriptions_KeyWithoutScope_Returns403()
    {
        using var reader = Factory.Client(await Admin.CreateKey("reader", ["golden:read", "records:write"]));

        await (await reader.GetAsync("/api/v1/subscriptions")).ExpectProblem(HttpStatusCode.Forbidden);
        await (
            await reader.PostAsJsonAsync(
                "/api/v1/subscriptions",
                new { url = PublicUrl, eventTypes = Array.Empty<string>() }
            )
        ).ExpectProblem(HttpStatusCode.Forbidden);
        Assert.Equal(0, await Factory.CountAsync("SELECT count(*) FROM webhook_subscriptions"));
    }

    [Theory]
    [InlineData("""{"url": "ftp://203.0.113.10/x", "eventTypes": []}""", "url")]
    [InlineData("""{"url": "http://127.0.0.1/x", "eventTypes": []}""", "url")]
    [InlineData("""{"url": "http://10.0.0.5/", "eventTypes": []}""", "url")]
    [InlineData("""{"url": "http://[::1]/x", "eventTypes": []}""", "url")]
    [InlineData("""{"url": "https://203.0.113.10/x", "eventTypes": ["golden.deleted"]}""", "eventTypes")]
    [InlineData("""{"url": "https://203.0.113.10/x", "eventTypes": [], "secret": "whsec_x"}""", "$.secret")]
    [InlineData("""{"eventTypes": []}""", "url")]
    public async Task Create_BadRequest_Returns400WithFieldError(string body, string field)
    {
        using var manager = await Manager();

        var problem = await (await manager.PostAsync("/api/v1/subscriptions", ApiCalls.Json(body))).ExpectProblem(
            HttpStatusCode.BadRequest
        );

        Assert.NotNull(problem["errors"]![field]);
        Assert.Equal(0, await Factory.CountAsync("SELECT count(*) FROM webhook_subscriptions"));
    }

    internal static async Task<string> Create(HttpClient client, string url)
    {
        var response = await client.PostAsJsonAsync(
            "/api/v1/subscriptions",
            new { url, eventTypes = Array.Empty<string>() }
        );
        return (await response.Expect(HttpStatusCode.Created))["id"]!.GetValue<string>();
    }
}
