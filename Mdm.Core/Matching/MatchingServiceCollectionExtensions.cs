using Mdm.Matching;
using Mdm.Matching.Scoring;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Mdm.Core.Matching;

public static class MatchingServiceCollectionExtensions
{
    /// <summary>
    /// The probabilistic matcher with its trained parameters (a bad or missing file stops the start with a clear
    /// message), the candidate index and the service that loads it and keeps it current.
    /// </summary>
    public static IServiceCollection AddMdmMatching(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MatchingOptions>(configuration.GetSection("Matching"));
        services.AddSingleton(sp => LoadModel(sp.GetRequiredService<IOptions<MatchingOptions>>().Value));
        services.AddSingleton<CandidateIndexHost>();
        services.AddSingleton<IMatcher>(sp =>
        {
            var options = sp.GetRequiredService<IOptions<MatchingOptions>>().Value;
            var scorer = new Scorer(
                sp.GetRequiredService<ModelParameters>(),
                MatchModel.Comparisons,
                new ScoringOptions()
            );
            var thresholds = new MatchThresholds
            {
                AutoMerge = options.AutoMergeThreshold,
                Review = options.ReviewThreshold,
            };
            return new FellegiSunterMatcher(scorer, thresholds, sp.GetRequiredService<CandidateIndexHost>().Index);
        });
        services.AddSingleton<CandidateMatching>();
        services.AddHostedService<CandidateIndexService>();
        return services;
    }

    private static ModelParameters LoadModel(MatchingOptions options)
    {
        if (string.IsNullOrWhiteSpace(options.ModelPath))
        {
            return DefaultModel.Load();
        }
        if (!File.Exists(options.ModelPath))
        {
            throw new InvalidOperationException($"Matching__ModelPath: no match model file at '{options.ModelPath}'.");
        }
        return ModelParameters.FromJson(File.ReadAllText(options.ModelPath), MatchModel.Comparisons);
    }
}
