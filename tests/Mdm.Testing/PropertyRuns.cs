using CsCheck;

namespace Mdm.Testing;

/// <summary>
/// Runs a CsCheck property the same way on every machine: by default a fixed sweep of <c>iter</c> cases from one
/// seed, so CI is deterministic. A failing case goes to CsCheck, which replays it, shrinks it (random smaller cases
/// for up to <c>shrinkSeconds</c>) and throws with the smallest failing case and its seed.
/// Longer local runs use CsCheck's own environment variables:
/// <c>CsCheck_Iter=500</c> or <c>CsCheck_Time=600</c> (seconds) sample that many fresh random cases instead of the sweep;
/// <c>CsCheck_Seed=…</c> (as printed by a failure) replays that one case, first of the random ones when either is set.
/// </summary>
public static class PropertyRuns
{
    private const uint Stream = 4_243;
    private const ulong SweepSeed = 20_260_401;

    public static async Task CheckAsync<T>(
        Gen<T> gen,
        Func<T, Task> assert,
        int iter,
        Func<T, string>? print = null,
        int threads = 1,
        int shrinkSeconds = 60
    )
    {
        ArgumentNullException.ThrowIfNull(gen);
        if (IsSet("CsCheck_Iter") || IsSet("CsCheck_Time"))
        {
            await gen.SampleAsync(assert, threads: threads, print: print);
            return;
        }
        if (IsSet("CsCheck_Seed"))
        {
            await gen.SampleAsync(assert, iter: 1, threads: 1, print: print);
            return;
        }
        var pcg = new PCG(Stream, SweepSeed);
        for (var i = 0; i < iter; i++)
        {
            var state = pcg.State;
            var value = gen.Generate(pcg, null, out _);
            Exception? failure = null;
            try
            {
                await assert(value);
            }
#pragma warning disable CA1031 // any exception is a failing case, handed to CsCheck below
            catch (Exception e)
#pragma warning restore CA1031
            {
                failure = e;
            }
            if (failure is not null)
            {
                await gen.SampleAsync(
                    assert,
                    seed: pcg.ToString(state),
                    time: shrinkSeconds,
                    threads: threads,
                    print: print
                );
                throw new InvalidOperationException(
                    $"Case {i} (seed {pcg.ToString(state)}) failed but passed when CsCheck replayed it: not reproducible.",
                    failure
                );
            }
        }
    }

    public static Task Check<T>(Gen<T> gen, Action<T> assert, int iter, Func<T, string>? print = null) =>
        CheckAsync(
            gen,
            value =>
            {
                assert(value);
                return Task.CompletedTask;
            },
            iter,
            print,
            threads: Environment.ProcessorCount,
            shrinkSeconds: 10
        );

    private static bool IsSet(string name) => !string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(name));
}
