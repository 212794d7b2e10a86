using System.Globalization;
using Mdm.Testing;
using Npgsql;

namespace Mdm.Api.Tests.Infrastructure;

/// <summary>
/// A test that runs the built API as child processes over a fresh database of its own; every process it started is
/// killed at the end, whatever happened. Subclasses join the <see cref="ApiProcesses"/> collection.
/// </summary>
public abstract class ApiProcessTest : IAsyncLifetime
{
    private readonly List<ApiProcess> _processes = [];

    protected string AdminKey { get; } = "test-admin-" + Guid.NewGuid().ToString("N");
    protected string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync() =>
        ConnectionString = await (await PostgresServer.Instance).CreateDatabaseAsync();

    /// <summary>Starts an API process (with its workers) over this test's database and waits until it is ready.</summary>
    protected async Task<ApiProcess> StartApiAsync(IReadOnlyDictionary<string, string> settings)
    {
        var api = await ApiProcess.StartAsync(ConnectionString, AdminKey, settings);
        _processes.Add(api);
        return api;
    }

    protected async Task<long> CountAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    /// <summary>The rows of a query, each as its column values.</summary>
    protected async Task<List<object[]>> RowsAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<object[]>();
        while (await reader.ReadAsync())
        {
            var row = new object[reader.FieldCount];
            reader.GetValues(row);
            rows.Add(row);
        }
        return rows;
    }

    /// <summary>Polls <paramref name="condition"/> until it holds; false when <paramref name="timeout"/> passed first.</summary>
    protected static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }
            await Task.Delay(20);
        }
        return true;
    }

    public async Task DisposeAsync()
    {
        foreach (var api in _processes)
        {
            await api.DisposeAsync();
        }
    }
}
