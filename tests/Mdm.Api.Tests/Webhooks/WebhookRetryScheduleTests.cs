using Mdm.Core.Webhooks;
using Mdm.Sync.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Mdm.Api.Tests.Webhooks;

public sealed class WebhookRetryScheduleTests
{
    [Fact]
    public void Default_FollowsStandardWebhooksSchedule()
    {
        var schedule = WebhookRetrySchedule.Parse(null);
        var expected = new[] { 0, 5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400 };
        Assert.Equal(expected.Length, schedule.Attempts);
        Assert.Equal(expected.Select(s => TimeSpan.FromSeconds(s)), Delays(schedule, new FixedRandom(0.5)));
        Assert.Null(schedule.DelayBefore(expected.Length + 1, new Random(1)));
    }

    [Fact]
    public void Parse_CommaSeparatedSeconds_OneAttemptPerEntry()
    {
        var schedule = WebhookRetrySchedule.Parse(" 0, 5 ,300,1800");
        Assert.Equal(4, schedule.Attempts);
        Assert.Equal(TimeSpan.FromMinutes(5), schedule.DelayBefore(3, new FixedRandom(0.5)));
        Assert.Null(schedule.DelayBefore(5, new FixedRandom(0.5)));
    }

    [Fact]
    public void DelayBefore_Jitter_StaysWithinTenPercentAndZeroStaysZero()
    {
        var schedule = WebhookRetrySchedule.Parse("0,100");
        Assert.Equal(TimeSpan.Zero, schedule.DelayBefore(1, new FixedRandom(0.99)));
        Assert.Equal(TimeSpan.FromSeconds(90), schedule.DelayBefore(2, new FixedRandom(0)));
        Assert.Equal(TimeSpan.FromSeconds(110), schedule.DelayBefore(2, new FixedRandom(1)));
        var random = new Random(42);
        var spread = Enumerable.Range(0, 1000).Select(_ => schedule.DelayBefore(2, random)!.Value.TotalSeconds);
        Assert.All(spread, s => Assert.InRange(s, 90, 110));
    }

    [Theory]
    [InlineData("0,five,300")]
    [InlineData("0,-5")]
    [InlineData("0,,5")]
    [InlineData("0,5,")]
    [InlineData("1.5")]
    [InlineData("99999999999")]
    public void Parse_InvalidEntry_ThrowsNamingTheSetting(string setting)
    {
        var e = Assert.Throws<FormatException>(() => WebhookRetrySchedule.Parse(setting));
        Assert.Contains("Webhooks:RetrySchedule", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddMdmWebhookSender_InvalidSchedule_FailsOptionsValidation()
    {
        var services = new ServiceCollection();
        services.Configure<WebhookOptions>(o => o.RetrySchedule = "0,abc");
        services.AddMdmWebhookSender();
        using var provider = services.BuildServiceProvider();
        var e = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<WebhookRetrySchedule>());
        Assert.Contains("Webhooks:RetrySchedule", e.Message, StringComparison.Ordinal);
    }

    private static IEnumerable<TimeSpan> Delays(WebhookRetrySchedule schedule, Random jitter) =>
        Enumerable.Range(1, schedule.Attempts).Select(n => schedule.DelayBefore(n, jitter)!.Value);

    // Pins NextDouble so expected delays are exact.
    private sealed class FixedRandom(double value) : Random
    {
        public override double NextDouble() => value;
    }
}
