using System.Text.Json;
using Mdm.Benchmarks.Workload;
using Mdm.Core.Persistence;
using Mdm.Core.SourceRecords;

namespace Mdm.Benchmarks.MatchLatency;

/// <summary>
/// The rows of a generated population as the ingest path would have written them: every source record (validated as
/// the API validates it) linked to its true person's golden record, one golden record per person.
/// </summary>
internal static class SeedRows
{
    // Ingest order is the generator's, 10 ms apart.
    private static readonly TimeSpan Spacing = TimeSpan.FromMilliseconds(10);

    /// <param name="folder">A population folder of <see cref="GeneratedPopulation"/>.</param>
    /// <param name="from">When the hub received the first source record.</param>
    public static List<SeededGolden> Build(string folder, DateTimeOffset from)
    {
        var lines = GeneratedPopulation.SourceRecordLines(folder).ToList();
        var personIds = GeneratedPopulation.TruePersonIds(folder, lines.Count);
        var validator = new SourceRecordValidator(TimeProvider.System);
        var members = lines
            .AsParallel()
            .AsOrdered()
            .Select((line, i) => SeededGolden.Member(Validated(validator, line, i), i + 1, from + i * Spacing))
            .ToArray();
        // Golden records in the order their first source record arrived, as ingest would have created them.
        var people = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var order = new List<List<int>>();
        for (var i = 0; i < personIds.Count; i++)
        {
            if (!people.TryGetValue(personIds[i], out var indexes))
            {
                people[personIds[i]] = indexes = [];
                order.Add(indexes);
            }
            indexes.Add(i);
        }
        return order
            .AsParallel()
            .AsOrdered()
            .Select((indexes, g) => SeededGolden.From([.. indexes.Select(i => members[i])], g + 1))
            .ToList();
    }

    private static JsonDocument Validated(SourceRecordValidator validator, string line, int index)
    {
        var document = JsonDocument.Parse(line);
        var errors = validator.Validate(document.RootElement);
        if (errors.Count > 0)
        {
            // Field names only: the values are personal data, even when synthetic.
            throw new InvalidDataException(
                $"Source record {index + 1} would be refused by the API: {string.Join(", ", errors.Keys)}"
            );
        }
        return document;
    }

    /// <summary>The source records of all <paramref name="goldens"/>.</summary>
    public static IEnumerable<SourceRecord> SourceRecords(IEnumerable<SeededGolden> goldens) =>
        goldens.SelectMany(g => g.Members);
}
