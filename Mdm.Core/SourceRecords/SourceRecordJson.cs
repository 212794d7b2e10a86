using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Mdm.Core.SourceRecords;

/// <summary>The JSON settings of the whole product, and the content hash that tells an unchanged re-send.</summary>
public static class SourceRecordJson
{
    public static JsonSerializerOptions Options { get; } =
        new(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        };

    /// <summary>Reads a payload that already passed <see cref="SourceRecordValidator"/>; path values win over the body's.</summary>
    public static SourceRecordPayload Read(JsonElement validated, string? sourceSystem = null, string? sourceId = null)
    {
        var payload = validated.Deserialize<SourceRecordPayload>(Options)!;
        return payload with
        {
            SourceSystem = sourceSystem ?? payload.SourceSystem,
            SourceId = sourceId ?? payload.SourceId,
        };
    }

    /// <summary>SHA-256 of the payload in a canonical form: attribute order and whitespace do not count.</summary>
    public static string ContentHash(SourceRecordPayload payload)
    {
        var canonical = payload with
        {
            Attributes = payload.Attributes is null
                ? null
                : new SortedDictionary<string, JsonElement>(payload.Attributes.ToDictionary(), StringComparer.Ordinal),
        };
        var bytes = JsonSerializer.SerializeToUtf8Bytes(canonical, Options);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }

    public static JsonDocument ToDocument(SourceRecordPayload payload) =>
        JsonSerializer.SerializeToDocument(payload, Options);
}
