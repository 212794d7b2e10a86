using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Mdm.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class Consents : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "golden_version",
                table: "change_events",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            // Until consents, every golden version had exactly one event, and sequence followed version.
            migrationBuilder.Sql("UPDATE change_events SET golden_version = sequence;");

            migrationBuilder.CreateTable(
                name: "consent_history",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    golden_id = table.Column<Guid>(type: "uuid", nullable: false),
                    purpose = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    captured_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    source_system = table.Column<string>(type: "text", nullable: true),
                    source_id = table.Column<string>(type: "text", nullable: true),
                    effective = table.Column<bool>(type: "boolean", nullable: false),
                    recorded_by = table.Column<string>(type: "text", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_consent_history", x => x.id);
                    table.ForeignKey(
                        name: "fk_consent_history_golden_records_golden_id",
                        column: x => x.golden_id,
                        principalTable: "golden_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "direct_consents",
                columns: table => new
                {
                    golden_id = table.Column<Guid>(type: "uuid", nullable: false),
                    purpose = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    channel = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    captured_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    source = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    recorded_by = table.Column<string>(type: "text", nullable: false),
                    recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_direct_consents", x => new { x.golden_id, x.purpose, x.channel });
                    table.ForeignKey(
                        name: "fk_direct_consents_golden_records_golden_id",
                        column: x => x.golden_id,
                        principalTable: "golden_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_golden_records_merged_into",
                table: "golden_records",
                column: "merged_into",
                filter: "merged_into IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_consent_history_golden_id_id",
                table: "consent_history",
                columns: new[] { "golden_id", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "consent_history");

            migrationBuilder.DropTable(
                name: "direct_consents");

            migrationBuilder.DropIndex(
                name: "ix_golden_records_merged_into",
                table: "golden_records");

            migrationBuilder.DropColumn(
                name: "golden_version",
                table: "change_events");
        }
    }
}
