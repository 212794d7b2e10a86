using System.Globalization;

namespace Mdm.DataSamples;

/// <summary>The sample's fixed "now", so output never depends on when it was generated.</summary>
internal static class SampleClock
{
    public static readonly DateTime Now = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);
    public static readonly DateOnly Today = DateOnly.FromDateTime(Now);

    /// <summary>Source systems' activity window that sourceUpdatedAt falls into.</summary>
    public static readonly DateTime ActivityStart = new(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public static string Timestamp(DateTime utc) =>
        utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    public static string Date(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
