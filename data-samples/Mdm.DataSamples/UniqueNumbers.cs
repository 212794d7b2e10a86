namespace Mdm.DataSamples;

/// <summary>
/// Random, never-repeating numbers for source IDs. Random rather than sequential so an ID's neighbourhood
/// says nothing about which records belong to the same person.
/// </summary>
internal sealed class UniqueNumbers(Random rng, long min, long maxExclusive)
{
    private readonly HashSet<long> _issued = [];

    public long Next()
    {
        while (true)
        {
            var candidate = rng.NextInt64(min, maxExclusive);
            if (_issued.Add(candidate))
            {
                return candidate;
            }
        }
    }
}
