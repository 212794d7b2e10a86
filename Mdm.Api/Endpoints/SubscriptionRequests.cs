namespace Mdm.Api.Endpoints;

/// <summary>The body of <c>POST /subscriptions</c>; an empty <see cref="EventTypes"/> means every type.</summary>
public sealed record CreateSubscriptionRequest(string? Url, IReadOnlyList<string>? EventTypes, string? Description)
{
    /// <summary>The shape only; the URL policy and the event types are checked by the use case.</summary>
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(Url))
        {
            errors["url"] = ["Is required."];
        }
        if (EventTypes is null)
        {
            errors["eventTypes"] = ["Is required; an empty list subscribes to every event type."];
        }
        if (Description is { Length: > 500 })
        {
            errors["description"] = ["At most 500 characters."];
        }
        return errors;
    }
}

/// <summary>The body of <c>PATCH /subscriptions/{id}</c>: the fields to change; absent ones stay.</summary>
public sealed record UpdateSubscriptionRequest(
    string? Url,
    IReadOnlyList<string>? EventTypes,
    string? Description,
    string? Status
)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (Url is not null && string.IsNullOrWhiteSpace(Url))
        {
            errors["url"] = ["Must not be empty."];
        }
        if (Description is { Length: > 500 })
        {
            errors["description"] = ["At most 500 characters."];
        }
        if (Url is null && EventTypes is null && Description is null && Status is null)
        {
            errors["$"] = ["Give at least one of 'url', 'eventTypes', 'description' and 'status'."];
        }
        return errors;
    }
}

/// <summary>The only response that carries the subscription's signing secret.</summary>
public sealed record CreateSubscriptionResponse(
    Guid Id,
    string Secret,
    string Url,
    IReadOnlyList<string> EventTypes,
    string? Description,
    string Status,
    DateTimeOffset CreatedAt
);

/// <summary>The body of <c>POST /subscriptions/{id}/replay</c>: exactly one of the two selections.</summary>
public sealed record ReplayDeliveriesRequest(DateTimeOffset? Since, IReadOnlyList<long>? DeliveryIds)
{
    public const int MaxDeliveryIds = 1000;

    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if ((Since is null) == (DeliveryIds is null))
        {
            errors["$"] = ["Give exactly one of 'since' and 'deliveryIds'."];
        }
        else if (DeliveryIds is { Count: 0 or > MaxDeliveryIds })
        {
            errors["deliveryIds"] = [$"Between 1 and {MaxDeliveryIds} delivery ids."];
        }
        return errors;
    }
}
