using System.Text.Json;
using Mdm.Core.SourceRecords;
using Mdm.Matching;

namespace Mdm.Benchmarks.Workload;

/// <summary>Reads a source record in the API's JSON shape into the matcher's input, with the hub's own mapping.</summary>
internal static class SourceRecordReader
{
    public static PersonInput Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return SourceRecordNormalizer.ToPersonInput(SourceRecordJson.Read(document.RootElement));
    }
}
