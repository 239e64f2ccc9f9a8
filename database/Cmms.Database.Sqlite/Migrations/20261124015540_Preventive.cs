using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cmms.Database.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Preventive : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "sys_job_runs",
                columns: table => new
                {
                    Id = table.Column<long>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    JobKey = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Node = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    FinishedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    Succeeded = table.Column<bool>(type: "INTEGER", nullable: false),
                    Result = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Error = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_sys_job_runs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wk_calendar_feeds",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wk_calendar_feeds", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wk_inspection_reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Content = table.Column<byte[]>(type: "BLOB", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wk_inspection_reports", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wk_inspection_types",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Regulation = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    PeriodMonths = table.Column<int>(type: "INTEGER", nullable: false),
                    Category = table.Column<string>(type: "TEXT", maxLength: 50, nullable: true),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wk_inspection_types", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wk_inspections",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionTypeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssetModule = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AssetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssetLabel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Body = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    InspectedOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    ReportFileName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    RecordedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wk_inspections", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wk_plan_occurrences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    DueOn = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    Because = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "TEXT", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wk_plan_occurrences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wk_plans",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    ServiceId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    TeamId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Trade = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    EstimatedHours = table.Column<long>(type: "INTEGER", nullable: false),
                    Tasks = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Kit = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    InspectionTypeId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Start = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    CalendarEvery = table.Column<int>(type: "INTEGER", nullable: true),
                    CalendarUnit = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    Floating = table.Column<bool>(type: "INTEGER", nullable: false),
                    MeterKind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: true),
                    MeterEvery = table.Column<long>(type: "INTEGER", nullable: true),
                    MeterTolerance = table.Column<long>(type: "INTEGER", nullable: false),
                    Windows = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    LeadDays = table.Column<int>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false),
                    LastGeneratedDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    OpenWorkOrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LastCompletedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    ReadingAtLastCompletion = table.Column<long>(type: "INTEGER", nullable: true),
                    NextCreateOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    NextDue = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wk_plans", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wk_observations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    InspectionId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Text = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "TEXT", nullable: true),
                    LiftedOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    LiftedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wk_observations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_wk_observations_wk_inspections_InspectionId",
                        column: x => x.InspectionId,
                        principalTable: "wk_inspections",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "wk_plan_targets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    PlanId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssetModule = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    AssetId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AssetLabel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Latitude = table.Column<double>(type: "REAL", nullable: true),
                    Longitude = table.Column<double>(type: "REAL", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wk_plan_targets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_wk_plan_targets_wk_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "wk_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_sys_job_runs_JobKey_StartedAtUtc",
                table: "sys_job_runs",
                columns: new[] { "JobKey", "StartedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_wk_calendar_feeds_OrganisationId",
                table: "wk_calendar_feeds",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_calendar_feeds_OrganisationId_TeamId",
                table: "wk_calendar_feeds",
                columns: new[] { "OrganisationId", "TeamId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wk_calendar_feeds_Token",
                table: "wk_calendar_feeds",
                column: "Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wk_inspection_reports_InspectionId",
                table: "wk_inspection_reports",
                column: "InspectionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wk_inspection_reports_OrganisationId",
                table: "wk_inspection_reports",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_inspection_types_OrganisationId",
                table: "wk_inspection_types",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_inspection_types_OrganisationId_Code",
                table: "wk_inspection_types",
                columns: new[] { "OrganisationId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wk_inspections_OrganisationId",
                table: "wk_inspections",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_inspections_OrganisationId_InspectionTypeId_AssetId_InspectedOn",
                table: "wk_inspections",
                columns: new[] { "OrganisationId", "InspectionTypeId", "AssetId", "InspectedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_wk_observations_InspectionId",
                table: "wk_observations",
                column: "InspectionId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_observations_OrganisationId",
                table: "wk_observations",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_observations_OrganisationId_LiftedOn",
                table: "wk_observations",
                columns: new[] { "OrganisationId", "LiftedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_wk_plan_occurrences_OrganisationId",
                table: "wk_plan_occurrences",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_plan_occurrences_PlanId_DueOn",
                table: "wk_plan_occurrences",
                columns: new[] { "PlanId", "DueOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wk_plan_occurrences_WorkOrderId",
                table: "wk_plan_occurrences",
                column: "WorkOrderId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wk_plan_targets_OrganisationId",
                table: "wk_plan_targets",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_plan_targets_OrganisationId_AssetId",
                table: "wk_plan_targets",
                columns: new[] { "OrganisationId", "AssetId" });

            migrationBuilder.CreateIndex(
                name: "IX_wk_plan_targets_PlanId",
                table: "wk_plan_targets",
                column: "PlanId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_plans_OpenWorkOrderId",
                table: "wk_plans",
                column: "OpenWorkOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_plans_OrganisationId",
                table: "wk_plans",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_plans_OrganisationId_Active_NextCreateOn",
                table: "wk_plans",
                columns: new[] { "OrganisationId", "Active", "NextCreateOn" });

            migrationBuilder.CreateIndex(
                name: "IX_wk_plans_OrganisationId_MeterKind",
                table: "wk_plans",
                columns: new[] { "OrganisationId", "MeterKind" });

            migrationBuilder.CreateIndex(
                name: "IX_wk_plans_OrganisationId_ServiceId_TeamId",
                table: "wk_plans",
                columns: new[] { "OrganisationId", "ServiceId", "TeamId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "sys_job_runs");

            migrationBuilder.DropTable(
                name: "wk_calendar_feeds");

            migrationBuilder.DropTable(
                name: "wk_inspection_reports");

            migrationBuilder.DropTable(
                name: "wk_inspection_types");

            migrationBuilder.DropTable(
                name: "wk_observations");

            migrationBuilder.DropTable(
                name: "wk_plan_occurrences");

            migrationBuilder.DropTable(
                name: "wk_plan_targets");

            migrationBuilder.DropTable(
                name: "wk_inspections");

            migrationBuilder.DropTable(
                name: "wk_plans");
        }
    }
}
