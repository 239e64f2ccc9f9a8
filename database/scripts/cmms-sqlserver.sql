IF OBJECT_ID(N'[__EFMigrationsHistory]') IS NULL
BEGIN
    CREATE TABLE [__EFMigrationsHistory] (
        [MigrationId] nvarchar(150) NOT NULL,
        [ProductVersion] nvarchar(32) NOT NULL,
        CONSTRAINT [PK___EFMigrationsHistory] PRIMARY KEY ([MigrationId])
    );
END;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE TABLE [dir_api_keys] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Prefix] nvarchar(16) NOT NULL,
        [SecretHash] nvarchar(64) NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [CreatedBy] nvarchar(200) NOT NULL,
        [RevokedAtUtc] datetime2 NULL,
        [RevokedBy] nvarchar(200) NULL,
        [LastUsedAtUtc] datetime2 NULL,
        CONSTRAINT [PK_dir_api_keys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE TABLE [dir_organisations] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Code] nvarchar(20) NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [Siren] nvarchar(9) NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_dir_organisations] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE TABLE [dir_services] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Code] nvarchar(20) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_dir_services] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE TABLE [dir_sites] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Code] nvarchar(20) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [Address] nvarchar(300) NULL,
        [PostCode] nvarchar(10) NULL,
        [City] nvarchar(100) NULL,
        [Latitude] float NULL,
        [Longitude] float NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_dir_sites] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE TABLE [dir_trades] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_dir_trades] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE TABLE [dir_users] (
        [Id] uniqueidentifier NOT NULL,
        [DisplayName] nvarchar(200) NOT NULL,
        [CurrentOrganisationId] uniqueidentifier NULL,
        [UserName] nvarchar(256) NULL,
        [NormalizedUserName] nvarchar(256) NULL,
        [Email] nvarchar(256) NULL,
        [NormalizedEmail] nvarchar(256) NULL,
        [EmailConfirmed] bit NOT NULL,
        [PasswordHash] nvarchar(max) NULL,
        [SecurityStamp] nvarchar(max) NULL,
        [ConcurrencyStamp] nvarchar(max) NULL,
        [PhoneNumber] nvarchar(max) NULL,
        [PhoneNumberConfirmed] bit NOT NULL,
        [TwoFactorEnabled] bit NOT NULL,
        [LockoutEnd] datetimeoffset NULL,
        [LockoutEnabled] bit NOT NULL,
        [AccessFailedCount] int NOT NULL,
        CONSTRAINT [PK_dir_users] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE TABLE [host_data_protection_keys] (
        [Id] int NOT NULL IDENTITY,
        [FriendlyName] nvarchar(max) NULL,
        [Xml] nvarchar(max) NULL,
        CONSTRAINT [PK_host_data_protection_keys] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE TABLE [dir_teams] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [ServiceId] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_dir_teams] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_dir_teams_dir_services_ServiceId] FOREIGN KEY ([ServiceId]) REFERENCES [dir_services] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE TABLE [dir_memberships] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [Roles] nvarchar(max) NOT NULL,
        [IsActive] bit NOT NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_dir_memberships] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_dir_memberships_dir_users_UserId] FOREIGN KEY ([UserId]) REFERENCES [dir_users] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE TABLE [dir_user_claims] (
        [Id] int NOT NULL IDENTITY,
        [UserId] uniqueidentifier NOT NULL,
        [ClaimType] nvarchar(max) NULL,
        [ClaimValue] nvarchar(max) NULL,
        CONSTRAINT [PK_dir_user_claims] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_dir_user_claims_dir_users_UserId] FOREIGN KEY ([UserId]) REFERENCES [dir_users] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE TABLE [dir_user_logins] (
        [LoginProvider] nvarchar(450) NOT NULL,
        [ProviderKey] nvarchar(450) NOT NULL,
        [ProviderDisplayName] nvarchar(max) NULL,
        [UserId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_dir_user_logins] PRIMARY KEY ([LoginProvider], [ProviderKey]),
        CONSTRAINT [FK_dir_user_logins_dir_users_UserId] FOREIGN KEY ([UserId]) REFERENCES [dir_users] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE TABLE [dir_user_tokens] (
        [UserId] uniqueidentifier NOT NULL,
        [LoginProvider] nvarchar(450) NOT NULL,
        [Name] nvarchar(450) NOT NULL,
        [Value] nvarchar(max) NULL,
        CONSTRAINT [PK_dir_user_tokens] PRIMARY KEY ([UserId], [LoginProvider], [Name]),
        CONSTRAINT [FK_dir_user_tokens_dir_users_UserId] FOREIGN KEY ([UserId]) REFERENCES [dir_users] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE TABLE [dir_agents] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [EmployeeNumber] nvarchar(20) NOT NULL,
        [FirstName] nvarchar(100) NOT NULL,
        [LastName] nvarchar(100) NOT NULL,
        [TradeId] uniqueidentifier NOT NULL,
        [TeamId] uniqueidentifier NULL,
        [UserId] uniqueidentifier NULL,
        [IsActive] bit NOT NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_dir_agents] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_dir_agents_dir_teams_TeamId] FOREIGN KEY ([TeamId]) REFERENCES [dir_teams] ([Id]) ON DELETE SET NULL,
        CONSTRAINT [FK_dir_agents_dir_trades_TradeId] FOREIGN KEY ([TradeId]) REFERENCES [dir_trades] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_dir_agents_dir_users_UserId] FOREIGN KEY ([UserId]) REFERENCES [dir_users] ([Id]) ON DELETE SET NULL
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE TABLE [dir_managed_services] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [MembershipId] uniqueidentifier NOT NULL,
        [ServiceId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_dir_managed_services] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_dir_managed_services_dir_memberships_MembershipId] FOREIGN KEY ([MembershipId]) REFERENCES [dir_memberships] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_dir_managed_services_dir_services_ServiceId] FOREIGN KEY ([ServiceId]) REFERENCES [dir_services] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE TABLE [dir_referent_sites] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [MembershipId] uniqueidentifier NOT NULL,
        [SiteId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_dir_referent_sites] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_dir_referent_sites_dir_memberships_MembershipId] FOREIGN KEY ([MembershipId]) REFERENCES [dir_memberships] ([Id]) ON DELETE CASCADE,
        CONSTRAINT [FK_dir_referent_sites_dir_sites_SiteId] FOREIGN KEY ([SiteId]) REFERENCES [dir_sites] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE TABLE [dir_agent_rates] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [AgentId] uniqueidentifier NOT NULL,
        [EffectiveFrom] date NOT NULL,
        [HourlyCost] bigint NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [CreatedBy] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_dir_agent_rates] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_dir_agent_rates_dir_agents_AgentId] FOREIGN KEY ([AgentId]) REFERENCES [dir_agents] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE UNIQUE INDEX [IX_dir_agent_rates_AgentId_EffectiveFrom] ON [dir_agent_rates] ([AgentId], [EffectiveFrom]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE INDEX [IX_dir_agent_rates_OrganisationId] ON [dir_agent_rates] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE INDEX [IX_dir_agents_OrganisationId] ON [dir_agents] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE UNIQUE INDEX [IX_dir_agents_OrganisationId_EmployeeNumber] ON [dir_agents] ([OrganisationId], [EmployeeNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE INDEX [IX_dir_agents_OrganisationId_LastName_FirstName] ON [dir_agents] ([OrganisationId], [LastName], [FirstName]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE INDEX [IX_dir_agents_TeamId] ON [dir_agents] ([TeamId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE INDEX [IX_dir_agents_TradeId] ON [dir_agents] ([TradeId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE INDEX [IX_dir_agents_UserId] ON [dir_agents] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE INDEX [IX_dir_api_keys_OrganisationId] ON [dir_api_keys] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE UNIQUE INDEX [IX_dir_api_keys_Prefix] ON [dir_api_keys] ([Prefix]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE UNIQUE INDEX [IX_dir_managed_services_MembershipId_ServiceId] ON [dir_managed_services] ([MembershipId], [ServiceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE INDEX [IX_dir_managed_services_OrganisationId] ON [dir_managed_services] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE INDEX [IX_dir_managed_services_ServiceId] ON [dir_managed_services] ([ServiceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE INDEX [IX_dir_memberships_OrganisationId] ON [dir_memberships] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE UNIQUE INDEX [IX_dir_memberships_UserId_OrganisationId] ON [dir_memberships] ([UserId], [OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE UNIQUE INDEX [IX_dir_organisations_Code] ON [dir_organisations] ([Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE UNIQUE INDEX [IX_dir_referent_sites_MembershipId_SiteId] ON [dir_referent_sites] ([MembershipId], [SiteId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE INDEX [IX_dir_referent_sites_OrganisationId] ON [dir_referent_sites] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE INDEX [IX_dir_referent_sites_SiteId] ON [dir_referent_sites] ([SiteId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE INDEX [IX_dir_services_OrganisationId] ON [dir_services] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE UNIQUE INDEX [IX_dir_services_OrganisationId_Code] ON [dir_services] ([OrganisationId], [Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE INDEX [IX_dir_sites_OrganisationId] ON [dir_sites] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE UNIQUE INDEX [IX_dir_sites_OrganisationId_Code] ON [dir_sites] ([OrganisationId], [Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE INDEX [IX_dir_sites_OrganisationId_Name] ON [dir_sites] ([OrganisationId], [Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE INDEX [IX_dir_teams_OrganisationId] ON [dir_teams] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE UNIQUE INDEX [IX_dir_teams_ServiceId_Name] ON [dir_teams] ([ServiceId], [Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE INDEX [IX_dir_trades_OrganisationId] ON [dir_trades] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE UNIQUE INDEX [IX_dir_trades_OrganisationId_Name] ON [dir_trades] ([OrganisationId], [Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE INDEX [IX_dir_user_claims_UserId] ON [dir_user_claims] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE INDEX [IX_dir_user_logins_UserId] ON [dir_user_logins] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    CREATE INDEX [EmailIndex] ON [dir_users] ([NormalizedEmail]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [UserNameIndex] ON [dir_users] ([NormalizedUserName]) WHERE [NormalizedUserName] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123204101_Foundation'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123204101_Foundation', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE TABLE [wk_attachments] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [RequestId] uniqueidentifier NULL,
        [WorkOrderId] uniqueidentifier NULL,
        [Stage] nvarchar(10) NOT NULL,
        [FileName] nvarchar(200) NOT NULL,
        [ContentType] nvarchar(50) NOT NULL,
        [Length] int NOT NULL,
        [Width] int NOT NULL,
        [Height] int NOT NULL,
        [Content] varbinary(max) NOT NULL,
        [Thumbnail] varbinary(max) NOT NULL,
        [UploadedByUserId] uniqueidentifier NULL,
        [UploadedBy] nvarchar(200) NOT NULL,
        [UploadedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_wk_attachments] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE TABLE [wk_contractor_invoices] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [WorkOrderId] uniqueidentifier NOT NULL,
        [Contractor] nvarchar(200) NOT NULL,
        [InvoiceNumber] nvarchar(50) NOT NULL,
        [InvoiceDate] date NOT NULL,
        [Amount] bigint NOT NULL,
        [EnteredBy] nvarchar(200) NOT NULL,
        [EnteredAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_wk_contractor_invoices] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE TABLE [wk_cost_events] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [SourceId] uniqueidentifier NOT NULL,
        [WorkOrderId] uniqueidentifier NOT NULL,
        [ServiceId] uniqueidentifier NOT NULL,
        [SiteId] uniqueidentifier NOT NULL,
        [AssetModule] nvarchar(30) NULL,
        [AssetId] uniqueidentifier NULL,
        [AgentId] uniqueidentifier NULL,
        [HoursKind] nvarchar(20) NULL,
        [OccurredOn] date NOT NULL,
        [Quantity] bigint NOT NULL,
        [UnitCost] bigint NOT NULL,
        [Amount] bigint NOT NULL,
        [RecordedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_wk_cost_events] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE TABLE [wk_counters] (
        [OrganisationId] uniqueidentifier NOT NULL,
        [Series] nvarchar(4) NOT NULL,
        [Year] int NOT NULL,
        [Last] int NOT NULL,
        CONSTRAINT [PK_wk_counters] PRIMARY KEY ([OrganisationId], [Series], [Year])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE TABLE [wk_notes] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [WorkOrderId] uniqueidentifier NOT NULL,
        [Text] nvarchar(2000) NOT NULL,
        [ByUserId] uniqueidentifier NULL,
        [ByName] nvarchar(200) NOT NULL,
        [AtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_wk_notes] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE TABLE [wk_notification_preferences] (
        [Id] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [Mail] nvarchar(20) NOT NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_wk_notification_preferences] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE TABLE [wk_notifications] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [UserId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(30) NOT NULL,
        [Subject] nvarchar(20) NOT NULL,
        [Title] nvarchar(150) NOT NULL,
        [Detail] nvarchar(2000) NULL,
        [Url] nvarchar(200) NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [ReadAtUtc] datetime2 NULL,
        [Mail] nvarchar(10) NOT NULL,
        [MailedAtUtc] datetime2 NULL,
        [MailClaim] uniqueidentifier NULL,
        [MailClaimedAtUtc] datetime2 NULL,
        [MailAttempts] int NOT NULL,
        [MailNotBeforeUtc] datetime2 NULL,
        [MailError] nvarchar(500) NULL,
        CONSTRAINT [PK_wk_notifications] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE TABLE [wk_parts] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [WorkOrderId] uniqueidentifier NOT NULL,
        [ItemReference] nvarchar(50) NULL,
        [Label] nvarchar(200) NOT NULL,
        [Quantity] bigint NOT NULL,
        [Unit] nvarchar(20) NOT NULL,
        [UnitCost] bigint NOT NULL,
        [UsedOn] date NOT NULL,
        [EnteredBy] nvarchar(200) NOT NULL,
        [EnteredAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_wk_parts] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE TABLE [wk_request_events] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [RequestId] uniqueidentifier NOT NULL,
        [AtUtc] datetime2 NOT NULL,
        [ByUserId] uniqueidentifier NULL,
        [ByName] nvarchar(200) NOT NULL,
        [From] nvarchar(30) NULL,
        [To] nvarchar(30) NOT NULL,
        [Comment] nvarchar(2000) NULL,
        CONSTRAINT [PK_wk_request_events] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE TABLE [wk_requests] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Number] nvarchar(20) NOT NULL,
        [SiteId] uniqueidentifier NOT NULL,
        [AssetModule] nvarchar(30) NULL,
        [AssetId] uniqueidentifier NULL,
        [AssetLabel] nvarchar(200) NULL,
        [Category] nvarchar(20) NOT NULL,
        [Urgency] nvarchar(20) NOT NULL,
        [Title] nvarchar(150) NOT NULL,
        [Description] nvarchar(4000) NOT NULL,
        [Location] nvarchar(200) NULL,
        [Latitude] float NULL,
        [Longitude] float NULL,
        [ServiceId] uniqueidentifier NOT NULL,
        [RequesterUserId] uniqueidentifier NULL,
        [RequesterName] nvarchar(200) NOT NULL,
        [RequesterContact] nvarchar(200) NULL,
        [Channel] nvarchar(10) NOT NULL,
        [ExternalReference] nvarchar(100) NULL,
        [SubmittedAtUtc] datetime2 NOT NULL,
        [DueAtUtc] datetime2 NOT NULL,
        [Status] nvarchar(30) NOT NULL,
        [StatusChangedAtUtc] datetime2 NOT NULL,
        [DuplicateOfId] uniqueidentifier NULL,
        [WorkOrderId] uniqueidentifier NULL,
        [LastReason] nvarchar(2000) NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_wk_requests] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE TABLE [wk_routing_rules] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Category] nvarchar(20) NULL,
        [SiteId] uniqueidentifier NULL,
        [ServiceId] uniqueidentifier NOT NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_wk_routing_rules] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE TABLE [wk_settings] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [DefaultServiceId] uniqueidentifier NOT NULL,
        [AutoCloseDays] int NOT NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_wk_settings] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE TABLE [wk_time_entries] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [WorkOrderId] uniqueidentifier NOT NULL,
        [AgentId] uniqueidentifier NOT NULL,
        [WorkDate] date NOT NULL,
        [Hours] bigint NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [HourlyCost] bigint NOT NULL,
        [StartedAtUtc] datetime2 NULL,
        [StoppedAtUtc] datetime2 NULL,
        [Note] nvarchar(500) NULL,
        [EnteredByUserId] uniqueidentifier NULL,
        [EnteredBy] nvarchar(200) NOT NULL,
        [EnteredAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_wk_time_entries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE TABLE [wk_work_order_events] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [WorkOrderId] uniqueidentifier NOT NULL,
        [AtUtc] datetime2 NOT NULL,
        [ByUserId] uniqueidentifier NULL,
        [ByName] nvarchar(200) NOT NULL,
        [From] nvarchar(20) NULL,
        [To] nvarchar(20) NOT NULL,
        [HoldReason] nvarchar(30) NULL,
        [Comment] nvarchar(2000) NULL,
        CONSTRAINT [PK_wk_work_order_events] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE TABLE [wk_work_orders] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Number] nvarchar(20) NOT NULL,
        [Type] nvarchar(20) NOT NULL,
        [Priority] nvarchar(20) NOT NULL,
        [Title] nvarchar(150) NOT NULL,
        [Description] nvarchar(4000) NOT NULL,
        [SiteId] uniqueidentifier NOT NULL,
        [AssetModule] nvarchar(30) NULL,
        [AssetId] uniqueidentifier NULL,
        [AssetLabel] nvarchar(200) NULL,
        [Location] nvarchar(200) NULL,
        [Latitude] float NULL,
        [Longitude] float NULL,
        [ServiceId] uniqueidentifier NOT NULL,
        [TeamId] uniqueidentifier NULL,
        [RequestId] uniqueidentifier NULL,
        [RequesterUserId] uniqueidentifier NULL,
        [RequesterName] nvarchar(200) NULL,
        [PlannedStart] date NULL,
        [PlannedEnd] date NULL,
        [DueAtUtc] datetime2 NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [StatusChangedAtUtc] datetime2 NOT NULL,
        [HoldReason] nvarchar(30) NULL,
        [Contractor] nvarchar(200) NULL,
        [Report] nvarchar(4000) NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [DoneAtUtc] datetime2 NULL,
        [ClosedAtUtc] datetime2 NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_wk_work_orders] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE TABLE [wk_assignments] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [WorkOrderId] uniqueidentifier NOT NULL,
        [AgentId] uniqueidentifier NOT NULL,
        [State] int NOT NULL,
        CONSTRAINT [PK_wk_assignments] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_wk_assignments_wk_work_orders_WorkOrderId] FOREIGN KEY ([WorkOrderId]) REFERENCES [wk_work_orders] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE TABLE [wk_tasks] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [WorkOrderId] uniqueidentifier NOT NULL,
        [Position] int NOT NULL,
        [Label] nvarchar(300) NOT NULL,
        [Answer] nvarchar(20) NULL,
        [Comment] nvarchar(1000) NULL,
        [AnsweredBy] nvarchar(200) NULL,
        [AnsweredAtUtc] datetime2 NULL,
        CONSTRAINT [PK_wk_tasks] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_wk_tasks_wk_work_orders_WorkOrderId] FOREIGN KEY ([WorkOrderId]) REFERENCES [wk_work_orders] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE UNIQUE INDEX [IX_wk_assignments_AgentId_WorkOrderId] ON [wk_assignments] ([AgentId], [WorkOrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_assignments_OrganisationId] ON [wk_assignments] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_assignments_OrganisationId_AgentId_State] ON [wk_assignments] ([OrganisationId], [AgentId], [State]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_assignments_WorkOrderId] ON [wk_assignments] ([WorkOrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_attachments_OrganisationId] ON [wk_attachments] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_attachments_RequestId] ON [wk_attachments] ([RequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_attachments_WorkOrderId] ON [wk_attachments] ([WorkOrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_contractor_invoices_OrganisationId] ON [wk_contractor_invoices] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_contractor_invoices_WorkOrderId] ON [wk_contractor_invoices] ([WorkOrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_cost_events_OrganisationId] ON [wk_cost_events] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_cost_events_OrganisationId_RecordedAtUtc] ON [wk_cost_events] ([OrganisationId], [RecordedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_cost_events_WorkOrderId] ON [wk_cost_events] ([WorkOrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_counters_OrganisationId] ON [wk_counters] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_notes_OrganisationId] ON [wk_notes] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_notes_WorkOrderId_AtUtc] ON [wk_notes] ([WorkOrderId], [AtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE UNIQUE INDEX [IX_wk_notification_preferences_UserId] ON [wk_notification_preferences] ([UserId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_notifications_Mail_CreatedAtUtc] ON [wk_notifications] ([Mail], [CreatedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_notifications_OrganisationId] ON [wk_notifications] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_notifications_UserId_CreatedAtUtc] ON [wk_notifications] ([UserId], [CreatedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_notifications_UserId_ReadAtUtc] ON [wk_notifications] ([UserId], [ReadAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_parts_OrganisationId] ON [wk_parts] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_parts_WorkOrderId] ON [wk_parts] ([WorkOrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_request_events_OrganisationId] ON [wk_request_events] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_request_events_RequestId_AtUtc] ON [wk_request_events] ([RequestId], [AtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_requests_OrganisationId] ON [wk_requests] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE UNIQUE INDEX [IX_wk_requests_OrganisationId_Number] ON [wk_requests] ([OrganisationId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_requests_OrganisationId_RequesterUserId_SubmittedAtUtc] ON [wk_requests] ([OrganisationId], [RequesterUserId], [SubmittedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_requests_OrganisationId_ServiceId_Status_DueAtUtc] ON [wk_requests] ([OrganisationId], [ServiceId], [Status], [DueAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_requests_OrganisationId_SiteId_Category_Status] ON [wk_requests] ([OrganisationId], [SiteId], [Category], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_requests_WorkOrderId] ON [wk_requests] ([WorkOrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_routing_rules_OrganisationId] ON [wk_routing_rules] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_wk_routing_rules_OrganisationId_Category_SiteId] ON [wk_routing_rules] ([OrganisationId], [Category], [SiteId]) WHERE [Category] IS NOT NULL AND [SiteId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE UNIQUE INDEX [IX_wk_settings_OrganisationId] ON [wk_settings] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_tasks_OrganisationId] ON [wk_tasks] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_tasks_WorkOrderId] ON [wk_tasks] ([WorkOrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_time_entries_OrganisationId] ON [wk_time_entries] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_time_entries_OrganisationId_AgentId_StartedAtUtc] ON [wk_time_entries] ([OrganisationId], [AgentId], [StartedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_time_entries_OrganisationId_AgentId_WorkDate] ON [wk_time_entries] ([OrganisationId], [AgentId], [WorkDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_time_entries_WorkOrderId_WorkDate] ON [wk_time_entries] ([WorkOrderId], [WorkDate]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_work_order_events_OrganisationId] ON [wk_work_order_events] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_work_order_events_WorkOrderId_AtUtc] ON [wk_work_order_events] ([WorkOrderId], [AtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_work_orders_OrganisationId] ON [wk_work_orders] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE UNIQUE INDEX [IX_wk_work_orders_OrganisationId_Number] ON [wk_work_orders] ([OrganisationId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_work_orders_OrganisationId_ServiceId_Status_DueAtUtc] ON [wk_work_orders] ([OrganisationId], [ServiceId], [Status], [DueAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_work_orders_OrganisationId_Status_ClosedAtUtc] ON [wk_work_orders] ([OrganisationId], [Status], [ClosedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_work_orders_OrganisationId_TeamId_Status] ON [wk_work_orders] ([OrganisationId], [TeamId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    CREATE INDEX [IX_wk_work_orders_RequestId] ON [wk_work_orders] ([RequestId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261123234041_Works'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261123234041_Works', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    ALTER TABLE [wk_parts] ADD [ReturnOfPartId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    ALTER TABLE [wk_parts] ADD [StockAmount] bigint NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    ALTER TABLE [wk_parts] ADD [StockMovementId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE TABLE [st_balances] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [StoreId] uniqueidentifier NOT NULL,
        [ItemId] uniqueidentifier NOT NULL,
        [Location] nvarchar(30) NULL,
        [ReorderPoint] bigint NOT NULL,
        [ReorderQuantity] bigint NOT NULL,
        [SafetyStock] bigint NOT NULL,
        [Quantity] bigint NOT NULL,
        [Value] bigint NOT NULL,
        [Cump] bigint NOT NULL,
        [Reserved] bigint NOT NULL,
        [Sequence] bigint NOT NULL,
        [LastPostedAtUtc] datetime2 NULL,
        [FrozenByCountId] uniqueidentifier NULL,
        [LedgerVersion] int NOT NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_st_balances] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE TABLE [st_counters] (
        [OrganisationId] uniqueidentifier NOT NULL,
        [Series] nvarchar(4) NOT NULL,
        [Year] int NOT NULL,
        [Last] int NOT NULL,
        CONSTRAINT [PK_st_counters] PRIMARY KEY ([OrganisationId], [Series], [Year])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE TABLE [st_counts] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Number] nvarchar(20) NOT NULL,
        [StoreId] uniqueidentifier NOT NULL,
        [Zone] nvarchar(30) NULL,
        [Status] nvarchar(20) NOT NULL,
        [OpenedAtUtc] datetime2 NOT NULL,
        [OpenedBy] nvarchar(200) NOT NULL,
        [ClosedAtUtc] datetime2 NULL,
        [ClosedBy] nvarchar(200) NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_st_counts] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE TABLE [st_items] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Reference] nvarchar(50) NOT NULL,
        [Label] nvarchar(200) NOT NULL,
        [Unit] nvarchar(10) NOT NULL,
        [Category] nvarchar(20) NOT NULL,
        [Description] nvarchar(2000) NULL,
        [IsActive] bit NOT NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_st_items] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE TABLE [st_movements] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [StoreId] uniqueidentifier NOT NULL,
        [ItemId] uniqueidentifier NOT NULL,
        [Sequence] bigint NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [PostedAtUtc] datetime2 NOT NULL,
        [Quantity] bigint NOT NULL,
        [UnitCost] bigint NOT NULL,
        [Amount] bigint NOT NULL,
        [QuantityAfter] bigint NOT NULL,
        [ValueAfter] bigint NOT NULL,
        [CumpAfter] bigint NOT NULL,
        [WorkOrderId] uniqueidentifier NULL,
        [WorkOrderNumber] nvarchar(20) NULL,
        [CostCentre] nvarchar(50) NULL,
        [SupplierId] uniqueidentifier NULL,
        [DeliveryNote] nvarchar(50) NULL,
        [PurchaseOrderLineId] uniqueidentifier NULL,
        [RelatedMovementId] uniqueidentifier NULL,
        [OtherStoreId] uniqueidentifier NULL,
        [CountId] uniqueidentifier NULL,
        [Reason] nvarchar(500) NULL,
        [ByUserId] uniqueidentifier NULL,
        [ByName] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_st_movements] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE TABLE [st_purchase_orders] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Number] nvarchar(20) NOT NULL,
        [SupplierId] uniqueidentifier NOT NULL,
        [StoreId] uniqueidentifier NOT NULL,
        [Status] nvarchar(20) NOT NULL,
        [OrderedAtUtc] datetime2 NOT NULL,
        [OrderedBy] nvarchar(200) NOT NULL,
        [Note] nvarchar(1000) NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_st_purchase_orders] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE TABLE [st_reservations] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [StoreId] uniqueidentifier NOT NULL,
        [ItemId] uniqueidentifier NOT NULL,
        [WorkOrderId] uniqueidentifier NOT NULL,
        [WorkOrderNumber] nvarchar(20) NOT NULL,
        [Quantity] bigint NOT NULL,
        [Issued] bigint NOT NULL,
        [State] nvarchar(20) NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [CreatedBy] nvarchar(200) NOT NULL,
        [ClosedAtUtc] datetime2 NULL,
        CONSTRAINT [PK_st_reservations] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE TABLE [st_stores] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Code] nvarchar(20) NOT NULL,
        [Name] nvarchar(150) NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [SiteId] uniqueidentifier NULL,
        [IsActive] bit NOT NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_st_stores] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE TABLE [st_suppliers] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [AccountNumber] nvarchar(30) NULL,
        [Email] nvarchar(200) NULL,
        [Phone] nvarchar(30) NULL,
        [IsActive] bit NOT NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_st_suppliers] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE TABLE [st_count_lines] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [CountId] uniqueidentifier NOT NULL,
        [ItemId] uniqueidentifier NOT NULL,
        [Location] nvarchar(30) NULL,
        [Counted] bigint NULL,
        [BookAtCount] bigint NULL,
        [CountedBy] nvarchar(200) NULL,
        [CountedAtUtc] datetime2 NULL,
        CONSTRAINT [PK_st_count_lines] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_st_count_lines_st_counts_CountId] FOREIGN KEY ([CountId]) REFERENCES [st_counts] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE TABLE [st_item_suppliers] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [ItemId] uniqueidentifier NOT NULL,
        [SupplierId] uniqueidentifier NOT NULL,
        [SupplierReference] nvarchar(50) NULL,
        [UnitPrice] bigint NOT NULL,
        [Preferred] bit NOT NULL,
        CONSTRAINT [PK_st_item_suppliers] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_st_item_suppliers_st_items_ItemId] FOREIGN KEY ([ItemId]) REFERENCES [st_items] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE TABLE [st_purchase_order_lines] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [PurchaseOrderId] uniqueidentifier NOT NULL,
        [Position] int NOT NULL,
        [ItemId] uniqueidentifier NOT NULL,
        [Quantity] bigint NOT NULL,
        [UnitPrice] bigint NOT NULL,
        [Received] bigint NOT NULL,
        CONSTRAINT [PK_st_purchase_order_lines] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_st_purchase_order_lines_st_purchase_orders_PurchaseOrderId] FOREIGN KEY ([PurchaseOrderId]) REFERENCES [st_purchase_orders] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE INDEX [IX_wk_parts_ReturnOfPartId] ON [wk_parts] ([ReturnOfPartId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE INDEX [IX_st_balances_OrganisationId] ON [st_balances] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE INDEX [IX_st_balances_OrganisationId_ItemId] ON [st_balances] ([OrganisationId], [ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE UNIQUE INDEX [IX_st_balances_OrganisationId_StoreId_ItemId] ON [st_balances] ([OrganisationId], [StoreId], [ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE INDEX [IX_st_balances_OrganisationId_StoreId_Location] ON [st_balances] ([OrganisationId], [StoreId], [Location]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE INDEX [IX_st_count_lines_CountId_Location] ON [st_count_lines] ([CountId], [Location]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE INDEX [IX_st_count_lines_OrganisationId] ON [st_count_lines] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE INDEX [IX_st_counts_OrganisationId] ON [st_counts] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE UNIQUE INDEX [IX_st_counts_OrganisationId_Number] ON [st_counts] ([OrganisationId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE INDEX [IX_st_counts_OrganisationId_Status_OpenedAtUtc] ON [st_counts] ([OrganisationId], [Status], [OpenedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE INDEX [IX_st_item_suppliers_ItemId] ON [st_item_suppliers] ([ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE INDEX [IX_st_item_suppliers_OrganisationId] ON [st_item_suppliers] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE UNIQUE INDEX [IX_st_item_suppliers_OrganisationId_ItemId_SupplierId] ON [st_item_suppliers] ([OrganisationId], [ItemId], [SupplierId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE INDEX [IX_st_item_suppliers_OrganisationId_SupplierId] ON [st_item_suppliers] ([OrganisationId], [SupplierId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE INDEX [IX_st_items_OrganisationId] ON [st_items] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE INDEX [IX_st_items_OrganisationId_Category_Reference] ON [st_items] ([OrganisationId], [Category], [Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE UNIQUE INDEX [IX_st_items_OrganisationId_Reference] ON [st_items] ([OrganisationId], [Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE INDEX [IX_st_movements_OrganisationId] ON [st_movements] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE INDEX [IX_st_movements_OrganisationId_ItemId_PostedAtUtc] ON [st_movements] ([OrganisationId], [ItemId], [PostedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE INDEX [IX_st_movements_OrganisationId_PostedAtUtc] ON [st_movements] ([OrganisationId], [PostedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE INDEX [IX_st_movements_OrganisationId_PurchaseOrderLineId] ON [st_movements] ([OrganisationId], [PurchaseOrderLineId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE INDEX [IX_st_movements_OrganisationId_RelatedMovementId] ON [st_movements] ([OrganisationId], [RelatedMovementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE INDEX [IX_st_movements_OrganisationId_StoreId_ItemId_PostedAtUtc_Sequence] ON [st_movements] ([OrganisationId], [StoreId], [ItemId], [PostedAtUtc], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE UNIQUE INDEX [IX_st_movements_OrganisationId_StoreId_ItemId_Sequence] ON [st_movements] ([OrganisationId], [StoreId], [ItemId], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE INDEX [IX_st_movements_OrganisationId_WorkOrderId] ON [st_movements] ([OrganisationId], [WorkOrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE INDEX [IX_st_purchase_order_lines_OrganisationId] ON [st_purchase_order_lines] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE INDEX [IX_st_purchase_order_lines_OrganisationId_ItemId] ON [st_purchase_order_lines] ([OrganisationId], [ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE INDEX [IX_st_purchase_order_lines_PurchaseOrderId] ON [st_purchase_order_lines] ([PurchaseOrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE INDEX [IX_st_purchase_orders_OrganisationId] ON [st_purchase_orders] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE UNIQUE INDEX [IX_st_purchase_orders_OrganisationId_Number] ON [st_purchase_orders] ([OrganisationId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE INDEX [IX_st_purchase_orders_OrganisationId_Status_OrderedAtUtc] ON [st_purchase_orders] ([OrganisationId], [Status], [OrderedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE INDEX [IX_st_reservations_OrganisationId] ON [st_reservations] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE INDEX [IX_st_reservations_OrganisationId_StoreId_ItemId_State] ON [st_reservations] ([OrganisationId], [StoreId], [ItemId], [State]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE INDEX [IX_st_reservations_OrganisationId_WorkOrderId] ON [st_reservations] ([OrganisationId], [WorkOrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE INDEX [IX_st_stores_OrganisationId] ON [st_stores] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE UNIQUE INDEX [IX_st_stores_OrganisationId_Code] ON [st_stores] ([OrganisationId], [Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE INDEX [IX_st_suppliers_OrganisationId] ON [st_suppliers] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    CREATE UNIQUE INDEX [IX_st_suppliers_OrganisationId_Name] ON [st_suppliers] ([OrganisationId], [Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124021401_Stock'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124021401_Stock', N'10.0.15');
END;

COMMIT;
GO

