using Mdm.Core.GoldenRecords;

namespace Mdm.Core.Consents;

/// <summary>One purpose and channel whose current consent differs between two states of a golden record.</summary>
/// <param name="Previous">The consent before (null: none was held).</param>
/// <param name="Current">The consent after (null: none is held any more, e.g. its only source record left).</param>
public sealed record ConsentChange(string Purpose, string Channel, GoldenConsent? Previous, GoldenConsent? Current)
{
    /// <summary>The effective changes from <paramref name="before"/> to <paramref name="after"/>, by purpose and channel.</summary>
    public static IReadOnlyList<ConsentChange> Between(
        IReadOnlyList<GoldenConsent> before,
        IReadOnlyList<GoldenConsent> after
    )
    {
        var old = before.ToDictionary(c => (c.Purpose, c.Channel));
        var now = after.ToDictionary(c => (c.Purpose, c.Channel));
        return old
            .Keys.Union(now.Keys)
            .Order()
            .Select(key => new ConsentChange(
                key.Purpose,
                key.Channel,
                old.GetValueOrDefault(key),
                now.GetValueOrDefault(key)
            ))
            .Where(c => c.Previous != c.Current)
            .ToList();
    }
}
