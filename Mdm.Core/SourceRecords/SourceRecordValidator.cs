using System.Text.Json;
using System.Text.RegularExpressions;

namespace Mdm.Core.SourceRecords;

/// <summary>Checks a source record's JSON against the contract's canonical shape and names every bad field.</summary>
public sealed partial class SourceRecordValidator(TimeProvider time)
{
    private static readonly HashSet<string> RootFields =
    [
        "sourceSystem",
        "sourceId",
        "sourceUpdatedAt",
        "name",
        "emails",
        "phones",
        "addresses",
        "birthDate",
        "gender",
        "loyaltyId",
        "attributes",
        "consents",
    ];
    private static readonly HashSet<string> NameFields = ["full", "prefix", "given", "middle", "family", "suffix"];
    private static readonly HashSet<string> EmailFields = ["address", "type"];
    private static readonly HashSet<string> PhoneFields = ["number", "type", "country"];
    private static readonly HashSet<string> AddressFields =
    [
        "line1",
        "line2",
        "city",
        "region",
        "postalCode",
        "country",
        "type",
    ];
    private static readonly HashSet<string> ConsentFields = ["purpose", "channel", "status", "capturedAt"];
    private static readonly HashSet<string> ConsentStatuses = ["granted", "revoked"];
    private static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    public const int MaxListItems = 10;
    public const int MaxSourceIdLength = 128;
    public const int MaxAttributes = 50;

    /// <summary>Returns the problems by JSON path; empty when the record is valid.</summary>
    /// <param name="root">The record's JSON.</param>
    /// <param name="identityInPath">True when the URL names the source record, so the body need not.</param>
    public IReadOnlyDictionary<string, string[]> Validate(JsonElement root, bool identityInPath = false)
    {
        var rules = new JsonFieldRules(time);
        if (!rules.Object(root, "", RootFields))
        {
            return rules.Errors;
        }
        rules.Pattern(
            root,
            "sourceSystem",
            "",
            SystemCode(),
            "Must be a lower-case code of letters, digits, '-' or '_'.",
            required: !identityInPath,
            max: 32
        );
        rules.Pattern(
            root,
            "sourceId",
            "",
            SourceId(),
            "May contain only letters, digits and . _ : ~ -",
            required: !identityInPath,
            max: 128
        );
        rules.Timestamp(root, "sourceUpdatedAt", "");
        if (JsonFieldRules.Present(root, "name", out var name) && rules.Object(name, "name", NameFields))
        {
            foreach (var field in NameFields)
            {
                rules.String(name, field, "name");
            }
        }
        foreach (var (email, path) in Items(rules, root, "emails", EmailFields))
        {
            rules.Pattern(email, "address", path, Email(), "Must be an email address.", required: true, max: 254);
            rules.String(email, "type", path, max: 32);
        }
        foreach (var (phone, path) in Items(rules, root, "phones", PhoneFields))
        {
            rules.Pattern(
                phone,
                "number",
                path,
                Phone(),
                "Must be a phone number of digits, spaces and + ( ) . - /",
                required: true,
                max: 40
            );
            rules.String(phone, "type", path, max: 32);
            rules.Pattern(phone, "country", path, CountryCode(), "Must be an ISO 3166 alpha-2 code.", max: 2);
        }
        foreach (var (address, path) in Items(rules, root, "addresses", AddressFields))
        {
            foreach (var field in AddressFields)
            {
                rules.String(address, field, path, max: field == "type" ? 32 : JsonFieldRules.MaxString);
            }
        }
        rules.Date(root, "birthDate", "", EarliestBirthDate);
        rules.String(root, "gender", "", max: 16);
        rules.String(root, "loyaltyId", "", max: 64);
        ValidateAttributes(rules, root);
        foreach (var (consent, path) in Items(rules, root, "consents", ConsentFields))
        {
            rules.Pattern(
                consent,
                "purpose",
                path,
                SystemCode(),
                "Must be a lower-case code.",
                required: true,
                max: 32
            );
            rules.Pattern(
                consent,
                "channel",
                path,
                SystemCode(),
                "Must be a lower-case code.",
                required: true,
                max: 32
            );
            rules.OneOf(consent, "status", path, ConsentStatuses, required: true);
            rules.Timestamp(consent, "capturedAt", path, required: true);
        }
        return rules.Errors;
    }

    private static IEnumerable<(JsonElement Item, string Path)> Items(
        JsonFieldRules rules,
        JsonElement root,
        string name,
        IReadOnlySet<string> fields
    ) => rules.Array(root, name, "", MaxListItems).Where(x => rules.Object(x.Item, x.Path, fields));
}
