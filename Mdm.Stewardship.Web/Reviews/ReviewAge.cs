using System.Globalization;

namespace Mdm.Stewardship.Web.Reviews;

/// <summary>How long a review has waited, the way a person says it.</summary>
public static class ReviewAge
{
    public static string Describe(TimeSpan age) =>
        age.TotalMinutes < 1 ? "just now"
        : age.TotalHours < 1 ? Plural((int)age.TotalMinutes, "minute")
        : age.TotalDays < 1 ? Plural((int)age.TotalHours, "hour")
        : Plural((int)age.TotalDays, "day");

    private static string Plural(int n, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {unit}{(n == 1 ? "" : "s")}");
}
