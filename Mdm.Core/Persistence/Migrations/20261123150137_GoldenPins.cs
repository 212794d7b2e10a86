using System;
using System.Text.Json;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mdm.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class GoldenPins : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "golden_pins",
                columns: table => new
                {
                    golden_id = table.Column<Guid>(type: "uuid", nullable: false),
                    attribute = table.Column<string>(type: "character varying(128)", maxLength: 128, nullable: false),
                    value = table.Column<JsonDocument>(type: "jsonb", nullable: false),
                    pinned_by = table.Column<string>(type: "text", nullable: false),
                    pinned_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_golden_pins", x => new { x.golden_id, x.attribute });
                    table.ForeignKey(
                        name: "fk_golden_pins_golden_records_golden_id",
                        column: x => x.golden_id,
                        principalTable: "golden_records",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "golden_pins");
        }
    }
}
