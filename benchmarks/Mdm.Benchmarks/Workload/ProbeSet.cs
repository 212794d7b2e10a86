using Mdm.Matching;

namespace Mdm.Benchmarks.Workload;

/// <summary>A source record to resolve: a new person's, or a true duplicate of an indexed one with a field dropped.</summary>
/// <param name="Input">The record as a source system sent it.</param>
/// <param name="DuplicateOf">The golden record (person) it duplicates, or null for a new person.</param>
public sealed record Probe(PersonInput Input, string? DuplicateOf);

/// <summary>
/// Probes in a fixed, shuffled order: three in four are source records of a second generated population (people the
/// index does not hold, with the same name, street and city frequencies, so searches still return look-alikes), one in
/// four a source record of the indexed population with one field dropped, so a search must find its golden record.
/// </summary>
internal static class ProbeSet
{
    private const int ProbeSeed = 2;
    private const int PickSeed = 3;

    public static List<Probe> Create(GeneratedPopulation indexed, int count, TextWriter log)
    {
        var duplicates = count / 4;
        var fresh = count - duplicates;
        // About 2.15 source records per person: this many people give enough.
        var others = GeneratedPopulation.Load(fresh / 2 + 500, ProbeSeed, log);
        if (others.Records.Count < fresh || indexed.Records.Count < duplicates)
        {
            throw new InvalidOperationException($"Too few source records for {count} probes.");
        }
        var probes = others.Records.Take(fresh).Select(r => new Probe(r with { Key = "new/" + r.Key }, null)).ToList();
        var random = new Random(PickSeed);
        var picked = new HashSet<int>();
        while (picked.Count < duplicates)
        {
            var i = random.Next(indexed.Records.Count);
            if (picked.Add(i))
            {
                probes.Add(new Probe(DropField(indexed.Records[i], picked.Count), indexed.PersonIds[i]));
            }
        }
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(probes));
        return probes;
    }

    // Drops emails, phones, addresses or the birth date in turn (the next one present if that one is missing).
    private static PersonInput DropField(PersonInput input, int turn)
    {
        var copy = input with { Key = "duplicate/" + input.Key };
        for (var i = 0; i < 4; i++)
        {
            switch ((turn + i) % 4)
            {
                case 0 when input.Emails.Count > 0:
                    return copy with { Emails = [] };
                case 1 when input.Phones.Count > 0:
                    return copy with { Phones = [] };
                case 2 when input.Addresses.Count > 0:
                    return copy with { Addresses = [] };
                case 3 when input.BirthDate is not null:
                    return copy with { BirthDate = null };
                default:
                    break;
            }
        }
        return copy;
    }
}
