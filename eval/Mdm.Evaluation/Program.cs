using System.Globalization;
using Mdm.Evaluation;
using Mdm.Evaluation.Datasets;
using Mdm.Evaluation.Metrics;
using Mdm.Evaluation.Reporting;

if (args is ["train", var trainOn, var output, .. var rest])
{
    return await TrainCommand.RunAsync(trainOn, output, rest.FirstOrDefault());
}

if (args is ["diagnose", var diagnosed, .. var more])
{
    return DiagnoseCommand.Run(diagnosed, more.Length > 0 ? int.Parse(more[0], CultureInfo.InvariantCulture) : 5);
}

var options = RunnerOptions.Parse(args, out var error);
if (options is null)
{
    await Console.Error.WriteLineAsync(error + Environment.NewLine + RunnerOptions.Usage);
    return 2;
}

var datasets = options.Datasets.Select(DatasetCatalog.Load).ToList();
if (datasets.Count > 0)
{
    EvaluationRun.WarmUp(datasets[0]);
}

var reports = new List<QualityReport>();
var resolverName = "";
foreach (var dataset in datasets)
{
    var (report, resolver) = EvaluationRun.Run(dataset);
    reports.Add(report);
    resolverName = resolver;
}

Console.WriteLine($"Resolver: {resolverName}");
Console.WriteLine(ResultTable.Text(reports));
if (options.MarkdownPath is not null)
{
    var command = "dotnet run --project eval/Mdm.Evaluation -- " + string.Join(' ', args);
    await File.WriteAllTextAsync(
        options.MarkdownPath,
        MarkdownSection.Render(reports, resolverName, command.TrimEnd())
    );
    Console.WriteLine($"Wrote {options.MarkdownPath}");
}
return 0;
