namespace Mdm.Core.Persistence;

/// <summary>The channel systems every installation starts with.</summary>
public static class BuiltInSourceSystems
{
    private static readonly DateTimeOffset Seeded = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static IReadOnlyList<SourceSystem> All { get; } =
    [
        new()
        {
            Code = "ecommerce",
            Name = "Ecommerce",
            BuiltIn = true,
            CreatedAt = Seeded,
        },
        new()
        {
            Code = "pos",
            Name = "Point of sale",
            BuiltIn = true,
            CreatedAt = Seeded,
        },
        new()
        {
            Code = "loyalty",
            Name = "Loyalty",
            BuiltIn = true,
            CreatedAt = Seeded,
        },
        new()
        {
            Code = "crm",
            Name = "CRM",
            BuiltIn = true,
            CreatedAt = Seeded,
        },
        new()
        {
            Code = "erp",
            Name = "ERP",
            BuiltIn = true,
            CreatedAt = Seeded,
        },
    ];
}
