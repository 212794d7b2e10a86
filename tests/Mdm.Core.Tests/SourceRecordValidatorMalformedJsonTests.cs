using System.Text.Json;
using Mdm.Core.SourceRecords;

namespace Mdm.Core.Tests;

/// <summary>
/// JSON that <see cref="JsonDocument.Parse(string, JsonDocumentOptions)"/> accepts with the API's options but that is not
/// a well-formed record. Validation must answer these with errors: a record that passes is handed to
/// <see cref="SourceRecordJson.Read"/>, and an exception there becomes a 500 instead of a 400.
/// </summary>
public sealed class SourceRecordValidatorMalformedJsonTests
{
    private static IReadOnlyDictionary<string, string[]> Validate(string json) =>
        new SourceRecordValidator(FixedTimeProvider.Default).Validate(ContractExample.Parse(json));

    [Fact]
    public void Validate_DuplicateFieldWithInvalidFirstValue_ErrorAtThatField()
    {
        // The validator looks at the last "birthDate"; the deserializer converts both and fails on the first.
        const string json =
            """{"sourceSystem":"crm","sourceId":"C-1","birthDate":"garbage","birthDate":"1985-04-03"}""";

        var errors = Validate(json);

        Assert.Contains("birthDate", errors.Keys);
    }

    [Theory]
    [InlineData("""{"sourceSystem":"crm","sourceId":"C-1","name":{"given":"Zo\ud800"}}""", "name.given")]
    [InlineData("""{"sourceSystem":"crm","sourceId":"C-1","attributes":{"note":"\udc00"}}""", "attributes.note")]
    public void Validate_LoneSurrogateEscape_ErrorAtThatFieldInsteadOfThrowing(string json, string path)
    {
        var errors = Validate(json);

        Assert.Contains(path, errors.Keys);
    }
}
