using System.Text.Json;
using Mdm.Api.Auth;
using Mdm.Api.Infrastructure;
using Mdm.Core.ApiKeys;
using Mdm.Core.SourceRecords;
using Mdm.Core.Webhooks;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mdm.Api.Endpoints;

/// <summary>Contract §7: webhook subscriptions. The signing secret appears only in the create response.</summary>
public static class SubscriptionEndpoints
{
    private const string InvalidTitle = "Invalid subscription request";

    public static RouteGroupBuilder MapSubscriptionEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/subscriptions")
            .WithTags("Subscriptions")
            .RequireAuthorization(Scopes.SubscriptionsManage);
        group
            .MapPost("/", CreateSubscription)
            .Accepts<CreateSubscriptionRequest>("application/json")
            .Produces<CreateSubscriptionResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
        group.MapGet("/", ListSubscriptions);
        group.MapGet("/{id:guid}", GetSubscription).ProducesProblem(StatusCodes.Status404NotFound);
        group
            .MapPatch("/{id:guid}", UpdateSubscription)
            .Accepts<UpdateSubscriptionRequest>("application/json")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapDelete("/{id:guid}", DeleteSubscription).ProducesProblem(StatusCodes.Status404NotFound);
        return api;
    }

    private static async Task<IResult> CreateSubscription(HttpContext http, IMediator mediator)
    {
        var (request, problem) = await ReadAsync<CreateSubscriptionRequest>(http, r => r.Validate());
        if (problem is not null)
        {
            return problem;
        }
        var created = await mediator.Send(
            new CreateSubscription(
                request!.Url!,
                request.EventTypes!,
                request.Description,
                Caller.From(http.User)!.Actor
            ),
            http.RequestAborted
        );
        if (created.Subscription is not { } s)
        {
            return TypedResults.ValidationProblem(created.Errors, title: InvalidTitle);
        }
        var response = new CreateSubscriptionResponse(
            s.Id,
            created.Secret!,
            s.Url,
            s.EventTypes,
            s.Description,
            s.Status,
            s.CreatedAt
        );
        return TypedResults.Created($"/api/v1/subscriptions/{s.Id}", response);
    }

    private static async Task<IResult> UpdateSubscription(Guid id, HttpContext http, IMediator mediator)
    {
        var (request, problem) = await ReadAsync<UpdateSubscriptionRequest>(http, r => r.Validate());
        if (problem is not null)
        {
            return problem;
        }
        var updated = await mediator.Send(
            new UpdateSubscription(
                id,
                request!.Url,
                request.EventTypes,
                request.Description,
                request.Status,
                Caller.From(http.User)!.Actor
            ),
            http.RequestAborted
        );
        if (updated.Errors.Count > 0)
        {
            return TypedResults.ValidationProblem(updated.Errors, title: InvalidTitle);
        }
        return updated.Subscription is { } s
            ? TypedResults.Ok(
                new
                {
                    s.Id,
                    s.Url,
                    s.EventTypes,
                    s.Description,
                    s.Status,
                    s.CreatedAt,
                    s.DisabledAt,
                    catchingUp = updated.CatchingUp,
                }
            )
            : NotFound();
    }

    private static async Task<IResult> ListSubscriptions(HttpContext http, IMediator mediator) =>
        TypedResults.Ok(await mediator.Send(new ListSubscriptions(), http.RequestAborted));

    private static async Task<IResult> GetSubscription(Guid id, HttpContext http, IMediator mediator) =>
        await mediator.Send(new GetSubscription(id), http.RequestAborted) is { } subscription
            ? TypedResults.Ok(subscription)
            : NotFound();

    private static async Task<IResult> DeleteSubscription(Guid id, HttpContext http, IMediator mediator) =>
        await mediator.Send(new DeleteSubscription(id, Caller.From(http.User)!.Actor), http.RequestAborted)
            ? TypedResults.NoContent()
            : NotFound();

    /// <summary>Reads a JSON body into <typeparamref name="T"/>; a problem when it is not one or fails <paramref name="validate"/>.</summary>
    private static async Task<(T? Request, IResult? Problem)> ReadAsync<T>(
        HttpContext http,
        Func<T, Dictionary<string, string[]>> validate
    )
        where T : class
    {
        var (document, problem) = await JsonBody.ReadAsync(http.Request);
        if (problem is not null)
        {
            return (null, problem);
        }
        using (document)
        {
            T? request;
            try
            {
                request = document!.RootElement.Deserialize<T>(SourceRecordJson.Options);
            }
            catch (JsonException e)
            {
                return (
                    null,
                    TypedResults.ValidationProblem(
                        new Dictionary<string, string[]> { [e.Path ?? "$"] = ["Unknown field or wrong type."] },
                        title: InvalidTitle
                    )
                );
            }
            var errors = request is null
                ? new Dictionary<string, string[]> { ["$"] = ["Must be an object."] }
                : validate(request);
            return errors.Count > 0
                ? (null, TypedResults.ValidationProblem(errors, title: InvalidTitle))
                : (request, null);
        }
    }

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Subscription not found");
}
