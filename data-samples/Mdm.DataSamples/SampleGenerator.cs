using Mdm.DataSamples.Channels;
using Mdm.DataSamples.Model;
using Mdm.DataSamples.People;

namespace Mdm.DataSamples;

/// <summary>A generated source record with the truth about whom it describes.</summary>
internal sealed record GeneratedRecord(SourceRecord Record, Person Person, DateTime UpdatedAt);

internal static class SampleGenerator
{
    /// <summary>Generates the people, then every record they leave in the source systems, oldest first.</summary>
    public static List<GeneratedRecord> Generate(int people, int seed)
    {
        var rng = new Random(seed);
        var addresses = new AddressFactory(rng);
        var contacts = new ContactFactory(rng);
        var factory = new PersonFactory(rng, addresses, contacts);
        var population = new Population(rng, factory, addresses, contacts).Build(people);

        Channel[] systems =
        [
            new EcommerceChannel(rng),
            new PosChannel(rng),
            new LoyaltyChannel(rng),
            new CrmChannel(rng),
            new ErpChannel(rng),
        ];
        var channels = systems.ToDictionary(c => c.System, StringComparer.Ordinal);
        var planner = new AppearancePlanner(rng);

        var records = new List<GeneratedRecord>();
        foreach (var person in population)
        {
            foreach (var appearance in planner.Plan(person))
            {
                var record = channels[appearance.System].Render(appearance.Person, appearance.UpdatedAt);
                records.Add(new GeneratedRecord(record, person, appearance.UpdatedAt));
            }
        }
        // Feed order is update order, as an integration would deliver it; it also interleaves each
        // person's records with everyone else's, so file position says nothing about identity.
        return
        [
            .. records
                .OrderBy(r => r.UpdatedAt)
                .ThenBy(r => r.Record.SourceSystem, StringComparer.Ordinal)
                .ThenBy(r => r.Record.SourceId, StringComparer.Ordinal),
        ];
    }
}
