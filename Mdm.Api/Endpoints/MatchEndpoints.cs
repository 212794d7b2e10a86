using Mdm.Api.Infrastructure;
using Mdm.Core.ApiKeys;
using Mdm.Core.Matching;
using Mdm.Core.SourceRecords;
using Mdm.Matching;
using Mediator;

namespace Mdm.Api.Endpoints;

/// <summary>Contract §4 match: score a would-be source record against the golden records, reading only.</summary>
public static class MatchEndpoints
{
    public static RouteGroupBuilder MapMatchEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/golden-records/match", Match)
            .WithTags("Golden records")
            .RequireAuthorization(Scopes.GoldenRead)
            .Accepts<SourceRecordPayload>("application/json")
            .Produces<MatchResponse>()
            .ProducesValidationProblem();
        return api;
    }

    private static async Task<IResult> Match(HttpContext http, SourceRecordValidator validator, IMediator mediator)
    {
        // The record's identity is optional here: a would-be customer has none yet.
        var (document, problem) = await JsonBody.ReadSourceRecordAsync(http.Request, validator, identityInPath: true);
        if (problem is not null)
        {
            return problem;
        }
        using (document)
        {
            var payload = SourceRecordJson.Read(document!.RootElement);
            var candidates = await mediator.Send(new MatchSourceRecord(payload), http.RequestAborted);
            return TypedResults.Ok(new MatchResponse(candidates.Select(MatchCandidate.From).ToList()));
        }
    }
}

public sealed record MatchResponse(IReadOnlyList<MatchCandidate> Candidates);

/// <summary>One scored golden record; <c>score</c> is the match probability, each explanation weight is in bits.</summary>
public sealed record MatchCandidate(
    Guid GoldenId,
    double Score,
    double Weight,
    string Decision,
    IReadOnlyList<MatchContribution> Explanation
)
{
    public static MatchCandidate From(ScoredCandidate c) =>
        new(
            Guid.Parse(c.GoldenId),
            Math.Round(c.Probability, 6),
            Math.Round(c.Weight, 3),
            c.Decision switch
            {
                MatchDecisionKind.AutoMerge => "auto-merge",
                MatchDecisionKind.Review => "review",
                _ => "no-match",
            },
            c.Explanation
        );
}
