using Mdm.DataSamples.Model;
using Mdm.DataSamples.People;

namespace Mdm.DataSamples.Channels;

/// <summary>
/// One source system and its data-entry habits: which fields it captures, how it spells them, and how
/// careless its users are. It sees a person only as of the record's date and never knows the truth.
/// </summary>
internal abstract class Channel(Random rng)
{
    protected Random Rng { get; } = rng;

    /// <summary>The sourceSystem code the API knows this system by.</summary>
    public abstract string System { get; }

    public abstract SourceRecord Render(Person person, DateTime updatedAt);

    /// <summary>The person's phone numbers with the type label this system gives them.</summary>
    protected static IEnumerable<(Phone Phone, string Type)> PhonesOf(Person person)
    {
        if (person.Mobile is { } mobile)
        {
            yield return (mobile, "mobile");
        }
        if (person.Landline is { } landline)
        {
            yield return (landline, "home");
        }
    }
}
