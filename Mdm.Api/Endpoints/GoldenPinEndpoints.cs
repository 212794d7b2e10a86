using System.Text.Json;
using Mdm.Api.Auth;
using Mdm.Api.Infrastructure;
using Mdm.Core.ApiKeys;
using Mdm.Core.GoldenRecords;
using Mediator;

namespace Mdm.Api.Endpoints;

/// <summary>
/// Steward pins (issue #4): <c>PUT /golden-records/{id}/pins/{attribute}</c> with <c>{value}</c> pins a value that wins
/// every recomputation; <c>DELETE</c> unpins. Attributes: <c>name</c>, <c>birthDate</c>, <c>gender</c>,
/// <c>attributes.&lt;key&gt;</c>.
/// </summary>
public static class GoldenPinEndpoints
{
    private static readonly string[] UnknownField = ["Unknown field."];

    public static RouteGroupBuilder MapGoldenPinEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/golden-records/{goldenId:guid}/pins")
            .WithTags("Golden records")
            .RequireAuthorization(Scopes.ReviewsWrite);
        group.MapPut("/{attribute}", PinValue);
        group.MapDelete("/{attribute}", UnpinValue);
        return api;
    }

    private static async Task<IResult> PinValue(Guid goldenId, string attribute, HttpContext http, IMediator mediator)
    {
        var (document, problem) = await JsonBody.ReadAsync(http.Request);
        if (problem is not null)
        {
            return problem;
        }
        using (document)
        {
            var body = document!.RootElement;
            var unknown =
                body.ValueKind == JsonValueKind.Object
                    ? body.EnumerateObject().Select(p => p.Name).Where(n => n != "value").ToList()
                    : [];
            if (
                body.ValueKind != JsonValueKind.Object
                || !body.TryGetProperty("value", out var value)
                || unknown.Count > 0
            )
            {
                var errors = unknown.ToDictionary(n => n, _ => UnknownField, StringComparer.Ordinal);
                errors.TryAdd("value", ["Required: the value to pin."]);
                return TypedResults.ValidationProblem(errors, title: "Invalid pin");
            }
            return await Send(
                mediator,
                http,
                new PinGoldenValue(goldenId, attribute, value.Clone(), Caller.From(http.User)!.Actor)
            );
        }
    }

    private static Task<IResult> UnpinValue(Guid goldenId, string attribute, HttpContext http, IMediator mediator) =>
        Send(mediator, http, new PinGoldenValue(goldenId, attribute, null, Caller.From(http.User)!.Actor));

    private static async Task<IResult> Send(IMediator mediator, HttpContext http, PinGoldenValue command)
    {
        var result = await mediator.Send(command, http.RequestAborted);
        return result.Outcome switch
        {
            PinOutcome.Invalid => TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { [command.Attribute] = [result.Error!] },
                title: "Invalid pin"
            ),
            PinOutcome.NotFound => TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Golden record not found"
            ),
            PinOutcome.NotPinned => TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "No pin",
                detail: $"'{command.Attribute}' is not pinned on this golden record."
            ),
            PinOutcome.NotActive => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Golden record is not active"
            ),
            _ => TypedResults.Ok(result.Golden),
        };
    }
}
