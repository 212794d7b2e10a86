using System.Text.Json;
using Mdm.Core;
using Mdm.Core.SourceRecords;

namespace Mdm.Stewardship.Web.Tests.Infrastructure;

/// <summary>Test data for the golden-record pages, ingested through the real use case as a channel system would send it.</summary>
public static class SourceRecordSeed
{
    /// <summary>A person as <paramref name="system"/> sends it; <paramref name="extra"/> adds fields (attributes, consents…).</summary>
    public static async Task<IngestResult> IngestPersonAsync(
        this StewardUiFactory factory,
        string system,
        string id,
        string given,
        string family,
        string email,
        string? phone = null,
        object? extra = null,
        Actor? actor = null
    )
    {
        var fields = new Dictionary<string, object?>
        {
            ["sourceSystem"] = system,
            ["sourceId"] = id,
            ["sourceUpdatedAt"] = "2026-01-01T00:00:00Z",
            ["name"] = new { given, family },
            ["emails"] = new[] { new { address = email, type = "personal" } },
        };
        if (phone is not null)
        {
            fields["phones"] = new[]
            {
                new
                {
                    number = phone,
                    type = "mobile",
                    country = "US",
                },
            };
        }
        foreach (var property in JsonSerializer.SerializeToElement(extra ?? new { }).EnumerateObject())
        {
            fields[property.Name] = property.Value;
        }
        var json = JsonSerializer.SerializeToElement(fields);
        var result = await factory.Mediator.Send(
            new IngestSourceRecord(json, SourceRecordJson.Read(json), actor ?? Actor.System)
        );
        return result.Outcome == IngestOutcome.UnknownSourceSystem
            ? throw new InvalidOperationException($"Unknown source system {system}.")
            : result;
    }
}
