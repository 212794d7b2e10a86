using System.Globalization;
using System.Text;
using Mdm.Core.ApiKeys;
using Mdm.Core.GoldenRecords;
using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Api.Endpoints;

/// <summary>Contract §4 crosswalk: JSON pages, or the whole of it as CSV.</summary>
public static class XrefEndpoints
{
    public static RouteGroupBuilder MapXrefEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/xrefs", ListXrefs)
            .WithTags("Golden records")
            .RequireAuthorization(Scopes.GoldenRead)
            .Produces<XrefPageResponse>()
            .Produces(StatusCodes.Status200OK, contentType: "text/csv");
        return api;
    }

    private static async Task<IResult> ListXrefs(
        HttpContext http,
        IMediator mediator,
        IDbContextFactory<MdmDbContext> dbFactory,
        int? limit,
        string? after
    )
    {
        if (
            http
                .Request.GetTypedHeaders()
                .Accept.Any(a => a.MediaType.Equals("text/csv", StringComparison.OrdinalIgnoreCase))
        )
        {
            await WriteCsv(http, dbFactory);
            return TypedResults.Empty;
        }
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (limit is < 1 or > 1000)
        {
            errors["limit"] = ["Must be between 1 and 1000."];
        }
        long afterId = 0;
        if (
            after is not null
            && (!long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out afterId) || afterId < 0)
        )
        {
            errors["after"] = ["Must be a cursor returned as 'next' by an earlier page."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Invalid paging");
        }
        var page = await mediator.Send(new ListXrefs(afterId, limit ?? 100), http.RequestAborted);
        return TypedResults.Ok(
            new XrefPageResponse(page.Items, page.NextAfter?.ToString(CultureInfo.InvariantCulture))
        );
    }

    private static async Task WriteCsv(HttpContext http, IDbContextFactory<MdmDbContext> dbFactory)
    {
        http.Response.ContentType = "text/csv; charset=utf-8";
        await using var writer = new StreamWriter(http.Response.Body, new UTF8Encoding(false), 64 * 1024);
        await writer.WriteAsync("sourceSystem,sourceId,goldenId\n");
        await foreach (var x in ListXrefsHandler.StreamAll(dbFactory, http.RequestAborted))
        {
            // Source systems and ids are restricted to characters that never need CSV quoting.
            await writer.WriteAsync($"{x.SourceSystem},{x.SourceId},{x.GoldenId}\n");
        }
    }
}

public sealed record XrefPageResponse(IReadOnlyList<Xref> Items, string? Next);
