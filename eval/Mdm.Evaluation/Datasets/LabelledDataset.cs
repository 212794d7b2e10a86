using Mdm.Matching;

namespace Mdm.Evaluation.Datasets;

/// <summary>Person inputs with the true entity of each, keyed by <see cref="PersonInput.Key"/>.</summary>
/// <param name="Name">Short name used on the command line and in the report (<c>febrl1</c>).</param>
/// <param name="Records">The inputs, in the order the resolver should ingest them.</param>
/// <param name="EntityOf">Record key → true entity id.</param>
internal sealed record LabelledDataset(
    string Name,
    IReadOnlyList<PersonInput> Records,
    IReadOnlyDictionary<string, string> EntityOf
)
{
    /// <summary>Record key → the cohort its person was generated as (only the multi-channel sample has them).</summary>
    public IReadOnlyDictionary<string, string> CohortOf { get; init; } = new Dictionary<string, string>();

    /// <summary>Builds a dataset, failing when two inputs share a key or the truth does not cover exactly the inputs.</summary>
    public static LabelledDataset Create(
        string name,
        IReadOnlyList<PersonInput> records,
        IReadOnlyDictionary<string, string> entityOf
    )
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            if (!seen.Add(record.Key))
            {
                throw new InvalidDataException($"{name}: duplicate record key '{record.Key}'.");
            }
            if (!entityOf.ContainsKey(record.Key))
            {
                throw new InvalidDataException($"{name}: no true entity for '{record.Key}'.");
            }
        }
        if (entityOf.Count != seen.Count)
        {
            throw new InvalidDataException($"{name}: the truth holds keys without an input.");
        }
        return new LabelledDataset(name, records, entityOf);
    }
}
