using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Cmms.Database.SqlServer.Migrations
{
    /// <inheritdoc />
    public partial class Foundation : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "dir_api_keys",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Prefix = table.Column<string>(type: "nvarchar(16)", maxLength: 16, nullable: false),
                    SecretHash = table.Column<string>(type: "nvarchar(64)", maxLength: 64, nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    RevokedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true),
                    RevokedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true),
                    LastUsedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dir_api_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dir_organisations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Siren = table.Column<string>(type: "nvarchar(9)", maxLength: 9, nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dir_organisations", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dir_services",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dir_services", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dir_sites",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Code = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Kind = table.Column<string>(type: "nvarchar(30)", maxLength: 30, nullable: false),
                    Address = table.Column<string>(type: "nvarchar(300)", maxLength: 300, nullable: true),
                    PostCode = table.Column<string>(type: "nvarchar(10)", maxLength: 10, nullable: true),
                    City = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: true),
                    Latitude = table.Column<double>(type: "float", nullable: true),
                    Longitude = table.Column<double>(type: "float", nullable: true),
                    Version = table.Column<int>(type: "int", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dir_sites", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dir_trades",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dir_trades", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dir_users",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    DisplayName = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    CurrentOrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedUserName = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    Email = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    NormalizedEmail = table.Column<string>(type: "nvarchar(256)", maxLength: 256, nullable: true),
                    EmailConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    PasswordHash = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    SecurityStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ConcurrencyStamp = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumber = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    PhoneNumberConfirmed = table.Column<bool>(type: "bit", nullable: false),
                    TwoFactorEnabled = table.Column<bool>(type: "bit", nullable: false),
                    LockoutEnd = table.Column<DateTimeOffset>(type: "datetimeoffset", nullable: true),
                    LockoutEnabled = table.Column<bool>(type: "bit", nullable: false),
                    AccessFailedCount = table.Column<int>(type: "int", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dir_users", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "host_data_protection_keys",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    FriendlyName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    Xml = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_host_data_protection_keys", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "dir_teams",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dir_teams", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dir_teams_dir_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "dir_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "dir_memberships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    Roles = table.Column<string>(type: "nvarchar(max)", nullable: false),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dir_memberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dir_memberships_dir_users_UserId",
                        column: x => x.UserId,
                        principalTable: "dir_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dir_user_claims",
                columns: table => new
                {
                    Id = table.Column<int>(type: "int", nullable: false)
                        .Annotation("SqlServer:Identity", "1, 1"),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ClaimType = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    ClaimValue = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dir_user_claims", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dir_user_claims_dir_users_UserId",
                        column: x => x.UserId,
                        principalTable: "dir_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dir_user_logins",
                columns: table => new
                {
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderKey = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    ProviderDisplayName = table.Column<string>(type: "nvarchar(max)", nullable: true),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dir_user_logins", x => new { x.LoginProvider, x.ProviderKey });
                    table.ForeignKey(
                        name: "FK_dir_user_logins_dir_users_UserId",
                        column: x => x.UserId,
                        principalTable: "dir_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dir_user_tokens",
                columns: table => new
                {
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    LoginProvider = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Name = table.Column<string>(type: "nvarchar(450)", nullable: false),
                    Value = table.Column<string>(type: "nvarchar(max)", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dir_user_tokens", x => new { x.UserId, x.LoginProvider, x.Name });
                    table.ForeignKey(
                        name: "FK_dir_user_tokens_dir_users_UserId",
                        column: x => x.UserId,
                        principalTable: "dir_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "dir_agents",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EmployeeNumber = table.Column<string>(type: "nvarchar(20)", maxLength: 20, nullable: false),
                    FirstName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    LastName = table.Column<string>(type: "nvarchar(100)", maxLength: 100, nullable: false),
                    TradeId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    TeamId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    UserId = table.Column<Guid>(type: "uniqueidentifier", nullable: true),
                    IsActive = table.Column<bool>(type: "bit", nullable: false),
                    Version = table.Column<int>(type: "int", nullable: false),
                    UpdatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    UpdatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dir_agents", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dir_agents_dir_teams_TeamId",
                        column: x => x.TeamId,
                        principalTable: "dir_teams",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_dir_agents_dir_trades_TradeId",
                        column: x => x.TradeId,
                        principalTable: "dir_trades",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_dir_agents_dir_users_UserId",
                        column: x => x.UserId,
                        principalTable: "dir_users",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "dir_managed_services",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MembershipId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    ServiceId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dir_managed_services", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dir_managed_services_dir_memberships_MembershipId",
                        column: x => x.MembershipId,
                        principalTable: "dir_memberships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_dir_managed_services_dir_services_ServiceId",
                        column: x => x.ServiceId,
                        principalTable: "dir_services",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "dir_referent_sites",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    MembershipId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    SiteId = table.Column<Guid>(type: "uniqueidentifier", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dir_referent_sites", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dir_referent_sites_dir_memberships_MembershipId",
                        column: x => x.MembershipId,
                        principalTable: "dir_memberships",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_dir_referent_sites_dir_sites_SiteId",
                        column: x => x.SiteId,
                        principalTable: "dir_sites",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "dir_agent_rates",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    OrganisationId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    AgentId = table.Column<Guid>(type: "uniqueidentifier", nullable: false),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    HourlyCost = table.Column<long>(type: "bigint", nullable: false),
                    CreatedAtUtc = table.Column<DateTime>(type: "datetime2", nullable: false),
                    CreatedBy = table.Column<string>(type: "nvarchar(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_dir_agent_rates", x => x.Id);
                    table.ForeignKey(
                        name: "FK_dir_agent_rates_dir_agents_AgentId",
                        column: x => x.AgentId,
                        principalTable: "dir_agents",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_dir_agent_rates_AgentId_EffectiveFrom",
                table: "dir_agent_rates",
                columns: new[] { "AgentId", "EffectiveFrom" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dir_agent_rates_OrganisationId",
                table: "dir_agent_rates",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_dir_agents_OrganisationId",
                table: "dir_agents",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_dir_agents_OrganisationId_EmployeeNumber",
                table: "dir_agents",
                columns: new[] { "OrganisationId", "EmployeeNumber" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dir_agents_OrganisationId_LastName_FirstName",
                table: "dir_agents",
                columns: new[] { "OrganisationId", "LastName", "FirstName" });

            migrationBuilder.CreateIndex(
                name: "IX_dir_agents_TeamId",
                table: "dir_agents",
                column: "TeamId");

            migrationBuilder.CreateIndex(
                name: "IX_dir_agents_TradeId",
                table: "dir_agents",
                column: "TradeId");

            migrationBuilder.CreateIndex(
                name: "IX_dir_agents_UserId",
                table: "dir_agents",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_dir_api_keys_OrganisationId",
                table: "dir_api_keys",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_dir_api_keys_Prefix",
                table: "dir_api_keys",
                column: "Prefix",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dir_managed_services_MembershipId_ServiceId",
                table: "dir_managed_services",
                columns: new[] { "MembershipId", "ServiceId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dir_managed_services_OrganisationId",
                table: "dir_managed_services",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_dir_managed_services_ServiceId",
                table: "dir_managed_services",
                column: "ServiceId");

            migrationBuilder.CreateIndex(
                name: "IX_dir_memberships_OrganisationId",
                table: "dir_memberships",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_dir_memberships_UserId_OrganisationId",
                table: "dir_memberships",
                columns: new[] { "UserId", "OrganisationId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dir_organisations_Code",
                table: "dir_organisations",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dir_referent_sites_MembershipId_SiteId",
                table: "dir_referent_sites",
                columns: new[] { "MembershipId", "SiteId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dir_referent_sites_OrganisationId",
                table: "dir_referent_sites",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_dir_referent_sites_SiteId",
                table: "dir_referent_sites",
                column: "SiteId");

            migrationBuilder.CreateIndex(
                name: "IX_dir_services_OrganisationId",
                table: "dir_services",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_dir_services_OrganisationId_Code",
                table: "dir_services",
                columns: new[] { "OrganisationId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dir_sites_OrganisationId",
                table: "dir_sites",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_dir_sites_OrganisationId_Code",
                table: "dir_sites",
                columns: new[] { "OrganisationId", "Code" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dir_sites_OrganisationId_Name",
                table: "dir_sites",
                columns: new[] { "OrganisationId", "Name" });

            migrationBuilder.CreateIndex(
                name: "IX_dir_teams_OrganisationId",
                table: "dir_teams",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_dir_teams_ServiceId_Name",
                table: "dir_teams",
                columns: new[] { "ServiceId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dir_trades_OrganisationId",
                table: "dir_trades",
                column: "OrganisationId");

            migrationBuilder.CreateIndex(
                name: "IX_dir_trades_OrganisationId_Name",
                table: "dir_trades",
                columns: new[] { "OrganisationId", "Name" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_dir_user_claims_UserId",
                table: "dir_user_claims",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "IX_dir_user_logins_UserId",
                table: "dir_user_logins",
                column: "UserId");

            migrationBuilder.CreateIndex(
                name: "EmailIndex",
                table: "dir_users",
                column: "NormalizedEmail");

            migrationBuilder.CreateIndex(
                name: "UserNameIndex",
                table: "dir_users",
                column: "NormalizedUserName",
                unique: true,
                filter: "[NormalizedUserName] IS NOT NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "dir_agent_rates");

            migrationBuilder.DropTable(
                name: "dir_api_keys");

            migrationBuilder.DropTable(
                name: "dir_managed_services");

            migrationBuilder.DropTable(
                name: "dir_organisations");

            migrationBuilder.DropTable(
                name: "dir_referent_sites");

            migrationBuilder.DropTable(
                name: "dir_user_claims");

            migrationBuilder.DropTable(
                name: "dir_user_logins");

            migrationBuilder.DropTable(
                name: "dir_user_tokens");

            migrationBuilder.DropTable(
                name: "host_data_protection_keys");

            migrationBuilder.DropTable(
                name: "dir_agents");

            migrationBuilder.DropTable(
                name: "dir_memberships");

            migrationBuilder.DropTable(
                name: "dir_sites");

            migrationBuilder.DropTable(
                name: "dir_teams");

            migrationBuilder.DropTable(
                name: "dir_trades");

            migrationBuilder.DropTable(
                name: "dir_users");

            migrationBuilder.DropTable(
                name: "dir_services");
        }
    }
}
