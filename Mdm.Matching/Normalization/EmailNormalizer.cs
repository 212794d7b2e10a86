namespace Mdm.Matching.Normalization;

/// <summary>Normalizes email addresses for comparison.</summary>
public static class EmailNormalizer
{
    /// <summary>
    /// Trims and lower-cases the address and drops a plus-tag from the local part
    /// (<c>Jane+Shop@Example.com</c> → <c>jane@example.com</c>). Returns null for anything without a single <c>@</c>
    /// and text on both sides.
    /// </summary>
    public static string? Normalize(string? address)
    {
        if (string.IsNullOrWhiteSpace(address))
        {
            return null;
        }
        var trimmed = address.Trim().ToLowerInvariant();
        var at = trimmed.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != trimmed.LastIndexOf('@') || at == trimmed.Length - 1)
        {
            return null;
        }
        var local = trimmed[..at];
        var plus = local.IndexOf('+', StringComparison.Ordinal);
        if (plus > 0)
        {
            local = local[..plus];
        }
        return local + trimmed[at..];
    }
}
