namespace Mdm.Api.Tests.Infrastructure;

/// <summary>
/// Tests that need Hangfire's workers to run jobs: run alone, after the parallel classes. Hangfire keeps its job
/// storage and log provider in statics, set by whichever host started last; a host started or disposed beside this
/// one would point its workers at another database or at a disposed logger.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HangfireWorkers
{
    public const string Name = "Hangfire workers";
}
