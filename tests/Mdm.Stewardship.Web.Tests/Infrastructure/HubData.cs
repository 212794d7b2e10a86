using System.Text.Json;
using Mdm.Core;
using Mdm.Core.MatchReviews;
using Mdm.Core.SourceRecords;

namespace Mdm.Stewardship.Web.Tests.Infrastructure;

/// <summary>Builds hub data through the real ingest use case, as channel systems would.</summary>
public static class HubData
{
    private static readonly string[] Families =
    [
        "Lopez",
        "Okafor",
        "Novak",
        "Tanaka",
        "Berg",
        "Silva",
        "Kowalski",
        "Haddad",
    ];

    public static async Task<IngestResult> IngestAsync(
        StewardUiFactory factory,
        string system,
        string sourceId,
        string given,
        string family,
        string email,
        string phone
    )
    {
        var json = JsonSerializer.Serialize(
            new
            {
                sourceSystem = system,
                sourceId,
                sourceUpdatedAt = "2026-01-01T00:00:00Z",
                name = new { given, family },
                emails = new[] { new { address = email, type = "personal" } },
                phones = new[]
                {
                    new
                    {
                        number = phone,
                        type = "mobile",
                        country = "US",
                    },
                },
            }
        );
        using var document = JsonDocument.Parse(json);
        return await factory.Mediator.Send(
            new IngestSourceRecord(document.RootElement, SourceRecordJson.Read(document.RootElement), Actor.System)
        );
    }

    /// <summary>
    /// Pair <paramref name="n"/> (0–7): an ecommerce and a CRM source record sharing mailbox and mobile under another
    /// given name — two golden records and one open match review between them.
    /// </summary>
    public static async Task<ReviewPair> ReviewPairAsync(StewardUiFactory factory, int n, string secondSystem = "crm")
    {
        var family = Families[n];
        var email = $"ana.{family.ToLowerInvariant()}@example.com";
        var phone = $"(212) 555-01{n:00}";
        var first = await IngestAsync(factory, "ecommerce", $"WEB-{n}", "Ana", family, email, phone);
        var second = await IngestAsync(
            factory,
            secondSystem,
            $"{secondSystem.ToUpperInvariant()}-{n}",
            "Rosa",
            family,
            email,
            phone
        );
        if (second.Outcome != "review")
        {
            throw new InvalidOperationException($"Pair {n} was expected to wait for review, not '{second.Outcome}'.");
        }
        var open = await factory.Mediator.Send(new ListReviewQueueItems(new ReviewQueueFilter(), 0, 100));
        var review = open.Items.Single(i => i.GoldenIdB == second.GoldenId || i.GoldenIdA == second.GoldenId);
        return new ReviewPair(review.Id, first.GoldenId, second.GoldenId, family);
    }
}

public sealed record ReviewPair(Guid ReviewId, Guid OlderGoldenId, Guid NewerGoldenId, string Family);
