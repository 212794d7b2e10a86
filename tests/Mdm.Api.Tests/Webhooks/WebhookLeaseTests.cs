using System.Net;
using System.Net.Http.Json;
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
public sealed class WebhookLeaseTests(ManualWebhookFactory factory)
    : IClassFixture<ManualWebhookFactory>,
        IAsyncLifetime
{
    private readonly HttpClient _admin = factory.AdminClient();
    private WebhookReceiver _receiver = default!;

    private IMediator Mediator => factory.Services.GetRequiredService<IMediator>();

    public async Task InitializeAsync()
    {
        await factory.ResetAsync();
        _receiver = await WebhookReceiver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _receiver.DisposeAsync();
        _admin.Dispose();
    }

    [Fact]
    public async Task DeliveriesOfAWorkerThatDied_AreSentByAnotherAfterTheLease_WithTheSameWebhookIds()
    {
        await (
            await _admin.PostAsJsonAsync(
                "/api/v1/subscriptions",
                new { url = _receiver.Url("/ok").ToString(), eventTypes = Array.Empty<string>() }
            )
        ).Expect(HttpStatusCode.Created);
        for (var i = 0; i < 3; i++)
        {
            await (await _admin.PutRecord("crm", $"C-{i}", ApiCalls.Person("Ada", $"Okafor{i}"))).Expect(
                HttpStatusCode.OK
            );
        }
        await Mediator.Send(new FanOutChangeEvents(100));
        // The worker that "dies": it leases everything for a second and never sends or records anything.
        var lost = await Mediator.Send(new ClaimWebhookDeliveries(100, TimeSpan.FromSeconds(1)));
        var dispatcher = ActivatorUtilities.CreateInstance<WebhookDispatcher>(factory.Services);
        var settings = factory.Services.GetRequiredService<IOptions<WebhookDispatchOptions>>().Value;

        var whileLeased = await dispatcher.RunOnceAsync(settings, CancellationToken.None);
        await Task.Delay(TimeSpan.FromSeconds(1.5));
        await dispatcher.RunOnceAsync(settings, CancellationToken.None);

        Assert.Equal(3, lost.Count);
        Assert.Equal(0, whileLeased);
        Assert.Equal(
            lost.Select(d => d.WebhookId).Order(StringComparer.Ordinal),
            _receiver.Requests.Select(r => r.Headers["webhook-id"].ToString()).Order(StringComparer.Ordinal)
        );
        Assert.Equal(3, await factory.CountAsync("SELECT count(*) FROM webhook_deliveries WHERE status = 'delivered'"));
    }
}
