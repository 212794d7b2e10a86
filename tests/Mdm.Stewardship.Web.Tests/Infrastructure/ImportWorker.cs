using System.Text;
using Mdm.Core;
using Mdm.Core.Imports;
using Mdm.Sync.Imports;
using Microsoft.Extensions.DependencyInjection;

namespace Mdm.Stewardship.Web.Tests.Infrastructure;

/// <summary>
/// Plays the worker for imports started through the UI: the real <see cref="ImportJob"/> over the UI host's services
/// and database (in production the API process runs it from Hangfire).
/// </summary>
public static class ImportWorker
{
    public static async Task RunAsync(StewardUiFactory factory, Guid importId)
    {
        var runner = ActivatorUtilities.CreateInstance<ImportRunner>(factory.Services);
        var job = ActivatorUtilities.CreateInstance<ImportJob>(factory.Services, runner);
        await job.RunAsync(importId, CancellationToken.None);
    }

    /// <summary>Stores <paramref name="content"/> as an import of <paramref name="system"/>, as the upload does.</summary>
    public static async Task<Guid> StartAsync(StewardUiFactory factory, string system, string fileName, string content)
    {
        await using var stream = new MemoryStream(Encoding.UTF8.GetBytes(content));
        var result = await factory.Mediator.Send(
            new StartImport(system, fileName, stream, new Actor("steward:steward@stewards.test"))
        );
        return result.ImportId ?? throw new InvalidOperationException($"The import was refused: {result.Outcome}.");
    }

    /// <summary>Three people, the third with an impossible birth date (line 4 of the file, after the header).</summary>
    public const string CsvWithOneBadLine = """
        sourceId,given,family,email,birthDate
        POS-IMP-1,Maria,Delgado,maria.delgado@example.com,1985-04-03
        POS-IMP-2,Tom,Okafor,tom.okafor@example.com,1990-01-02
        POS-IMP-3,Ines,Berg,ines.berg@example.com,1985-13-45
        """;
}
