using Mdm.Api.Auth;
using Mdm.Api.Infrastructure;
using Mdm.Core;
using Mdm.Core.ApiKeys;
using Mdm.Core.Imports;
using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Mdm.Api.Endpoints;

/// <summary>The fields of a <c>POST /imports</c> form that come before the file, and the file itself.</summary>
internal sealed record ImportFormFields(string? SourceSystem, string? Format);

/// <summary>
/// Reads the multipart body of <c>POST /imports</c> as it arrives: the <c>file</c> part is handed on as a stream when
/// <c>sourceSystem</c> came before it, so nothing holds the whole file. A file sent first is spooled to a temporary
/// file (memory stays flat) until the fields after it are read.
/// </summary>
internal static class ImportForm
{
    private const int MaxFieldLength = 1024;

    // Room for the multipart framing and the small fields around the file.
    private const long FormOverhead = 64 * 1024;

    /// <summary>
    /// <c>POST /</c> of <paramref name="group"/> taking such a form: scope <c>records:write</c>, a body limit following
    /// <c>Imports__MaxFileBytes</c>, 202 with <typeparamref name="TAccepted"/>.
    /// </summary>
    public static RouteHandlerBuilder MapUpload<TAccepted>(this RouteGroupBuilder group, Delegate handler)
    {
        var options = ((IEndpointRouteBuilder)group).ServiceProvider.GetRequiredService<IOptions<ImportOptions>>();
        return group
            .MapPost("/", handler)
            .RequireAuthorization(Scopes.RecordsWrite)
            .WithMetadata(new BodySizeLimit(options.Value.MaxFileBytes + FormOverhead))
            .Accepts<IFormFile>("multipart/form-data")
            .Produces<TAccepted>(StatusCodes.Status202Accepted)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
    }

    /// <summary>
    /// Reads the form and sends the command <paramref name="command"/> makes of it (an import, or a reconciliation run
    /// reading its extract as one): 202 with <paramref name="accepted"/>, 403 for another system's key, or a problem.
    /// </summary>
    public static Task<IResult> StartAsync(
        HttpContext http,
        IMediator mediator,
        Func<ImportFormFields, string, Stream, Actor, ICommand<StartImportResult>> command,
        Func<Guid, IResult> accepted
    ) =>
        ReadAsync(
            http.Request,
            async (fields, fileName, file) =>
            {
                var caller = Caller.From(http.User)!;
                var system = fields.SourceSystem!;
                if (caller.MayNotWrite(system))
                {
                    return SourceRecordProblems.WrongSourceSystem(caller, system);
                }
                var started = await mediator.Send(command(fields, fileName, file, caller.Actor), http.RequestAborted);
                return started.ImportId is { } id ? accepted(id) : ImportProblems.NotStarted(started.Outcome, system);
            }
        );

    /// <summary>Reads the form and answers with <paramref name="start"/>'s result, or a problem for a malformed form.</summary>
    public static async Task<IResult> ReadAsync(
        HttpRequest request,
        Func<ImportFormFields, string, Stream, Task<IResult>> start
    )
    {
        var boundary = Boundary(request);
        if (boundary is null)
        {
            return Results.Problem(
                statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type",
                detail: "Send the file as multipart/form-data with the parts 'sourceSystem' and 'file'."
            );
        }
        var ct = request.HttpContext.RequestAborted;
        var reader = new MultipartReader(boundary, request.Body);
        var fields = new ImportFormFields(null, null);
        FileBufferingReadStream? spooled = null;
        string? fileName = null;
        try
        {
            while (await reader.ReadNextSectionAsync(ct) is { } section)
            {
                var disposition = section.GetContentDispositionHeader();
                var name = disposition?.Name.Value;
                if (disposition is not null && disposition.IsFileDisposition() && name == "file" && fileName is null)
                {
                    fileName = disposition.FileNameStar.Value ?? disposition.FileName.Value ?? "";
                    if (fields.SourceSystem is not null)
                    {
                        return await start(fields, fileName, section.Body);
                    }
                    spooled = new FileBufferingReadStream(section.Body, 64 * 1024, null, Path.GetTempPath());
                    await spooled.DrainAsync(ct);
                    spooled.Position = 0;
                }
                else if (name is "sourceSystem" or "format")
                {
                    var value = await ReadFieldAsync(section.Body, ct);
                    fields = name == "format" ? fields with { Format = value } : fields with { SourceSystem = value };
                }
            }
            return spooled is not null && fields.SourceSystem is not null
                ? await start(fields, fileName!, spooled)
                : Missing(fields, fileName);
        }
        finally
        {
            if (spooled is not null)
            {
                await spooled.DisposeAsync();
            }
        }
    }

    /// <summary>A short text field (the rest of an over-long one is skipped by the reader); null when empty.</summary>
    private static async Task<string?> ReadFieldAsync(Stream body, CancellationToken ct)
    {
        var buffer = new char[MaxFieldLength];
        var read = await new StreamReader(body).ReadBlockAsync(buffer, ct);
        var value = new string(buffer, 0, read).Trim();
        return value.Length == 0 ? null : value;
    }

    private static ValidationProblem Missing(ImportFormFields fields, string? fileName)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (fields.SourceSystem is null)
        {
            errors["sourceSystem"] = ["Is required: the source system the file comes from."];
        }
        if (fileName is null)
        {
            errors["file"] = ["Is required: a CSV or JSON-lines file."];
        }
        return TypedResults.ValidationProblem(errors, title: "Invalid import");
    }

    private static string? Boundary(HttpRequest request) =>
        MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
        && type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
        && HeaderUtilities.RemoveQuotes(type.Boundary).Value is { Length: > 0 } boundary
            ? boundary
            : null;
}
