using System.Text.Json;
using Mdm.Api.Auth;
using Mdm.Api.Infrastructure;
using Mdm.Core.ApiKeys;
using Mdm.Core.SourceRecords;
using Mediator;

namespace Mdm.Api.Endpoints;

/// <summary>Contract §2: admins create and revoke API keys.</summary>
public static class ApiKeyEndpoints
{
    public static RouteGroupBuilder MapApiKeyEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/api-keys").WithTags("API keys").RequireAuthorization(Scopes.Admin);
        group
            .MapPost("/", CreateApiKey)
            .Accepts<CreateApiKeyRequest>("application/json")
            .Produces<CreateApiKeyResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem();
        group.MapDelete("/{id:guid}", RevokeApiKey);
        return api;
    }

    private static async Task<IResult> CreateApiKey(HttpContext http, IMediator mediator)
    {
        var (document, problem) = await JsonBody.ReadAsync(http.Request);
        if (problem is not null)
        {
            return problem;
        }
        using (document)
        {
            CreateApiKeyRequest? request;
            try
            {
                request = document!.RootElement.Deserialize<CreateApiKeyRequest>(SourceRecordJson.Options);
            }
            catch (JsonException e)
            {
                return TypedResults.ValidationProblem(
                    new Dictionary<string, string[]> { [e.Path ?? "$"] = ["Unknown field or wrong type."] },
                    title: "Invalid API key request"
                );
            }
            var errors = request?.Validate() ?? new Dictionary<string, string[]> { ["$"] = ["Must be an object."] };
            if (errors.Count > 0)
            {
                return TypedResults.ValidationProblem(errors, title: "Invalid API key request");
            }
            var caller = Caller.From(http.User)!;
            var created = await mediator.Send(
                new CreateApiKey(
                    request!.Name!,
                    request.SourceSystem,
                    request.Scopes!,
                    request.RequestsPerMinute,
                    caller.Actor
                ),
                http.RequestAborted
            );
            if (created.UnknownSourceSystem)
            {
                return SourceRecordProblems.UnknownSourceSystem(request.SourceSystem!);
            }
            var response = new CreateApiKeyResponse(
                created.Id,
                created.Key!,
                request.Name!,
                request.SourceSystem,
                request.Scopes!
            );
            return TypedResults.Created($"/api/v1/api-keys/{created.Id}", response);
        }
    }

    private static async Task<IResult> RevokeApiKey(Guid id, HttpContext http, IMediator mediator)
    {
        var revoked = await mediator.Send(new RevokeApiKey(id, Caller.From(http.User)!.Actor), http.RequestAborted);
        return revoked
            ? TypedResults.NoContent()
            : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "API key not found");
    }
}

public sealed record CreateApiKeyRequest(
    string? Name,
    string? SourceSystem,
    IReadOnlyList<string>? Scopes,
    int? RequestsPerMinute
)
{
    public Dictionary<string, string[]> Validate()
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(Name) || Name.Length > 100)
        {
            errors["name"] = ["Is required, at most 100 characters."];
        }
        if (Scopes is not { Count: > 0 })
        {
            errors["scopes"] = ["At least one scope is required."];
        }
        else if (Scopes.FirstOrDefault(s => !Core.ApiKeys.Scopes.All.Contains(s)) is { } unknown)
        {
            errors["scopes"] = [$"Unknown scope '{unknown}'. Known: {string.Join(", ", Core.ApiKeys.Scopes.All)}."];
        }
        if (RequestsPerMinute is < 1 or > 1_000_000)
        {
            errors["requestsPerMinute"] = ["Must be between 1 and 1000000."];
        }
        return errors;
    }
}

public sealed record CreateApiKeyResponse(
    Guid Id,
    string Key,
    string Name,
    string? SourceSystem,
    IReadOnlyList<string> Scopes
);
