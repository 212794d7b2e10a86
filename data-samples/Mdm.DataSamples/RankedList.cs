namespace Mdm.DataSamples;

/// <summary>
/// Picks from a list ordered by popularity with weight 1/(rank + offset), so the head repeats the way
/// common names do (many unrelated Smiths) while the tail still shows up.
/// </summary>
internal sealed class RankedList<T>
{
    private readonly IReadOnlyList<T> _items;
    private readonly double[] _cumulative;

    public RankedList(IReadOnlyList<T> items, double offset)
    {
        _items = items;
        _cumulative = new double[items.Count];
        var total = 0.0;
        for (var rank = 0; rank < items.Count; rank++)
        {
            total += 1.0 / (rank + 1 + offset);
            _cumulative[rank] = total;
        }
    }

    public IReadOnlyList<T> Items => _items;

    public T Pick(Random rng)
    {
        var roll = rng.NextDouble() * _cumulative[^1];
        var index = Array.BinarySearch(_cumulative, roll);
        return _items[Math.Min(index < 0 ? ~index : index, _items.Count - 1)];
    }
}
