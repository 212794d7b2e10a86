using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mdm.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class MatchReviewDecisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "comment",
                table: "match_reviews",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "match_exclusions",
                columns: table => new
                {
                    golden_id_low = table.Column<Guid>(type: "uuid", nullable: false),
                    golden_id_high = table.Column<Guid>(type: "uuid", nullable: false),
                    decided_by = table.Column<string>(type: "text", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: false),
                    decided_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_match_exclusions", x => new { x.golden_id_low, x.golden_id_high });
                });

            migrationBuilder.CreateIndex(
                name: "ix_match_exclusions_golden_id_high",
                table: "match_exclusions",
                column: "golden_id_high");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "match_exclusions");

            migrationBuilder.DropColumn(
                name: "comment",
                table: "match_reviews");
        }
    }
}
