using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Persistence;

public static class Transactions
{
    /// <summary>
    /// Runs <paramref name="work"/> in one transaction under the context's execution strategy: a transient failure
    /// (a dropped connection, a restarted database) retries the whole unit from a clean change tracker.
    /// </summary>
    public static Task<T> InTransactionAsync<T>(
        this MdmDbContext db,
        Func<CancellationToken, Task<T>> work,
        CancellationToken cancellationToken
    ) =>
        db
            .Database.CreateExecutionStrategy()
            .ExecuteAsync(
                async ct =>
                {
                    db.ChangeTracker.Clear();
                    await using var tx = await db.Database.BeginTransactionAsync(ct);
                    var result = await work(ct);
                    await tx.CommitAsync(ct);
                    return result;
                },
                cancellationToken
            );
}
