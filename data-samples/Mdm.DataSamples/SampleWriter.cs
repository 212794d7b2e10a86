using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Mdm.DataSamples.People;

namespace Mdm.DataSamples;

/// <summary>Writes source-records.jsonl (one record per line) and truth.csv (who each record is).</summary>
internal static class SampleWriter
{
    private const string RecordsFile = "source-records.jsonl";
    private const string TruthFile = "truth.csv";

    private static readonly JsonSerializerOptions Json = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        // The file is data, never embedded in HTML: keep '+' in emails and accented names readable
        // instead of \u002B and \u00E9 escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(string directory, IReadOnlyList<GeneratedRecord> records)
    {
        Directory.CreateDirectory(directory);
        using var jsonl = Open(Path.Combine(directory, RecordsFile));
        using var truth = Open(Path.Combine(directory, TruthFile));

        // No value in the truth file can contain a comma or quote, so no CSV quoting is needed.
        truth.Write("sourceSystem,sourceId,personId,cohort\n");
        foreach (var (record, person, _) in records)
        {
            jsonl.Write(JsonSerializer.Serialize(record, Json));
            jsonl.Write('\n');
            truth.Write($"{record.SourceSystem},{record.SourceId},{person.Id},{person.Cohort.Tag()}\n");
        }
    }

    // UTF-8 without a BOM and '\n' line ends, so the same seed gives the same bytes on every OS.
    private static StreamWriter Open(string path) =>
        new(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
}
