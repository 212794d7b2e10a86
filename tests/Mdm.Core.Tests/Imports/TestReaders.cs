namespace Mdm.Core.Tests.Imports;

/// <summary>A text reader that hands out one character per read, to put buffer boundaries everywhere.</summary>
internal sealed class TrickleReader(string text) : TextReader
{
    private int _position;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        if (_position == text.Length || buffer.Length == 0)
        {
            return 0;
        }
        buffer[0] = text[_position++];
        return 1;
    }

    public override ValueTask<int> ReadAsync(Memory<char> buffer, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(Read(buffer.Span));
}

internal static class Readers
{
    /// <summary>Everything a line reader yields until it answers null.</summary>
    public static async Task<List<T>> ReadAll<T>(Func<CancellationToken, ValueTask<T?>> read)
        where T : class
    {
        var items = new List<T>();
        while (await read(CancellationToken.None) is { } item)
        {
            items.Add(item);
        }
        return items;
    }
}
