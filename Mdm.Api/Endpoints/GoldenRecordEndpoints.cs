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
        group.MapGet("/{goldenId:guid}", GetGoldenRecord);
        group.MapGet("/by-source/{sourceSystem}/{sourceId}", GetGoldenRecordBySource);
        return api;
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
