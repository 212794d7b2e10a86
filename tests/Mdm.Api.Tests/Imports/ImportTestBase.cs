using Mdm.Api.Tests.Infrastructure;
using Mdm.Sync.Imports;
using Mediator;
using Microsoft.Extensions.DependencyInjection;

namespace Mdm.Api.Tests.Imports;

/// <summary>Import tests on a host of their own: an empty database per test, the admin client, the job and mediator.</summary>
public abstract class ImportTestBase<TFactory>(TFactory factory) : IClassFixture<TFactory>, IAsyncLifetime
    where TFactory : MdmApiFactory
{
    protected TFactory Factory { get; } = factory;
    protected HttpClient Admin { get; } = factory.AdminClient();
    protected IMediator Mediator => Factory.Services.GetRequiredService<IMediator>();

    /// <summary>Runs the import job in the test, as a Hangfire worker would.</summary>
    protected Task RunJob(Guid importId, CancellationToken ct = default) =>
        Factory.Services.GetRequiredService<ImportJob>().RunAsync(importId, ct);

    public Task InitializeAsync() => Factory.ResetAsync();

    public Task DisposeAsync()
    {
        Admin.Dispose();
        return Task.CompletedTask;
    }
}
