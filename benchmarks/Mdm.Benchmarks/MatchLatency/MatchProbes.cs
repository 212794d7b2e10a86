using System.Globalization;
using System.Text.Json;
using Mdm.Benchmarks.Workload;
using Mdm.Core.GoldenRecords;
using Mdm.Core.SourceRecords;

namespace Mdm.Benchmarks.MatchLatency;

/// <summary>A match request body, what was done to it, and the seeded source record it was copied from (null: a stranger).</summary>
internal sealed record MatchProbe(string Kind, string Body, SourceRef? CopyOf);

/// <summary>
/// Probes in a fixed, shuffled order: one in five a stranger (a source record of a second generated population, with
/// the same name and place frequencies), the others a seeded source record with a typo in a name, another email
/// address or no birth date, in turn. Bodies carry no source identity: a would-be customer has none yet.
/// </summary>
internal static class MatchProbes
{
    public const string Stranger = "stranger";
    private const int StrangerSeed = 2;
    private const int PickSeed = 4;
    private const string NameTypo = "name typo";
    private const string OtherEmail = "other email";
    private static readonly string[] Kinds = [NameTypo, OtherEmail, "no birth date"];

    public static List<MatchProbe> Create(int seededPeople, int count, TextWriter log)
    {
        var strangers = count / 5;
        var seeded = GeneratedPopulation
            .SourceRecordLines(GeneratedPopulation.Folder(seededPeople, HubSeeder.PopulationSeed, log))
            .ToList();
        // About 2.15 source records per person: this many people give enough.
        var others = GeneratedPopulation
            .SourceRecordLines(GeneratedPopulation.Folder(strangers / 2 + 500, StrangerSeed, log))
            .Take(strangers)
            .ToList();
        if (others.Count < strangers || seeded.Count < count - strangers)
        {
            throw new InvalidOperationException($"Too few source records for {count} probes.");
        }
        var random = new Random(PickSeed);
        var probes = others.Select(line => new MatchProbe(Stranger, Body(Read(line)), null)).ToList();
        var picked = new HashSet<int>();
        for (var misses = 0; probes.Count < count; )
        {
            // Each kind in turn, on a seeded source record it applies to (one with a birth date to drop, …).
            var kind = Kinds[(probes.Count - strangers) % Kinds.Length];
            var i = random.Next(seeded.Count);
            if (picked.Contains(i))
            {
                continue;
            }
            var payload = Read(seeded[i]);
            if (Perturb(payload, kind, random) is not { } perturbed)
            {
                if (++misses > 100_000)
                {
                    throw new InvalidOperationException($"Hardly any seeded source record allows '{kind}'.");
                }
                continue;
            }
            picked.Add(i);
            probes.Add(new MatchProbe(kind, Body(perturbed), new SourceRef(payload.SourceSystem, payload.SourceId)));
        }
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(probes));
        return probes;
    }

    private static SourceRecordPayload? Perturb(SourceRecordPayload p, string kind, Random random) =>
        kind switch
        {
            NameTypo => p.Name is { } name && Typo.In(name, random) is { } typed ? p with { Name = typed } : null,
            OtherEmail => p with
            {
                Emails =
                [
                    new EmailValue(
                        string.Create(CultureInfo.InvariantCulture, $"c{random.Next(10_000_000):D7}@mail.example.net"),
                        "personal"
                    ),
                ],
            },
            _ => p.BirthDate is null ? null : p with { BirthDate = null },
        };

    private static SourceRecordPayload Read(string line)
    {
        using var document = JsonDocument.Parse(line);
        return SourceRecordJson.Read(document.RootElement);
    }

    private static string Body(SourceRecordPayload payload)
    {
        var body = JsonSerializer.SerializeToNode(payload, SourceRecordJson.Options)!.AsObject();
        body.Remove("sourceSystem");
        body.Remove("sourceId");
        return body.ToJsonString();
    }
}
