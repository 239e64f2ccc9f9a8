using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cmms.Database.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class TmpNotify : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "MailAttempts",
                table: "wk_notifications",
                type: "integer",
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "MailClaim",
                table: "wk_notifications",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "MailClaimedAtUtc",
                table: "wk_notifications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "MailError",
                table: "wk_notifications",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<DateTime>(
                name: "MailNotBeforeUtc",
                table: "wk_notifications",
                type: "timestamp with time zone",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_wk_notifications_UserId_ReadAtUtc",
                table: "wk_notifications",
                columns: new[] { "UserId", "ReadAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wk_notifications_UserId_ReadAtUtc",
                table: "wk_notifications");

            migrationBuilder.DropColumn(
                name: "MailAttempts",
                table: "wk_notifications");

            migrationBuilder.DropColumn(
                name: "MailClaim",
                table: "wk_notifications");

            migrationBuilder.DropColumn(
                name: "MailClaimedAtUtc",
                table: "wk_notifications");

            migrationBuilder.DropColumn(
                name: "MailError",
                table: "wk_notifications");

            migrationBuilder.DropColumn(
                name: "MailNotBeforeUtc",
                table: "wk_notifications");
        }
    }
}
