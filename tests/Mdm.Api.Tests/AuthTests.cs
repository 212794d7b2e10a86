using System.Net;
using System.Net.Http.Json;
using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests;

public sealed class AuthTests(MdmApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Request_WithoutKey_Returns401Problem()
    {
        using var anonymous = Factory.Client();

        await (await anonymous.GetAsync("/api/v1/xrefs")).ExpectProblem(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task Request_WithUnknownKey_Returns401Problem()
    {
        using var stranger = Factory.Client("mdm_not-a-real-key");

        await (await stranger.PutRecord("pos", "P-1", ApiCalls.Person("Al", "Bo"))).ExpectProblem(
            HttpStatusCode.Unauthorized
        );
        Assert.Equal(0, await Factory.CountAsync("SELECT count(*) FROM source_records"));
    }

    [Fact]
    public async Task Request_MissingScope_Returns403Problem()
    {
        using var reader = Factory.Client(await Admin.CreateKey("reader", ["golden:read"]));

        await (await reader.PutRecord("pos", "P-1", ApiCalls.Person("Al", "Bo"))).ExpectProblem(
            HttpStatusCode.Forbidden
        );
        await (
            await reader.PostAsJsonAsync("/api/v1/api-keys", new { name = "x", scopes = new[] { "admin" } })
        ).ExpectProblem(HttpStatusCode.Forbidden);
        Assert.Equal(0, await Factory.CountAsync("SELECT count(*) FROM source_records"));
    }

    [Fact]
    public async Task BoundKey_WritingItsOwnSystem_Succeeds()
    {
        using var pos = Factory.Client(await Admin.CreateKey("pos-till", ["records:write"], sourceSystem: "pos"));

        await (await pos.PutRecord("pos", "P-1", ApiCalls.Person("Al", "Bo"))).Expect(HttpStatusCode.OK);
    }

    [Fact]
    public async Task BoundKey_WritingAnotherSystem_Returns403AndWritesNothing()
    {
        using var pos = Factory.Client(await Admin.CreateKey("pos-till", ["records:write"], sourceSystem: "pos"));
        await (await Admin.PutRecord("ecommerce", "WEB-1", ApiCalls.Person("Al", "Bo"))).Expect(HttpStatusCode.OK);

        await (await pos.PutRecord("ecommerce", "WEB-2", ApiCalls.Person("Al", "Bo"))).ExpectProblem(
            HttpStatusCode.Forbidden
        );
        await (await pos.DeleteAsync("/api/v1/source-records/ecommerce/WEB-1")).ExpectProblem(HttpStatusCode.Forbidden);
        var batch = await (
            await pos.PostAsync(
                "/api/v1/source-records/batch",
                ApiCalls.Json(
                    new
                    {
                        records = new object[]
                        {
                            new { sourceSystem = "ecommerce", sourceId = "WEB-3" },
                            new { sourceSystem = "pos", sourceId = "P-3" },
                        },
                    }
                )
            )
        ).Expect(HttpStatusCode.OK);

        Assert.Equal(403, batch["results"]![0]!["status"]!.GetValue<int>());
        Assert.Equal("created", batch["results"]![1]!["outcome"]!.GetValue<string>());
        Assert.Equal(
            0,
            await Factory.CountAsync("SELECT count(*) FROM source_records WHERE source_id IN ('WEB-2', 'WEB-3')")
        );
        Assert.Equal(
            1,
            await Factory.CountAsync(
                "SELECT count(*) FROM links"
                    + " JOIN source_records s ON s.id = links.source_record_id WHERE s.source_id = 'WEB-1'"
            )
        );
    }

    [Fact]
    public async Task CreatedKey_IsShownOnceAndStoredOnlyAsHash()
    {
        var response = await (
            await Admin.PostAsJsonAsync(
                "/api/v1/api-keys",
                new
                {
                    name = "crm-sync",
                    scopes = new[] { "records:write", "golden:read" },
                    sourceSystem = "crm",
                }
            )
        ).Expect(HttpStatusCode.Created);
        var key = response["key"]!.GetValue<string>();

        Assert.Equal(0, await Factory.CountAsync($"SELECT count(*) FROM api_keys WHERE key_hash = '{key}'"));
        Assert.Equal(
            1,
            await Factory.CountAsync("SELECT count(*) FROM api_keys WHERE name = 'crm-sync' AND source_system = 'crm'")
        );
        using var crm = Factory.Client(key);
        await (await crm.PutRecord("crm", "C-1", ApiCalls.Person("Al", "Bo"))).Expect(HttpStatusCode.OK);
    }

    [Fact]
    public async Task RevokedKey_Returns401()
    {
        var created = await (
            await Admin.PostAsJsonAsync("/api/v1/api-keys", new { name = "temp", scopes = new[] { "golden:read" } })
        ).Expect(HttpStatusCode.Created);
        using var temp = Factory.Client(created["key"]!.GetValue<string>());
        await (await temp.GetAsync("/api/v1/xrefs")).Expect(HttpStatusCode.OK);

        await (await Admin.DeleteAsync($"/api/v1/api-keys/{created["id"]}")).Expect(HttpStatusCode.NoContent);

        await (await temp.GetAsync("/api/v1/xrefs")).ExpectProblem(HttpStatusCode.Unauthorized);
        await (await Admin.DeleteAsync($"/api/v1/api-keys/{created["id"]}")).ExpectProblem(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{"scopes":["golden:read"]}""", "name")]
    [InlineData("""{"name":"x","scopes":["everything"]}""", "scopes")]
    [InlineData("""{"name":"x","scopes":[]}""", "scopes")]
    [InlineData("""{"name":"x","scopes":["admin"],"sourceSystem":"mainframe"}""", "sourceSystem")]
    [InlineData("""{"name":"x","scopes":["admin"],"requestsPerMinute":0}""", "requestsPerMinute")]
    public async Task CreateKey_BadRequest_Returns400NamingTheField(string body, string field)
    {
        var problem = await (await Admin.PostAsync("/api/v1/api-keys", ApiCalls.Json(body))).ExpectProblem(
            HttpStatusCode.BadRequest
        );

        Assert.NotNull(problem["errors"]![field]);
        Assert.Equal(1, await Factory.CountAsync("SELECT count(*) FROM api_keys"));
    }

    [Fact]
    public async Task Request_WithExhaustedRateLimit_Returns429WithRetryAfter()
    {
        using var slow = Factory.Client(await Admin.CreateKey("slow", ["golden:read"], requestsPerMinute: 3));
        for (var i = 0; i < 3; i++)
        {
            await (await slow.GetAsync("/api/v1/xrefs")).Expect(HttpStatusCode.OK);
        }

        var limited = await slow.GetAsync("/api/v1/xrefs");

        await limited.ExpectProblem(HttpStatusCode.TooManyRequests);
        Assert.True(
            int.Parse(
                limited.Headers.GetValues("Retry-After").Single(),
                System.Globalization.CultureInfo.InvariantCulture
            ) >= 1
        );
        await (await Admin.GetAsync("/api/v1/xrefs")).Expect(HttpStatusCode.OK);
    }
}
