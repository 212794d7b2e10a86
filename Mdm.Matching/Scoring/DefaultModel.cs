namespace Mdm.Matching.Scoring;

/// <summary>
/// The parameters shipped with the engine (<c>Resources/default-model.json</c>), trained without labels on the
/// multi-channel sample by <c>dotnet run --project eval/Mdm.Evaluation -- train</c>. A deployment retrains on its own data.
/// </summary>
public static class DefaultModel
{
    private const string ResourceName = "Mdm.Matching.Resources.default-model.json";

    public static ModelParameters Load()
    {
        using var stream =
            typeof(DefaultModel).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The engine was built without {ResourceName}.");
        using var reader = new StreamReader(stream);
        return ModelParameters.FromJson(reader.ReadToEnd(), MatchModel.Comparisons);
    }
}
