using System.Text.Json;
using System.Text.Json.Nodes;

namespace Mdm.Core.Tests;

/// <summary>The contract's example source record, which is valid, and variations of it.</summary>
internal static class ContractExample
{
    public const string Json = """
        {"sourceSystem":"ecommerce","sourceId":"WEB-1001","sourceUpdatedAt":"2026-03-01T10:00:00Z",
         "name":{"full":"Mr. John A. Smith Jr.","prefix":"Mr","given":"John","middle":"A","family":"Smith","suffix":"Jr"},
         "emails":[{"address":"John.Smith@example.com","type":"personal"}],
         "phones":[{"number":"(555) 123-4567","type":"mobile","country":"US"}],
         "addresses":[{"line1":"12 Main St","line2":"Apt 4","city":"Springfield","region":"IL","postalCode":"62704","country":"US","type":"shipping"}],
         "birthDate":"1985-04-03","gender":"M","loyaltyId":"LY12345678",
         "attributes":{"erpAccount":"C10023","creditTerms":"NET30","tier":"gold"},
         "consents":[{"purpose":"marketing","channel":"email","status":"granted","capturedAt":"2026-02-01T09:00:00Z"}]}
        """;

    /// <summary>The example after <paramref name="change"/>, as a standalone element.</summary>
    public static JsonElement With(Action<JsonObject> change)
    {
        var root = JsonNode.Parse(Json)!.AsObject();
        change(root);
        return Parse(root.ToJsonString());
    }

    public static JsonElement Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
