using System.Collections.Frozen;

namespace Mdm.Matching.Normalization;

/// <summary>
/// Given-name nicknames (<c>bill</c> → <c>william</c>) from the table shipped in <c>Resources/nicknames.csv</c>
/// (pseudopeople, BSD-3-Clause). Names are compared folded (see <see cref="TextFolding.Fold"/>).
/// </summary>
public static class Nicknames
{
    private static readonly Lazy<FrozenDictionary<string, string[]>> RootsByName = new(Load);

    /// <summary>
    /// The name itself followed by the formal names it is a nickname of (<c>bill</c> → <c>bill</c>, <c>william</c>).
    /// A name the table does not know is its only root.
    /// </summary>
    public static IReadOnlyList<string> Roots(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return RootsByName.Value.TryGetValue(name, out var roots) ? roots.AsReadOnly() : [name];
    }

    /// <summary>
    /// True when the names are equal, one is a nickname of the other, or both are nicknames of one formal name
    /// (<c>bill</c>, <c>will</c>).
    /// </summary>
    public static bool AreRelated(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (string.Equals(a, b, StringComparison.Ordinal))
        {
            return true;
        }
        var table = RootsByName.Value;
        var hasA = table.TryGetValue(a, out var rootsA);
        var hasB = table.TryGetValue(b, out var rootsB);
        if (!hasA || !hasB)
        {
            // An unknown name's only root is itself.
            return (hasA && Array.IndexOf(rootsA!, b) >= 0) || (hasB && Array.IndexOf(rootsB!, a) >= 0);
        }
        foreach (var root in rootsA!)
        {
            if (Array.IndexOf(rootsB!, root) >= 0)
            {
                return true;
            }
        }
        return false;
    }

    private static FrozenDictionary<string, string[]> Load()
    {
        using var stream =
            typeof(Nicknames).Assembly.GetManifestResourceStream("Mdm.Matching.Resources.nicknames.csv")
            ?? throw new InvalidOperationException("The embedded nickname table is missing.");
        using var reader = new StreamReader(stream);
        reader.ReadLine(); // header: name, nickname_1 … nickname_15
        var formalsOf = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            var fields = line.Split(',');
            if (TextFolding.Fold(fields[0]) is not { } formal)
            {
                continue;
            }
            FormalsOf(formalsOf, formal);
            foreach (var field in fields.AsSpan(1))
            {
                if (TextFolding.Fold(field) is { } nickname && nickname != formal)
                {
                    var formals = FormalsOf(formalsOf, nickname);
                    if (!formals.Contains(formal))
                    {
                        formals.Add(formal);
                    }
                }
            }
        }
        return formalsOf.ToFrozenDictionary(
            pair => pair.Key,
            pair => (string[])[pair.Key, .. pair.Value],
            StringComparer.Ordinal
        );
    }

    private static List<string> FormalsOf(Dictionary<string, List<string>> formalsOf, string name)
    {
        if (!formalsOf.TryGetValue(name, out var formals))
        {
            formals = [];
            formalsOf.Add(name, formals);
        }
        return formals;
    }
}
