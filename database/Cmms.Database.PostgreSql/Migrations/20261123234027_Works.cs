using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cmms.Database.PostgreSql.Migrations
{
    /// <inheritdoc />
    public partial class Works : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "wk_attachments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    WorkOrderId = table.Column<Guid>(type: "uuid", nullable: true),
                    Stage = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    FileName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ContentType = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    Length = table.Column<int>(type: "integer", nullable: false),
                    Width = table.Column<int>(type: "integer", nullable: false),
                    Height = table.Column<int>(type: "integer", nullable: false),
                    Content = table.Column<byte[]>(type: "bytea", nullable: false),
                    Thumbnail = table.Column<byte[]>(type: "bytea", nullable: false),
                    UploadedByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    UploadedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    UploadedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wk_attachments", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wk_contractor_invoices",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Contractor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    InvoiceNumber = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: false),
                    InvoiceDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    EnteredBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EnteredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wk_contractor_invoices", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wk_cost_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SourceId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssetModule = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    AssetId = table.Column<Guid>(type: "uuid", nullable: true),
                    AgentId = table.Column<Guid>(type: "uuid", nullable: true),
                    HoursKind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    OccurredOn = table.Column<DateOnly>(type: "date", nullable: false),
                    Quantity = table.Column<long>(type: "bigint", nullable: false),
                    UnitCost = table.Column<long>(type: "bigint", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    RecordedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wk_cost_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wk_counters",
                columns: table => new
                {
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Series = table.Column<string>(type: "character varying(4)", maxLength: 4, nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    Last = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wk_counters", x => new { x.OrganisationId, x.Series, x.Year });
                });

            migrationBuilder.CreateTable(
                name: "wk_notes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Text = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    ByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wk_notes", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wk_notification_preferences",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Mail = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wk_notification_preferences", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wk_notifications",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    UserId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Subject = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Detail = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Url = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ReadAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Mail = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    MailedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    MailClaim = table.Column<Guid>(type: "uuid", nullable: true),
                    MailClaimedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    MailAttempts = table.Column<int>(type: "integer", nullable: false),
                    MailNotBeforeUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    MailError = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wk_notifications", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wk_parts",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    ItemReference = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    Label = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Quantity = table.Column<long>(type: "bigint", nullable: false),
                    Unit = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    UnitCost = table.Column<long>(type: "bigint", nullable: false),
                    UsedOn = table.Column<DateOnly>(type: "date", nullable: false),
                    EnteredBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EnteredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wk_parts", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wk_request_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    From = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    To = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wk_request_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wk_requests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssetModule = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    AssetId = table.Column<Guid>(type: "uuid", nullable: true),
                    AssetLabel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Urgency = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    RequesterUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    RequesterName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    RequesterContact = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Channel = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ExternalReference = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    SubmittedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DueAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    StatusChangedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DuplicateOfId = table.Column<Guid>(type: "uuid", nullable: true),
                    WorkOrderId = table.Column<Guid>(type: "uuid", nullable: true),
                    LastReason = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wk_requests", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wk_routing_rules",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Category = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: true),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wk_routing_rules", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wk_settings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    DefaultServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    AutoCloseDays = table.Column<int>(type: "integer", nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wk_settings", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wk_time_entries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgentId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkDate = table.Column<DateOnly>(type: "date", nullable: false),
                    Hours = table.Column<long>(type: "bigint", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    HourlyCost = table.Column<long>(type: "bigint", nullable: false),
                    StartedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    StoppedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Note = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    EnteredByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    EnteredBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    EnteredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wk_time_entries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wk_work_order_events",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    AtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    ByUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    ByName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    From = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    To = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    HoldReason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Comment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wk_work_order_events", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wk_work_orders",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Priority = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Title = table.Column<string>(type: "character varying(150)", maxLength: 150, nullable: false),
                    Description = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    SiteId = table.Column<Guid>(type: "uuid", nullable: false),
                    AssetModule = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    AssetId = table.Column<Guid>(type: "uuid", nullable: true),
                    AssetLabel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Location = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Latitude = table.Column<double>(type: "double precision", nullable: true),
                    Longitude = table.Column<double>(type: "double precision", nullable: true),
                    ServiceId = table.Column<Guid>(type: "uuid", nullable: false),
                    TeamId = table.Column<Guid>(type: "uuid", nullable: true),
                    RequestId = table.Column<Guid>(type: "uuid", nullable: true),
                    RequesterUserId = table.Column<Guid>(type: "uuid", nullable: true),
                    RequesterName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    PlannedStart = table.Column<DateOnly>(type: "date", nullable: true),
                    PlannedEnd = table.Column<DateOnly>(type: "date", nullable: true),
                    DueAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StatusChangedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    HoldReason = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: true),
                    Contractor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Report = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    CreatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    DoneAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    UpdatedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wk_work_orders", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "wk_assignments",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgentId = table.Column<Guid>(type: "uuid", nullable: false),
                    State = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wk_assignments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_wk_assignments_wk_work_orders_WorkOrderId",
                        column: x => x.WorkOrderId,
                        principalTable: "wk_work_orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "wk_tasks",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uuid", nullable: false),
                    WorkOrderId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Label = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Answer = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    Comment = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    AnsweredBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    AnsweredAtUtc = table.Column<DateTime>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_wk_tasks", x => x.Id);
                    table.ForeignKey(
                        name: "FK_wk_tasks_wk_work_orders_WorkOrderId",
                        column: x => x.WorkOrderId,
                        principalTable: "wk_work_orders",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_wk_assignments_AgentId_WorkOrderId",
                table: "wk_assignments",
                columns: new[] { "AgentId", "WorkOrderId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wk_assignments_OrganisationId",
                table: "wk_assignments",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_assignments_OrganisationId_AgentId_State",
                table: "wk_assignments",
                columns: new[] { "OrganisationId", "AgentId", "State" });

            migrationBuilder.CreateIndex(
                name: "IX_wk_assignments_WorkOrderId",
                table: "wk_assignments",
                column: "WorkOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_attachments_OrganisationId",
                table: "wk_attachments",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_attachments_RequestId",
                table: "wk_attachments",
                column: "RequestId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_attachments_WorkOrderId",
                table: "wk_attachments",
                column: "WorkOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_contractor_invoices_OrganisationId",
                table: "wk_contractor_invoices",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_contractor_invoices_WorkOrderId",
                table: "wk_contractor_invoices",
                column: "WorkOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_cost_events_OrganisationId",
                table: "wk_cost_events",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_cost_events_OrganisationId_RecordedAtUtc",
                table: "wk_cost_events",
                columns: new[] { "OrganisationId", "RecordedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_wk_cost_events_WorkOrderId",
                table: "wk_cost_events",
                column: "WorkOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_counters_OrganisationId",
                table: "wk_counters",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_notes_OrganisationId",
                table: "wk_notes",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_notes_WorkOrderId_AtUtc",
                table: "wk_notes",
                columns: new[] { "WorkOrderId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_wk_notification_preferences_UserId",
                table: "wk_notification_preferences",
                column: "UserId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wk_notifications_Mail_CreatedAtUtc",
                table: "wk_notifications",
                columns: new[] { "Mail", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_wk_notifications_OrganisationId",
                table: "wk_notifications",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_notifications_UserId_CreatedAtUtc",
                table: "wk_notifications",
                columns: new[] { "UserId", "CreatedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_wk_notifications_UserId_ReadAtUtc",
                table: "wk_notifications",
                columns: new[] { "UserId", "ReadAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_wk_parts_OrganisationId",
                table: "wk_parts",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_parts_WorkOrderId",
                table: "wk_parts",
                column: "WorkOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_request_events_OrganisationId",
                table: "wk_request_events",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_request_events_RequestId_AtUtc",
                table: "wk_request_events",
                columns: new[] { "RequestId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_wk_requests_OrganisationId",
                table: "wk_requests",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_requests_OrganisationId_Number",
                table: "wk_requests",
                columns: new[] { "OrganisationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wk_requests_OrganisationId_RequesterUserId_SubmittedAtUtc",
                table: "wk_requests",
                columns: new[] { "OrganisationId", "RequesterUserId", "SubmittedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_wk_requests_OrganisationId_ServiceId_Status_DueAtUtc",
                table: "wk_requests",
                columns: new[] { "OrganisationId", "ServiceId", "Status", "DueAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_wk_requests_OrganisationId_SiteId_Category_Status",
                table: "wk_requests",
                columns: new[] { "OrganisationId", "SiteId", "Category", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_wk_requests_WorkOrderId",
                table: "wk_requests",
                column: "WorkOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_routing_rules_OrganisationId",
                table: "wk_routing_rules",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_routing_rules_OrganisationId_Category_SiteId",
                table: "wk_routing_rules",
                columns: new[] { "OrganisationId", "Category", "SiteId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wk_settings_OrganisationId",
                table: "wk_settings",
                column: "OrganisationId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wk_tasks_OrganisationId",
                table: "wk_tasks",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_tasks_WorkOrderId",
                table: "wk_tasks",
                column: "WorkOrderId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_time_entries_OrganisationId",
                table: "wk_time_entries",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_time_entries_OrganisationId_AgentId_StartedAtUtc",
                table: "wk_time_entries",
                columns: new[] { "OrganisationId", "AgentId", "StartedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_wk_time_entries_OrganisationId_AgentId_WorkDate",
                table: "wk_time_entries",
                columns: new[] { "OrganisationId", "AgentId", "WorkDate" });

            migrationBuilder.CreateIndex(
                name: "IX_wk_time_entries_WorkOrderId_WorkDate",
                table: "wk_time_entries",
                columns: new[] { "WorkOrderId", "WorkDate" });

            migrationBuilder.CreateIndex(
                name: "IX_wk_work_order_events_OrganisationId",
                table: "wk_work_order_events",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_work_order_events_WorkOrderId_AtUtc",
                table: "wk_work_order_events",
                columns: new[] { "WorkOrderId", "AtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_wk_work_orders_OrganisationId",
                table: "wk_work_orders",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_wk_work_orders_OrganisationId_Number",
                table: "wk_work_orders",
                columns: new[] { "OrganisationId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_wk_work_orders_OrganisationId_ServiceId_Status_DueAtUtc",
                table: "wk_work_orders",
                columns: new[] { "OrganisationId", "ServiceId", "Status", "DueAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_wk_work_orders_OrganisationId_Status_ClosedAtUtc",
                table: "wk_work_orders",
                columns: new[] { "OrganisationId", "Status", "ClosedAtUtc" });

            migrationBuilder.CreateIndex(
                name: "IX_wk_work_orders_OrganisationId_TeamId_Status",
                table: "wk_work_orders",
                columns: new[] { "OrganisationId", "TeamId", "Status" });

            migrationBuilder.CreateIndex(
                name: "IX_wk_work_orders_RequestId",
                table: "wk_work_orders",
                column: "RequestId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "wk_assignments");

            migrationBuilder.DropTable(
                name: "wk_attachments");

            migrationBuilder.DropTable(
                name: "wk_contractor_invoices");

            migrationBuilder.DropTable(
                name: "wk_cost_events");

            migrationBuilder.DropTable(
                name: "wk_counters");

            migrationBuilder.DropTable(
                name: "wk_notes");

            migrationBuilder.DropTable(
                name: "wk_notification_preferences");

            migrationBuilder.DropTable(
                name: "wk_notifications");

            migrationBuilder.DropTable(
                name: "wk_parts");

            migrationBuilder.DropTable(
                name: "wk_request_events");

            migrationBuilder.DropTable(
                name: "wk_requests");

            migrationBuilder.DropTable(
                name: "wk_routing_rules");

            migrationBuilder.DropTable(
                name: "wk_settings");

            migrationBuilder.DropTable(
                name: "wk_tasks");

            migrationBuilder.DropTable(
                name: "wk_time_entries");

            migrationBuilder.DropTable(
                name: "wk_work_order_events");

            migrationBuilder.DropTable(
                name: "wk_work_orders");
        }
    }
}
