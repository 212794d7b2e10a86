namespace Mdm.Core.Overview;

/// <summary>The UTC calendar days <see cref="From"/> to <see cref="To"/> (today), both included.</summary>
internal sealed record DashboardWindow(DateOnly From, DateOnly To)
{
    public static DashboardWindow Ending(DateTimeOffset now, int days)
    {
        var today = DateOnly.FromDateTime(now.UtcDateTime);
        return new DashboardWindow(today.AddDays(1 - days), today);
    }

    /// <summary>The first instant of the window.</summary>
    public DateTimeOffset Start => new(From.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);

    /// <summary>The first instant after the window (tomorrow, midnight UTC).</summary>
    public DateTimeOffset End => new(To.AddDays(1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
}
