using Mdm.Core.Webhooks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Mdm.Sync.Webhooks;

public static class WebhookSenderHosting
{
    /// <summary>
    /// The retry schedule and the delivery sender. <see cref="WebhookOptions"/> (bound from the <c>Webhooks</c> section by
    /// Core) is validated when the host starts, so a bad schedule stops the start instead of the first retry.
    /// </summary>
    public static IServiceCollection AddMdmWebhookSender(this IServiceCollection services)
    {
        services.AddOptions<WebhookOptions>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<WebhookOptions>, WebhookOptionsValidation>();
        services.AddSingleton(sp =>
            WebhookRetrySchedule.Parse(sp.GetRequiredService<IOptions<WebhookOptions>>().Value.RetrySchedule)
        );
        services
            .AddHttpClient<WebhookSender>(WebhookSender.HttpClientName)
            // The sender applies its own timeout, which tells a timeout apart from the caller's cancellation.
            .ConfigureHttpClient(c => c.Timeout = Timeout.InfiniteTimeSpan)
            // The factory's loggers write each request's URL, and a receiver URL can carry a token in its path.
            .RemoveAllLoggers()
            .ConfigurePrimaryHttpMessageHandler(sp =>
                WebhookConnector.CreateHandler(
                    sp.GetRequiredService<IOptions<WebhookOptions>>().Value.AllowPrivateNetworks
                )
            );
        return services;
    }

    private sealed class WebhookOptionsValidation : IValidateOptions<WebhookOptions>
    {
        public ValidateOptionsResult Validate(string? name, WebhookOptions options)
        {
            var failures = new List<string>();
            try
            {
                WebhookRetrySchedule.Parse(options.RetrySchedule);
            }
            catch (FormatException e)
            {
                failures.Add(e.Message);
            }
            if (options.TimeoutSeconds <= 0)
            {
                failures.Add($"The setting Webhooks:TimeoutSeconds ({options.TimeoutSeconds}) must be at least 1.");
            }
            return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
        }
    }
}
