using System.Text.Json;
using Mdm.Core.SourceRecords;

namespace Mdm.Core.Imports;

/// <summary>
/// Why a line of an import was not ingested, shaped like the API's validation problem details: the fields and the
/// rules they break, never the values.
/// </summary>
public sealed record ImportLineProblem(string Title, IReadOnlyDictionary<string, string[]> Errors)
{
    public static ImportLineProblem Unreadable(string detail) => new("Unreadable line", Field("$", detail));

    public static ImportLineProblem Invalid(IReadOnlyDictionary<string, string[]> errors) =>
        new("Invalid source record", errors);

    public static ImportLineProblem UnknownSourceSystem(string sourceSystem) =>
        new("Unknown source system", Field("sourceSystem", $"Unknown source system '{sourceSystem}'."));

    private static Dictionary<string, string[]> Field(string field, string message) =>
        new(StringComparer.Ordinal) { [field] = [message] };
}

/// <summary>One line of an import file: a source record ready to ingest, or the problem that keeps it out.</summary>
/// <param name="Line">Where it starts in the file, from 1.</param>
/// <param name="Json">The canonical JSON, kept verbatim as the source record's payload.</param>
/// <param name="SourceId">The source id a failed line names, when it names one (a reconciliation does not call that
/// source record missing).</param>
public sealed record ImportFileLine(
    long Line,
    JsonDocument? Json,
    SourceRecordPayload? Payload,
    ImportLineProblem? Problem,
    string? SourceId = null
) : IDisposable
{
    public void Dispose() => Json?.Dispose();
}
