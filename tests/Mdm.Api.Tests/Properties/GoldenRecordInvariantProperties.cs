using Mdm.Api.Tests.Infrastructure;
using Mdm.Testing;

namespace Mdm.Api.Tests.Properties;

/// <summary>
/// Issue #4 item 8: random sequences of ingest, update, re-send, detach, merge, not-a-match and split through the HTTP
/// API, each from an empty database, with <see cref="GoldenRecordInvariants"/> checked after every step.
/// Longer runs: see <see cref="PropertyRuns"/> (CsCheck_Iter, CsCheck_Time, CsCheck_Seed).
/// </summary>
public sealed class GoldenRecordInvariantProperties(MdmApiFactory factory) : ApiTestBase(factory)
{
    /// <summary>
    /// Protects: every live source record belongs to exactly one active golden record and every active golden record
    /// holds one; merged ones point to another; each golden version has its change events (ADR 0006) with gapless
    /// sequences, and the change feed serves them all; a re-send of unchanged content writes none; no open review pairs
    /// excluded, identical or merged-away golden records. Fails on the first step that gets an unexpected response or
    /// after which a query of <see cref="GoldenRecordInvariants"/> finds a row.
    /// </summary>
    [Fact]
    public Task AnySequenceOfChanges_AfterEveryStep_KeepsGoldenRecordInvariants() =>
        PropertyRuns.CheckAsync(Operations.Sequences, RunAsync, iter: 40, print: Operations.Print);

    private async Task RunAsync(Operation[] sequence)
    {
        await Factory.ResetAsync();
        var runner = new OperationRunner(Admin, Factory);
        var done = new List<string>();
        for (var i = 0; i < sequence.Length; i++)
        {
            done.Add(await runner.RunAsync(sequence[i], i));
            var violations = await GoldenRecordInvariants.ViolationsAsync(Factory.ConnectionString);
            Assert.True(
                violations.Count == 0,
                $"After step {i}:\n  {string.Join("\n  ", done)}\nviolations:\n  {string.Join("\n  ", violations)}"
            );
        }
        await GoldenRecordInvariants.AssertChangeFeedServesEveryEventAsync(Admin, Factory);
    }
}
