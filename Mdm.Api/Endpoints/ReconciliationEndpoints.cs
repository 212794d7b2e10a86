using Mdm.Api.Auth;
using Mdm.Core.Reconciliation;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mdm.Api.Endpoints;

/// <summary>
/// Contract §8 reconciliation: a full extract of one source system compared with the hub in the background; the run
/// reports counts and paged items. Auth as for imports (the extract is read by the import workers).
/// </summary>
public static class ReconciliationEndpoints
{
    public static RouteGroupBuilder MapReconciliationEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/reconciliation/runs").WithTags("Reconciliation");
        group.MapUpload<ReconciliationAccepted>(PostRun);
        group.MapGet("/", ListRuns).RequireAuthorization(ApiKeyAuthExtensions.ReadSourceRecords);
        group.MapGet("/{runId:guid}", GetRun).RequireAuthorization(ApiKeyAuthExtensions.ReadSourceRecords);
        return api;
    }

    private static Task<IResult> PostRun(HttpContext http, IMediator mediator) =>
        ImportForm.StartAsync(
            http,
            mediator,
            (fields, fileName, file, actor) =>
                new StartReconciliation(fields.SourceSystem!, fileName, file, actor, fields.Format),
            id => TypedResults.Accepted($"/api/v1/reconciliation/runs/{id}", new ReconciliationAccepted(id))
        );

    private static async Task<IResult> GetRun(
        Guid runId,
        HttpContext http,
        IMediator mediator,
        string? outcome,
        int? limit,
        string? after
    )
    {
        if (ReconciliationPaging.Check(outcome, limit, after) is { } invalid)
        {
            return invalid;
        }
        var run = await mediator.Send(new GetReconciliationRun(runId, ItemLimit: 0), http.RequestAborted);
        if (run is null)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Reconciliation run not found",
                detail: $"No reconciliation run {runId}."
            );
        }
        if (ImportProblems.Forbidden(run.SourceSystem, http.User) is { } forbidden)
        {
            return forbidden;
        }
        var page = await mediator.Send(
            new ListReconciliationItems(runId, new ReconciliationItemQuery(outcome, limit ?? 100, after)),
            http.RequestAborted
        );
        return TypedResults.Ok(ForCallers(run) with { Items = page!.Items, ItemsNext = page.Next });
    }

    private static async Task<Results<Ok<ReconciliationList>, ValidationProblem>> ListRuns(
        HttpContext http,
        IMediator mediator,
        int? limit
    )
    {
        if (limit is < 1 or > 200)
        {
            return TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["limit"] = ["Must be between 1 and 200."] },
                title: "Invalid paging"
            );
        }
        var bound = Caller.From(http.User)!.SourceSystem;
        var runs = await mediator.Send(new ListReconciliationRuns(limit ?? 50, bound), http.RequestAborted);
        return TypedResults.Ok(new ReconciliationList(runs.Select(ForCallers).ToList()));
    }

    // As for imports: channel systems learn only that a steward started a run, not who.
    private static ReconciliationView ForCallers(ReconciliationView run) =>
        run.CreatedBy.StartsWith("steward:", StringComparison.Ordinal) ? run with { CreatedBy = "steward" } : run;
}

public sealed record ReconciliationAccepted(Guid RunId);

public sealed record ReconciliationList(IReadOnlyList<ReconciliationView> Items);

internal static class ReconciliationPaging
{
    public static ValidationProblem? Check(string? outcome, int? limit, string? after)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (outcome is not null && !ReconciliationOutcome.All.Contains(outcome))
        {
            errors["outcome"] = [$"Must be one of {string.Join(", ", ReconciliationOutcome.All)}."];
        }
        if (limit is < 1 or > 1000)
        {
            errors["limit"] = ["Must be between 1 and 1000."];
        }
        if (after is not null && !ReconciliationItemQuery.IsCursor(after))
        {
            errors["after"] = ["Must be a cursor returned as 'itemsNext' by an earlier page."];
        }
        return errors.Count > 0 ? TypedResults.ValidationProblem(errors, title: "Invalid paging") : null;
    }
}
