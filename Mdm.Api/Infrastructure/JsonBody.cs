using System.Text.Json;
using Mdm.Core.SourceRecords;

namespace Mdm.Api.Infrastructure;

/// <summary>Reads a request body as JSON, answering bad media types and malformed JSON with problem details.</summary>
public static class JsonBody
{
    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    /// <returns>The document, or the problem to answer with.</returns>
    public static async Task<(JsonDocument? Document, IResult? Problem)> ReadAsync(HttpRequest request)
    {
        if (!request.HasJsonContentType())
        {
            return (
                null,
                Results.Problem(
                    statusCode: StatusCodes.Status415UnsupportedMediaType,
                    title: "Unsupported media type",
                    detail: "Send the body as application/json."
                )
            );
        }
        try
        {
            return (await JsonDocument.ParseAsync(request.Body, Options, request.HttpContext.RequestAborted), null);
        }
        catch (JsonException e)
        {
            // The parser's message names the position, never the payload's content.
            return (
                null,
                Results.ValidationProblem(
                    new Dictionary<string, string[]> { ["$"] = [$"Malformed JSON: {e.Message}"] },
                    title: "Malformed JSON"
                )
            );
        }
    }

    /// <summary>Reads a source record's JSON and validates it; the document is only returned when it is valid.</summary>
    public static async Task<(JsonDocument? Document, IResult? Problem)> ReadSourceRecordAsync(
        HttpRequest request,
        SourceRecordValidator validator,
        bool identityInPath
    )
    {
        var (document, problem) = await ReadAsync(request);
        if (problem is not null)
        {
            return (null, problem);
        }
        var errors = validator.Validate(document!.RootElement, identityInPath);
        if (errors.Count == 0)
        {
            return (document, null);
        }
        document.Dispose();
        return (null, TypedResults.ValidationProblem(errors, title: "Invalid source record"));
    }
}
