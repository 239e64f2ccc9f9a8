using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cmms.Database.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class PreventiveKit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "wk_plan_kit_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    PlanId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    StoreId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Reference = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Quantity = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wk_plan_kit_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_wk_plan_kit_lines_wk_plans_PlanId",
                        column: x => x.PlanId,
                        principalTable: "wk_plans",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_wk_plan_kit_lines_OrganisationId",
                table: "wk_plan_kit_lines",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_plan_kit_lines_OrganisationId_PlanId",
                table: "wk_plan_kit_lines",
                columns: new[] { "OrganisationId", "PlanId" });

            migrationBuilder.CreateIndex(
                name: "IX_wk_plan_kit_lines_PlanId",
                table: "wk_plan_kit_lines",
                column: "PlanId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "wk_plan_kit_lines");
        }
    }
}
