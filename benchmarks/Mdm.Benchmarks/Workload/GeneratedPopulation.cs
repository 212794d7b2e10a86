using System.Diagnostics;
using System.Globalization;
using Mdm.Matching;

namespace Mdm.Benchmarks.Workload;

/// <summary>
/// Source records of <c>people</c> synthetic customers from the repository's generator (<c>data-samples</c>), with the
/// person each one really is. Generated once per (people, seed) into the system temp folder and read from there after.
/// </summary>
/// <param name="Records">Source records in the generator's order.</param>
/// <param name="PersonIds">The true person of each record, same order.</param>
internal sealed record GeneratedPopulation(IReadOnlyList<PersonInput> Records, IReadOnlyList<string> PersonIds)
{
    public static string CacheRoot { get; } = Path.Combine(Path.GetTempPath(), "mdm-benchmarks");

    public static GeneratedPopulation Load(int people, int seed, TextWriter log)
    {
        var folder = Folder(people, seed, log);
        var records = SourceRecordLines(folder).Select(SourceRecordReader.Read).ToList();
        return new GeneratedPopulation(records, TruePersonIds(folder, records.Count));
    }

    /// <summary>The cache folder of (people, seed), generated first when missing.</summary>
    public static string Folder(int people, int seed, TextWriter log)
    {
        var folder = Path.Combine(
            CacheRoot,
            string.Create(CultureInfo.InvariantCulture, $"people-{people}-seed-{seed}")
        );
        if (!File.Exists(Path.Combine(folder, "truth.csv")))
        {
            Generate(people, seed, folder, log);
        }
        return folder;
    }

    /// <summary>The source records of a population folder as the API's JSON, one a line, in the generator's order.</summary>
    public static IEnumerable<string> SourceRecordLines(string folder) =>
        File.ReadLines(Path.Combine(folder, "source-records.jsonl")).Where(line => line.Length > 0);

    /// <summary>The true person of each of the folder's <paramref name="records"/> source records, same order.</summary>
    public static List<string> TruePersonIds(string folder, int records)
    {
        // truth.csv: sourceSystem,sourceId,personId,cohort — one row per record, in the same order.
        var personIds = File.ReadLines(Path.Combine(folder, "truth.csv"))
            .Skip(1)
            .Select(row => row.Split(',')[2])
            .ToList();
        if (personIds.Count != records)
        {
            throw new InvalidDataException($"{folder} holds {records} records but {personIds.Count} truth rows.");
        }
        return personIds;
    }

    private static void Generate(int people, int seed, string folder, TextWriter log)
    {
        var project = Path.Combine(RepositoryRoot(), "data-samples", "Mdm.DataSamples");
        // Written beside the cache and moved in whole, so an interrupted run never leaves half a population.
        var partial = folder + ".partial-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture);
        log.WriteLine($"Generating {people:N0} people (seed {seed}) into {folder} …");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true };
        foreach (var arg in new[] { "run", "-c", "Release", "--project", project, "--" })
        {
            start.ArgumentList.Add(arg);
        }
        start.ArgumentList.Add("--people");
        start.ArgumentList.Add(people.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add("--seed");
        start.ArgumentList.Add(seed.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add("--out");
        start.ArgumentList.Add(partial);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start dotnet.");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException(
                $"The generator exited with {process.ExitCode} (its errors are above): {output}"
            );
        }
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
        Directory.Move(partial, folder);
    }

    /// <summary>The folder holding <c>CustomerMdm.sln</c>, above the working directory or the build output.</summary>
    public static string RepositoryRoot()
    {
        foreach (var start in new[] { Environment.CurrentDirectory, AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "CustomerMdm.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        throw new DirectoryNotFoundException($"No CustomerMdm.sln above {Environment.CurrentDirectory}.");
    }
}
