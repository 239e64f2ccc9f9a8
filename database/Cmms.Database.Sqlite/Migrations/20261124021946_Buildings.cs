using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cmms.Database.Sqlite.Migrations
{
    /// <inheritdoc />
    public partial class Buildings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "bd_buildings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Code = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Address = table.Column<string>(type: "TEXT", maxLength: 300, nullable: true),
                    Geometry = table.Column<byte[]>(type: "BLOB", nullable: false),
                    MinLon = table.Column<double>(type: "REAL", nullable: false),
                    MinLat = table.Column<double>(type: "REAL", nullable: false),
                    MaxLon = table.Column<double>(type: "REAL", nullable: false),
                    MaxLat = table.Column<double>(type: "REAL", nullable: false),
                    SurfaceSquareMetres = table.Column<double>(type: "REAL", nullable: true),
                    YearBuilt = table.Column<int>(type: "INTEGER", nullable: true),
                    ErpCategory = table.Column<int>(type: "INTEGER", nullable: true),
                    ErpType = table.Column<string>(type: "TEXT", maxLength: 4, nullable: true),
                    ErpCapacity = table.Column<int>(type: "INTEGER", nullable: true),
                    SearchKey = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bd_buildings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "bd_levels",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuildingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    Elevation = table.Column<int>(type: "INTEGER", nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bd_levels", x => x.Id);
                    table.ForeignKey(
                        name: "FK_bd_levels_bd_buildings_BuildingId",
                        column: x => x.BuildingId,
                        principalTable: "bd_buildings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "bd_rooms",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuildingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LevelId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Number = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    AreaSquareMetres = table.Column<double>(type: "REAL", nullable: true),
                    Use = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bd_rooms", x => x.Id);
                    table.ForeignKey(
                        name: "FK_bd_rooms_bd_buildings_BuildingId",
                        column: x => x.BuildingId,
                        principalTable: "bd_buildings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_bd_rooms_bd_levels_LevelId",
                        column: x => x.LevelId,
                        principalTable: "bd_levels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "bd_equipment",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    SiteId = table.Column<Guid>(type: "TEXT", nullable: false),
                    BuildingId = table.Column<Guid>(type: "TEXT", nullable: false),
                    LevelId = table.Column<Guid>(type: "TEXT", nullable: true),
                    RoomId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Brand = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    Model = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    SerialNumber = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    InstalledOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RegulatoryCategory = table.Column<string>(type: "TEXT", maxLength: 30, nullable: false),
                    Position = table.Column<byte[]>(type: "BLOB", nullable: true),
                    MinLon = table.Column<double>(type: "REAL", nullable: true),
                    MinLat = table.Column<double>(type: "REAL", nullable: true),
                    MaxLon = table.Column<double>(type: "REAL", nullable: true),
                    MaxLat = table.Column<double>(type: "REAL", nullable: true),
                    Status = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    RetiredOn = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    RetirementReason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Notes = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: true),
                    SearchKey = table.Column<string>(type: "TEXT", maxLength: 600, nullable: false),
                    Version = table.Column<int>(type: "INTEGER", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    UpdatedBy = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bd_equipment", x => x.Id);
                    table.ForeignKey(
                        name: "FK_bd_equipment_bd_buildings_BuildingId",
                        column: x => x.BuildingId,
                        principalTable: "bd_buildings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_bd_equipment_bd_levels_LevelId",
                        column: x => x.LevelId,
                        principalTable: "bd_levels",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_bd_equipment_bd_rooms_RoomId",
                        column: x => x.RoomId,
                        principalTable: "bd_rooms",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "bd_equipment_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EquipmentId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Kind = table.Column<string>(type: "TEXT", maxLength: 20, nullable: false),
                    On = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "TEXT", nullable: false),
                    ByName = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    From = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    To = table.Column<string>(type: "TEXT", maxLength: 400, nullable: true),
                    FromBuildingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    ToBuildingId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Reason = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Changes = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_bd_equipment_events", x => x.Id);
                    table.ForeignKey(
                        name: "FK_bd_equipment_events_bd_equipment_EquipmentId",
                        column: x => x.EquipmentId,
                        principalTable: "bd_equipment",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_bd_buildings_OrganisationId",
                table: "bd_buildings",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_bd_buildings_OrganisationId_Code",
                table: "bd_buildings",
                columns: new[] { "OrganisationId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_bd_buildings_OrganisationId_MinLat_MinLon_MaxLat_MaxLon",
                table: "bd_buildings",
                columns: new[] { "OrganisationId", "MinLat", "MinLon", "MaxLat", "MaxLon" });

            migrationBuilder.CreateIndex(
                name: "IX_bd_buildings_OrganisationId_SiteId_Name",
                table: "bd_buildings",
                columns: new[] { "OrganisationId", "SiteId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_bd_equipment_BuildingId",
                table: "bd_equipment",
                column: "BuildingId");

            migrationBuilder.CreateIndex(
                name: "IX_bd_equipment_LevelId",
                table: "bd_equipment",
                column: "LevelId");

            migrationBuilder.CreateIndex(
                name: "IX_bd_equipment_OrganisationId",
                table: "bd_equipment",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_bd_equipment_OrganisationId_BuildingId_Status",
                table: "bd_equipment",
                columns: new[] { "OrganisationId", "BuildingId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_bd_equipment_OrganisationId_MinLat_MinLon_MaxLat_MaxLon",
                table: "bd_equipment",
                columns: new[] { "OrganisationId", "MinLat", "MinLon", "MaxLat", "MaxLon" });

            migrationBuilder.CreateIndex(
                name: "IX_bd_equipment_OrganisationId_RegulatoryCategory_Status",
                table: "bd_equipment",
                columns: new[] { "OrganisationId", "RegulatoryCategory", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_bd_equipment_OrganisationId_SiteId_Kind",
                table: "bd_equipment",
                columns: new[] { "OrganisationId", "SiteId", "Kind" });

            migrationBuilder.CreateIndex(
                name: "IX_bd_equipment_RoomId",
                table: "bd_equipment",
                column: "RoomId");

            migrationBuilder.CreateIndex(
                name: "IX_bd_equipment_events_EquipmentId_AtUtc",
                table: "bd_equipment_events",
                columns: new[] { "EquipmentId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_bd_equipment_events_OrganisationId",
                table: "bd_equipment_events",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_bd_levels_BuildingId_Elevation",
                table: "bd_levels",
                columns: new[] { "BuildingId", "Elevation" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_bd_levels_OrganisationId",
                table: "bd_levels",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_bd_rooms_BuildingId_LevelId",
                table: "bd_rooms",
                columns: new[] { "BuildingId", "LevelId" });

            migrationBuilder.CreateIndex(
                name: "IX_bd_rooms_LevelId_Number",
                table: "bd_rooms",
                columns: new[] { "LevelId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_bd_rooms_OrganisationId",
                table: "bd_rooms",
                column: "OrganisationId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "bd_equipment_events");

            migrationBuilder.DropTable(
                name: "bd_equipment");

            migrationBuilder.DropTable(
                name: "bd_rooms");

            migrationBuilder.DropTable(
                name: "bd_levels");

            migrationBuilder.DropTable(
                name: "bd_buildings");
        }
    }
}
