using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cmms.Database.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class CostsCrossCharging : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "LabourHourlyRate",
                table: "co_agreements");

            migrationBuilder.DropColumn(
                name: "OverheadPercent",
                table: "co_agreements");

            migrationBuilder.AddColumn<string>(
                name: "ProviderName",
                table: "co_agreements",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ServiceName",
                table: "co_agreements",
                type: "nvarchar(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateTable(
                name: "co_charge_rates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgreementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    HourlyRate = table.Column<long>(type: "bigint", nullable: true),
                    MarginPercent = table.Column<long>(type: "bigint", nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_co_charge_rates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "co_received_agreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgreementId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ProviderOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_co_received_agreements", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_co_charge_rates_OrganisationId",
                table: "co_charge_rates",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_co_charge_rates_OrganisationId_AgreementId_Kind_EffectiveFrom",
                table: "co_charge_rates",
                columns: new[] { "OrganisationId", "AgreementId", "Kind", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_co_received_agreements_OrganisationId",
                table: "co_received_agreements",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_co_received_agreements_OrganisationId_AgreementId",
                table: "co_received_agreements",
                columns: new[] { "OrganisationId", "AgreementId" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "co_charge_rates");

            migrationBuilder.DropTable(
                name: "co_received_agreements");

            migrationBuilder.DropColumn(
                name: "ProviderName",
                table: "co_agreements");

            migrationBuilder.DropColumn(
                name: "ServiceName",
                table: "co_agreements");

            migrationBuilder.AddColumn<long>(
                name: "LabourHourlyRate",
                table: "co_agreements",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);

            migrationBuilder.AddColumn<long>(
                name: "OverheadPercent",
                table: "co_agreements",
                type: "bigint",
                nullable: false,
                defaultValue: 0L);
        }
    }
}
