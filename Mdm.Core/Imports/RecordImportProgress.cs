using Mdm.Core.Persistence;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Imports;

/// <summary>
/// Moves an import's checkpoint past a finished batch: the counts grow by the <c>import_lines</c> rows after the old
/// checkpoint up to <paramref name="ToLine"/>, so lines a dead run finished are counted once, by whichever run
/// passes them next. Does nothing unless the checkpoint is still <paramref name="FromLine"/>.
/// </summary>
public sealed record RecordImportProgress(Guid ImportId, long FromLine, long ToLine, long BytesRead) : ICommand;

public sealed class RecordImportProgressHandler(IDbContextFactory<MdmDbContext> dbFactory, TimeProvider time)
    : ICommandHandler<RecordImportProgress>
{
    public async ValueTask<Unit> Handle(RecordImportProgress command, CancellationToken cancellationToken)
    {
        var (id, from, to, bytes) = command;
        var now = time.GetUtcNow();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""
            UPDATE imports i SET
                lines_read = i.lines_read + c.total,
                created = i.created + c.created,
                merged = i.merged + c.merged,
                review = i.review + c.review,
                updated = i.updated + c.updated,
                unchanged = i.unchanged + c.unchanged,
                failed = i.failed + c.failed,
                checkpoint_line = {to},
                bytes_read = greatest(i.bytes_read, least({bytes}, i.total_bytes)),
                heartbeat_at = {now}
            FROM (
                SELECT count(*) AS total,
                       count(*) FILTER (WHERE outcome = 'created') AS created,
                       count(*) FILTER (WHERE outcome = 'merged') AS merged,
                       count(*) FILTER (WHERE outcome = 'review') AS review,
                       count(*) FILTER (WHERE outcome = 'updated') AS updated,
                       count(*) FILTER (WHERE outcome = 'unchanged') AS unchanged,
                       count(*) FILTER (WHERE outcome = 'failed') AS failed
                FROM import_lines WHERE import_id = {id} AND line_no > {from} AND line_no <= {to}
            ) AS c
            WHERE i.id = {id} AND i.checkpoint_line = {from}
            """,
            cancellationToken
        );
        return Unit.Value;
    }
}
