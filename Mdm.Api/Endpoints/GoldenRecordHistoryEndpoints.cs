using System.Globalization;
using System.Text.Json;
using Mdm.Api.Auth;
using Mdm.Api.Infrastructure;
using Mdm.Core.ApiKeys;
using Mdm.Core.GoldenRecords;
using Mediator;

namespace Mdm.Api.Endpoints;

/// <summary>Contract §4: a golden record's history (and its state at a past moment) and the steward's split.</summary>
public static class GoldenRecordHistoryEndpoints
{
    public static RouteGroupBuilder MapGoldenRecordHistoryEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/golden-records").WithTags("Golden records");
        group.MapGet("/{goldenId:guid}/history", GetHistory).RequireAuthorization(Scopes.GoldenRead);
        group.MapPost("/{goldenId:guid}/split", Split).RequireAuthorization(Scopes.ReviewsWrite);
        return api;
    }

    private static async Task<IResult> GetHistory(Guid goldenId, HttpContext http, IMediator mediator, string? asOf)
    {
        if (asOf is null)
        {
            var versions = await mediator.Send(new GetGoldenRecordHistory(goldenId), http.RequestAborted);
            return versions is null ? NotFound() : TypedResults.Ok(new { id = goldenId, versions });
        }
        if (
            !DateTimeOffset.TryParse(
                asOf,
                CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal,
                out var moment
            )
        )
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["asOf"] = ["Must be an ISO 8601 date-time."] },
                title: "Invalid asOf"
            );
        }
        var result = await mediator.Send(new GetGoldenRecordAsOf(goldenId, moment), http.RequestAborted);
        return result switch
        {
            { Exists: false } => NotFound(),
            { Version: null } => TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "No version at that time",
                detail: "The golden record did not exist yet."
            ),
            _ => TypedResults.Ok(result.Version),
        };
    }

    private static async Task<IResult> Split(Guid goldenId, HttpContext http, IMediator mediator)
    {
        var (document, problem) = await JsonBody.ReadAsync(http.Request);
        if (problem is not null)
        {
            return problem;
        }
        using (document)
        {
            var (sources, errors) = ReadSources(document!.RootElement);
            if (errors.Count > 0)
            {
                return TypedResults.ValidationProblem(errors, title: "Invalid split");
            }
            var caller = Caller.From(http.User)!;
            var result = await mediator.Send(
                new SplitGoldenRecord(goldenId, sources, caller.Actor),
                http.RequestAborted
            );
            return result.Outcome switch
            {
                SplitOutcome.NotFound => NotFound(),
                SplitOutcome.NotActive => TypedResults.Problem(
                    statusCode: StatusCodes.Status409Conflict,
                    title: "Golden record is not active",
                    detail: "Only an active golden record can be split; a merged one is split through its survivor."
                ),
                SplitOutcome.NotMembers => TypedResults.ValidationProblem(
                    new Dictionary<string, string[]>
                    {
                        ["sources"] = result
                            .NotMembers.Select(s => $"{s.SourceSystem}/{s.SourceId} is not a live source record of it.")
                            .ToArray(),
                    },
                    title: "Invalid split"
                ),
                SplitOutcome.WouldEmpty => TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { ["sources"] = ["Leave at least one source record behind."] },
                    title: "Invalid split"
                ),
                _ => TypedResults.Ok(new { goldenId, newGoldenId = result.NewGoldenId }),
            };
        }
    }

    private static (List<SourceRef> Sources, Dictionary<string, string[]> Errors) ReadSources(JsonElement body)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var sources = new List<SourceRef>();
        if (
            body.ValueKind != JsonValueKind.Object
            || !body.TryGetProperty("sources", out var list)
            || list.ValueKind != JsonValueKind.Array
            || list.GetArrayLength() == 0
        )
        {
            errors["sources"] = ["Required: a non-empty array of {sourceSystem, sourceId}."];
            return (sources, errors);
        }
        foreach (var property in body.EnumerateObject().Where(p => p.Name != "sources"))
        {
            errors[property.Name] = ["Unknown field."];
        }
        var i = 0;
        foreach (var item in list.EnumerateArray())
        {
            if (
                item.ValueKind == JsonValueKind.Object
                && item.TryGetProperty("sourceSystem", out var system)
                && system.ValueKind == JsonValueKind.String
                && item.TryGetProperty("sourceId", out var id)
                && id.ValueKind == JsonValueKind.String
            )
            {
                sources.Add(new SourceRef(system.GetString()!, id.GetString()!));
            }
            else
            {
                errors[$"sources[{i}]"] = ["Must be an object with string sourceSystem and sourceId."];
            }
            i++;
        }
        return (sources, errors);
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Golden record not found");
}
