using System.Globalization;
using System.Text;

namespace Mdm.Benchmarks.MatchLatency;

/// <summary>What the timed match requests answered: evidence that they did real work, and how well.</summary>
internal sealed class MatchTally
{
    private readonly SortedDictionary<string, (int Probes, int Top, int AutoMerged)> _seeded = new(
        StringComparer.Ordinal
    );
    private int _strangers;
    private int _strangersAnswered;
    private int _strangersAutoMerged;

    public int Failed { get; private set; }

    /// <param name="probe">What was sent.</param>
    /// <param name="expected">The golden record holding the source record the probe was copied from (null: a stranger).</param>
    /// <param name="answer">What came back.</param>
    public void Add(MatchProbe probe, Guid? expected, MatchAnswer answer)
    {
        if (answer.Status != 200)
        {
            Failed++;
            return;
        }
        var autoMerged = answer.TopDecision == "auto-merge";
        if (expected is null)
        {
            _strangers++;
            _strangersAnswered += answer.TopGoldenId is null ? 0 : 1;
            _strangersAutoMerged += autoMerged ? 1 : 0;
            return;
        }
        var top = answer.TopGoldenId == expected;
        var (probes, tops, merged) = _seeded.GetValueOrDefault(probe.Kind);
        _seeded[probe.Kind] = (probes + 1, tops + (top ? 1 : 0), merged + (top && autoMerged ? 1 : 0));
    }

    public string Describe()
    {
        var probes = _seeded.Values.Sum(s => s.Probes);
        var tops = _seeded.Values.Sum(s => s.Top);
        var text = new StringBuilder();
        text.Append(
            CultureInfo.InvariantCulture,
            $"Seeded person as top candidate: {tops:N0} of {probes:N0} perturbed probes ({Share(tops, probes)})"
        );
        foreach (var (kind, (n, top, merged)) in _seeded)
        {
            text.Append(
                CultureInfo.InvariantCulture,
                $"\n  {kind, -14} {top, 6:N0} of {n, 6:N0} ({Share(top, n)}), {merged:N0} of them auto-merge"
            );
        }
        text.Append(
            CultureInfo.InvariantCulture,
            $"\nStrangers: {_strangers:N0}; {_strangersAnswered:N0} got candidates, {_strangersAutoMerged:N0} an auto-merge"
        );
        return text.ToString();
    }

    private static string Share(int part, int whole) =>
        whole == 0 ? "-" : string.Create(CultureInfo.InvariantCulture, $"{100.0 * part / whole:F1} %");
}
