using System.Text.Json;
using Mdm.Core;
using Mdm.Core.MatchReviews;
using Mdm.Core.SourceRecords;
using Npgsql;

namespace Mdm.Stewardship.Web.Tests.Infrastructure;

/// <summary>Builds dashboard data through the real use cases; SQL only to move rows onto chosen days.</summary>
public sealed class DashboardHub(StewardUiFactory factory)
{
    private static readonly string[] Families = ["Lopez", "Novak", "Okafor", "Tanaka", "Moreau", "Silva", "Berg"];

    /// <summary>Ingests person number <paramref name="who"/>: a family name, e-mail and phone of its own.</summary>
    public async Task<IngestResult> IngestAsync(string system, string id, string given, int who)
    {
        var json = $$"""
            {"sourceSystem":"{{system}}","sourceId":"{{id}}","name":{"given":"{{given}}","family":"{{Families[
                who % Families.Length
            ]}}"},
             "emails":[{"address":"person{{who}}@example.com","type":"personal"}],
             "phones":[{"number":"(212) 555-{{1000 + who}}","type":"mobile","country":"US"}]}
            """;
        using var document = JsonDocument.Parse(json);
        return await factory.Mediator.Send(
            new IngestSourceRecord(document.RootElement, SourceRecordJson.Read(document.RootElement), Actor.System)
        );
    }

    /// <summary>Two golden records of person <paramref name="who"/> (another given name) with an open review.</summary>
    public async Task<Guid> ReviewAsync(int who)
    {
        await IngestAsync("ecommerce", $"WEB-{who}", "Ana", who);
        var second = await IngestAsync("crm", $"CRM-{who}", "Rosa", who);
        Assert.Equal(IngestOutcome.Review, second.Outcome);
        return await ScalarAsync<Guid>($"SELECT id FROM match_reviews WHERE golden_id_b = '{second.GoldenId}'");
    }

    /// <summary>Open reviews of persons 1 to <paramref name="count"/>, in that order.</summary>
    public async Task<IReadOnlyList<Guid>> ReviewsAsync(int count)
    {
        var reviews = new List<Guid>();
        for (var who = 1; who <= count; who++)
        {
            reviews.Add(await ReviewAsync(who));
        }
        return reviews;
    }

    public async Task DecideAsync(params (Guid Review, string Decision, string Steward)[] decisions)
    {
        foreach (var (review, decision, steward) in decisions)
        {
            var result = await factory.Mediator.Send(new DecideMatchReview(review, decision, null, new Actor(steward)));
            Assert.Equal(DecideMatchReviewOutcome.Decided, result.Outcome);
        }
    }

    /// <summary>Runs SQL with <c>@today</c> bound to midnight (UTC) of <see cref="PinnedClockUiFactory.Today"/>.</summary>
    public Task ExecuteAsync(string sql) => RunAsync(sql, command => command.ExecuteNonQueryAsync());

    public Task<T> ScalarAsync<T>(string sql) =>
        RunAsync(sql, async command => (T)(await command.ExecuteScalarAsync())!);

    private async Task<T> RunAsync<T>(string sql, Func<NpgsqlCommand, Task<T>> run)
    {
        await using var connection = new NpgsqlConnection(factory.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue(
            "today",
            new DateTimeOffset(PinnedClockUiFactory.Today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero)
        );
        return await run(command);
    }
}
