using System.Text;
using Mdm.Evaluation.Metrics;
using static System.FormattableString;

namespace Mdm.Evaluation.Reporting;

/// <summary>The runner's table, as aligned text for the console and as a Markdown table.</summary>
internal static class ResultTable
{
    private static readonly string[] Headers =
    [
        "Dataset",
        "Records",
        "True pairs",
        "Precision",
        "Recall",
        "F1",
        "Auto-merge P",
        "F1 after review",
        "Reviews",
        "Reviews %",
        "Pair completeness",
        "Records/s",
    ];

    public static string Text(IReadOnlyList<QualityReport> reports)
    {
        var rows = reports.Select(Cells).Prepend(Headers).ToList();
        var widths = Headers.Select((_, i) => rows.Max(row => row[i].Length)).ToArray();
        var text = new StringBuilder();
        foreach (var row in rows)
        {
            // Dataset names left-aligned, numbers right-aligned.
            var cells = row.Select((cell, i) => i == 0 ? cell.PadRight(widths[i]) : cell.PadLeft(widths[i]));
            text.AppendLine(string.Join("  ", cells).TrimEnd());
        }
        foreach (var note in GroupNotes(reports))
        {
            text.AppendLine().Append(note);
        }
        return text.ToString();
    }

    public static string Markdown(IReadOnlyList<QualityReport> reports)
    {
        var text = new StringBuilder();
        text.AppendLine("| " + string.Join(" | ", Headers) + " |");
        text.AppendLine("|---" + string.Concat(Enumerable.Repeat("|---:", Headers.Length - 1)) + "|");
        foreach (var report in reports)
        {
            text.AppendLine("| " + string.Join(" | ", Cells(report)) + " |");
        }
        foreach (var note in GroupNotes(reports))
        {
            text.AppendLine().AppendLine(note);
        }
        return text.ToString();
    }

    private static string[] Cells(QualityReport r) =>
        [
            r.Dataset,
            Invariant($"{r.Records}"),
            Invariant($"{r.Final.TruePairs}"),
            Ratio(r.Final.Precision),
            Ratio(r.Final.Recall),
            Ratio(r.Final.F1),
            r.AutoMergePrecision is { } autoMerge ? Ratio(autoMerge) : "n/a",
            Ratio(r.AfterSteward.F1),
            Invariant($"{r.Reviews}"),
            Invariant($"{100 * r.ReviewShare:F1}"),
            Ratio(r.PairCompleteness),
            Invariant($"{r.RecordsPerSecond:F0}"),
        ];

    private static string Ratio(double value) => Invariant($"{value:F4}");

    private static IEnumerable<string> GroupNotes(IEnumerable<QualityReport> reports) =>
        reports
            .Where(r => r.GroupFalseMerges.Count > 0)
            .Select(r =>
                Invariant($"{r.Dataset}: auto-merged pairs of two different people in a lookalike cohort: ")
                + string.Join(", ", r.GroupFalseMerges.Select(g => Invariant($"{g.Key} {g.Value}")))
                + Invariant($" (total {r.GroupFalseMerges.Values.Sum()}).")
            );
}
