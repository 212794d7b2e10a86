using System.Net;
using Mdm.Api.Tests.Infrastructure;
using Mdm.Core.Webhooks;

namespace Mdm.Api.Tests.Webhooks;

/// <summary>Contract §7: <c>POST /subscriptions/{id}/replay</c> sends finished deliveries again.</summary>
public sealed class WebhookReplayApiTests(MdmApiFactory factory) : WebhookDeliveryApiTestBase(factory)
{
    [Fact]
    public async Task Replay_ByIds_DeadDeliveryIsPendingAgainWithSameWebhookId_AndClaimable()
    {
        var id = await SubscribeAsync();
        var claimed = await ThreeDeliveriesAsync();

        var replay = await (await ReplayAsync(id, new { deliveryIds = new[] { claimed[1].Id } })).Expect(
            HttpStatusCode.Accepted
        );
        var pending = (await ListAsync(id, "?status=pending"))["items"]!.AsArray();
        var again = await Mediator.Send(new ClaimWebhookDeliveries(100, TimeSpan.FromMinutes(5)));

        Assert.Equal(1, replay["replayed"]!.GetValue<int>());
        var replayed = Assert.Single(pending, d => d!["id"]!.GetValue<long>() == claimed[1].Id)!;
        Assert.Equal(0, replayed["attempts"]!.GetValue<int>());
        Assert.Null(replayed["lastError"]);
        var claim = Assert.Single(again);
        Assert.Equal((claimed[1].Id, claimed[1].WebhookId, 0), (claim.Id, claim.WebhookId, claim.Attempts));
        Assert.Equal(
            1,
            await Factory.CountAsync("SELECT count(*) FROM audit_entries WHERE action = 'subscription.replayed'")
        );
    }

    [Fact]
    public async Task Replay_BySince_ReplaysFinishedDeliveriesCreatedSince_ButNotPendingOnes()
    {
        var id = await SubscribeAsync();
        await ThreeDeliveriesAsync();

        var future = await (await ReplayAsync(id, new { since = DateTimeOffset.UtcNow.AddHours(1) })).Expect(
            HttpStatusCode.Accepted
        );
        var past = await (await ReplayAsync(id, new { since = DateTimeOffset.UtcNow.AddHours(-1) })).Expect(
            HttpStatusCode.Accepted
        );

        Assert.Equal(0, future["replayed"]!.GetValue<int>());
        Assert.Equal(2, past["replayed"]!.GetValue<int>());
        Assert.Equal(3, Ids(await ListAsync(id, "?status=pending")).Length);
    }

    [Fact]
    public async Task Replay_DeletedSubscription_Returns409_AndKeepsItsHistory()
    {
        var id = await SubscribeAsync();
        var claimed = await ThreeDeliveriesAsync();
        await (await Admin.DeleteAsync($"/api/v1/subscriptions/{id}")).Expect(HttpStatusCode.NoContent);

        await (await ReplayAsync(id, new { deliveryIds = new[] { claimed[1].Id } })).ExpectProblem(
            HttpStatusCode.Conflict
        );

        Assert.Equal(
            ["dead"],
            (await ListAsync(id, "?status=dead"))["items"]!.AsArray().Select(d => (string)d!["status"]!)
        );
    }

    [Fact]
    public async Task Replay_BadSelection_Returns400()
    {
        var id = await SubscribeAsync();
        var claimed = await ThreeDeliveriesAsync();
        var other = await SubscribeAsync();
        var since = DateTimeOffset.UtcNow;

        await (await ReplayAsync(id, new { })).ExpectProblem(HttpStatusCode.BadRequest);
        await (await ReplayAsync(id, new { since, deliveryIds = new[] { claimed[1].Id } })).ExpectProblem(
            HttpStatusCode.BadRequest
        );
        await (await ReplayAsync(id, new { deliveryIds = Array.Empty<long>() })).ExpectProblem(
            HttpStatusCode.BadRequest
        );
        var unknownField = await (await ReplayAsync(id, new { since, force = true })).ExpectProblem(
            HttpStatusCode.BadRequest
        );
        var foreign = await (await ReplayAsync(other, new { deliveryIds = new[] { claimed[0].Id } })).ExpectProblem(
            HttpStatusCode.BadRequest
        );
        await (await ReplayAsync(Guid.NewGuid(), new { since })).ExpectProblem(HttpStatusCode.NotFound);

        Assert.Contains("force", unknownField["errors"]!.ToJsonString(), StringComparison.Ordinal);
        Assert.Contains(
            claimed[0].Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            foreign["errors"]!["deliveryIds"]![0]!.GetValue<string>(),
            StringComparison.Ordinal
        );
    }
}
