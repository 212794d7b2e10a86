using Mdm.Core.Webhooks;
using Mdm.Sync.Webhooks;
using Microsoft.Extensions.DependencyInjection;

namespace Mdm.Api.Tests.Webhooks;

/// <summary>One delivery at a time against a real HTTP receiver on loopback, through the registered HttpClient.</summary>
public sealed class WebhookSenderTests : IAsyncLifetime
{
    private const string Body = """{"type":"golden.updated","data":{"goldenId":"0195"}}""";
    private static readonly string Secret = StandardWebhookSignature.NewSecret();
    private WebhookReceiver _receiver = null!;

    public async Task InitializeAsync() => _receiver = await WebhookReceiver.StartAsync();

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Theory]
    [InlineData("/ok", 200)]
    [InlineData("/no-content", 204)]
    public async Task Send_2xx_DeliveredWithVerifiableSignature(string path, int status)
    {
        var result = await SendAsync(path);

        Assert.Equal(
            (WebhookOutcome.Delivered, status, (string?)null),
            (result.Outcome, result.StatusCode, result.Reason)
        );
        Assert.True(result.Duration > TimeSpan.Zero);
        var received = Assert.Single(_receiver.Requests);
        Assert.Equal(Body, received.Body);
        Assert.Equal("application/json", received.Headers.ContentType.ToString());
        Assert.Equal(WebhookSender.UserAgent, received.Headers.UserAgent.ToString());
        var id = received.Headers["webhook-id"].ToString();
        var timestamp = long.Parse(
            received.Headers["webhook-timestamp"].ToString(),
            System.Globalization.CultureInfo.InvariantCulture
        );
        Assert.Equal("msg_1", id);
        Assert.Equal(1_767_225_600, timestamp);
        Assert.Equal(
            StandardWebhookSignature.Sign(Secret, id, timestamp, received.Body),
            received.Headers["webhook-signature"].ToString()
        );
    }

    [Fact]
    public async Task Send_500_FailedWithStatus()
    {
        var result = await SendAsync("/error");
        Assert.Equal((WebhookOutcome.Failed, 500, "HTTP 500"), (result.Outcome, result.StatusCode, result.Reason));
    }

    [Fact]
    public async Task Send_302_FailedAndRedirectNotFollowed()
    {
        var result = await SendAsync("/redirect");
        Assert.Equal((WebhookOutcome.Failed, 302), (result.Outcome, result.StatusCode));
        Assert.Equal(["/redirect"], _receiver.Requests.Select(r => r.Path));
    }

    [Fact]
    public async Task Send_410_Gone()
    {
        var result = await SendAsync("/gone");
        Assert.Equal((WebhookOutcome.Gone, 410), (result.Outcome, result.StatusCode));
    }

    [Fact]
    public async Task Send_SlowerThanTimeout_FailedTimeout()
    {
        var result = await SendAsync("/slow", timeoutSeconds: 1);
        Assert.Equal(
            (WebhookOutcome.Failed, (int?)null, "timeout"),
            (result.Outcome, result.StatusCode, result.Reason)
        );
        Assert.InRange(result.Duration, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(4));
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public async Task Send_PrivateNetworksNotAllowed_RefusedAndReceiverNeverCalled(string host)
    {
        var url = new UriBuilder(_receiver.Url("/ok")) { Host = host }.Uri;
        var result = await SendAsync(url, allowPrivateNetworks: false);
        Assert.Equal(
            (WebhookOutcome.Failed, (int?)null, "refused address"),
            (result.Outcome, result.StatusCode, result.Reason)
        );
        Assert.Empty(_receiver.Requests);
    }

    [Fact]
    public async Task Send_NothingListening_FailedWithErrorKindOnly()
    {
        // A port just released by the OS: nothing accepts on it.
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();

        var result = await SendAsync(new Uri($"http://127.0.0.1:{port}/ok"), allowPrivateNetworks: true);

        Assert.Equal((WebhookOutcome.Failed, (int?)null), (result.Outcome, result.StatusCode));
        Assert.StartsWith("ConnectionError", result.Reason, StringComparison.Ordinal);
        Assert.DoesNotContain("127.0.0.1", result.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_PrivateNetworksAllowed_DeliveredToLoopback()
    {
        var result = await SendAsync(_receiver.Url("/ok"), allowPrivateNetworks: true);
        Assert.Equal(WebhookOutcome.Delivered, result.Outcome);
        Assert.Single(_receiver.Requests);
    }

    private Task<WebhookAttemptResult> SendAsync(string path, int timeoutSeconds = 10) =>
        SendAsync(_receiver.Url(path), allowPrivateNetworks: true, timeoutSeconds);

    private static async Task<WebhookAttemptResult> SendAsync(
        Uri url,
        bool allowPrivateNetworks,
        int timeoutSeconds = 10
    )
    {
        var services = new ServiceCollection();
        services.Configure<WebhookOptions>(o =>
        {
            o.AllowPrivateNetworks = allowPrivateNetworks;
            o.TimeoutSeconds = timeoutSeconds;
        });
        services.AddMdmWebhookSender();
        await using var provider = services.BuildServiceProvider();
        var sender = provider.GetRequiredService<WebhookSender>();
        var message = new WebhookMessage(url, Secret, "msg_1", DateTimeOffset.FromUnixTimeSeconds(1_767_225_600), Body);
        return await sender.SendAsync(message, CancellationToken.None);
    }
}
