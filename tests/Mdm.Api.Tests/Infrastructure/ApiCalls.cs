using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mdm.Api.Tests.Infrastructure;

/// <summary>Small helpers that keep tests about behaviour rather than plumbing.</summary>
public static class ApiCalls
{
    public static Task<HttpResponseMessage> PutRecord(this HttpClient client, string system, string id, object body) =>
        client.PutAsync($"/api/v1/source-records/{system}/{id}", Json(body));

    public static Task<HttpResponseMessage> PutRaw(this HttpClient client, string system, string id, string rawJson) =>
        client.PutAsync(
            $"/api/v1/source-records/{system}/{id}",
            new StringContent(rawJson, Encoding.UTF8, "application/json")
        );

    public static StringContent Json(object body) =>
        new(body is string s ? s : JsonSerializer.Serialize(body), Encoding.UTF8, "application/json");

    public static async Task<JsonNode> ReadJson(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!;

    /// <summary>Asserts the status and returns the body as JSON, showing the body when the status is wrong.</summary>
    public static async Task<JsonNode> Expect(this HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(
            response.StatusCode == status,
            $"Expected {(int)status} but got {(int)response.StatusCode}: {text}"
        );
        return text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!;
    }

    /// <summary>Asserts an RFC 9457 problem with the status; returns it.</summary>
    public static async Task<JsonNode> ExpectProblem(this HttpResponseMessage response, HttpStatusCode status)
    {
        var problem = await response.Expect(status);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal((int)status, problem["status"]!.GetValue<int>());
        return problem;
    }

    public static async Task<string> CreateKey(
        this HttpClient admin,
        string name,
        string[] scopes,
        string? sourceSystem = null,
        int? requestsPerMinute = null
    )
    {
        var response = await admin.PostAsJsonAsync(
            "/api/v1/api-keys",
            new
            {
                name,
                scopes,
                sourceSystem,
                requestsPerMinute,
            }
        );
        return (await response.Expect(HttpStatusCode.Created))["key"]!.GetValue<string>();
    }

    public static object Person(
        string given,
        string family,
        string? email = null,
        string? phone = null,
        string? updatedAt = null
    ) =>
        new
        {
            sourceUpdatedAt = updatedAt ?? "2026-01-01T00:00:00Z",
            name = new { given, family },
            emails = email is null ? null : new[] { new { address = email, type = "personal" } },
            phones = phone is null
                ? null
                : new[]
                {
                    new
                    {
                        number = phone,
                        type = "mobile",
                        country = "US",
                    },
                },
        };
}
