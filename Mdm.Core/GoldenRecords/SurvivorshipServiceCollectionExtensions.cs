using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Mdm.Core.GoldenRecords;

public static class SurvivorshipServiceCollectionExtensions
{
    /// <summary>
    /// The survivorship rules as a singleton <see cref="SurvivorshipRules"/>, from <c>Survivorship__RulesPath</c> or the
    /// shipped file. The file is validated when the host starts, so a bad rule stops the start with the loader's message
    /// instead of failing the first recomputation.
    /// </summary>
    public static IServiceCollection AddMdmSurvivorship(this IServiceCollection services, IConfiguration configuration)
    {
        services
            .AddOptions<SurvivorshipOptions>()
            .Bind(configuration.GetSection(SurvivorshipOptions.Section))
            .ValidateOnStart();
        services.AddSingleton<IValidateOptions<SurvivorshipOptions>, RulesFileValidation>();
        services.AddSingleton(sp =>
            SurvivorshipRulesLoader.Load(sp.GetRequiredService<IOptions<SurvivorshipOptions>>().Value.RulesPath)
        );
        return services;
    }

    // Options validation runs before any hosted service starts; the file is small, so reading it twice is cheaper
    // than sharing state between the validator and the singleton.
    private sealed class RulesFileValidation : IValidateOptions<SurvivorshipOptions>
    {
        public ValidateOptionsResult Validate(string? name, SurvivorshipOptions options)
        {
            try
            {
                SurvivorshipRulesLoader.Load(options.RulesPath);
                return ValidateOptionsResult.Success;
            }
            catch (SurvivorshipRulesException e)
            {
                return ValidateOptionsResult.Fail(e.Message);
            }
        }
    }
}
