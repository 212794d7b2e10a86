using Mdm.Core.GoldenRecords;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Mdm.Core.Tests;

public sealed class SurvivorshipRegistrationTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"survivorship-{Guid.NewGuid():N}.json");

    [Fact]
    public async Task Start_BadRulesFile_StopsHostWithLoaderMessage()
    {
        await File.WriteAllTextAsync(_path, """{"version":"1","rules":{"name":{"strategy":"newest"}}}""");
        using var host = Host(_path);

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains($"Survivorship rules '{_path}' cannot be used:", error.Message, StringComparison.Ordinal);
        Assert.Contains("Attribute 'name': unknown strategy 'newest'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_RulesPathSet_RulesFromThatFile()
    {
        await File.WriteAllTextAsync(_path, """{"version":"site-7","rules":{}}""");
        using var host = Host(_path);

        await host.StartAsync();

        Assert.Equal("site-7", host.Services.GetRequiredService<SurvivorshipRules>().Version);
        await host.StopAsync();
    }

    [Fact]
    public async Task Start_NoRulesPath_ShippedRules()
    {
        using var host = Host(null);

        await host.StartAsync();

        Assert.Equal(SurvivorshipRules.Default.Version, host.Services.GetRequiredService<SurvivorshipRules>().Version);
        await host.StopAsync();
    }

    public void Dispose() => File.Delete(_path);

    private static IHost Host(string? rulesPath)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new());
        builder.Configuration.AddInMemoryCollection(
            new Dictionary<string, string?> { ["Survivorship:RulesPath"] = rulesPath }
        );
        builder.Services.AddMdmSurvivorship(builder.Configuration);
        return builder.Build();
    }
}
