using Microsoft.EntityFrameworkCore;

namespace Mdm.Core.Persistence;

public sealed class MdmDbContext(DbContextOptions<MdmDbContext> options) : DbContext(options)
{
    public DbSet<SourceSystem> SourceSystems => Set<SourceSystem>();
    public DbSet<SourceRecord> SourceRecords => Set<SourceRecord>();
    public DbSet<GoldenRecord> GoldenRecords => Set<GoldenRecord>();
    public DbSet<GoldenRecordVersion> GoldenRecordVersions => Set<GoldenRecordVersion>();
    public DbSet<Link> Links => Set<Link>();
    public DbSet<ApiKey> ApiKeys => Set<ApiKey>();
    public DbSet<ChangeEvent> ChangeEvents => Set<ChangeEvent>();
    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();
    public DbSet<IdempotencyEntry> IdempotencyEntries => Set<IdempotencyEntry>();
    public DbSet<MatchReview> MatchReviews => Set<MatchReview>();
    public DbSet<MatchExclusion> MatchExclusions => Set<MatchExclusion>();
    public DbSet<GoldenPin> GoldenPins => Set<GoldenPin>();
    public DbSet<Import> Imports => Set<Import>();
    public DbSet<ImportFileChunk> ImportFileChunks => Set<ImportFileChunk>();
    public DbSet<ImportLine> ImportLines => Set<ImportLine>();
    public DbSet<ReconciliationRun> ReconciliationRuns => Set<ReconciliationRun>();
    public DbSet<ReconciliationMissingItem> ReconciliationMissingItems => Set<ReconciliationMissingItem>();
    public DbSet<WebhookSubscription> WebhookSubscriptions => Set<WebhookSubscription>();
    public DbSet<WebhookDelivery> WebhookDeliveries => Set<WebhookDelivery>();
    public DbSet<DirectConsent> DirectConsents => Set<DirectConsent>();
    public DbSet<ConsentHistoryEntry> ConsentHistory => Set<ConsentHistoryEntry>();

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<SourceSystem>(e =>
        {
            e.HasKey(x => x.Code);
            e.Property(x => x.Code).HasMaxLength(32);
            e.HasData(BuiltInSourceSystems.All);
        });
        modelBuilder.Entity<SourceRecord>(e =>
        {
            e.HasIndex(x => new { x.SourceSystem, x.SourceId }).IsUnique();
            // Stewards look a customer up by a source id without knowing the system.
            e.HasIndex(x => x.SourceId);
            e.HasOne<SourceSystem>().WithMany().HasForeignKey(x => x.SourceSystem).OnDelete(DeleteBehavior.Restrict);
            e.Property(x => x.SourceId).HasMaxLength(128);
            e.Property(x => x.Payload).HasColumnType("jsonb");
            e.HasIndex(x => x.MatchKeys).HasMethod("gin");
        });
        modelBuilder.Entity<GoldenRecord>(e =>
        {
            e.Property(x => x.Document).HasColumnType("jsonb");
            e.Property(x => x.Version).IsConcurrencyToken();
            e.Property(x => x.Status).HasMaxLength(16);
            // Finding what was merged into a golden record (its consent history).
            e.HasIndex(x => x.MergedInto).HasFilter("merged_into IS NOT NULL");
        });
        modelBuilder.Entity<GoldenRecordVersion>(e =>
        {
            e.HasKey(x => new { x.GoldenId, x.Version });
            e.Property(x => x.Document).HasColumnType("jsonb");
        });
        modelBuilder.Entity<Link>(e =>
        {
            e.HasKey(x => x.SourceRecordId);
            e.HasOne<SourceRecord>().WithOne().HasForeignKey<Link>(x => x.SourceRecordId);
            e.HasOne<GoldenRecord>().WithMany().HasForeignKey(x => x.GoldenId).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.GoldenId);
        });
        modelBuilder.Entity<ApiKey>(e =>
        {
            e.HasIndex(x => x.KeyHash).IsUnique();
            e.HasOne<SourceSystem>().WithMany().HasForeignKey(x => x.SourceSystem).OnDelete(DeleteBehavior.Restrict);
        });
        modelBuilder.Entity<ChangeEvent>(e =>
        {
            e.HasKey(x => x.Position);
            e.HasIndex(x => x.Id).IsUnique();
            e.HasIndex(x => new { x.GoldenId, x.Sequence }).IsUnique();
            e.Property(x => x.Data).HasColumnType("jsonb");
            e.HasIndex(x => x.Position)
                .HasFilter("fanned_out_at IS NULL")
                .HasDatabaseName("ix_change_events_not_fanned_out");
        });
        modelBuilder.Entity<WebhookDelivery>(e =>
        {
            e.HasOne<WebhookSubscription>()
                .WithMany()
                .HasForeignKey(x => x.SubscriptionId)
                .OnDelete(DeleteBehavior.Cascade);
            e.HasOne<ChangeEvent>().WithMany().HasForeignKey(x => x.EventPosition).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.SubscriptionId, x.EventPosition }).IsUnique();
            e.HasIndex(x => new
            {
                x.SubscriptionId,
                x.GoldenId,
                x.Sequence,
            });
            e.HasIndex(x => x.NextAttemptAt).HasFilter("status = 'pending'");
            // A subscription's deliveries listed newest first, paged by id.
            e.HasIndex(x => new { x.SubscriptionId, x.Id });
            e.Property(x => x.WebhookId).HasMaxLength(64);
            e.Property(x => x.LastError).HasMaxLength(500);
        });
        modelBuilder.Entity<AuditEntry>(e =>
        {
            e.Property(x => x.Details).HasColumnType("jsonb");
            e.HasIndex(x => new { x.EntityType, x.EntityId });
            // The steward dashboard counts ingest outcomes and scores over a window of days.
            e.HasIndex(x => new { x.Action, x.At });
        });
        modelBuilder.Entity<IdempotencyEntry>(e => e.HasKey(x => new { x.ApiKeyId, x.Key }));
        modelBuilder.Entity<MatchReview>(e =>
        {
            e.Property(x => x.Explanation).HasColumnType("jsonb");
            e.Property(x => x.Version).IsConcurrencyToken();
            e.HasIndex(x => new { x.Status, x.Score });
            e.HasOne<GoldenRecord>().WithMany().HasForeignKey(x => x.GoldenIdA).OnDelete(DeleteBehavior.Restrict);
            e.HasOne<GoldenRecord>().WithMany().HasForeignKey(x => x.GoldenIdB).OnDelete(DeleteBehavior.Restrict);
            e.HasIndex(x => x.GoldenIdA);
            e.HasIndex(x => x.GoldenIdB);
            e.Property(x => x.Comment).HasMaxLength(2000);
            e.Property(x => x.AssignedTo).HasMaxLength(256);
            e.HasIndex(x => new { x.Status, x.CreatedAt });
        });
        modelBuilder.Entity<GoldenPin>(e =>
        {
            e.HasKey(x => new { x.GoldenId, x.Attribute });
            e.Property(x => x.Attribute).HasMaxLength(128);
            e.Property(x => x.Value).HasColumnType("jsonb");
            e.HasOne<GoldenRecord>().WithMany().HasForeignKey(x => x.GoldenId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<MatchExclusion>(e =>
        {
            e.HasKey(x => new { x.GoldenIdLow, x.GoldenIdHigh });
            e.HasIndex(x => x.GoldenIdHigh);
        });
        OnImportsCreating(modelBuilder);
        OnConsentsCreating(modelBuilder);
        OnReconciliationCreating(modelBuilder);
        modelBuilder.Entity<WebhookSubscription>(e =>
        {
            e.Property(x => x.Url).HasMaxLength(Webhooks.WebhookUrlPolicy.MaxLength);
            e.Property(x => x.Description).HasMaxLength(500);
            e.Property(x => x.Secret).HasMaxLength(100);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.CreatedBy).HasMaxLength(200);
        });
    }

    private static void OnConsentsCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<DirectConsent>(e =>
        {
            e.HasKey(x => new
            {
                x.GoldenId,
                x.Purpose,
                x.Channel,
            });
            e.HasOne<GoldenRecord>().WithMany().HasForeignKey(x => x.GoldenId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.Purpose).HasMaxLength(32);
            e.Property(x => x.Channel).HasMaxLength(32);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.Source).HasMaxLength(100);
        });
        modelBuilder.Entity<ConsentHistoryEntry>(e =>
        {
            e.ToTable("consent_history");
            e.HasOne<GoldenRecord>().WithMany().HasForeignKey(x => x.GoldenId).OnDelete(DeleteBehavior.Cascade);
            e.HasIndex(x => new { x.GoldenId, x.Id });
            e.Property(x => x.Purpose).HasMaxLength(32);
            e.Property(x => x.Channel).HasMaxLength(32);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.Source).HasMaxLength(100);
        });
    }

    private static void OnImportsCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<Import>(e =>
        {
            e.HasOne<SourceSystem>().WithMany().HasForeignKey(x => x.SourceSystem).OnDelete(DeleteBehavior.Restrict);
            e.Property(x => x.FileName).HasMaxLength(255);
            e.Property(x => x.Format).HasMaxLength(8);
            e.Property(x => x.Status).HasMaxLength(16);
            e.Property(x => x.CreatedBy).HasMaxLength(200);
            e.Property(x => x.Error).HasMaxLength(2000);
            e.HasIndex(x => x.CreatedAt);
            e.HasIndex(x => x.Status).HasFilter("status IN ('queued', 'running')");
        });
        modelBuilder.Entity<ImportFileChunk>(e =>
        {
            e.HasKey(x => new { x.ImportId, x.ChunkNo });
            e.HasOne<Import>().WithMany().HasForeignKey(x => x.ImportId).OnDelete(DeleteBehavior.Cascade);
        });
        modelBuilder.Entity<ImportLine>(e =>
        {
            e.HasKey(x => new { x.ImportId, x.LineNo });
            e.HasOne<Import>().WithMany().HasForeignKey(x => x.ImportId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.Outcome).HasMaxLength(16);
            e.Property(x => x.Problem).HasColumnType("jsonb");
            e.Property(x => x.SourceId).HasMaxLength(128);
            // A reconciliation looks up each source record of its system among its extract's lines.
            e.HasIndex(x => new { x.ImportId, x.SourceId });
            // The error pages read only failed lines: a small index even when a file has millions of good ones.
            e.HasIndex(x => new { x.ImportId, x.LineNo })
                .HasDatabaseName("ix_import_lines_failed")
                .HasFilter("outcome = 'failed'");
        });
    }

    private static void OnReconciliationCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<ReconciliationRun>(e =>
        {
            e.HasOne<Import>().WithOne().HasForeignKey<ReconciliationRun>(x => x.Id).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.DropFileKey).HasMaxLength(400);
            e.HasIndex(x => x.DropFileKey).IsUnique();
        });
        modelBuilder.Entity<ReconciliationMissingItem>(e =>
        {
            e.HasKey(x => new { x.RunId, x.SourceId });
            e.HasOne<ReconciliationRun>().WithMany().HasForeignKey(x => x.RunId).OnDelete(DeleteBehavior.Cascade);
            e.Property(x => x.SourceId).HasMaxLength(128);
        });
    }
}
