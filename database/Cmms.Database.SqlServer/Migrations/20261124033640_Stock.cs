using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cmms.Database.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Stock : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "ReturnOfPartId",
                table: "wk_parts",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.AddColumn<long>(
                name: "StockAmount",
                table: "wk_parts",
                type: "bigint",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "StockMovementId",
                table: "wk_parts",
                type: "uniqueidentifier",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "st_balances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StoreId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Location = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    ReorderPoint = table.Column<long>(type: "bigint", nullable: false),
                    ReorderQuantity = table.Column<long>(type: "bigint", nullable: false),
                    SafetyStock = table.Column<long>(type: "bigint", nullable: false),
                    Quantity = table.Column<long>(type: "bigint", nullable: false),
                    Value = table.Column<long>(type: "bigint", nullable: false),
                    Cump = table.Column<long>(type: "bigint", nullable: false),
                    Reserved = table.Column<long>(type: "bigint", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    LastPostedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    FrozenByCountId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    LedgerVersion = table.Column<int>(type: "int", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_st_balances", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "st_counters",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Series = table.Column<string>(type: "nvarchar(4)", maxLength: 4, nullable: false),
                    Year = table.Column<int>(type: "int", nullable: false),
                    Last = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_st_counters", x => new { x.OrganisationId, x.Series, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "st_counts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    StoreId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Zone = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    OpenedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    OpenedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ClosedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    ClosedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_st_counts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "st_items",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Reference = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: false),
                    Label = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Unit = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: false),
                    Category = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Description = table.Column<string>(type: "nvarchar(2000)", maxLength: 2000, nullable: true),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_st_items", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "st_movements",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StoreId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Sequence = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    PostedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    Quantity = table.Column<long>(type: "bigint", nullable: false),
                    UnitCost = table.Column<long>(type: "bigint", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    QuantityAfter = table.Column<long>(type: "bigint", nullable: false),
                    ValueAfter = table.Column<long>(type: "bigint", nullable: false),
                    CumpAfter = table.Column<long>(type: "bigint", nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    WorkOrderNumber = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: true),
                    CostCentre = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    SupplierId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    DeliveryNote = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    PurchaseOrderLineId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    RelatedMovementId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    OtherStoreId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    CountId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    Reason = table.Column<string>(type: "nvarchar(500)", maxLength: 500, nullable: true),
                    ByUserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    ByName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_st_movements", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "st_purchase_orders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Number = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SupplierId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StoreId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Status = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    OrderedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    OrderedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Note = table.Column<string>(type: "nvarchar(1000)", maxLength: 1000, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_st_purchase_orders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "st_reservations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    StoreId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    WorkOrderNumber = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Quantity = table.Column<long>(type: "bigint", nullable: false),
                    Issued = table.Column<long>(type: "bigint", nullable: false),
                    State = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    ClosedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_st_reservations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "st_stores",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(150)", maxLength: 150, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    SiteId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_st_stores", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "st_suppliers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    AccountNumber = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    Phone = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_st_suppliers", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "st_count_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    CountId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Location = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: true),
                    Counted = table.Column<long>(type: "bigint", nullable: true),
                    BookAtCount = table.Column<long>(type: "bigint", nullable: true),
                    CountedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    CountedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_st_count_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_st_count_lines_st_counts_CountId",
                        column: x => x.CountId,
                        principalTable: "st_counts",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "st_item_suppliers",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SupplierId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SupplierReference = table.Column<string>(type: "nvarchar(50)", maxLength: 50, nullable: true),
                    UnitPrice = table.Column<long>(type: "bigint", nullable: false),
                    Preferred = table.Column<bool>(type: "bit", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_st_item_suppliers", x => x.Id);
                    table.ForeignKey(
                        name: "FK_st_item_suppliers_st_items_ItemId",
                        column: x => x.ItemId,
                        principalTable: "st_items",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "st_purchase_order_lines",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    PurchaseOrderId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Position = table.Column<int>(type: "int", nullable: false),
                    ItemId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Quantity = table.Column<long>(type: "bigint", nullable: false),
                    UnitPrice = table.Column<long>(type: "bigint", nullable: false),
                    Received = table.Column<long>(type: "bigint", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_st_purchase_order_lines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_st_purchase_order_lines_st_purchase_orders_PurchaseOrderId",
                        column: x => x.PurchaseOrderId,
                        principalTable: "st_purchase_orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_wk_parts_ReturnOfPartId",
                table: "wk_parts",
                column: "ReturnOfPartId");

            migrationBuilder.CreateIndex(
                name: "IX_st_balances_OrganisationId",
                table: "st_balances",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_st_balances_OrganisationId_ItemId",
                table: "st_balances",
                columns: new[] { "OrganisationId", "ItemId" });

            migrationBuilder.CreateIndex(
                name: "IX_st_balances_OrganisationId_StoreId_ItemId",
                table: "st_balances",
                columns: new[] { "OrganisationId", "StoreId", "ItemId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_st_balances_OrganisationId_StoreId_Location",
                table: "st_balances",
                columns: new[] { "OrganisationId", "StoreId", "Location" });

            migrationBuilder.CreateIndex(
                name: "IX_st_count_lines_CountId_Location",
                table: "st_count_lines",
                columns: new[] { "CountId", "Location" });

            migrationBuilder.CreateIndex(
                name: "IX_st_count_lines_OrganisationId",
                table: "st_count_lines",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_st_counts_OrganisationId",
                table: "st_counts",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_st_counts_OrganisationId_Number",
                table: "st_counts",
                columns: new[] { "OrganisationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_st_counts_OrganisationId_Status_OpenedAtUtc",
                table: "st_counts",
                columns: new[] { "OrganisationId", "Status", "OpenedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_st_item_suppliers_ItemId",
                table: "st_item_suppliers",
                column: "ItemId");

            migrationBuilder.CreateIndex(
                name: "IX_st_item_suppliers_OrganisationId",
                table: "st_item_suppliers",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_st_item_suppliers_OrganisationId_ItemId_SupplierId",
                table: "st_item_suppliers",
                columns: new[] { "OrganisationId", "ItemId", "SupplierId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_st_item_suppliers_OrganisationId_SupplierId",
                table: "st_item_suppliers",
                columns: new[] { "OrganisationId", "SupplierId" });

            migrationBuilder.CreateIndex(
                name: "IX_st_items_OrganisationId",
                table: "st_items",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_st_items_OrganisationId_Category_Reference",
                table: "st_items",
                columns: new[] { "OrganisationId", "Category", "Reference" });

            migrationBuilder.CreateIndex(
                name: "IX_st_items_OrganisationId_Reference",
                table: "st_items",
                columns: new[] { "OrganisationId", "Reference" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_st_movements_OrganisationId",
                table: "st_movements",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_st_movements_OrganisationId_ItemId_PostedAtUtc",
                table: "st_movements",
                columns: new[] { "OrganisationId", "ItemId", "PostedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_st_movements_OrganisationId_PostedAtUtc",
                table: "st_movements",
                columns: new[] { "OrganisationId", "PostedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_st_movements_OrganisationId_PurchaseOrderLineId",
                table: "st_movements",
                columns: new[] { "OrganisationId", "PurchaseOrderLineId" });

            migrationBuilder.CreateIndex(
                name: "IX_st_movements_OrganisationId_RelatedMovementId",
                table: "st_movements",
                columns: new[] { "OrganisationId", "RelatedMovementId" });

            migrationBuilder.CreateIndex(
                name: "IX_st_movements_OrganisationId_StoreId_ItemId_PostedAtUtc_Sequence",
                table: "st_movements",
                columns: new[] { "OrganisationId", "StoreId", "ItemId", "PostedAtUtc", "Sequence" });

            migrationBuilder.CreateIndex(
                name: "IX_st_movements_OrganisationId_StoreId_ItemId_Sequence",
                table: "st_movements",
                columns: new[] { "OrganisationId", "StoreId", "ItemId", "Sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_st_movements_OrganisationId_WorkOrderId",
                table: "st_movements",
                columns: new[] { "OrganisationId", "WorkOrderId" });

            migrationBuilder.CreateIndex(
                name: "IX_st_purchase_order_lines_OrganisationId",
                table: "st_purchase_order_lines",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_st_purchase_order_lines_OrganisationId_ItemId",
                table: "st_purchase_order_lines",
                columns: new[] { "OrganisationId", "ItemId" });

            migrationBuilder.CreateIndex(
                name: "IX_st_purchase_order_lines_PurchaseOrderId",
                table: "st_purchase_order_lines",
                column: "PurchaseOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_st_purchase_orders_OrganisationId",
                table: "st_purchase_orders",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_st_purchase_orders_OrganisationId_Number",
                table: "st_purchase_orders",
                columns: new[] { "OrganisationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_st_purchase_orders_OrganisationId_Status_OrderedAtUtc",
                table: "st_purchase_orders",
                columns: new[] { "OrganisationId", "Status", "OrderedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_st_reservations_OrganisationId",
                table: "st_reservations",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_st_reservations_OrganisationId_StoreId_ItemId_State",
                table: "st_reservations",
                columns: new[] { "OrganisationId", "StoreId", "ItemId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_st_reservations_OrganisationId_WorkOrderId",
                table: "st_reservations",
                columns: new[] { "OrganisationId", "WorkOrderId" });

            migrationBuilder.CreateIndex(
                name: "IX_st_stores_OrganisationId",
                table: "st_stores",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_st_stores_OrganisationId_Code",
                table: "st_stores",
                columns: new[] { "OrganisationId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_st_suppliers_OrganisationId",
                table: "st_suppliers",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_st_suppliers_OrganisationId_Name",
                table: "st_suppliers",
                columns: new[] { "OrganisationId", "Name" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "st_balances");

            migrationBuilder.DropTable(
                name: "st_count_lines");

            migrationBuilder.DropTable(
                name: "st_counters");

            migrationBuilder.DropTable(
                name: "st_item_suppliers");

            migrationBuilder.DropTable(
                name: "st_movements");

            migrationBuilder.DropTable(
                name: "st_purchase_order_lines");

            migrationBuilder.DropTable(
                name: "st_reservations");

            migrationBuilder.DropTable(
                name: "st_stores");

            migrationBuilder.DropTable(
                name: "st_suppliers");

            migrationBuilder.DropTable(
                name: "st_counts");

            migrationBuilder.DropTable(
                name: "st_items");

            migrationBuilder.DropTable(
                name: "st_purchase_orders");

            migrationBuilder.DropIndex(
                name: "IX_wk_parts_ReturnOfPartId",
                table: "wk_parts");

            migrationBuilder.DropColumn(
                name: "ReturnOfPartId",
                table: "wk_parts");

            migrationBuilder.DropColumn(
                name: "StockAmount",
                table: "wk_parts");

            migrationBuilder.DropColumn(
                name: "StockMovementId",
                table: "wk_parts");
        }
    }
}
