using Mdm.Api.Tests.Infrastructure;
using Mdm.Sync.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Mdm.Api.Tests.Webhooks;

/// <summary>The API host's own registration (through AddMdmSync) of the sender and the checks of its settings.</summary>
public sealed class WebhookHostingTests
{
    [Fact]
    public async Task ApiHost_InvalidRetrySchedule_StopsTheStartNamingTheSetting()
    {
        await using var factory = new MdmApiFactory();
        factory.Settings["Webhooks:RetrySchedule"] = "0,5,soon";

        var e = await Assert.ThrowsAsync<OptionsValidationException>(factory.InitializeAsync);

        Assert.Contains("Webhooks:RetrySchedule", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApiHost_Configured_SendsWithItsScheduleAndSettings()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var factory = new MdmApiFactory();
        factory.Settings["Webhooks:RetrySchedule"] = "0,60";
        factory.Settings["Webhooks:AllowPrivateNetworks"] = "true";
        await factory.InitializeAsync();

        Assert.Equal(2, factory.Services.GetRequiredService<WebhookRetrySchedule>().Attempts);
        var message = new WebhookMessage(
            receiver.Url("/ok"),
            Core.Webhooks.StandardWebhookSignature.NewSecret(),
            "msg_host",
            DateTimeOffset.UtcNow,
            "{}"
        );
        var result = await factory
            .Services.GetRequiredService<WebhookSender>()
            .SendAsync(message, CancellationToken.None);
        Assert.Equal(WebhookOutcome.Delivered, result.Outcome);
    }
}
