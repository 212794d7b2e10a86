namespace Mdm.Evaluation.Tests;

/// <summary>Builds key → label maps from groups: <c>Groups("a b c", "d e")</c> puts a, b, c in group 1.</summary>
internal static class Truth
{
    public static Dictionary<string, string> Groups(params string[] groups)
    {
        var labelOf = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < groups.Length; i++)
        {
            foreach (var key in groups[i].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                labelOf.Add(key, "G" + (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture));
            }
        }
        return labelOf;
    }
}
