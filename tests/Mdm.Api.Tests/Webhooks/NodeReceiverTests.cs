using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests.Webhooks;

/// <summary>Issue #6: deliveries checked by the official Standard Webhooks library, through an outage and concurrency.</summary>
public sealed class NodeReceiverTests(OutageWebhookWorkerFactory factory)
    : IClassFixture<OutageWebhookWorkerFactory>,
        IAsyncLifetime
{
    private static readonly string[] Given =
    [
        "Ada",
        "Bo",
        "Chidi",
        "Dagny",
        "Emeka",
        "Farah",
        "Goran",
        "Hiro",
        "Ines",
        "Jomo",
    ];
    private static readonly string[] Family =
    [
        "Okafor",
        "Berg",
        "Anagonye",
        "Taggart",
        "Nwosu",
        "Haddad",
        "Petrovic",
        "Tanaka",
        "Moreau",
        "Kenyatta",
    ];

    private readonly HttpClient _admin = factory.AdminClient();
    private NodeReceiver _receiver = default!;

    public async Task InitializeAsync()
    {
        await factory.ResetAsync();
        _receiver = await NodeReceiver.StartAsync();
        var created = await (
            await _admin.PostAsJsonAsync(
                "/api/v1/subscriptions",
                new { url = _receiver.Url("/hook").ToString(), eventTypes = Array.Empty<string>() }
            )
        ).Expect(HttpStatusCode.Created);
        await _receiver.UseSecretAsync(created["secret"]!.GetValue<string>());
    }

    public async Task DisposeAsync()
    {
        await _receiver.DisposeAsync();
        _admin.Dispose();
    }

    private async Task PutCustomerAsync(int customer, int version)
    {
        var person = ApiCalls.Person(
            Given[customer] + new string('a', version),
            Family[customer],
            updatedAt: new DateTimeOffset(2026, 1, 1, 0, 0, version, TimeSpan.Zero).ToString(
                "O",
                CultureInfo.InvariantCulture
            )
        );
        await (await _admin.PutRecord("crm", $"C-{customer}", person)).Expect(HttpStatusCode.OK);
    }

    private async Task<long> EventCountAsync() => await factory.CountAsync("SELECT count(*) FROM change_events");

    private static void AssertEachGoldenRecordInOrder(ReceiverState state)
    {
        Assert.Equal(0, state.Invalid);
        foreach (var golden in state.Received.GroupBy(r => r.GoldenId))
        {
            var sequences = golden.Select(r => r.Sequence).ToList();
            Assert.Equal(Enumerable.Range(1, sequences.Count), sequences);
        }
    }

    [Fact]
    public async Task SeveralChanges_EachVerifiedByTheOfficialLibrary()
    {
        for (var customer = 0; customer < 3; customer++)
        {
            await PutCustomerAsync(customer, 0);
            await PutCustomerAsync(customer, 1);
        }
        var events = await EventCountAsync();

        var state = await _receiver.WaitForAsync(s => s.Received.Count >= events || s.Invalid > 0);
        await Task.Delay(300); // a late extra or an invalid one would show now

        state = await _receiver.StateAsync();
        Assert.True(events >= 6, $"Expected at least 6 change events, found {events}.");
        Assert.Equal(events, state.Received.Count);
        AssertEachGoldenRecordInOrder(state);
    }

    [Fact]
    public async Task ReceiverFailingTwice_GetsExactlyThreeAttemptsWithOneWebhookId_EachVerifiedByTheOfficialLibrary()
    {
        await _receiver.FailNextAsync(2);

        await PutCustomerAsync(0, 0);

        var state = await _receiver.WaitForAsync(s => s.Received.Count >= 1 || s.Invalid > 0);
        await Task.Delay(1500); // a retry after success would come within a schedule step (1 s)
        state = await _receiver.StateAsync();
        Assert.Equal(0, state.Invalid);
        var delivered = Assert.Single(state.Received);
        Assert.Equal(2, state.Failed.Count);
        Assert.All(state.Failed, f => Assert.Equal(delivered.WebhookId, f.WebhookId));
        Assert.Equal(
            1,
            await factory.CountAsync(
                "SELECT count(*) FROM webhook_deliveries WHERE status = 'delivered' AND attempts = 3"
            )
        );
    }

    [Fact]
    public async Task ReceiverDownForAWhile_GetsEveryEventOnceBack_InOrderPerGoldenRecord()
    {
        await _receiver.GoDownAsync();
        for (var customer = 0; customer < 10; customer++)
        {
            await PutCustomerAsync(customer, 0);
        }
        await Task.Delay(2000);
        var refusedDuringOutage = (await _receiver.StateAsync()).Refused;
        await _receiver.ComeUpAsync();
        var events = await EventCountAsync();

        var state = await _receiver.WaitForAsync(s => s.Received.Select(r => r.EventId).Distinct().Count() >= events);

        Assert.True(refusedDuringOutage > 0, "The outage refused nothing: the test did not test an outage.");
        Assert.Equal(events, state.Received.Select(r => r.EventId).Distinct().LongCount());
        Assert.Equal(10, state.Received.Select(r => r.GoldenId).Distinct().Count());
        AssertEachGoldenRecordInOrder(state);
    }

    [Fact]
    public async Task ConcurrentIngestOfFourCustomers_EachGoldenRecordsSequencesArriveInOrderAndComplete()
    {
        await Task.WhenAll(
            Enumerable
                .Range(0, 4)
                .Select(async customer =>
                {
                    for (var version = 0; version < 6; version++)
                    {
                        await PutCustomerAsync(customer, version);
                    }
                })
        );
        var events = await EventCountAsync();

        var state = await _receiver.WaitForAsync(s => s.Received.Count >= events);

        Assert.True(events >= 24, $"Expected at least 24 change events, found {events}.");
        Assert.Equal(events, state.Received.Count);
        Assert.Equal(4, state.Received.Select(r => r.GoldenId).Distinct().Count());
        AssertEachGoldenRecordInOrder(state);
    }
}
