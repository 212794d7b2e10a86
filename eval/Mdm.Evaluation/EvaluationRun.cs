using System.Diagnostics;
using Mdm.Evaluation.Datasets;
using Mdm.Evaluation.Metrics;
using Mdm.Matching.Normalization;

namespace Mdm.Evaluation;

internal static class EvaluationRun
{
    /// <summary>Normalizes and resolves one dataset, timing both, and scores the outcome.</summary>
    /// <returns>The report and the name of the resolver's type.</returns>
    public static (QualityReport Report, string ResolverName) Run(LabelledDataset dataset)
    {
        var normalizing = Stopwatch.StartNew();
        var records = dataset.Records.Select(PersonNormalizer.Normalize).ToList();
        normalizing.Stop();
        // Setting a resolver up (estimating its parameters) happens once per deployment, not per record: not timed.
        var resolver = ResolverFactory.Create(records);
        var resolving = Stopwatch.StartNew();
        var result = resolver.Resolve(records);
        resolving.Stop();
        var report = Evaluator.Evaluate(dataset, result, normalizing.Elapsed + resolving.Elapsed);
        return (report, resolver.GetType().Name);
    }

    /// <summary>Resolves a slice of <paramref name="dataset"/> untimed, so JIT compilation does not weigh on the first rate.</summary>
    public static void WarmUp(LabelledDataset dataset)
    {
        var records = dataset.Records.Take(200).Select(PersonNormalizer.Normalize).ToList();
        ResolverFactory.Create(records).Resolve(records);
    }
}
