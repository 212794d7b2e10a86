using System.Net;
using System.Net.Http.Json;
using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests.Webhooks;

/// <summary>Webhook tests with a real C# receiver: an empty hub, a fresh receiver and the admin client per test.</summary>
public abstract class WebhookReceiverTest<TFactory>(TFactory factory) : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : MdmApiFactory
{
    protected TFactory Factory { get; } = factory;
    protected HttpClient Admin { get; } = factory.AdminClient();
    protected WebhookReceiver Receiver { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        await Factory.ResetAsync();
        Receiver = await WebhookReceiver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        await Receiver.DisposeAsync();
        Admin.Dispose();
    }

    /// <summary>Subscribes the receiver's <paramref name="path"/> to every event type; returns the secret.</summary>
    protected async Task<string> SubscribeAsync(string path)
    {
        var created = await (
            await Admin.PostAsJsonAsync(
                "/api/v1/subscriptions",
                new { url = Receiver.Url(path).ToString(), eventTypes = Array.Empty<string>() }
            )
        ).Expect(HttpStatusCode.Created);
        return created["secret"]!.GetValue<string>();
    }
}
