using System.Globalization;
using Mdm.Core.Imports;
using Mdm.Core.Persistence;

namespace Mdm.Stewardship.Web.Components.Imports;

/// <summary>What the import page says when a file is refused, and how progress reads.</summary>
public static class ImportMessages
{
    public static string Refused(string outcome, long maxBytes) =>
        outcome switch
        {
            StartImportOutcome.UnsupportedFormat => "Only .csv and .jsonl (or .ndjson) files can be imported.",
            StartImportOutcome.UnknownSourceSystem => "That source system does not exist.",
            StartImportOutcome.EmptyFile => "The file is empty.",
            StartImportOutcome.TooLarge => string.Create(
                CultureInfo.InvariantCulture,
                $"The file is larger than the {maxBytes / (1024.0 * 1024):0.#} MB an import may be."
            ),
            _ => "The file could not be imported.",
        };

    /// <summary>Percent of the file read (by bytes); a finished import is 100 whatever its size.</summary>
    public static double Percent(string status, ImportProgress progress) =>
        status == ImportStatus.Completed ? 100
        : progress.TotalBytes == 0 ? 0
        : Math.Round(100.0 * progress.BytesRead / progress.TotalBytes, 1);

    public static bool IsActive(ImportView import) => IsActive(import.Status);

    public static bool IsActive(string status) => status is ImportStatus.Queued or ImportStatus.Running;
}
