using System.Text.Json;
using Mdm.Api.Auth;
using Mdm.Api.Infrastructure;
using Mdm.Core.ApiKeys;
using Mdm.Core.MatchReviews;
using Mdm.Core.Persistence;
using Mediator;

namespace Mdm.Api.Endpoints;

/// <summary>Contract §5: the match-review queue and steward decisions.</summary>
public static class MatchReviewEndpoints
{
    private static readonly string[] Statuses =
    [
        MatchReviewStatus.Open,
        MatchReviewStatus.Merged,
        MatchReviewStatus.NotAMatch,
        MatchReviewStatus.Superseded,
    ];

    public static RouteGroupBuilder MapMatchReviewEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/match-reviews").WithTags("Match reviews").RequireAuthorization(Scopes.ReviewsWrite);
        group.MapGet("/", ListMatchReviews);
        group.MapPost("/{reviewId:guid}/decision", DecideMatchReview);
        return api;
    }

    private static async Task<IResult> ListMatchReviews(
        HttpContext http,
        IMediator mediator,
        string? status,
        int? limit,
        string? after
    )
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        status ??= MatchReviewStatus.Open;
        if (!Statuses.Contains(status, StringComparer.Ordinal))
        {
            errors["status"] = [$"Must be one of: {string.Join(", ", Statuses)}."];
        }
        if (limit is < 1 or > 500)
        {
            errors["limit"] = ["Must be between 1 and 500."];
        }
        var cursor = MatchReviewCursor.Parse(after);
        if (after is not null && cursor is null)
        {
            errors["after"] = ["Must be a cursor returned as 'next' by an earlier page."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Invalid match-review query");
        }
        return TypedResults.Ok(
            await mediator.Send(new ListMatchReviews(status, limit ?? 50, cursor), http.RequestAborted)
        );
    }

    private static async Task<IResult> DecideMatchReview(Guid reviewId, HttpContext http, IMediator mediator)
    {
        var (document, problem) = await JsonBody.ReadAsync(http.Request);
        if (problem is not null)
        {
            return problem;
        }
        using (document)
        {
            var (decision, comment, errors) = ReadDecision(document!.RootElement);
            if (errors.Count > 0)
            {
                return TypedResults.ValidationProblem(errors, title: "Invalid decision");
            }
            var caller = Caller.From(http.User)!;
            var result = await mediator.Send(
                new DecideMatchReview(reviewId, decision!, comment, caller.Actor),
                http.RequestAborted
            );
            return result.Outcome switch
            {
                DecideMatchReviewOutcome.NotFound => TypedResults.Problem(
                    statusCode: StatusCodes.Status404NotFound,
                    title: "Match review not found"
                ),
                DecideMatchReviewOutcome.AlreadyDecided => TypedResults.Problem(
                    statusCode: StatusCodes.Status409Conflict,
                    title: "Match review already decided",
                    detail: $"The review is '{result.Status}'; someone decided it first."
                ),
                _ => TypedResults.Ok(
                    new
                    {
                        id = reviewId,
                        status = result.Status,
                        goldenIds = result.GoldenIds,
                    }
                ),
            };
        }
    }

    private static (string? Decision, string? Comment, Dictionary<string, string[]> Errors) ReadDecision(
        JsonElement body
    )
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (body.ValueKind != JsonValueKind.Object)
        {
            errors[""] = ["The body must be a JSON object."];
            return (null, null, errors);
        }
        string? decision = null;
        string? comment = null;
        foreach (var property in body.EnumerateObject())
        {
            switch (property.Name)
            {
                case "decision" when property.Value.ValueKind == JsonValueKind.String:
                    decision = property.Value.GetString();
                    break;
                case "comment" when property.Value.ValueKind is JsonValueKind.String or JsonValueKind.Null:
                    comment = property.Value.GetString();
                    break;
                case "decision" or "comment":
                    errors[property.Name] = ["Must be a string."];
                    break;
                default:
                    errors[property.Name] = ["Unknown field."];
                    break;
            }
        }
        if (decision is not (MatchDecisions.Merge or MatchDecisions.NotAMatch) && !errors.ContainsKey("decision"))
        {
            errors["decision"] = ["Must be 'merge' or 'not-a-match'."];
        }
        if (comment is { Length: > 2000 })
        {
            errors["comment"] = ["At most 2000 characters."];
        }
        return (decision, comment, errors);
    }
}
