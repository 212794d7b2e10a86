using System.Net;
using System.Text;
using Mdm.Api.Tests.Infrastructure;

namespace Mdm.Api.Tests;

/// <summary>Bad input gets 400 problem details naming each bad field, and nothing is written.</summary>
public sealed class ValidationTests(MdmApiFactory factory) : ApiTestBase(factory)
{
    public static TheoryData<string, string, string[]> BadRecords =>
        new()
        {
            {
                "unknown fields",
                """{"nickname":"Al","name":{"given":"Al","title":"Sir"}}""",
                ["nickname", "name.title"]
            },
            {
                "wrong types",
                """{"name":"Al","emails":{"address":"a@example.com"},"birthDate":19850403,"gender":true}""",
                ["name", "emails", "birthDate", "gender"]
            },
            {
                "impossible dates",
                """{"birthDate":"1985-02-30","sourceUpdatedAt":"2026-13-01T00:00:00Z","consents":[{"purpose":"marketing","channel":"email","status":"granted","capturedAt":"2026-02-31T09:00:00Z"}]}""",
                ["birthDate", "sourceUpdatedAt", "consents[0].capturedAt"]
            },
            { "future birth date", """{"birthDate":"2999-01-01"}""", ["birthDate"] },
            {
                "oversized strings",
                $$"""{"name":{"family":"{{new string('x', 201)}}"},"loyaltyId":"{{new string('9', 65)}}"}""",
                ["name.family", "loyaltyId"]
            },
            {
                "too many list items",
                $$"""{"emails":[{{string.Join(',', Enumerable.Range(0, 11).Select(i => $$"""{"address":"a{{i}}@example.com"}"""))}}]}""",
                ["emails"]
            },
            {
                "bad list items",
                """{"emails":[{"address":"not-an-email"}],"phones":[{"number":"call me"}],"consents":[{"purpose":"marketing","channel":"email","status":"maybe","capturedAt":"2026-01-01T00:00:00Z"}]}""",
                ["emails[0].address", "phones[0].number", "consents[0].status"]
            },
            {
                "bad attributes",
                """{"attributes":{"bad name":"x","nested":{"a":1}}}""",
                ["attributes.bad name", "attributes.nested"]
            },
        };

    [Theory]
    [MemberData(nameof(BadRecords))]
    public async Task Put_BadRecord_Returns400NamingEachFieldAndWritesNothing(string _, string body, string[] badFields)
    {
        var problem = await (await Admin.PutRaw("ecommerce", "WEB-1", body)).ExpectProblem(HttpStatusCode.BadRequest);

        var errors = problem["errors"]!.AsObject();
        foreach (var field in badFields)
        {
            Assert.True(errors.ContainsKey(field), $"expected an error for '{field}', got: {errors.ToJsonString()}");
        }
        await AssertNothingWritten();
    }

    [Theory]
    [InlineData("{\"name\": {\"given\": \"Al\"")]
    [InlineData("{\"name\": }")]
    [InlineData("not json")]
    public async Task Put_MalformedJson_Returns400AndWritesNothing(string body)
    {
        var problem = await (await Admin.PutRaw("ecommerce", "WEB-1", body)).ExpectProblem(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["$"]);
        await AssertNothingWritten();
    }

    [Fact]
    public async Task Put_InvalidSourceIdInPath_Returns400()
    {
        var problem = await (await Admin.PutRecord("ecommerce", "bad%20id", ApiCalls.Person("Al", "Bo"))).ExpectProblem(
            HttpStatusCode.BadRequest
        );

        Assert.NotNull(problem["errors"]!["sourceId"]);
        await AssertNothingWritten();
    }

    [Fact]
    public async Task Put_NotJsonContentType_Returns415()
    {
        var response = await Admin.PutAsync(
            "/api/v1/source-records/ecommerce/WEB-1",
            new StringContent("{}", Encoding.UTF8, "text/plain")
        );

        await response.ExpectProblem(HttpStatusCode.UnsupportedMediaType);
        await AssertNothingWritten();
    }

    [Fact]
    public async Task Put_BodyOverOneMegabyte_Returns413()
    {
        var huge = "{\"attributes\":{\"note\":\"" + new string('x', 1_100_000) + "\"}}";

        await (await Admin.PutRaw("ecommerce", "WEB-1", huge)).ExpectProblem(HttpStatusCode.RequestEntityTooLarge);
        await AssertNothingWritten();
    }

    [Fact]
    public async Task Put_ChunkedBodyWithoutLengthOverOneMegabyte_Returns413()
    {
        var huge = "{\"attributes\":{\"note\":\"" + new string('x', 1_100_000) + "\"}}";
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(huge)));
        content.Headers.ContentType = new("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/source-records/ecommerce/WEB-1")
        {
            Content = content,
        };
        request.Headers.TransferEncodingChunked = true;

        await (await Admin.SendAsync(request)).ExpectProblem(HttpStatusCode.RequestEntityTooLarge);
        await AssertNothingWritten();
    }

    [Fact]
    public async Task Batch_OverOneThousandRecords_Returns400AndWritesNothing()
    {
        var records = Enumerable.Range(0, 1001).Select(i => new { sourceSystem = "pos", sourceId = $"P-{i}" });

        var problem = await (
            await Admin.PostAsync("/api/v1/source-records/batch", ApiCalls.Json(new { records }))
        ).ExpectProblem(HttpStatusCode.BadRequest);

        Assert.NotNull(problem["errors"]!["records"]);
        await AssertNothingWritten();
    }

    private async Task AssertNothingWritten()
    {
        Assert.Equal(0, await Factory.CountAsync("SELECT count(*) FROM source_records"));
        Assert.Equal(0, await Factory.CountAsync("SELECT count(*) FROM golden_records"));
        Assert.Equal(0, await Factory.CountAsync("SELECT count(*) FROM change_events"));
    }
}
