namespace Mdm.DataSamples;

/// <summary>
/// Choice helpers over the one seeded <see cref="Random"/> the generator threads everywhere:
/// a single stream consumed in a fixed order is what makes a seed reproduce the sample byte for byte.
/// </summary>
internal static class RandomExtensions
{
    public static bool Chance(this Random rng, double probability) => rng.NextDouble() < probability;

    public static T Pick<T>(this Random rng, IReadOnlyList<T> items) => items[rng.Next(items.Count)];

    public static T PickWeighted<T>(this Random rng, IReadOnlyList<(T Value, double Weight)> options)
    {
        var roll = rng.NextDouble() * options.Sum(o => o.Weight);
        foreach (var (value, weight) in options)
        {
            if (roll < weight)
            {
                return value;
            }
            roll -= weight;
        }
        return options[^1].Value;
    }

    public static string Digits(this Random rng, int count)
    {
        var digits = new char[count];
        for (var i = 0; i < count; i++)
        {
            digits[i] = (char)('0' + rng.Next(10));
        }
        return new string(digits);
    }

    public static DateTime Between(this Random rng, DateTime from, DateTime to) =>
        from.AddSeconds(rng.NextInt64((long)(to - from).TotalSeconds));

    public static DateOnly Between(this Random rng, DateOnly from, DateOnly to) =>
        from.AddDays(rng.Next(to.DayNumber - from.DayNumber + 1));
}
