using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Mdm.Core.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class ReviewAssignment : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<DateTimeOffset>(
                name: "assigned_at",
                table: "match_reviews",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "assigned_to",
                table: "match_reviews",
                type: "character varying(256)",
                maxLength: 256,
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "ix_match_reviews_status_created_at",
                table: "match_reviews",
                columns: new[] { "status", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_match_reviews_status_created_at",
                table: "match_reviews");

            migrationBuilder.DropColumn(
                name: "assigned_at",
                table: "match_reviews");

            migrationBuilder.DropColumn(
                name: "assigned_to",
                table: "match_reviews");
        }
    }
}
