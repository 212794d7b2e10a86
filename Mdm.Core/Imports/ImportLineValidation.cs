using System.Text.Json;
using Mdm.Core.SourceRecords;

namespace Mdm.Core.Imports;

/// <summary>The checks every import line passes before ingest: the API's validator, a source id, the import's system.</summary>
internal static class ImportLineValidation
{
    public static ImportFileLine Check(
        (long Line, JsonDocument? Json, string? Problem) raw,
        string sourceSystem,
        SourceRecordValidator validator
    )
    {
        if (raw.Json is not { } json)
        {
            return new ImportFileLine(raw.Line, null, null, ImportLineProblem.Unreadable(raw.Problem ?? "Unreadable."));
        }
        var root = json.RootElement;
        // The import names the source system, as a PUT's path does; a line may repeat it but not name another.
        var errors = new Dictionary<string, string[]>(
            validator.Validate(root, identityInPath: true),
            StringComparer.Ordinal
        );
        if (root.ValueKind == JsonValueKind.Object)
        {
            if (!root.TryGetProperty("sourceId", out _))
            {
                errors["sourceId"] = ["Is required."];
            }
            if (
                root.TryGetProperty("sourceSystem", out var system)
                && system.ValueKind == JsonValueKind.String
                && system.GetString() != sourceSystem
            )
            {
                errors["sourceSystem"] = [$"Must be the import's source system '{sourceSystem}' or absent."];
            }
        }
        if (errors.Count > 0)
        {
            var sourceId = SourceIdOf(root);
            json.Dispose();
            return new ImportFileLine(raw.Line, null, null, ImportLineProblem.Invalid(errors), sourceId);
        }
        return new ImportFileLine(raw.Line, json, SourceRecordJson.Read(root, sourceSystem), null);
    }

    private static string? SourceIdOf(JsonElement root) =>
        root.ValueKind == JsonValueKind.Object
        && root.TryGetProperty("sourceId", out var id)
        && id.ValueKind == JsonValueKind.String
        && id.GetString() is { Length: > 0 and <= 128 } text
            ? text
            : null;
}
