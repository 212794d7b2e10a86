using System.Globalization;
using Mdm.Core.Overview;
using MudBlazor;

namespace Mdm.Stewardship.Web.Components.Dashboard;

/// <summary>Labels and series shapes the dashboard's charts share.</summary>
internal static class DashboardText
{
    public static IReadOnlyList<DateOnly> Days(StewardDashboard dashboard) =>
        Enumerable
            .Range(0, dashboard.To.DayNumber - dashboard.From.DayNumber + 1)
            .Select(dashboard.From.AddDays)
            .ToList();

    public static string Day(DateOnly day) => day.ToString("MMM d", CultureInfo.InvariantCulture);

    public static string Score(double score) => score.ToString("0.00", CultureInfo.InvariantCulture);

    public static string Count(int count, string one, string many) =>
        string.Create(CultureInfo.InvariantCulture, $"{count} {(count == 1 ? one : many)}");

    /// <summary>A series with one value per label; labels without a count get zero.</summary>
    public static ChartSeries<double> Series<TLabel>(
        string name,
        IEnumerable<TLabel> labels,
        Func<TLabel, int> count
    ) => new() { Name = name, Data = labels.Select(l => (double)count(l)).ToArray() };
}
