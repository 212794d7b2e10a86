using System.Net;
using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests;

public sealed class BatchTests(MdmApiFactory factory) : ApiTestBase(factory)
{
    [Fact]
    public async Task Batch_WithSomeBadItems_KeepsGoodItemsAndAnswersPerItemInOrder()
    {
        var records = new object[]
        {
            new
            {
                sourceSystem = "ecommerce",
                sourceId = "WEB-1",
                name = new { given = "Kim", family = "Lee" },
                emails = new[] { new { address = "kim@example.com" } },
            },
            new
            {
                sourceSystem = "ecommerce",
                sourceId = "WEB-2",
                birthDate = "1990-02-30",
            },
            new
            {
                sourceSystem = "pos",
                sourceId = "POS-1",
                name = new { given = "Kim", family = "LEE" },
                emails = new[] { new { address = "KIM@example.com" } },
            },
            new { sourceSystem = "nowhere", sourceId = "X-1" },
            new { sourceId = "NO-SYSTEM", color = "blue" },
        };

        var body = await (await Admin.PostAsync("/api/v1/source-records/batch", ApiCalls.Json(new { records }))).Expect(
            HttpStatusCode.OK
        );

        var results = body["results"]!.AsArray();
        Assert.Equal(5, results.Count);
        Assert.Equal("created", results[0]!["outcome"]!.GetValue<string>());
        Assert.Equal(400, results[1]!["status"]!.GetValue<int>());
        Assert.NotNull(results[1]!["errors"]!["birthDate"]);
        Assert.Equal("WEB-2", results[1]!["sourceId"]!.GetValue<string>());
        Assert.Equal("merged", results[2]!["outcome"]!.GetValue<string>());
        Assert.Equal(results[0]!["goldenId"]!.GetValue<string>(), results[2]!["goldenId"]!.GetValue<string>());
        Assert.NotNull(results[3]!["errors"]!["sourceSystem"]);
        Assert.NotNull(results[4]!["errors"]!["sourceSystem"]);
        Assert.NotNull(results[4]!["errors"]!["color"]);
        Assert.Equal(2, await Factory.CountAsync("SELECT count(*) FROM source_records"));
    }

    [Theory]
    [InlineData("""{"records":{}}""")]
    [InlineData("""{"items":[]}""")]
    [InlineData("""[]""")]
    [InlineData("""{"records":[]}""")]
    public async Task Batch_BadEnvelope_Returns400(string body)
    {
        await (await Admin.PostAsync("/api/v1/source-records/batch", ApiCalls.Json(body))).ExpectProblem(
            HttpStatusCode.BadRequest
        );
    }

    [Fact]
    public async Task Batch_OfOneThousand_IsAccepted()
    {
        var records = Enumerable
            .Range(0, 1000)
            .Select(i => new
            {
                sourceSystem = "loyalty",
                sourceId = $"L-{i}",
                loyaltyId = $"LY{i:D8}",
            });

        var body = await (await Admin.PostAsync("/api/v1/source-records/batch", ApiCalls.Json(new { records }))).Expect(
            HttpStatusCode.OK
        );

        Assert.Equal(1000, body["results"]!.AsArray().Count(r => r!["outcome"]?.GetValue<string>() == "created"));
        Assert.Equal(1000, await Factory.CountAsync("SELECT count(*) FROM golden_records"));
    }
}
