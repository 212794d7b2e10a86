using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests.Imports;

/// <summary>A host whose workers pick imports up at once, in small batches.</summary>
public sealed class ImportApiFactory : MdmApiFactory
{
    protected override IReadOnlyDictionary<string, string?> HostSettings { get; } =
        new Dictionary<string, string?>
        {
            ["Imports:BatchSize"] = "2",
            ["Imports:PollInterval"] = "00:00:00.100",
            ["Sync:QueuePollInterval"] = "00:00:00.100",
        };
}

/// <summary>A host without workers: the tests run the import job themselves, interrupt it and run it again.</summary>
public sealed class ImportWithoutWorkersFactory : MdmApiFactory
{
    public const long MaxFileBytes = 3 * 1024 * 1024;

    protected override IReadOnlyDictionary<string, string?> HostSettings { get; } =
        new Dictionary<string, string?>
        {
            ["Imports:BatchSize"] = "3",
            ["Imports:MaxFileBytes"] = MaxFileBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Sync:RunWorkers"] = "false",
        };
}
