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

    /// <summary>Subscribes the receiver's <paramref name="path"/> to the event types (none: every type); returns the secret.</summary>
    protected Task<string> SubscribeAsync(string path, params string[] eventTypes) =>
        Admin.SubscribeAsync(Receiver.Url(path), eventTypes);

    /// <summary>Waits up to 10 s for the receiver to have got what <paramref name="condition"/> asks.</summary>
    protected static async Task WaitForAsync(Func<bool> condition)
    {
        for (var waited = 0; !condition() && waited < 200; waited++)
        {
            await Task.Delay(50);
        }
        Assert.True(condition(), "The receiver did not get what was expected within 10 s.");
    }
}
