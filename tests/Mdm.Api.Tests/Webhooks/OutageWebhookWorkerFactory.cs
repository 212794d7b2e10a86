using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests.Webhooks;

/// <summary>A worker whose retries (about a second apart) span a receiver's outage of a few seconds.</summary>
public sealed class OutageWebhookWorkerFactory : MdmApiFactory
{
    protected override IReadOnlyDictionary<string, string?> HostSettings { get; } =
        new Dictionary<string, string?>
        {
            ["Webhooks:RunDispatcher"] = "true",
            ["Webhooks:AllowPrivateNetworks"] = "true",
            ["Webhooks:RetrySchedule"] = "0,1,1,1,1,1,1,1",
        };
}
