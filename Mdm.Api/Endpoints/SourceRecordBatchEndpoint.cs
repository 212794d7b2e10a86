using System.Text.Json;
using Mdm.Api.Auth;
using Mdm.Api.Infrastructure;
using Mdm.Core.ApiKeys;
using Mdm.Core.SourceRecords;
using Mediator;

namespace Mdm.Api.Endpoints;

/// <summary>Contract §3 batch: up to 1,000 source records; each item succeeds or fails alone, in input order.</summary>
internal static class SourceRecordBatchEndpoint
{
    public const int MaxRecords = 1_000;

    public static void MapBatchEndpoint(this RouteGroupBuilder group) =>
        group
            .MapPost("/batch", PostBatch)
            .RequireAuthorization(Scopes.RecordsWrite)
            .WithMetadata(new BodySizeLimit(16 * 1024 * 1024))
            .Accepts<BatchRequest>("application/json")
            .Produces<BatchResponse>()
            .ProducesValidationProblem();

    private static async Task<IResult> PostBatch(HttpContext http, SourceRecordValidator validator, IMediator mediator)
    {
        var (document, problem) = await JsonBody.ReadAsync(http.Request);
        if (problem is not null)
        {
            return problem;
        }
        using (document)
        {
            var root = document!.RootElement;
            var shapeErrors = ValidateShape(root);
            if (shapeErrors.Count > 0)
            {
                return TypedResults.ValidationProblem(shapeErrors, title: "Invalid batch");
            }
            var caller = Caller.From(http.User)!;
            var results = new List<object>();
            var index = 0;
            foreach (var item in root.GetProperty("records").EnumerateArray())
            {
                results.Add(await IngestItem(item, index++, caller, validator, mediator, http.RequestAborted));
            }
            return TypedResults.Ok(new BatchResponse(results));
        }
    }

    private static async Task<object> IngestItem(
        JsonElement item,
        int index,
        Caller caller,
        SourceRecordValidator validator,
        IMediator mediator,
        CancellationToken ct
    )
    {
        var errors = validator.Validate(item);
        if (errors.Count > 0)
        {
            return BatchItemProblem.Invalid(index, item, errors);
        }
        var payload = SourceRecordJson.Read(item);
        if (caller.MayNotWrite(payload.SourceSystem))
        {
            return BatchItemProblem.Forbidden(index, payload, caller.SourceSystem!);
        }
        var result = await mediator.Send(new IngestSourceRecord(item, payload, caller.Actor), ct);
        return result.Outcome == IngestOutcome.UnknownSourceSystem
            ? BatchItemProblem.Invalid(
                index,
                item,
                new Dictionary<string, string[]>
                {
                    ["sourceSystem"] = [$"Unknown source system '{payload.SourceSystem}'."],
                }
            )
            : result;
    }

    private static Dictionary<string, string[]> ValidateShape(JsonElement root)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (root.ValueKind != JsonValueKind.Object)
        {
            errors["$"] = ["Must be an object {\"records\": [...]}."];
            return errors;
        }
        foreach (var unknown in root.EnumerateObject().Where(p => p.Name != "records"))
        {
            errors[unknown.Name] = ["Unknown field."];
        }
        if (!root.TryGetProperty("records", out var records) || records.ValueKind != JsonValueKind.Array)
        {
            errors["records"] = ["Is required and must be an array."];
        }
        else if (records.GetArrayLength() > MaxRecords)
        {
            errors["records"] = [$"At most {MaxRecords} records per batch."];
        }
        else if (records.GetArrayLength() == 0)
        {
            errors["records"] = ["Must hold at least one record."];
        }
        return errors;
    }
}

/// <summary>The documented request shape (the endpoint reads the body itself to report every bad field).</summary>
public sealed record BatchRequest(IReadOnlyList<SourceRecordPayload> Records);

/// <summary>One entry per input record, in input order: an <see cref="IngestResult"/> or a <see cref="BatchItemProblem"/>.</summary>
public sealed record BatchResponse(IReadOnlyList<object> Results);

/// <summary>A problem (RFC 9457 members) for one batch item.</summary>
public sealed record BatchItemProblem(
    int Index,
    string? SourceSystem,
    string? SourceId,
    int Status,
    string Title,
    string? Detail,
    IReadOnlyDictionary<string, string[]>? Errors
)
{
    public string Type =>
        Status == StatusCodes.Status403Forbidden
            ? "https://tools.ietf.org/html/rfc9110#section-15.5.4"
            : "https://tools.ietf.org/html/rfc9110#section-15.5.1";

    public static BatchItemProblem Invalid(int index, JsonElement item, IReadOnlyDictionary<string, string[]> errors) =>
        new(
            index,
            StringOrNull(item, "sourceSystem"),
            StringOrNull(item, "sourceId"),
            StatusCodes.Status400BadRequest,
            "Invalid source record",
            null,
            errors
        );

    public static BatchItemProblem Forbidden(int index, SourceRecordPayload payload, string allowed) =>
        new(
            index,
            payload.SourceSystem,
            payload.SourceId,
            StatusCodes.Status403Forbidden,
            "Wrong source system",
            $"This API key may write only '{allowed}' records.",
            null
        );

    private static string? StringOrNull(JsonElement item, string name) =>
        item.ValueKind == JsonValueKind.Object
        && item.TryGetProperty(name, out var v)
        && v.ValueKind == JsonValueKind.String
            ? v.GetString()
            : null;
}
