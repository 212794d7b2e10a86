namespace Mdm.Core.Imports.Csv;

/// <summary>Where a CSV column's value goes in the canonical source record: a root field, or a field of one list item.</summary>
/// <param name="Group">Empty for a root field, else <c>name</c>, <c>emails</c>, <c>phones</c>, <c>addresses</c> or <c>attributes</c>.</param>
/// <param name="Item">The list item (0 or 1) for emails and phones.</param>
/// <param name="Field">The canonical field (contract §3).</param>
internal sealed record CsvTarget(string Group, int Item, string Field);

/// <summary>The canonical CSV column names shared by every source system (docs/imports.md).</summary>
internal static class CsvColumns
{
    /// <summary>Prefix of a column that holds an attribute: <c>attr.tier</c> fills <c>attributes.tier</c>.</summary>
    public const string AttributePrefix = "attr.";

    public static IReadOnlyDictionary<string, CsvTarget> Canonical { get; } = Build();

    /// <summary>The target of a canonical column name (case-insensitive), or null.</summary>
    public static CsvTarget? Find(string column)
    {
        if (Canonical.TryGetValue(column, out var target))
        {
            return target;
        }
        return column.StartsWith(AttributePrefix, StringComparison.OrdinalIgnoreCase)
            ? new CsvTarget("attributes", 0, column[AttributePrefix.Length..])
            : null;
    }

    private static Dictionary<string, CsvTarget> Build()
    {
        var columns = new Dictionary<string, CsvTarget>(StringComparer.OrdinalIgnoreCase);
        foreach (var field in new[] { "sourceId", "sourceUpdatedAt", "birthDate", "gender", "loyaltyId" })
        {
            columns[field] = new CsvTarget("", 0, field);
        }
        foreach (var field in new[] { "prefix", "given", "middle", "family", "suffix" })
        {
            columns[field] = new CsvTarget("name", 0, field);
        }
        columns["fullName"] = new CsvTarget("name", 0, "full");
        foreach (var (column, item) in new[] { ("email", 0), ("email2", 1) })
        {
            columns[column] = new CsvTarget("emails", item, "address");
            columns[column + "Type"] = new CsvTarget("emails", item, "type");
        }
        foreach (var (column, item) in new[] { ("phone", 0), ("phone2", 1) })
        {
            columns[column] = new CsvTarget("phones", item, "number");
            columns[column + "Type"] = new CsvTarget("phones", item, "type");
            columns[column + "Country"] = new CsvTarget("phones", item, "country");
        }
        foreach (var field in new[] { "line1", "line2", "city", "region", "postalCode", "country" })
        {
            columns[field] = new CsvTarget("addresses", 0, field);
        }
        columns["addressType"] = new CsvTarget("addresses", 0, "type");
        return columns;
    }
}
