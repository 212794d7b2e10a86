namespace Mdm.Evaluation;

/// <summary>Union–find over string ids; the set keeps the id of the side it was joined to.</summary>
internal sealed class DisjointSets
{
    private readonly Dictionary<string, string> _parent = new(StringComparer.Ordinal);

    public string Find(string id)
    {
        var root = id;
        while (_parent.TryGetValue(root, out var up))
        {
            root = up;
        }
        // Path compression keeps later look-ups near constant on long merge chains.
        while (_parent.TryGetValue(id, out var up) && !string.Equals(up, root, StringComparison.Ordinal))
        {
            _parent[id] = root;
            id = up;
        }
        return root;
    }

    /// <summary>Joins the set of <paramref name="joining"/> into the set of <paramref name="into"/>.</summary>
    /// <returns>False when both were already one set.</returns>
    public bool Union(string into, string joining)
    {
        var target = Find(into);
        var source = Find(joining);
        if (string.Equals(target, source, StringComparison.Ordinal))
        {
            return false;
        }
        _parent[source] = target;
        return true;
    }
}
