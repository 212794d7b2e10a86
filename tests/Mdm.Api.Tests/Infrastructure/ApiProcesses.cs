namespace Mdm.Api.Tests.Infrastructure;

/// <summary>
/// Tests that run the API as child processes and kill them, or measure memory: alone, after the parallel classes, so
/// other tests neither starve the processes of CPU on a small machine nor add to the heap a test measures.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ApiProcesses
{
    public const string Name = "API processes";
}
