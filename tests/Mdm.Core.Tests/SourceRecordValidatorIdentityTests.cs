using Mdm.Core.SourceRecords;

namespace Mdm.Core.Tests;

public sealed class SourceRecordValidatorIdentityTests
{
    private readonly SourceRecordValidator _validator = new(FixedTimeProvider.Default);

    [Fact]
    public void Validate_IdentityMissingFromBody_ErrorsAtBothFields()
    {
        var body = ContractExample.With(r =>
        {
            r.Remove("sourceSystem");
            r.Remove("sourceId");
        });

        var errors = _validator.Validate(body);

        Assert.Equal(["Is required."], Assert.Contains("sourceSystem", errors));
        Assert.Equal(["Is required."], Assert.Contains("sourceId", errors));
    }

    [Fact]
    public void Validate_IdentityBlankInBody_ErrorsAtBothFields()
    {
        var errors = _validator.Validate(
            ContractExample.With(r =>
            {
                r["sourceSystem"] = "";
                r["sourceId"] = "  ";
            })
        );

        Assert.Equal(["sourceId", "sourceSystem"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Validate_IdentityInPath_BodyMayOmitIdentity()
    {
        var body = ContractExample.With(r =>
        {
            r.Remove("sourceSystem");
            r.Remove("sourceId");
        });

        Assert.Empty(_validator.Validate(body, identityInPath: true));
    }

    [Fact]
    public void Validate_IdentityInPath_BodyIdentityIsStillChecked()
    {
        var body = ContractExample.With(r => r["sourceSystem"] = "ECOMMERCE");

        Assert.Equal(["sourceSystem"], _validator.Validate(body, identityInPath: true).Keys);
    }

    [Theory]
    [InlineData("ecommerce", "WEB-1001")]
    [InlineData("pos_2", "a.b_c:d~e-f")]
    public void ValidateIdentity_ValidIdentity_HasNoErrors(string system, string id)
    {
        Assert.Empty(SourceRecordValidator.ValidateIdentity(system, id));
    }

    [Theory]
    [InlineData("ECommerce")]
    [InlineData("-crm")]
    [InlineData("crm system")]
    [InlineData("")]
    public void ValidateIdentity_BadSourceSystem_ErrorAtSourceSystem(string system)
    {
        Assert.Equal(["sourceSystem"], SourceRecordValidator.ValidateIdentity(system, "WEB-1001").Keys);
    }

    [Fact]
    public void ValidateIdentity_SourceSystemOf33Chars_ErrorAtSourceSystem()
    {
        Assert.Empty(SourceRecordValidator.ValidateIdentity(new string('a', 32), "1"));
        Assert.Equal(["sourceSystem"], SourceRecordValidator.ValidateIdentity(new string('a', 33), "1").Keys);
    }

    [Theory]
    [InlineData("WEB 1001")]
    [InlineData("WEB/1001")]
    [InlineData("")]
    public void ValidateIdentity_BadSourceId_ErrorAtSourceId(string id)
    {
        Assert.Equal(["sourceId"], SourceRecordValidator.ValidateIdentity("ecommerce", id).Keys);
    }

    [Fact]
    public void ValidateIdentity_SourceIdOf129Chars_ErrorAtSourceId()
    {
        Assert.Empty(SourceRecordValidator.ValidateIdentity("crm", new string('1', 128)));
        Assert.Equal(["sourceId"], SourceRecordValidator.ValidateIdentity("crm", new string('1', 129)).Keys);
    }
}
