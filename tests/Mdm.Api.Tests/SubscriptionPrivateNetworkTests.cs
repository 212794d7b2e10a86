using System.Net;
using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests;

/// <summary>A host started with <c>Webhooks__AllowPrivateNetworks=true</c> accepts loopback and private receivers.</summary>
public sealed class SubscriptionPrivateNetworkTests(SubscriptionPrivateNetworkTests.PrivateNetworksFactory factory)
    : IClassFixture<SubscriptionPrivateNetworkTests.PrivateNetworksFactory>,
        IAsyncLifetime
{
    private readonly HttpClient _admin = factory.AdminClient();

    public Task InitializeAsync() => factory.ResetAsync();

    public Task DisposeAsync()
    {
        _admin.Dispose();
        return Task.CompletedTask;
    }

    [Theory]
    [InlineData("http://127.0.0.1/x")]
    [InlineData("http://10.0.0.5/")]
    [InlineData("http://localhost:5000/hooks")]
    public async Task Create_PrivateAddressWhenAllowed_Returns201(string url)
    {
        using var manager = factory.Client(await _admin.CreateKey("integrations", ["subscriptions:manage"]));

        await SubscriptionTests.Create(manager, url);

        Assert.Equal(1, await factory.CountAsync("SELECT count(*) FROM webhook_subscriptions"));
    }

    [Fact]
    public async Task Create_FtpWhenPrivateAllowed_StillReturns400()
    {
        var response = await _admin.PostAsync(
            "/api/v1/subscriptions",
            ApiCalls.Json("""{"url": "ftp://10.0.0.5/", "eventTypes": []}""")
        );

        var problem = await response.ExpectProblem(HttpStatusCode.BadRequest);
        Assert.NotNull(problem["errors"]!["url"]);
    }

    public sealed class PrivateNetworksFactory : MdmApiFactory
    {
        protected override IReadOnlyDictionary<string, string?> HostSettings { get; } =
            new Dictionary<string, string?> { ["Webhooks:AllowPrivateNetworks"] = "true" };
    }
}
