namespace Mdm.Evaluation.Datasets;

/// <summary>Finds the repository root (the folder holding <c>CustomerMdm.sln</c>) and the shared data beside it.</summary>
internal static class RepositoryPaths
{
    private const string SolutionFile = "CustomerMdm.sln";

    public static string Root { get; } = FindRoot();

    /// <summary><c>&lt;root&gt;/../shared/data</c>: the labelled public benchmarks.</summary>
    public static string SharedData => Path.GetFullPath(Path.Combine(Root, "..", "shared", "data"));

    private static string FindRoot()
    {
        // The working directory first (dotnet run from the root), then the build output (tests).
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, SolutionFile)))
                {
                    return dir.FullName;
                }
            }
        }
        throw new DirectoryNotFoundException($"No {SolutionFile} above {Environment.CurrentDirectory}.");
    }
}
