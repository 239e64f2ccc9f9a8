using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cmms.Database.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class AssetWorkIndexes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_wk_work_orders_OrganisationId_AssetId",
                table: "wk_work_orders",
                columns: new[] { "OrganisationId", "AssetId" });

            migrationBuilder.CreateIndex(
                name: "IX_wk_requests_OrganisationId_AssetId",
                table: "wk_requests",
                columns: new[] { "OrganisationId", "AssetId" });

            migrationBuilder.CreateIndex(
                name: "IX_wk_cost_events_OrganisationId_AssetId",
                table: "wk_cost_events",
                columns: new[] { "OrganisationId", "AssetId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_wk_work_orders_OrganisationId_AssetId",
                table: "wk_work_orders");

            migrationBuilder.DropIndex(
                name: "IX_wk_requests_OrganisationId_AssetId",
                table: "wk_requests");

            migrationBuilder.DropIndex(
                name: "IX_wk_cost_events_OrganisationId_AssetId",
                table: "wk_cost_events");
        }
    }
}
