using System.Text.Json;
using Mdm.Core.SourceRecords;
using Mdm.Matching;

namespace Mdm.Evaluation.Datasets;

/// <summary>
/// Loads the project's multi-channel sample (<c>data-samples/sample</c>): source records in the API's contract shape,
/// the true person and the generator's cohort of each in <c>truth.csv</c>.
/// </summary>
internal static class SampleLoader
{
    private const string TruthHeader = "sourceSystem,sourceId,personId,cohort";

    public static LabelledDataset Load()
    {
        var folder = Path.Combine(RepositoryPaths.Root, "data-samples", "sample");
        var entityOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var cohortOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var f in FieldParsing.CsvRows(Path.Combine(folder, "truth.csv"), TruthHeader))
        {
            var key = f[0] + "/" + f[1];
            entityOf.Add(key, f[2]);
            cohortOf.Add(key, f[3]);
        }
        var records = File.ReadLines(Path.Combine(folder, "source-records.jsonl"))
            .Where(line => line.Trim().Length > 0)
            .Select(ToPersonInput)
            .ToList();
        return LabelledDataset.Create("sample", records, entityOf) with { CohortOf = cohortOf };
    }

    /// <summary>The hub's own mapping, so the evaluation reads a source record exactly as ingest does.</summary>
    internal static PersonInput ToPersonInput(string json)
    {
        using var document = JsonDocument.Parse(json);
        return SourceRecordNormalizer.ToPersonInput(SourceRecordJson.Read(document.RootElement));
    }
}
