namespace Mdm.Api.Tests.Infrastructure;

/// <summary>Every API test starts from an empty database with only the bootstrap admin key.</summary>
public abstract class ApiTestBase(MdmApiFactory factory) : IClassFixture<MdmApiFactory>, IAsyncLifetime
{
    protected MdmApiFactory Factory { get; } = factory;
    protected HttpClient Admin { get; } = factory.AdminClient();

    public Task InitializeAsync() => Factory.ResetAsync();

    public Task DisposeAsync()
    {
        Admin.Dispose();
        return Task.CompletedTask;
    }
}
