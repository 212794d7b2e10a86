using System.Net;
using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests;

/// <summary>Probabilistic matching through the API: the match query, explanations, and the review outcome.</summary>
public sealed class MatchTests(MdmApiFactory factory) : ApiTestBase(factory)
{
    private static object Maria(string given = "Maria", string? email = "maria.delgado@example.com") =>
        new
        {
            name = new { given, family = "Delgado" },
            birthDate = "1984-07-12",
            emails = email is null ? null : new[] { new { address = email } },
            addresses = new[]
            {
                new
                {
                    line1 = "12 Main Street",
                    city = "Springfield",
                    postalCode = "62704",
                    country = "US",
                },
            },
        };

    [Fact]
    public async Task Match_SamePersonWrittenDifferently_ReturnsAutoMergeWithExplanation_AndWritesNothing()
    {
        var created = await (await Admin.PutRecord("crm", "C-1", Maria())).Expect(HttpStatusCode.OK);
        var events = await Factory.CountAsync("SELECT count(*) FROM change_events");
        var probe = new
        {
            name = new { full = "DELGADO, MARIA" },
            birthDate = "1984-07-12",
            addresses = new[] { new { line1 = "12 Main St.", postalCode = "62704-1234" } },
        };

        var body = await (await Admin.PostAsync("/api/v1/golden-records/match", ApiCalls.Json(probe))).Expect(
            HttpStatusCode.OK
        );

        var best = body["candidates"]![0]!;
        Assert.Equal(created["goldenId"]!.GetValue<string>(), best["goldenId"]!.GetValue<string>());
        Assert.Equal("auto-merge", best["decision"]!.GetValue<string>());
        Assert.True(best["score"]!.GetValue<double>() >= 0.99);
        var attributes = best["explanation"]!.AsArray().Select(e => e!["attribute"]!.GetValue<string>()).ToList();
        Assert.Contains("givenName", attributes);
        Assert.Contains("birthDate", attributes);
        Assert.Contains("address", attributes);
        Assert.All(best["explanation"]!.AsArray(), e => Assert.NotNull(e!["weight"]));
        Assert.Equal(events, await Factory.CountAsync("SELECT count(*) FROM change_events"));
        Assert.Equal(1, await Factory.CountAsync("SELECT count(*) FROM source_records"));
    }

    [Fact]
    public async Task Match_Stranger_ReturnsNoCandidateAboveNoMatch()
    {
        await (await Admin.PutRecord("crm", "C-1", Maria())).Expect(HttpStatusCode.OK);
        var stranger = new { name = new { given = "Oswald", family = "Pennington" }, birthDate = "1950-01-30" };

        var body = await (await Admin.PostAsync("/api/v1/golden-records/match", ApiCalls.Json(stranger))).Expect(
            HttpStatusCode.OK
        );

        Assert.All(body["candidates"]!.AsArray(), c => Assert.Equal("no-match", c!["decision"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Match_InvalidRecord_Returns400()
    {
        await (
            await Admin.PostAsync("/api/v1/golden-records/match", ApiCalls.Json("""{"birthDate":"1984-13-40"}"""))
        ).ExpectProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Put_Lookalike_OpensReviewInsteadOfMerging()
    {
        var first = await (await Admin.PutRecord("crm", "C-1", Maria())).Expect(HttpStatusCode.OK);

        // Her twin: same family name, birth date and address, another given name and inbox.
        var twin = await (await Admin.PutRecord("loyalty", "L-1", Maria("Lucia", "lucia.d@example.com"))).Expect(
            HttpStatusCode.OK
        );

        Assert.Equal("review", twin["outcome"]!.GetValue<string>());
        Assert.NotEqual(first["goldenId"]!.GetValue<string>(), twin["goldenId"]!.GetValue<string>());
        Assert.Equal(
            1,
            await Factory.CountAsync(
                $"SELECT count(*) FROM match_reviews WHERE golden_id_a = '{first["goldenId"]}' AND golden_id_b = '{twin["goldenId"]}' AND status = 'open'"
            )
        );
    }
}
