using BenchmarkDotNet.Running;
using Mdm.Benchmarks;
using Mdm.Benchmarks.MatchLatency;

// `throughput` is the plain single-thread run, `directories` the candidate search per Lucene directory,
// `match-latency` the match endpoint over HTTP against a seeded hub; anything else goes to BenchmarkDotNet.
if (args is ["throughput", .. var options])
{
    return ThroughputCommand.Run(options);
}
if (args is ["directories", .. var directoryOptions])
{
    return DirectoriesCommand.Run(directoryOptions);
}
if (args is ["match-latency", .. var latencyOptions])
{
    return await MatchLatencyCommand.RunAsync(latencyOptions);
}
BenchmarkSwitcher.FromAssembly(typeof(HotPathBenchmarks).Assembly).Run(args);
return 0;
