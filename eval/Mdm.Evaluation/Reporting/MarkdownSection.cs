using Mdm.Evaluation.Metrics;

namespace Mdm.Evaluation.Reporting;

/// <summary>The runner's results as a section of <c>docs/quality.md</c>.</summary>
internal static class MarkdownSection
{
    public static string Render(IReadOnlyList<QualityReport> reports, string resolverName, string commandLine) =>
        $"""
            ## Matching quality on labelled data

            Resolver: `{resolverName}`. Produced by `{commandLine}`.

            {ResultTable.Markdown(reports).TrimEnd()}

            - Precision, recall and F1 count pairs of source records: predicted when the resolver put both in one
              cluster, true when both are one person.
            - Auto-merge P: share of the pairs the resolver merged automatically that are one person.
            - F1 after review: F1 once a steward who is always right has accepted every review between two clusters of
              the same person (the majority person of each cluster) and rejected the others.
            - Reviews %: reviews per source record. Pair completeness: share of true pairs the resolver compared or
              clustered together, the recall its candidate search left possible.
            - Records/s: normalization and resolution (resolver set-up excluded), on the machine that ran it.
            - `febrlN-ssn` passes FEBRL's social security number as an identifier; `febrlN` leaves it out, as a
              retailer would have none.

            """;
}
