namespace Mdm.Evaluation.Datasets;

/// <summary>Every labelled dataset by the name the runner accepts, in report order.</summary>
internal static class DatasetCatalog
{
    private static readonly (string Name, Func<LabelledDataset> Load)[] Entries =
    [
        ("febrl1", () => FebrlLoader.Load(1, withSocialSecurityId: false)),
        ("febrl1-ssn", () => FebrlLoader.Load(1, withSocialSecurityId: true)),
        ("febrl2", () => FebrlLoader.Load(2, withSocialSecurityId: false)),
        ("febrl2-ssn", () => FebrlLoader.Load(2, withSocialSecurityId: true)),
        ("febrl3", () => FebrlLoader.Load(3, withSocialSecurityId: false)),
        ("febrl3-ssn", () => FebrlLoader.Load(3, withSocialSecurityId: true)),
        ("fake_1000", SplinkFakeLoader.Load),
        ("sample", SampleLoader.Load),
    ];

    public static IReadOnlyList<string> Names { get; } = Entries.Select(e => e.Name).ToList();

    public static LabelledDataset Load(string name)
    {
        foreach (var (entryName, load) in Entries)
        {
            if (string.Equals(entryName, name, StringComparison.OrdinalIgnoreCase))
            {
                return load();
            }
        }
        throw new ArgumentException($"Unknown dataset '{name}'. Known: {string.Join(", ", Names)}.", nameof(name));
    }
}
