using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mdm.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ReconciliationRuns : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "source_id",
                table: "import_lines",
                type: "character varying(128)",
                maxLength: 128,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "reconciliation_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    hub_high_water = table.Column<long>(type: "bigint", nullable: false),
                    detach_missing = table.Column<bool>(type: "boolean", nullable: false),
                    in_mdm_only = table.Column<long>(type: "bigint", nullable: false),
                    detached = table.Column<long>(type: "bigint", nullable: false),
                    drop_file_key = table.Column<string>(type: "character varying(400)", maxLength: 400, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reconciliation_runs", x => x.id);
                    table.ForeignKey(
                        name: "fk_reconciliation_runs_imports_id",
                        column: x => x.id,
                        principalTable: "imports",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "reconciliation_missing_items",
                columns: table => new
                {
                    run_id = table.Column<Guid>(type: "uuid", nullable: false),
                    source_id = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    golden_id = table.Column<Guid>(type: "uuid", nullable: true),
                    detached_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reconciliation_missing_items", x => new { x.run_id, x.source_id });
                    table.ForeignKey(
                        name: "fk_reconciliation_missing_items_reconciliation_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "reconciliation_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_import_lines_import_id_source_id",
                table: "import_lines",
                columns: new[] { "import_id", "source_id" });

            migrationBuilder.CreateIndex(
                name: "ix_reconciliation_runs_drop_file_key",
                table: "reconciliation_runs",
                column: "drop_file_key",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reconciliation_missing_items");

            migrationBuilder.DropTable(
                name: "reconciliation_runs");

            migrationBuilder.DropIndex(
                name: "ix_import_lines_import_id_source_id",
                table: "import_lines");

            migrationBuilder.DropColumn(
                name: "source_id",
                table: "import_lines");
        }
    }
}
