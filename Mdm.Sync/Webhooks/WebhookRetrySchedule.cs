using System.Globalization;

namespace Mdm.Sync.Webhooks;

/// <summary>
/// When each delivery attempt of one message may run, as a delay after the previous attempt failed (the first attempt's
/// delay counts from the event). After the last entry the message is dead-lettered.
/// </summary>
public sealed class WebhookRetrySchedule
{
    public const string Setting = "Webhooks:RetrySchedule";

    // The Standard Webhooks specification's example: immediately, 5 s, 5 min, 30 min, 2 h, 5 h, 10 h, 14 h, 20 h, 24 h.
    public static WebhookRetrySchedule Default { get; } =
        new([0, 5, 300, 1800, 7200, 18000, 36000, 50400, 72000, 86400]);

    private readonly TimeSpan[] _delays;

    private WebhookRetrySchedule(int[] seconds) => _delays = seconds.Select(s => TimeSpan.FromSeconds(s)).ToArray();

    /// <summary>How many attempts a message gets in all, the first one included.</summary>
    public int Attempts => _delays.Length;

    /// <summary>
    /// The wait before attempt <paramref name="attemptNumber"/> (1 is the first), spread by ±10 % so that receivers
    /// coming back after an outage are not hit by every retry in the same second; null when no attempt is left.
    /// </summary>
    public TimeSpan? DelayBefore(int attemptNumber, Random jitter)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(attemptNumber, 1);
        ArgumentNullException.ThrowIfNull(jitter);
        if (attemptNumber > _delays.Length)
        {
            return null;
        }
        var factor = 0.9 + (0.2 * jitter.NextDouble());
        return TimeSpan.FromTicks((long)(_delays[attemptNumber - 1].Ticks * factor));
    }

    /// <summary>The schedule of the setting, or <see cref="Default"/> when it is unset or blank.</summary>
    /// <exception cref="FormatException">An entry is empty, negative or not a whole number of seconds.</exception>
    public static WebhookRetrySchedule Parse(string? setting)
    {
        if (string.IsNullOrWhiteSpace(setting))
        {
            return Default;
        }
        var entries = setting.Split(',');
        var seconds = new int[entries.Length];
        for (var i = 0; i < entries.Length; i++)
        {
            // NumberStyles.None: digits only, so "-5", "+5", "5.0" and "5e2" are refused rather than guessed at.
            if (!int.TryParse(entries[i].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out seconds[i]))
            {
                throw new FormatException(
                    $"The setting {Setting} ('{setting}') has an invalid entry {i + 1} ('{entries[i].Trim()}'): "
                        + "expected comma-separated whole seconds of at least 0, such as 0,5,300,1800."
                );
            }
        }
        return new WebhookRetrySchedule(seconds);
    }
}
