using Mdm.Core.Webhooks;

namespace Mdm.Core.Tests.Webhooks;

public sealed class StandardWebhookSignatureTests
{
    // The test vector published with the Standard Webhooks specification and its reference libraries: matching it
    // is what says a receiver's stock library will accept our deliveries.
    private const string Secret = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private const string MsgId = "msg_p5jXN8AQM9LWM0D4loKWxJek";
    private const long Timestamp = 1614265330;
    private const string Body = """{"test": 2432232314}""";

    [Fact]
    public void Sign_SpecificationTestVector_ReproducesPublishedSignature() =>
        Assert.Equal(
            "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=",
            StandardWebhookSignature.Sign(Secret, MsgId, Timestamp, Body)
        );

    [Theory]
    [InlineData(MsgId, Timestamp, """{"test": 2432232315}""")]
    [InlineData(MsgId, Timestamp + 1, Body)]
    [InlineData("msg_p5jXN8AQM9LWM0D4loKWxJel", Timestamp, Body)]
    public void Sign_AnyInputChanged_DiffersFromVector(string msgId, long timestamp, string body) =>
        Assert.NotEqual(
            StandardWebhookSignature.Sign(Secret, MsgId, Timestamp, Body),
            StandardWebhookSignature.Sign(Secret, msgId, timestamp, body)
        );

    [Theory]
    [InlineData("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")]
    [InlineData("whsec_")]
    [InlineData("whsec_not base64!")]
    [InlineData("WHSEC_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw")]
    public void Sign_MalformedSecret_ThrowsArgumentException(string secret) =>
        Assert.Throws<ArgumentException>(() => StandardWebhookSignature.Sign(secret, MsgId, Timestamp, Body));

    [Fact]
    public void NewSecret_Always_IsPrefixedBase64Of24BytesAndUnique()
    {
        var secret = StandardWebhookSignature.NewSecret();

        Assert.StartsWith("whsec_", secret, StringComparison.Ordinal);
        Assert.Equal(24, Convert.FromBase64String(secret["whsec_".Length..]).Length);
        Assert.NotEqual(secret, StandardWebhookSignature.NewSecret());
        Assert.StartsWith(
            "v1,",
            StandardWebhookSignature.Sign(secret, MsgId, Timestamp, Body),
            StringComparison.Ordinal
        );
    }
}
