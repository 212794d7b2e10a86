using System.Net;
using Mdm.Api.Tests.Infrastructure;
using Mdm.Core.Webhooks;
using Mdm.Sync.Webhooks;
using Mediator;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Mdm.Api.Tests.Webhooks;

/// <summary>A host whose webhook worker is driven by the test, loopback receivers allowed.</summary>
public sealed class ManualWebhookFactory : MdmApiFactory
{
    protected override IReadOnlyDictionary<string, string?> HostSettings { get; } =
        new Dictionary<string, string?> { ["Webhooks:AllowPrivateNetworks"] = "true" };
}

/// <summary>Issue #6: a worker that dies holding deliveries loses them to another once its lease lapses.</summary>
public sealed class WebhookLeaseTests(ManualWebhookFactory factory) : WebhookReceiverTest<ManualWebhookFactory>(factory)
{
    private IMediator Mediator => Factory.Services.GetRequiredService<IMediator>();

    [Fact]
    public async Task DeliveriesOfAWorkerThatDied_AreSentByAnotherAfterTheLease_WithTheSameWebhookIds()
    {
        await SubscribeAsync("/ok");
        for (var i = 0; i < 3; i++)
        {
            await (await Admin.PutRecord("crm", $"C-{i}", ApiCalls.Person("Ada", $"Okafor{i}"))).Expect(
                HttpStatusCode.OK
            );
        }
        await Mediator.Send(new FanOutChangeEvents(100));
        // The worker that "dies": it leases everything for a second and never sends or records anything.
        var lost = await Mediator.Send(new ClaimWebhookDeliveries(100, TimeSpan.FromSeconds(1)));
        var dispatcher = ActivatorUtilities.CreateInstance<WebhookDispatcher>(Factory.Services);
        var settings = Factory.Services.GetRequiredService<IOptions<WebhookDispatchOptions>>().Value;

        var whileLeased = await dispatcher.RunOnceAsync(settings, CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await dispatcher.RunOnceAsync(settings, CancellationToken.None);

        Assert.Equal(3, lost.Count);
        Assert.Equal(0, whileLeased);
        Assert.Equal(
            lost.Select(d => d.WebhookId).Order(StringComparer.Ordinal),
            Receiver.Requests.Select(r => r.Headers["webhook-id"].ToString()).Order(StringComparer.Ordinal)
        );
        Assert.Equal(3, await Factory.CountAsync("SELECT count(*) FROM webhook_deliveries WHERE status = 'delivered'"));
    }
}
