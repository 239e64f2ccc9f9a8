using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cmms.Database.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Costs : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "co_agreements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    BeneficiaryOrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    BeneficiaryName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    SiteIds = table.Column<List<Guid>>(type: "uuid[]", nullable: false),
                    LabourHourlyRate = table.Column<long>(type: "bigint", nullable: false),
                    OverheadPercent = table.Column<long>(type: "bigint", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_co_agreements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "co_allocation_rules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AssetModule = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    SourceCostCentre = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    BudgetLineId = table.Column<Guid>(type: "uuid", nullable: false),
                    CostCentre = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_co_allocation_rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "co_budget_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Code = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Section = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Chapter = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Nature = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Function = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_co_budget_lines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "co_budgets",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    BudgetLineId = table.Column<Guid>(type: "uuid", nullable: false),
                    CostCentre = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_co_budgets", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "co_chart_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Axis = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_co_chart_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "co_export_batches",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodId = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodKey = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Sequence = table.Column<int>(type: "integer", nullable: false),
                    LineCount = table.Column<int>(type: "integer", nullable: false),
                    Total = table.Column<long>(type: "bigint", nullable: false),
                    ProducedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ProducedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_co_export_batches", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "co_labour_rates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Percent = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_co_labour_rates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "co_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodId = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodKey = table.Column<int>(type: "integer", nullable: false),
                    Late = table.Column<bool>(type: "boolean", nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SourceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    PostedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Quantity = table.Column<long>(type: "bigint", nullable: false),
                    Unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UnitCost = table.Column<long>(type: "bigint", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: true),
                    CostCentre = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    BudgetLineId = table.Column<Guid>(type: "uuid", nullable: true),
                    Section = table.Column<string>(type: "character varying(12)", maxLength: 12, nullable: false),
                    Nature = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Function = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: true),
                    AssetModule = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    AssetId = table.Column<Guid>(type: "uuid", nullable: true),
                    WorkOrderId = table.Column<Guid>(type: "uuid", nullable: true),
                    WorkOrderNumber = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    AgentId = table.Column<Guid>(type: "uuid", nullable: true),
                    HoursKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ReversalOfId = table.Column<Guid>(type: "uuid", nullable: true),
                    CorrectionOfId = table.Column<Guid>(type: "uuid", nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_co_lines", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "co_periods",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    LineCount = table.Column<int>(type: "integer", nullable: false),
                    OpenedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ClosedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_co_periods", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "co_posting_cursors",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Source = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    LastId = table.Column<Guid>(type: "uuid", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_co_posting_cursors", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "co_totals",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodId = table.Column<Guid>(type: "uuid", nullable: false),
                    PeriodKey = table.Column<int>(type: "integer", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: true),
                    BudgetLineId = table.Column<Guid>(type: "uuid", nullable: true),
                    CostCentre = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: true),
                    AssetModule = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    AssetId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Lines = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_co_totals", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "co_vehicle_rates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Category = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Unit = table.Column<string>(type: "character varying(5)", maxLength: 5, nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Rate = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    CreatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_co_vehicle_rates", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "co_export_files",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    BatchId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    Length = table.Column<long>(type: "bigint", nullable: false),
                    Sha256 = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_co_export_files", x => x.Id);
                    table.ForeignKey(
                        name: "FK_co_export_files_co_export_batches_BatchId",
                        column: x => x.BatchId,
                        principalTable: "co_export_batches",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_fl_readings_OrganisationId_EnteredAtUtc",
                table: "fl_readings",
                columns: new[] { "OrganisationId", "EnteredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_fl_fuel_entries_OrganisationId_EnteredAtUtc",
                table: "fl_fuel_entries",
                columns: new[] { "OrganisationId", "EnteredAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_co_agreements_OrganisationId",
                table: "co_agreements",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_co_agreements_OrganisationId_BeneficiaryOrganisationId_Serv~",
                table: "co_agreements",
                columns: new[] { "OrganisationId", "BeneficiaryOrganisationId", "ServiceId", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_co_allocation_rules_OrganisationId",
                table: "co_allocation_rules",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_co_allocation_rules_OrganisationId_BudgetLineId",
                table: "co_allocation_rules",
                columns: new[] { "OrganisationId", "BudgetLineId" });

            migrationBuilder.CreateIndex(
                name: "IX_co_budget_lines_OrganisationId",
                table: "co_budget_lines",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_co_budget_lines_OrganisationId_Code",
                table: "co_budget_lines",
                columns: new[] { "OrganisationId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_co_budgets_OrganisationId",
                table: "co_budgets",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_co_budgets_OrganisationId_Year_BudgetLineId_CostCentre",
                table: "co_budgets",
                columns: new[] { "OrganisationId", "Year", "BudgetLineId", "CostCentre" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_co_chart_entries_OrganisationId",
                table: "co_chart_entries",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_co_chart_entries_OrganisationId_Axis_Code",
                table: "co_chart_entries",
                columns: new[] { "OrganisationId", "Axis", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_co_export_batches_OrganisationId",
                table: "co_export_batches",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_co_export_batches_OrganisationId_PeriodId",
                table: "co_export_batches",
                columns: new[] { "OrganisationId", "PeriodId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_co_export_batches_OrganisationId_Year_Sequence",
                table: "co_export_batches",
                columns: new[] { "OrganisationId", "Year", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_co_export_files_BatchId",
                table: "co_export_files",
                column: "BatchId");

            migrationBuilder.CreateIndex(
                name: "IX_co_export_files_OrganisationId",
                table: "co_export_files",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_co_labour_rates_OrganisationId",
                table: "co_labour_rates",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_co_labour_rates_OrganisationId_Kind_EffectiveFrom",
                table: "co_labour_rates",
                columns: new[] { "OrganisationId", "Kind", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_co_lines_OrganisationId",
                table: "co_lines",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_co_lines_OrganisationId_CorrectionOfId",
                table: "co_lines",
                columns: new[] { "OrganisationId", "CorrectionOfId" });

            migrationBuilder.CreateIndex(
                name: "IX_co_lines_OrganisationId_PeriodKey_Id",
                table: "co_lines",
                columns: new[] { "OrganisationId", "PeriodKey", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_co_lines_OrganisationId_PeriodKey_Kind_AgentId",
                table: "co_lines",
                columns: new[] { "OrganisationId", "PeriodKey", "Kind", "AgentId" });

            migrationBuilder.CreateIndex(
                name: "IX_co_lines_OrganisationId_PeriodKey_Section_Nature_Function_C~",
                table: "co_lines",
                columns: new[] { "OrganisationId", "PeriodKey", "Section", "Nature", "Function", "CostCentre" });

            migrationBuilder.CreateIndex(
                name: "IX_co_lines_OrganisationId_ReversalOfId",
                table: "co_lines",
                columns: new[] { "OrganisationId", "ReversalOfId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_co_lines_OrganisationId_Source_SourceId_Kind",
                table: "co_lines",
                columns: new[] { "OrganisationId", "Source", "SourceId", "Kind" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_co_lines_OrganisationId_WorkOrderId",
                table: "co_lines",
                columns: new[] { "OrganisationId", "WorkOrderId" });

            migrationBuilder.CreateIndex(
                name: "IX_co_periods_OrganisationId",
                table: "co_periods",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_co_periods_OrganisationId_Year_Month",
                table: "co_periods",
                columns: new[] { "OrganisationId", "Year", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_co_posting_cursors_OrganisationId",
                table: "co_posting_cursors",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_co_posting_cursors_OrganisationId_Source",
                table: "co_posting_cursors",
                columns: new[] { "OrganisationId", "Source" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_co_totals_OrganisationId",
                table: "co_totals",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_co_totals_OrganisationId_PeriodId",
                table: "co_totals",
                columns: new[] { "OrganisationId", "PeriodId" });

            migrationBuilder.CreateIndex(
                name: "IX_co_totals_OrganisationId_PeriodKey",
                table: "co_totals",
                columns: new[] { "OrganisationId", "PeriodKey" });

            migrationBuilder.CreateIndex(
                name: "IX_co_vehicle_rates_OrganisationId",
                table: "co_vehicle_rates",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_co_vehicle_rates_OrganisationId_Category_Unit_EffectiveFrom",
                table: "co_vehicle_rates",
                columns: new[] { "OrganisationId", "Category", "Unit", "EffectiveFrom" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "co_agreements");

            migrationBuilder.DropTable(
                name: "co_allocation_rules");

            migrationBuilder.DropTable(
                name: "co_budget_lines");

            migrationBuilder.DropTable(
                name: "co_budgets");

            migrationBuilder.DropTable(
                name: "co_chart_entries");

            migrationBuilder.DropTable(
                name: "co_export_files");

            migrationBuilder.DropTable(
                name: "co_labour_rates");

            migrationBuilder.DropTable(
                name: "co_lines");

            migrationBuilder.DropTable(
                name: "co_periods");

            migrationBuilder.DropTable(
                name: "co_posting_cursors");

            migrationBuilder.DropTable(
                name: "co_totals");

            migrationBuilder.DropTable(
                name: "co_vehicle_rates");

            migrationBuilder.DropTable(
                name: "co_export_batches");

            migrationBuilder.DropIndex(
                name: "IX_fl_readings_OrganisationId_EnteredAtUtc",
                table: "fl_readings");

            migrationBuilder.DropIndex(
                name: "IX_fl_fuel_entries_OrganisationId_EnteredAtUtc",
                table: "fl_fuel_entries");
        }
    }
}
