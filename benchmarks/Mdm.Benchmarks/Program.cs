using BenchmarkDotNet.Running;
using Mdm.Benchmarks;

// `throughput` is the plain single-thread run, `directories` the candidate search per Lucene directory; anything
// else goes to BenchmarkDotNet.
if (args is ["throughput", .. var options])
{
    return ThroughputCommand.Run(options);
}
if (args is ["directories", .. var directoryOptions])
{
    return DirectoriesCommand.Run(directoryOptions);
}
BenchmarkSwitcher.FromAssembly(typeof(HotPathBenchmarks).Assembly).Run(args);
return 0;
