namespace Mdm.Core.GoldenRecords;

/// <summary>Settings of survivorship (section <c>Survivorship</c>).</summary>
public sealed class SurvivorshipOptions
{
    public const string Section = "Survivorship";

    /// <summary>
    /// A rules file (<c>Survivorship__RulesPath</c>); when empty, the rules shipped with Mdm.Core are used. Read and
    /// validated once at start: a bad file stops the host with a message naming the file and each bad rule.
    /// </summary>
    public string? RulesPath { get; set; }
}
