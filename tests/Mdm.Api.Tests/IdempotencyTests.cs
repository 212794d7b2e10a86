using System.Net;
using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests;

public sealed class IdempotencyTests(MdmApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Post_ReplayedWithSameKey_ReturnsFirstResponseAndWritesOnce()
    {
        var body = Batch("WEB-1", "WEB-2");
        var first = await Post(body, "key-1");
        var firstText = await first.Content.ReadAsStringAsync();
        await (await Admin.PutRecord("ecommerce", "WEB-1", ApiCalls.Person("Changed", "Since"))).Expect(
            HttpStatusCode.OK
        );

        var replay = await Post(body, "key-1");

        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Equal(firstText, await replay.Content.ReadAsStringAsync());
        Assert.Equal("true", replay.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(2, await Factory.CountAsync("SELECT count(*) FROM source_records"));
        Assert.Equal(
            1,
            await Factory.CountAsync(
                "SELECT count(*) FROM golden_record_versions v"
                    + " JOIN links l ON l.golden_id = v.golden_id JOIN source_records s ON s.id = l.source_record_id"
                    + " WHERE s.source_id = 'WEB-2'"
            )
        );
    }

    [Fact]
    public async Task Post_SameKeyDifferentBody_Returns422()
    {
        await (await Post(Batch("WEB-1"), "key-1")).Expect(HttpStatusCode.OK);

        await (await Post(Batch("WEB-9"), "key-1")).ExpectProblem(HttpStatusCode.UnprocessableEntity);
        Assert.Equal(0, await Factory.CountAsync("SELECT count(*) FROM source_records WHERE source_id = 'WEB-9'"));
    }

    [Fact]
    public async Task Post_DuplicateWhileFirstIsRunning_Returns409()
    {
        var big = Batch(Enumerable.Range(0, 1000).Select(i => $"WEB-{i}").ToArray());
        var first = Post(big, "slow-key");
        await WaitUntil(async () =>
            await Factory.CountAsync(
                "SELECT count(*) FROM idempotency_entries WHERE key = 'slow-key' AND NOT completed"
            ) == 1
        );

        var duplicate = await Post(big, "slow-key");

        await duplicate.ExpectProblem(HttpStatusCode.Conflict);
        await (await first).Expect(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Post_SameKeyFromAnotherApiKey_IsIndependent()
    {
        using var other = Factory.Client(await Admin.CreateKey("other", ["records:write"]));
        await (await Post(Batch("WEB-1"), "shared")).Expect(HttpStatusCode.OK);

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/source-records/batch")
        {
            Content = ApiCalls.Json(Batch("WEB-5")),
        };
        request.Headers.Add("Idempotency-Key", "shared");
        await (await other.SendAsync(request)).Expect(HttpStatusCode.OK);

        Assert.Equal(1, await Factory.CountAsync("SELECT count(*) FROM source_records WHERE source_id = 'WEB-5'"));
    }

    private async Task<HttpResponseMessage> Post(object body, string idempotencyKey)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/source-records/batch")
        {
            Content = ApiCalls.Json(body),
        };
        request.Headers.Add("Idempotency-Key", idempotencyKey);
        return await Admin.SendAsync(request);
    }

    private static object Batch(params string[] ids) =>
        new
        {
            records = ids.Select(id => new
            {
                sourceSystem = "ecommerce",
                sourceId = id,
                emails = new[] { new { address = $"{id}@example.com" } },
            }),
        };

    private static async Task WaitUntil(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "condition not met within 30 s");
            await Task.Delay(5);
        }
    }
}
