namespace Mdm.Matching.Normalization;

/// <summary>
/// <see cref="TextFolding.Fold"/> with a fast path for ASCII text, the common case of the short words names and
/// addresses are parsed into; other text goes through <see cref="TextFolding.Fold"/> itself.
/// </summary>
internal static class AsciiFold
{
    public static string? Fold(ReadOnlySpan<char> text)
    {
        if (!System.Text.Ascii.IsValid(text) || text.Length > 256)
        {
            return TextFolding.Fold(text.ToString());
        }
        Span<char> buffer = stackalloc char[text.Length];
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c))
            {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && length > 0)
            {
                buffer[length++] = ' ';
            }
            pendingSpace = false;
            buffer[length++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
        }
        return length == 0 ? null : new string(buffer[..length]);
    }
}
