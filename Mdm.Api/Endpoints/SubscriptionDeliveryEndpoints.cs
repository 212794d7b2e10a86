using System.Text.Json;
using Mdm.Api.Auth;
using Mdm.Api.Infrastructure;
using Mdm.Core.ApiKeys;
using Mdm.Core.Persistence;
using Mdm.Core.SourceRecords;
using Mdm.Core.Webhooks;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mdm.Api.Endpoints;

/// <summary>Contract §7: a subscription's deliveries, and sending them again.</summary>
public static class SubscriptionDeliveryEndpoints
{
    private static readonly string[] Statuses =
    [
        WebhookDeliveryStatus.Pending,
        WebhookDeliveryStatus.Delivered,
        WebhookDeliveryStatus.Dead,
        WebhookDeliveryStatus.Cancelled,
    ];

    public static RouteGroupBuilder MapSubscriptionDeliveryEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/subscriptions/{id:guid}")
            .WithTags("Subscriptions")
            .RequireAuthorization(Scopes.SubscriptionsManage);
        group
            .MapGet("/deliveries", ListDeliveries)
            .Produces<WebhookDeliveryPage>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group
            .MapPost("/replay", Replay)
            .Accepts<ReplayDeliveriesRequest>("application/json")
            .Produces(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        return api;
    }

    private static async Task<IResult> ListDeliveries(
        Guid id,
        HttpContext http,
        IMediator mediator,
        string? status,
        int? limit,
        long? after
    )
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (status is not null && !Statuses.Contains(status, StringComparer.Ordinal))
        {
            errors["status"] = [$"One of {string.Join(", ", Statuses)}."];
        }
        if (limit is < 1 or > 1000)
        {
            errors["limit"] = ["Must be between 1 and 1000."];
        }
        if (after is < 1)
        {
            errors["after"] = ["Must be a delivery id."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Invalid delivery query");
        }
        var query = new ListWebhookDeliveries(id, status, limit ?? 100, after);
        return await mediator.Send(query, http.RequestAborted) is { } page
            ? TypedResults.Ok(new { items = page.Items, next = page.Next })
            : NotFound();
    }

    private static async Task<IResult> Replay(Guid id, HttpContext http, IMediator mediator)
    {
        var (document, problem) = await JsonBody.ReadAsync(http.Request);
        if (problem is not null)
        {
            return problem;
        }
        ReplayDeliveriesRequest? request;
        using (document)
        {
            try
            {
                request = document!.RootElement.Deserialize<ReplayDeliveriesRequest>(SourceRecordJson.Options);
            }
            catch (JsonException e)
            {
                return Invalid(e.Path ?? "$", "Unknown field or wrong type.");
            }
        }
        var errors = request?.Validate() ?? new Dictionary<string, string[]> { ["$"] = ["Must be an object."] };
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Invalid replay request");
        }
        var command = new ReplayWebhookDeliveries(
            id,
            request!.Since,
            request.DeliveryIds,
            Caller.From(http.User)!.Actor
        );
        var outcome = await mediator.Send(command, http.RequestAborted);
        return outcome.Result switch
        {
            ReplayResult.Replayed => TypedResults.Json(
                new { replayed = outcome.Replayed },
                statusCode: StatusCodes.Status202Accepted
            ),
            ReplayResult.SubscriptionNotFound => NotFound(),
            ReplayResult.SubscriptionInactive => TypedResults.Problem(
                statusCode: StatusCodes.Status409Conflict,
                title: "Subscription not active",
                detail: "A disabled or deleted subscription sends nothing; create a new one."
            ),
            _ => Invalid(
                "deliveryIds",
                $"Not deliveries of this subscription: {string.Join(", ", outcome.ForeignIds!)}."
            ),
        };
    }

    private static ValidationProblem Invalid(string field, string message) =>
        TypedResults.ValidationProblem(
            new Dictionary<string, string[]> { [field] = [message] },
            title: "Invalid replay request"
        );

    private static ProblemHttpResult NotFound() =>
        TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Subscription not found");
}
