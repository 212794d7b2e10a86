using BenchmarkDotNet.Running;
using Mdm.Benchmarks;

// `throughput [--goldens N] [--probes N]` is the plain single-thread run; anything else goes to BenchmarkDotNet.
if (args is ["throughput", .. var options])
{
    return ThroughputCommand.Run(options);
}
BenchmarkSwitcher.FromAssembly(typeof(HotPathBenchmarks).Assembly).Run(args);
return 0;
