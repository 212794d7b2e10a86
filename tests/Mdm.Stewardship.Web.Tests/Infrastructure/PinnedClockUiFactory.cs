using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace Mdm.Stewardship.Web.Tests.Infrastructure;

/// <summary>
/// The steward UI host with its clock stopped at <see cref="Now"/>, so "today" and "n days ago" are the same
/// days on every run (no test straddles midnight).
/// </summary>
public sealed class PinnedClockUiFactory : StewardUiFactory
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 15, 30, 0, TimeSpan.Zero);

    public static DateOnly Today => DateOnly.FromDateTime(Now.UtcDateTime);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureServices(services => services.AddSingleton<TimeProvider>(new PinnedClock(Now)));
    }

    private sealed class PinnedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
