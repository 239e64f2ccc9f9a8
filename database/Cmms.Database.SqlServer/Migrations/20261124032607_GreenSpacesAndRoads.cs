using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cmms.Database.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class GreenSpacesAndRoads : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "gs_counters",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Series = table.Column<string>(type: "nvarchar(4)", maxLength: 4, nullable: false),
                    Last = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gs_counters", x => new { x.OrganisationId, x.Series });
                });

            migrationBuilder.CreateTable(
                name: "gs_play_equipment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Type = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Standard = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    InstalledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Manufacturer = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    MinAge = table.Column<int>(type: "int", nullable: true),
                    MaxAge = table.Column<int>(type: "int", nullable: true),
                    LastMainInspectionOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Position = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SiteId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    MinLon = table.Column<double>(type: "float", nullable: false),
                    MinLat = table.Column<double>(type: "float", nullable: false),
                    MaxLon = table.Column<double>(type: "float", nullable: false),
                    MaxLat = table.Column<double>(type: "float", nullable: false),
                    SearchText = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    RetiredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RetiredReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gs_play_equipment", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "gs_search_terms",
                columns: table => new
                {
                    Term = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    AssetId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gs_search_terms", x => new { x.Term, x.AssetId });
                });

            migrationBuilder.CreateTable(
                name: "gs_trees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LatinName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    FrenchName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    PlantingYear = table.Column<int>(type: "int", nullable: true),
                    HeightM = table.Column<long>(type: "bigint", nullable: true),
                    TrunkCircumferenceCm = table.Column<int>(type: "int", nullable: true),
                    Health = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    NearTraffic = table.Column<bool>(type: "bit", nullable: false),
                    Risk = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    LastInspectedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    ZoneId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Location = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Position = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SiteId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    MinLon = table.Column<double>(type: "float", nullable: false),
                    MinLat = table.Column<double>(type: "float", nullable: false),
                    MaxLon = table.Column<double>(type: "float", nullable: false),
                    MaxLat = table.Column<double>(type: "float", nullable: false),
                    SearchText = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    RetiredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RetiredReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gs_trees", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "gs_zones",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    MaintenanceClass = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Outline = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    AreaM2 = table.Column<double>(type: "float", nullable: false),
                    Notes = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SiteId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    MinLon = table.Column<double>(type: "float", nullable: false),
                    MinLat = table.Column<double>(type: "float", nullable: false),
                    MaxLon = table.Column<double>(type: "float", nullable: false),
                    MaxLat = table.Column<double>(type: "float", nullable: false),
                    SearchText = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    RetiredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RetiredReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_gs_zones", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rd_counters",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Series = table.Column<string>(type: "nvarchar(4)", maxLength: 4, nullable: false),
                    Last = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rd_counters", x => new { x.OrganisationId, x.Series });
                });

            migrationBuilder.CreateTable(
                name: "rd_search_terms",
                columns: table => new
                {
                    Term = table.Column<string>(type: "nvarchar(32)", maxLength: 32, nullable: false),
                    AssetId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rd_search_terms", x => new { x.Term, x.AssetId });
                });

            migrationBuilder.CreateTable(
                name: "rd_segments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StreetName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Class = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Surface = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    WidthM = table.Column<long>(type: "bigint", nullable: true),
                    ConditionIndex = table.Column<int>(type: "int", nullable: true),
                    SurveyedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Line = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    LengthM = table.Column<double>(type: "float", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SiteId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    MinLon = table.Column<double>(type: "float", nullable: false),
                    MinLat = table.Column<double>(type: "float", nullable: false),
                    MaxLon = table.Column<double>(type: "float", nullable: false),
                    MaxLat = table.Column<double>(type: "float", nullable: false),
                    SearchText = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    RetiredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RetiredReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rd_segments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rd_signs",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Family = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Caption = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    InstalledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Condition = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    StreetName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Position = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SiteId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    MinLon = table.Column<double>(type: "float", nullable: false),
                    MinLat = table.Column<double>(type: "float", nullable: false),
                    MaxLon = table.Column<double>(type: "float", nullable: false),
                    MaxLat = table.Column<double>(type: "float", nullable: false),
                    SearchText = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    RetiredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RetiredReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rd_signs", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "rd_street_lights",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StreetName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Lamp = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PowerW = table.Column<int>(type: "int", nullable: true),
                    Cabinet = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    MastHeightM = table.Column<long>(type: "bigint", nullable: true),
                    InstalledOn = table.Column<DateOnly>(type: "date", nullable: true),
                    Position = table.Column<byte[]>(type: "varbinary(max)", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SiteId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    MinLon = table.Column<double>(type: "float", nullable: false),
                    MinLat = table.Column<double>(type: "float", nullable: false),
                    MaxLon = table.Column<double>(type: "float", nullable: false),
                    MaxLat = table.Column<double>(type: "float", nullable: false),
                    SearchText = table.Column<string>(type: "nvarchar(400)", maxLength: 400, nullable: false),
                    RetiredOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RetiredReason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_rd_street_lights", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_gs_counters_OrganisationId",
                table: "gs_counters",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_gs_play_equipment_OrganisationId",
                table: "gs_play_equipment",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_gs_play_equipment_OrganisationId_Id",
                table: "gs_play_equipment",
                columns: new[] { "OrganisationId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_gs_play_equipment_OrganisationId_MinLat_MinLon_MaxLat_MaxLon_RetiredOn",
                table: "gs_play_equipment",
                columns: new[] { "OrganisationId", "MinLat", "MinLon", "MaxLat", "MaxLon", "RetiredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_gs_play_equipment_OrganisationId_Reference",
                table: "gs_play_equipment",
                columns: new[] { "OrganisationId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_gs_play_equipment_OrganisationId_RetiredOn",
                table: "gs_play_equipment",
                columns: new[] { "OrganisationId", "RetiredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_gs_play_equipment_OrganisationId_SiteId",
                table: "gs_play_equipment",
                columns: new[] { "OrganisationId", "SiteId" });

            migrationBuilder.CreateIndex(
                name: "IX_gs_play_equipment_OrganisationId_ZoneId",
                table: "gs_play_equipment",
                columns: new[] { "OrganisationId", "ZoneId" });

            migrationBuilder.CreateIndex(
                name: "IX_gs_trees_OrganisationId",
                table: "gs_trees",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_gs_trees_OrganisationId_Id",
                table: "gs_trees",
                columns: new[] { "OrganisationId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_gs_trees_OrganisationId_MinLat_MinLon_MaxLat_MaxLon_RetiredOn",
                table: "gs_trees",
                columns: new[] { "OrganisationId", "MinLat", "MinLon", "MaxLat", "MaxLon", "RetiredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_gs_trees_OrganisationId_Reference",
                table: "gs_trees",
                columns: new[] { "OrganisationId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_gs_trees_OrganisationId_RetiredOn",
                table: "gs_trees",
                columns: new[] { "OrganisationId", "RetiredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_gs_trees_OrganisationId_SiteId",
                table: "gs_trees",
                columns: new[] { "OrganisationId", "SiteId" });

            migrationBuilder.CreateIndex(
                name: "IX_gs_trees_OrganisationId_ZoneId",
                table: "gs_trees",
                columns: new[] { "OrganisationId", "ZoneId" });

            migrationBuilder.CreateIndex(
                name: "IX_gs_zones_OrganisationId",
                table: "gs_zones",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_gs_zones_OrganisationId_Id",
                table: "gs_zones",
                columns: new[] { "OrganisationId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_gs_zones_OrganisationId_MinLat_MinLon_MaxLat_MaxLon_RetiredOn",
                table: "gs_zones",
                columns: new[] { "OrganisationId", "MinLat", "MinLon", "MaxLat", "MaxLon", "RetiredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_gs_zones_OrganisationId_Reference",
                table: "gs_zones",
                columns: new[] { "OrganisationId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_gs_zones_OrganisationId_RetiredOn",
                table: "gs_zones",
                columns: new[] { "OrganisationId", "RetiredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_gs_zones_OrganisationId_SiteId",
                table: "gs_zones",
                columns: new[] { "OrganisationId", "SiteId" });

            migrationBuilder.CreateIndex(
                name: "IX_rd_counters_OrganisationId",
                table: "rd_counters",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_rd_segments_OrganisationId",
                table: "rd_segments",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_rd_segments_OrganisationId_Id",
                table: "rd_segments",
                columns: new[] { "OrganisationId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_rd_segments_OrganisationId_MinLat_MinLon_MaxLat_MaxLon_RetiredOn",
                table: "rd_segments",
                columns: new[] { "OrganisationId", "MinLat", "MinLon", "MaxLat", "MaxLon", "RetiredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_rd_segments_OrganisationId_Reference",
                table: "rd_segments",
                columns: new[] { "OrganisationId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rd_segments_OrganisationId_RetiredOn",
                table: "rd_segments",
                columns: new[] { "OrganisationId", "RetiredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_rd_segments_OrganisationId_SiteId",
                table: "rd_segments",
                columns: new[] { "OrganisationId", "SiteId" });

            migrationBuilder.CreateIndex(
                name: "IX_rd_signs_OrganisationId",
                table: "rd_signs",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_rd_signs_OrganisationId_Id",
                table: "rd_signs",
                columns: new[] { "OrganisationId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_rd_signs_OrganisationId_MinLat_MinLon_MaxLat_MaxLon_RetiredOn",
                table: "rd_signs",
                columns: new[] { "OrganisationId", "MinLat", "MinLon", "MaxLat", "MaxLon", "RetiredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_rd_signs_OrganisationId_Reference",
                table: "rd_signs",
                columns: new[] { "OrganisationId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rd_signs_OrganisationId_RetiredOn",
                table: "rd_signs",
                columns: new[] { "OrganisationId", "RetiredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_rd_signs_OrganisationId_SiteId",
                table: "rd_signs",
                columns: new[] { "OrganisationId", "SiteId" });

            migrationBuilder.CreateIndex(
                name: "IX_rd_street_lights_OrganisationId",
                table: "rd_street_lights",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_rd_street_lights_OrganisationId_Cabinet",
                table: "rd_street_lights",
                columns: new[] { "OrganisationId", "Cabinet" });

            migrationBuilder.CreateIndex(
                name: "IX_rd_street_lights_OrganisationId_Id",
                table: "rd_street_lights",
                columns: new[] { "OrganisationId", "Id" });

            migrationBuilder.CreateIndex(
                name: "IX_rd_street_lights_OrganisationId_MinLat_MinLon_MaxLat_MaxLon_RetiredOn",
                table: "rd_street_lights",
                columns: new[] { "OrganisationId", "MinLat", "MinLon", "MaxLat", "MaxLon", "RetiredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_rd_street_lights_OrganisationId_Reference",
                table: "rd_street_lights",
                columns: new[] { "OrganisationId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_rd_street_lights_OrganisationId_RetiredOn",
                table: "rd_street_lights",
                columns: new[] { "OrganisationId", "RetiredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_rd_street_lights_OrganisationId_SiteId",
                table: "rd_street_lights",
                columns: new[] { "OrganisationId", "SiteId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "gs_counters");

            migrationBuilder.DropTable(
                name: "gs_play_equipment");

            migrationBuilder.DropTable(
                name: "gs_search_terms");

            migrationBuilder.DropTable(
                name: "gs_trees");

            migrationBuilder.DropTable(
                name: "gs_zones");

            migrationBuilder.DropTable(
                name: "rd_counters");

            migrationBuilder.DropTable(
                name: "rd_search_terms");

            migrationBuilder.DropTable(
                name: "rd_segments");

            migrationBuilder.DropTable(
                name: "rd_signs");

            migrationBuilder.DropTable(
                name: "rd_street_lights");
        }
    }
}
