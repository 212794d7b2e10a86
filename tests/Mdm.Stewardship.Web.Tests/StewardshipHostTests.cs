using System.Net;
using System.Text.Json;
using Mdm.Core;
using Mdm.Core.SourceRecords;
using Mdm.Testing;
using Mediator;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Mdm.Stewardship.Web.Tests;

/// <summary>The steward UI host on Kestrel over a real PostgreSQL.</summary>
public sealed class StewardshipHostTests : IClassFixture<StewardshipHostTests.UiFactory>
{
    private readonly UiFactory _factory;

    public StewardshipHostTests(UiFactory factory) => _factory = factory;

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_AnswersOk(string path)
    {
        using var client = _factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync(path)).StatusCode);
    }

    [Fact]
    public async Task Overview_ShowsSourceRecordCountsPerSystem()
    {
        var mediator = _factory.Services.GetRequiredService<IMediator>();
        foreach (var id in new[] { "E-1", "E-2" })
        {
            using var json = JsonDocument.Parse($$"""{"sourceSystem":"erp","sourceId":"{{id}}"}""");
            var payload = SourceRecordJson.Read(json.RootElement);
            await mediator.Send(new IngestSourceRecord(json.RootElement, payload, Actor.System));
        }
        using var client = _factory.CreateClient();

        var html = await client.GetStringAsync("/");

        Assert.Contains("Hub overview", html, StringComparison.Ordinal);
        Assert.Matches(@"ERP \(erp\)</td>\s*<td[^>]*>2</td>", html);
    }

    public sealed class UiFactory : WebApplicationFactory<Program>, IAsyncLifetime
    {
        private string _connectionString = "";

        public async Task InitializeAsync()
        {
            _connectionString = await (await PostgresServer.Instance).CreateDatabaseAsync();
            UseKestrel(0);
            StartServer();
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder) =>
            builder.UseSetting("ConnectionStrings:Mdm", _connectionString);

        async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();
    }
}
