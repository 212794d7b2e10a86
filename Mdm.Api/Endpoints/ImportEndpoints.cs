using System.Globalization;
using Mdm.Api.Auth;
using Mdm.Core.Imports;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Mdm.Api.Endpoints;

/// <summary>Contract §3 imports: a file of source records ingested in the background, with progress and per-line errors.</summary>
public static class ImportEndpoints
{
    public static RouteGroupBuilder MapImportEndpoints(this RouteGroupBuilder api)
    {
        var group = api.MapGroup("/imports").WithTags("Imports");
        group.MapUpload<ImportAccepted>(PostImport);
        group.MapGet("/", ListImports).RequireAuthorization(ApiKeyAuthExtensions.ReadSourceRecords);
        group.MapGet("/{importId:guid}", GetImport).RequireAuthorization(ApiKeyAuthExtensions.ReadSourceRecords);
        group
            .MapGet("/{importId:guid}/errors", ListImportErrors)
            .RequireAuthorization(ApiKeyAuthExtensions.ReadSourceRecords);
        return api;
    }

    private static Task<IResult> PostImport(HttpContext http, IMediator mediator) =>
        ImportForm.StartAsync(
            http,
            mediator,
            (fields, fileName, file, actor) =>
                new StartImport(fields.SourceSystem!, fileName, file, actor, fields.Format),
            id => TypedResults.Accepted($"/api/v1/imports/{id}", new ImportAccepted(id))
        );

    private static async Task<IResult> GetImport(Guid importId, HttpContext http, IMediator mediator)
    {
        var import = await mediator.Send(new GetImport(importId), http.RequestAborted);
        return ImportProblems.Unreadable(import, importId, http.User) ?? TypedResults.Ok(ForCallers(import!));
    }

    private static async Task<IResult> ListImportErrors(
        Guid importId,
        HttpContext http,
        IMediator mediator,
        int? limit,
        string? after
    )
    {
        var import = await mediator.Send(new GetImport(importId, ErrorLimit: 0), http.RequestAborted);
        if (ImportProblems.Unreadable(import, importId, http.User) is { } problem)
        {
            return problem;
        }
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (limit is < 1 or > 1000)
        {
            errors["limit"] = ["Must be between 1 and 1000."];
        }
        long afterLine = 0;
        if (after is not null && !long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out afterLine))
        {
            errors["after"] = ["Must be a cursor returned as 'next' by an earlier page."];
        }
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors, title: "Invalid paging");
        }
        var page = await mediator.Send(new ListImportErrors(importId, limit ?? 100, afterLine), http.RequestAborted);
        return TypedResults.Ok(page);
    }

    // A steward's e-mail is an employee's personal data: channel systems learn only that a steward started it.
    private static ImportView ForCallers(ImportView import) =>
        import.CreatedBy.StartsWith("steward:", StringComparison.Ordinal)
            ? import with
            {
                CreatedBy = "steward",
            }
            : import;

    private static async Task<Results<Ok<ImportList>, ValidationProblem>> ListImports(
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
        var items = await mediator.Send(new ListImports(limit ?? 50, bound), http.RequestAborted);
        return TypedResults.Ok(new ImportList(items.Select(ForCallers).ToList()));
    }
}

public sealed record ImportAccepted(Guid ImportId);

public sealed record ImportList(IReadOnlyList<ImportView> Items);
