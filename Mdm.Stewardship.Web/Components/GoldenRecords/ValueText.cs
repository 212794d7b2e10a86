using System.Globalization;
using System.Text.Json;
using Mdm.Core.GoldenRecords;
using Mdm.Core.Persistence;
using Mdm.Core.SourceRecords;

namespace Mdm.Stewardship.Web.Components.GoldenRecords;

/// <summary>How golden and source values read on a page: one invariant format everywhere.</summary>
public static class ValueText
{
    public static string Name(PersonName? name)
    {
        if (name is null)
        {
            return "";
        }
        if (!string.IsNullOrWhiteSpace(name.Full))
        {
            return name.Full.Trim();
        }
        return Join(" ", name.Prefix, name.Given, name.Middle, name.Family, name.Suffix);
    }

    /// <summary>The page heading of a golden record: its name, or what stands in for one.</summary>
    public static string Title(GoldenRecordView golden) =>
        golden.Status == GoldenStatus.Erased ? "Erased customer"
        : Name(golden.Name) is { Length: > 0 } name ? name
        : "Unnamed customer";

    public static string Address(AddressValue a) =>
        Join(", ", a.Line1, a.Line2, a.City, a.Region, a.PostalCode, a.Country);

    public static string Typed(string value, string? type) => type is null ? value : $"{value} ({type})";

    public static string Json(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    public static string Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";

    public static string Time(DateTimeOffset? time) =>
        time?.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture) ?? "";

    public static string Source(string system, string id) => $"{system}/{id}";

    public static string DetailHref(Guid goldenId) => $"golden-records/{goldenId}";

    private static string Join(string separator, params string?[] parts) =>
        string.Join(separator, parts.Where(p => !string.IsNullOrWhiteSpace(p)).Select(p => p!.Trim()));
}
