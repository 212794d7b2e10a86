using System.Globalization;
using System.Text.Json;
using Mdm.Core.SourceRecords;

namespace Mdm.Core.Consents;

/// <summary>
/// A consent told through <c>PUT /golden-records/{id}/consents/{purpose}/{channel}</c> (contract §6):
/// <c>{status, capturedAt, source?}</c>; <see cref="Source"/> defaults to the caller.
/// </summary>
public sealed record ConsentStatement(
    string Purpose,
    string Channel,
    string Status,
    DateTimeOffset CapturedAt,
    string? Source
)
{
    private static readonly HashSet<string> Fields = ["status", "capturedAt", "source"];
    private static readonly HashSet<string> Statuses = ["granted", "revoked"];

    /// <summary>Reads the path values and the body; the problems by field when they are not a valid statement.</summary>
    public static (ConsentStatement? Statement, IReadOnlyDictionary<string, string[]> Errors) Read(
        string purpose,
        string channel,
        JsonElement body,
        TimeProvider time
    )
    {
        var rules = new JsonFieldRules(time);
        foreach (var (name, value) in new[] { ("purpose", purpose), ("channel", channel) })
        {
            if (value.Length > 32 || !SourceRecordValidator.SystemCode().IsMatch(value))
            {
                rules.Add(name, "Must be a lower-case code of letters, digits, '-' or '_' (at most 32).");
            }
        }
        string? source = null;
        if (rules.Object(body, "", Fields))
        {
            rules.OneOf(body, "status", "", Statuses, required: true);
            rules.Timestamp(body, "capturedAt", "", required: true);
            source = rules.String(body, "source", "", max: 100);
        }
        if (rules.Errors.Count > 0)
        {
            return (null, rules.Errors);
        }
        var statement = new ConsentStatement(
            purpose,
            channel,
            body.GetProperty("status").GetString()!,
            DateTimeOffset.Parse(body.GetProperty("capturedAt").GetString()!, CultureInfo.InvariantCulture),
            string.IsNullOrWhiteSpace(source) ? null : source.Trim()
        );
        return (statement, rules.Errors);
    }
}
