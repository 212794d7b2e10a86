using Mdm.Core.SourceRecords;

namespace Mdm.Core.GoldenRecords;

/// <summary>How a person is named on a steward's screen.</summary>
public static class GoldenDisplay
{
    public const string Unnamed = "(no name)";

    public static string NameOf(PersonName? name)
    {
        if (name is null || name.IsEmpty)
        {
            return Unnamed;
        }
        var parts = new[] { name.Given, name.Middle, name.Family, name.Suffix }.Where(p =>
            !string.IsNullOrWhiteSpace(p)
        );
        var joined = string.Join(' ', parts);
        return joined.Length > 0 ? joined : name.Full!.Trim();
    }
}
