using Mdm.Core.ApiKeys;
using Mdm.Core.GoldenRecords;
using Mediator;

namespace Mdm.Api.Endpoints;

/// <summary>Contract §7: the ordered change feed.</summary>
public static class ChangeEndpoints
{
    public static RouteGroupBuilder MapChangeEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/changes", ListChanges).WithTags("Changes").RequireAuthorization(Scopes.GoldenRead);
        return api;
    }

    private static async Task<IResult> ListChanges(HttpContext http, IMediator mediator, long? after, int? limit)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (after is < 0)
        {
            errors["after"] = ["Must be a position of 0 or more."];
        }
        if (limit is < 1 or > 1000)
        {
            errors["limit"] = ["Must be between 1 and 1000."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Invalid change-feed query");
        }
        var page = await mediator.Send(new ListChanges(after ?? 0, limit ?? 100), http.RequestAborted);
        return TypedResults.Ok(new { items = page.Items, next = page.Next });
    }
}
