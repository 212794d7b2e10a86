namespace Mdm.Core.GoldenRecords;

/// <summary>A survivorship rules file that cannot be used; the message names the file and every problem in it.</summary>
public sealed class SurvivorshipRulesException : Exception
{
    public SurvivorshipRulesException(string fileName, IReadOnlyList<string> problems)
        : base(
            $"Survivorship rules '{fileName}' cannot be used:{string.Concat(problems.Select(p => $"{Environment.NewLine}  - {p}"))}"
        )
    {
        FileName = fileName;
        Problems = problems;
    }

    /// <summary>The path of the file, or the shipped file's name.</summary>
    public string FileName { get; }

    /// <summary>One line per problem, each naming the attribute (or field) and what is wrong.</summary>
    public IReadOnlyList<string> Problems { get; }
}
