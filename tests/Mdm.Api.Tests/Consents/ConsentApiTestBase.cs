using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests.Consents;

/// <summary>Consent tests: a customer known to the web shop with an e-mail marketing grant, and the consent calls.</summary>
public abstract class ConsentApiTestBase(MdmApiFactory factory) : ApiTestBase(factory)
{
    protected const string Granted = "2026-02-01T09:00:00Z";

    /// <summary>The web shop's customer WEB-1 granted e-mail marketing at <paramref name="capturedAt"/>.</summary>
    protected async Task<string> CustomerWithGrantAsync(string capturedAt = Granted, string id = "WEB-1")
    {
        var body = new
        {
            sourceUpdatedAt = "2026-03-01T10:00:00Z",
            name = new { given = "Ada", family = "Okafor" },
            emails = new[] { new { address = "ada.okafor@example.com" } },
            consents = new[]
            {
                new
                {
                    purpose = "marketing",
                    channel = "email",
                    status = "granted",
                    capturedAt,
                },
            },
        };
        var result = await (await Admin.PutRecord("ecommerce", id, body)).Expect(HttpStatusCode.OK);
        return result["goldenId"]!.GetValue<string>();
    }

    protected Task<HttpResponseMessage> PutConsent(
        string goldenId,
        object body,
        string purpose = "marketing",
        string channel = "email",
        HttpClient? client = null
    ) => (client ?? Admin).PutAsJsonAsync($"/api/v1/golden-records/{goldenId}/consents/{purpose}/{channel}", body);

    protected async Task<JsonNode> ConsentsAsync(string goldenId) =>
        await (await Admin.GetAsync($"/api/v1/golden-records/{goldenId}/consents")).Expect(HttpStatusCode.OK);

    protected static JsonNode Current(JsonNode consents, string channel = "email") =>
        consents["current"]!
            .AsArray()
            .Single(c =>
                c!["purpose"]!.GetValue<string>() == "marketing" && c["channel"]!.GetValue<string>() == channel
            )!;

    protected Task<long> CountAsync(string sql) => Factory.CountAsync(sql);
}
