namespace Mdm.Stewardship.Web.Reviews;

/// <summary>What a steward chose on the compare page, by button or keyboard (M, N, S, J).</summary>
public enum DecisionKey
{
    Merge,
    NotAMatch,
    Skip,
    Next,
}

public static class DecisionKeys
{
    /// <summary>The shortcut for a key press, or null; modifier chords are left to the browser.</summary>
    public static DecisionKey? FromKey(string key, bool modifier) =>
        modifier
            ? null
            : key switch
            {
                "m" or "M" => DecisionKey.Merge,
                "n" or "N" => DecisionKey.NotAMatch,
                "s" or "S" => DecisionKey.Skip,
                "j" or "J" => DecisionKey.Next,
                _ => null,
            };
}
