using System.Net;
using Mdm.Api.Tests.Infrastructure;
using Mdm.Core.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Mdm.Api.Tests;

public sealed class HostingTests(MdmApiFactory factory) : ApiTestBase(factory)
{
    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_NeedsNoKey_AndIsHealthy(string path)
    {
        using var anonymous = Factory.Client();

        var response = await anonymous.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task OpenApi_DescribesTheContractPaths()
    {
        using var anonymous = Factory.Client();

        var document = await (await anonymous.GetAsync("/openapi/v1.json")).Expect(HttpStatusCode.OK);

        var paths = document["paths"]!.AsObject();
        Assert.Contains("/api/v1/source-records/{sourceSystem}/{sourceId}", paths.Select(p => p.Key));
        Assert.Contains("/api/v1/source-records/batch", paths.Select(p => p.Key));
        Assert.Contains("/api/v1/golden-records/{goldenId}", paths.Select(p => p.Key));
        Assert.Contains("/api/v1/xrefs", paths.Select(p => p.Key));
    }

    [Fact]
    public async Task Docs_ServeABrowsablePage()
    {
        using var anonymous = Factory.Client();

        var response = await anonymous.GetAsync("/docs");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task CorrelationId_IsEchoedOrCreated_AlsoOnProblems()
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/golden-records/by-source/pos/none");
        request.Headers.Add("X-Correlation-Id", "abc-123");
        var echoed = await Admin.SendAsync(request);
        var problem = await echoed.ExpectProblem(HttpStatusCode.NotFound);

        Assert.Equal("abc-123", echoed.Headers.GetValues("X-Correlation-Id").Single());
        Assert.Equal("abc-123", problem["correlationId"]!.GetValue<string>());
        var created = await Admin.GetAsync("/health/live");
        Assert.False(string.IsNullOrWhiteSpace(created.Headers.GetValues("X-Correlation-Id").Single()));
    }

    [Fact]
    public async Task Model_HasNoChangesWithoutAMigration()
    {
        await using var db = await Factory
            .Services.GetRequiredService<IDbContextFactory<MdmDbContext>>()
            .CreateDbContextAsync();

        Assert.False(
            db.Database.HasPendingModelChanges(),
            "The EF model changed: add a migration (dotnet ef migrations add)."
        );
    }
}
