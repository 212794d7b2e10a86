using System.Globalization;
using Mdm.Core.ApiKeys;
using Mdm.Core.GoldenRecords;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mdm.Api.Endpoints;

/// <summary>Contract §4: reading golden records.</summary>
public static class GoldenRecordEndpoints
{
    public static RouteGroupBuilder MapGoldenRecordEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/golden-records").WithTags("Golden records").RequireAuthorization(Scopes.GoldenRead);
        group.MapGet("/", SearchGoldenRecords);
        group.MapGet("/{goldenId:guid}", GetGoldenRecord);
        group.MapGet("/by-source/{sourceSystem}/{sourceId}", GetGoldenRecordBySource);
        return api;
    }

    private static async Task<IResult> SearchGoldenRecords(
        HttpContext http,
        IMediator mediator,
        string? q,
        int? limit,
        string? after
    )
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(q) || q.Length > 200)
        {
            errors["q"] = ["Required: a name, email or phone (at most 200 characters)."];
        }
        if (limit is < 1 or > 100)
        {
            errors["limit"] = ["Must be between 1 and 100."];
        }
        var offset = 0;
        if (
            after is not null
            && (!int.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out offset) || offset > 500)
        )
        {
            errors["after"] = ["Must be a cursor returned as 'next' by an earlier page."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Invalid search");
        }
        var page = await mediator.Send(new SearchGoldenRecords(q!, limit ?? 20, offset), http.RequestAborted);
        return TypedResults.Ok(new { items = page.Items, next = page.Next?.ToString(CultureInfo.InvariantCulture) });
    }

    private static async Task<IResult> GetGoldenRecord(Guid goldenId, HttpContext http, IMediator mediator)
    {
        var golden = await mediator.Send(new GetGoldenRecord(goldenId), http.RequestAborted);
        return golden is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Golden record not found")
            : WithETag(http, golden);
    }

    private static async Task<IResult> GetGoldenRecordBySource(
        string sourceSystem,
        string sourceId,
        HttpContext http,
        IMediator mediator
    )
    {
        var golden = await mediator.Send(new GetGoldenRecordBySource(sourceSystem, sourceId), http.RequestAborted);
        return golden is null
            ? TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "Golden record not found",
                detail: $"No live source record {sourceSystem}/{sourceId}."
            )
            : WithETag(http, golden);
    }

    /// <summary>The ETag is the golden version; a matching If-None-Match gets 304.</summary>
    private static IResult WithETag(HttpContext http, GoldenRecordView golden)
    {
        var etag = $"\"{golden.Id:N}-{golden.Version.ToString(CultureInfo.InvariantCulture)}\"";
        http.Response.Headers.ETag = etag;
        return http.Request.Headers.IfNoneMatch.Contains(etag)
            ? TypedResults.StatusCode(StatusCodes.Status304NotModified)
            : TypedResults.Ok(golden);
    }
}
