using System.Globalization;
using Mdm.DataSamples;
using static System.FormattableString;

const string Usage = """
    Generates synthetic customer source records with ground truth.

    Usage: dotnet run --project data-samples/Mdm.DataSamples -- [--people N] [--seed S] [--out DIR]
      --people N   true persons to generate (default 1500)
      --seed S     random seed; the same seed gives byte-identical files (default 42)
      --out DIR    output folder for source-records.jsonl and truth.csv (default data-samples/sample)

    Load a sample through the API: dotnet run --project data-samples/Mdm.DataSamples -- load API_URL API_KEY FILE
    """;

if (args is ["load", var apiUrl, var apiKey, var file])
{
    return await SampleLoader.RunAsync(apiUrl, apiKey, file);
}

var people = 1500;
var seed = 42;
var output = Path.Combine("data-samples", "sample");
for (var i = 0; i < args.Length; i += 2)
{
    var value = i + 1 < args.Length ? args[i + 1] : null;
    switch (args[i])
    {
        case "--people" when TryParseCount(value, out people) && people > 0:
            break;
        case "--seed" when TryParseCount(value, out seed):
            break;
        case "--out" when !string.IsNullOrWhiteSpace(value):
            output = value;
            break;
        case "-h" or "--help":
            Console.WriteLine(Usage);
            return 0;
        default:
            Console.Error.WriteLine(Usage);
            return 2;
    }
}

var records = SampleGenerator.Generate(people, seed);
SampleWriter.Write(output, records);

Console.WriteLine(Invariant($"{records.Count} records for {people} people in {Path.GetFullPath(output)}"));
var perSystem = records.CountBy(r => r.Record.SourceSystem).OrderBy(c => c.Key, StringComparer.Ordinal);
foreach (var (system, count) in perSystem)
{
    Console.WriteLine(Invariant($"  {system, -10} {count, 5}"));
}
return 0;

static bool TryParseCount(string? text, out int value) =>
    int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
