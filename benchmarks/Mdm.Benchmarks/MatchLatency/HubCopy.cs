using Mdm.Core.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace Mdm.Benchmarks.MatchLatency;

/// <summary>
/// Writes seeded rows with binary COPY. Each COPY names only the columns the ingest path fills, so a column added later
/// with a default or as nullable does not break it.
/// </summary>
internal static class HubCopy
{
    public static void Write(NpgsqlConnection connection, IReadOnlyList<SeededGolden> goldens)
    {
        Copy(
            connection,
            "golden_records (id, version, status, document, last_event_sequence, created_at, updated_at)",
            goldens.Select(g => g.Golden),
            (w, g) =>
            {
                w.Write(g.Id, NpgsqlDbType.Uuid);
                w.Write(g.Version, NpgsqlDbType.Integer);
                w.Write(g.Status, NpgsqlDbType.Varchar);
                w.Write(g.Document, NpgsqlDbType.Jsonb);
                w.Write(g.LastEventSequence, NpgsqlDbType.Integer);
                w.Write(g.CreatedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
                w.Write(g.UpdatedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
            }
        );
        Copy(
            connection,
            "source_records (id, source_system, source_id, payload, content_hash, version, received_at, "
                + "source_updated_at, erased, given_name, family_name, birth_date, emails, phones, loyalty_id, "
                + "postal_codes, match_keys)",
            SeedRows.SourceRecords(goldens),
            WriteSourceRecord
        );
        Copy(
            connection,
            "links (source_record_id, golden_id, link_class, created_by, created_at)",
            goldens.SelectMany(g => g.Links),
            (w, l) =>
            {
                w.Write(l.SourceRecordId, NpgsqlDbType.Bigint);
                w.Write(l.GoldenId, NpgsqlDbType.Uuid);
                w.Write(l.LinkClass, NpgsqlDbType.Text);
                w.Write(l.CreatedBy, NpgsqlDbType.Text);
                w.Write(l.CreatedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
            }
        );
        Copy(
            connection,
            "golden_record_versions (golden_id, version, status, document, changed_by, reason, changed_at)",
            goldens.Select(g => g.Version),
            (w, v) =>
            {
                w.Write(v.GoldenId, NpgsqlDbType.Uuid);
                w.Write(v.Version, NpgsqlDbType.Integer);
                w.Write(v.Status, NpgsqlDbType.Text);
                w.Write(v.Document, NpgsqlDbType.Jsonb);
                w.Write(v.ChangedBy, NpgsqlDbType.Text);
                w.Write(v.Reason, NpgsqlDbType.Text);
                w.Write(v.ChangedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
            }
        );
        Copy(
            connection,
            "change_events (position, id, golden_id, sequence, type, data, created_at)",
            goldens.Select(g => g.Created),
            (w, e) =>
            {
                w.Write(e.Position, NpgsqlDbType.Bigint);
                w.Write(e.Id, NpgsqlDbType.Uuid);
                w.Write(e.GoldenId, NpgsqlDbType.Uuid);
                w.Write(e.Sequence, NpgsqlDbType.Integer);
                w.Write(e.Type, NpgsqlDbType.Text);
                w.Write(e.Data, NpgsqlDbType.Jsonb);
                w.Write(e.CreatedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
            }
        );
    }

    private static void WriteSourceRecord(NpgsqlBinaryImporter w, SourceRecord s)
    {
        w.Write(s.Id, NpgsqlDbType.Bigint);
        w.Write(s.SourceSystem, NpgsqlDbType.Varchar);
        w.Write(s.SourceId, NpgsqlDbType.Varchar);
        w.Write(s.Payload, NpgsqlDbType.Jsonb);
        w.Write(s.ContentHash, NpgsqlDbType.Text);
        w.Write(s.Version, NpgsqlDbType.Integer);
        w.Write(s.ReceivedAt.ToUniversalTime(), NpgsqlDbType.TimestampTz);
        WriteNullable(w, s.SourceUpdatedAt?.ToUniversalTime(), NpgsqlDbType.TimestampTz);
        w.Write(s.Erased, NpgsqlDbType.Boolean);
        WriteNullable(w, s.GivenName, NpgsqlDbType.Text);
        WriteNullable(w, s.FamilyName, NpgsqlDbType.Text);
        WriteNullable(w, s.BirthDate, NpgsqlDbType.Date);
        w.Write(s.Emails, NpgsqlDbType.Array | NpgsqlDbType.Text);
        w.Write(s.Phones, NpgsqlDbType.Array | NpgsqlDbType.Text);
        WriteNullable(w, s.LoyaltyId, NpgsqlDbType.Text);
        w.Write(s.PostalCodes, NpgsqlDbType.Array | NpgsqlDbType.Text);
        w.Write(s.MatchKeys, NpgsqlDbType.Array | NpgsqlDbType.Text);
    }

    private static void WriteNullable<T>(NpgsqlBinaryImporter w, T? value, NpgsqlDbType type)
        where T : class
    {
        if (value is null)
        {
            w.WriteNull();
        }
        else
        {
            w.Write(value, type);
        }
    }

    private static void WriteNullable<T>(NpgsqlBinaryImporter w, T? value, NpgsqlDbType type)
        where T : struct
    {
        if (value is { } present)
        {
            w.Write(present, type);
        }
        else
        {
            w.WriteNull();
        }
    }

    private static void Copy<T>(
        NpgsqlConnection connection,
        string target,
        IEnumerable<T> rows,
        Action<NpgsqlBinaryImporter, T> write
    )
    {
        using var importer = connection.BeginBinaryImport($"COPY {target} FROM STDIN (FORMAT BINARY)");
        foreach (var row in rows)
        {
            importer.StartRow();
            write(importer, row);
        }
        importer.Complete();
    }
}
