using System.Globalization;
using Mdm.Core.GoldenRecords;
using Mdm.Stewardship.Web.Components.GoldenRecords;

namespace Mdm.Stewardship.Web.Reviews;

/// <summary>One attribute of two golden records and of their merge, as text, with whether A and B differ.</summary>
public sealed record ComparisonRow(string Attribute, string A, string B, string Merged)
{
    /// <summary>Both hold a value and the values differ (ignoring case and spacing); a missing side is no conflict.</summary>
    public bool Differs => A.Length > 0 && B.Length > 0 && !string.Equals(Fold(A), Fold(B), StringComparison.Ordinal);

    private static string Fold(string text) =>
        string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToUpperInvariant();
}

/// <summary>Lays two golden records and the merge preview side by side, attribute by attribute.</summary>
public static class GoldenComparisonRows
{
    public static IReadOnlyList<ComparisonRow> Build(GoldenValues a, GoldenValues b, GoldenValues merged)
    {
        var rows = new List<ComparisonRow>
        {
            Row("Name", a, b, merged, v => v.Name is { IsEmpty: false } n ? GoldenDisplay.NameOf(n) : ""),
            Row(
                "Birth date",
                a,
                b,
                merged,
                v => v.BirthDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? ""
            ),
            Row("Gender", a, b, merged, v => v.Gender ?? ""),
            Row("E-mails", a, b, merged, v => Join(v.Emails.Select(e => e.Address))),
            Row("Phones", a, b, merged, v => Join(v.Phones.Select(p => p.Number))),
            Row("Addresses", a, b, merged, v => Join(v.Addresses.Select(ValueText.Address))),
            Row("Loyalty ids", a, b, merged, v => Join(v.LoyaltyIds)),
        };
        var keys = a
            .Attributes.Keys.Concat(b.Attributes.Keys)
            .Concat(merged.Attributes.Keys)
            .Distinct()
            .Order(StringComparer.Ordinal);
        rows.AddRange(
            keys.Select(k => Row(k, a, b, merged, v => v.Attributes.TryGetValue(k, out var x) ? ValueText.Json(x) : ""))
        );
        return rows.Where(r => r.A.Length + r.B.Length + r.Merged.Length > 0).ToList();
    }

    private static ComparisonRow Row(
        string attribute,
        GoldenValues a,
        GoldenValues b,
        GoldenValues merged,
        Func<GoldenValues, string> text
    ) => new(attribute, text(a), text(b), text(merged));

    private static string Join(IEnumerable<string> values) => string.Join("; ", values);
}
