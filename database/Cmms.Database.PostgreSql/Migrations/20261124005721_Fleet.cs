using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cmms.Database.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Fleet : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "fl_fuel_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    VehicleId = table.Column<Guid>(type: "uuid", nullable: false),
                    FilledAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Litres = table.Column<long>(type: "bigint", nullable: false),
                    UnitPrice = table.Column<long>(type: "bigint", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    FullTank = table.Column<bool>(type: "boolean", nullable: false),
                    Source = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Pump = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    CardNumber = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    ReadingId = table.Column<Guid>(type: "uuid", nullable: true),
                    MeterId = table.Column<Guid>(type: "uuid", nullable: true),
                    MeterValue = table.Column<long>(type: "bigint", nullable: true),
                    MeterLifetime = table.Column<long>(type: "bigint", nullable: true),
                    ExternalReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    EnteredBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EnteredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fl_fuel_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fl_readings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    VehicleId = table.Column<Guid>(type: "uuid", nullable: false),
                    MeterId = table.Column<Guid>(type: "uuid", nullable: false),
                    ReadAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false),
                    Lifetime = table.Column<long>(type: "bigint", nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    IsReplacement = table.Column<bool>(type: "boolean", nullable: false),
                    OldMeterFinalValue = table.Column<long>(type: "bigint", nullable: true),
                    EnteredBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EnteredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fl_readings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fl_status_changes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    VehicleId = table.Column<Guid>(type: "uuid", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    From = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    To = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Reason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    ByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    WorkshopJobId = table.Column<Guid>(type: "uuid", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fl_status_changes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fl_vehicles",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    InternalNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Label = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Brand = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Model = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    Category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Registration = table.Column<string>(type: "character varying(9)", maxLength: 9, nullable: true),
                    Vin = table.Column<string>(type: "character varying(17)", maxLength: 17, nullable: true),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    Fuel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    AcquiredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    AcquisitionCost = table.Column<long>(type: "bigint", nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StatusSinceUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    RetiredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RetiredReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    SearchKey = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fl_vehicles", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fl_workshop_jobs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    VehicleId = table.Column<Guid>(type: "uuid", nullable: false),
                    IntakeAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    IntakeReadingId = table.Column<Guid>(type: "uuid", nullable: true),
                    IntakeMeterValue = table.Column<long>(type: "bigint", nullable: true),
                    IntakeMeterKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    MechanicId = table.Column<Guid>(type: "uuid", nullable: true),
                    WorkOrderId = table.Column<Guid>(type: "uuid", nullable: true),
                    WorkOrderNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    OpenedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ReleasedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReleaseNote = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ReleasedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fl_workshop_jobs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "fl_meters",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    VehicleId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    LastValue = table.Column<long>(type: "bigint", nullable: true),
                    LastLifetime = table.Column<long>(type: "bigint", nullable: true),
                    LastReadAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Sequence = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_fl_meters", x => x.Id);
                    table.ForeignKey(
                        name: "FK_fl_meters_fl_vehicles_VehicleId",
                        column: x => x.VehicleId,
                        principalTable: "fl_vehicles",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_fl_fuel_entries_OrganisationId",
                table: "fl_fuel_entries",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_fl_fuel_entries_OrganisationId_ExternalReference",
                table: "fl_fuel_entries",
                columns: new[] { "OrganisationId", "ExternalReference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_fl_fuel_entries_OrganisationId_VehicleId_FilledAtUtc",
                table: "fl_fuel_entries",
                columns: new[] { "OrganisationId", "VehicleId", "FilledAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_fl_meters_OrganisationId",
                table: "fl_meters",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_fl_meters_VehicleId_Kind",
                table: "fl_meters",
                columns: new[] { "VehicleId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_fl_readings_MeterId_ReadAtUtc",
                table: "fl_readings",
                columns: new[] { "MeterId", "ReadAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_fl_readings_OrganisationId",
                table: "fl_readings",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_fl_readings_OrganisationId_VehicleId_ReadAtUtc",
                table: "fl_readings",
                columns: new[] { "OrganisationId", "VehicleId", "ReadAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_fl_status_changes_OrganisationId",
                table: "fl_status_changes",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_fl_status_changes_OrganisationId_VehicleId_AtUtc",
                table: "fl_status_changes",
                columns: new[] { "OrganisationId", "VehicleId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_fl_vehicles_OrganisationId",
                table: "fl_vehicles",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_fl_vehicles_OrganisationId_InternalNumber",
                table: "fl_vehicles",
                columns: new[] { "OrganisationId", "InternalNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_fl_vehicles_OrganisationId_Registration",
                table: "fl_vehicles",
                columns: new[] { "OrganisationId", "Registration" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_fl_vehicles_OrganisationId_ServiceId",
                table: "fl_vehicles",
                columns: new[] { "OrganisationId", "ServiceId" });

            migrationBuilder.CreateIndex(
                name: "IX_fl_vehicles_OrganisationId_SiteId",
                table: "fl_vehicles",
                columns: new[] { "OrganisationId", "SiteId" });

            migrationBuilder.CreateIndex(
                name: "IX_fl_vehicles_OrganisationId_Status_Category",
                table: "fl_vehicles",
                columns: new[] { "OrganisationId", "Status", "Category" });

            migrationBuilder.CreateIndex(
                name: "IX_fl_workshop_jobs_OrganisationId",
                table: "fl_workshop_jobs",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_fl_workshop_jobs_OrganisationId_ReleasedAtUtc",
                table: "fl_workshop_jobs",
                columns: new[] { "OrganisationId", "ReleasedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_fl_workshop_jobs_OrganisationId_VehicleId_IntakeAtUtc",
                table: "fl_workshop_jobs",
                columns: new[] { "OrganisationId", "VehicleId", "IntakeAtUtc" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "fl_fuel_entries");

            migrationBuilder.DropTable(
                name: "fl_meters");

            migrationBuilder.DropTable(
                name: "fl_readings");

            migrationBuilder.DropTable(
                name: "fl_status_changes");

            migrationBuilder.DropTable(
                name: "fl_workshop_jobs");

            migrationBuilder.DropTable(
                name: "fl_vehicles");
        }
    }
}
