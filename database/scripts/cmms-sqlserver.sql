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
    WHERE [MigrationId] = N'20261124003015_AssetWorkIndexes'
)
BEGIN
    CREATE INDEX [IX_wk_work_orders_OrganisationId_AssetId] ON [wk_work_orders] ([OrganisationId], [AssetId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003015_AssetWorkIndexes'
)
BEGIN
    CREATE INDEX [IX_wk_requests_OrganisationId_AssetId] ON [wk_requests] ([OrganisationId], [AssetId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003015_AssetWorkIndexes'
)
BEGIN
    CREATE INDEX [IX_wk_cost_events_OrganisationId_AssetId] ON [wk_cost_events] ([OrganisationId], [AssetId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124003015_AssetWorkIndexes'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124003015_AssetWorkIndexes', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005743_Fleet'
)
BEGIN
    CREATE TABLE [fl_fuel_entries] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [VehicleId] uniqueidentifier NOT NULL,
        [FilledAtUtc] datetime2 NOT NULL,
        [Litres] bigint NOT NULL,
        [UnitPrice] bigint NOT NULL,
        [Amount] bigint NOT NULL,
        [FullTank] bit NOT NULL,
        [Source] nvarchar(10) NOT NULL,
        [Pump] nvarchar(100) NULL,
        [CardNumber] nvarchar(30) NULL,
        [ReadingId] uniqueidentifier NULL,
        [MeterId] uniqueidentifier NULL,
        [MeterValue] bigint NULL,
        [MeterLifetime] bigint NULL,
        [ExternalReference] nvarchar(100) NULL,
        [EnteredBy] nvarchar(200) NOT NULL,
        [EnteredAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_fl_fuel_entries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005743_Fleet'
)
BEGIN
    CREATE TABLE [fl_readings] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [VehicleId] uniqueidentifier NOT NULL,
        [MeterId] uniqueidentifier NOT NULL,
        [ReadAtUtc] datetime2 NOT NULL,
        [Value] bigint NOT NULL,
        [Lifetime] bigint NOT NULL,
        [Source] nvarchar(20) NOT NULL,
        [IsReplacement] bit NOT NULL,
        [OldMeterFinalValue] bigint NULL,
        [EnteredBy] nvarchar(200) NOT NULL,
        [EnteredAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_fl_readings] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005743_Fleet'
)
BEGIN
    CREATE TABLE [fl_status_changes] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [VehicleId] uniqueidentifier NOT NULL,
        [AtUtc] datetime2 NOT NULL,
        [From] nvarchar(20) NULL,
        [To] nvarchar(20) NOT NULL,
        [Reason] nvarchar(500) NULL,
        [ByName] nvarchar(200) NOT NULL,
        [WorkshopJobId] uniqueidentifier NULL,
        CONSTRAINT [PK_fl_status_changes] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005743_Fleet'
)
BEGIN
    CREATE TABLE [fl_vehicles] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [InternalNumber] nvarchar(20) NOT NULL,
        [Label] nvarchar(150) NOT NULL,
        [Brand] nvarchar(60) NULL,
        [Model] nvarchar(60) NULL,
        [Category] nvarchar(20) NOT NULL,
        [Registration] nvarchar(9) NULL,
        [Vin] nvarchar(17) NULL,
        [ServiceId] uniqueidentifier NOT NULL,
        [SiteId] uniqueidentifier NOT NULL,
        [Fuel] nvarchar(10) NOT NULL,
        [AcquiredOn] date NULL,
        [AcquisitionCost] bigint NULL,
        [Status] nvarchar(20) NOT NULL,
        [StatusSinceUtc] datetime2 NOT NULL,
        [RetiredOn] date NULL,
        [RetiredReason] nvarchar(500) NULL,
        [SearchKey] nvarchar(500) NOT NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_fl_vehicles] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005743_Fleet'
)
BEGIN
    CREATE TABLE [fl_workshop_jobs] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [VehicleId] uniqueidentifier NOT NULL,
        [IntakeAtUtc] datetime2 NOT NULL,
        [Reason] nvarchar(1000) NOT NULL,
        [IntakeReadingId] uniqueidentifier NULL,
        [IntakeMeterValue] bigint NULL,
        [IntakeMeterKind] nvarchar(20) NULL,
        [MechanicId] uniqueidentifier NULL,
        [WorkOrderId] uniqueidentifier NULL,
        [WorkOrderNumber] nvarchar(20) NULL,
        [OpenedBy] nvarchar(200) NOT NULL,
        [ReleasedAtUtc] datetime2 NULL,
        [ReleaseNote] nvarchar(1000) NULL,
        [ReleasedBy] nvarchar(200) NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_fl_workshop_jobs] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005743_Fleet'
)
BEGIN
    CREATE TABLE [fl_meters] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [VehicleId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [LastValue] bigint NULL,
        [LastLifetime] bigint NULL,
        [LastReadAtUtc] datetime2 NULL,
        [Sequence] int NOT NULL,
        CONSTRAINT [PK_fl_meters] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_fl_meters_fl_vehicles_VehicleId] FOREIGN KEY ([VehicleId]) REFERENCES [fl_vehicles] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005743_Fleet'
)
BEGIN
    CREATE INDEX [IX_fl_fuel_entries_OrganisationId] ON [fl_fuel_entries] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005743_Fleet'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_fl_fuel_entries_OrganisationId_ExternalReference] ON [fl_fuel_entries] ([OrganisationId], [ExternalReference]) WHERE [ExternalReference] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005743_Fleet'
)
BEGIN
    CREATE INDEX [IX_fl_fuel_entries_OrganisationId_VehicleId_FilledAtUtc] ON [fl_fuel_entries] ([OrganisationId], [VehicleId], [FilledAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005743_Fleet'
)
BEGIN
    CREATE INDEX [IX_fl_meters_OrganisationId] ON [fl_meters] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005743_Fleet'
)
BEGIN
    CREATE UNIQUE INDEX [IX_fl_meters_VehicleId_Kind] ON [fl_meters] ([VehicleId], [Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005743_Fleet'
)
BEGIN
    CREATE INDEX [IX_fl_readings_MeterId_ReadAtUtc] ON [fl_readings] ([MeterId], [ReadAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005743_Fleet'
)
BEGIN
    CREATE INDEX [IX_fl_readings_OrganisationId] ON [fl_readings] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005743_Fleet'
)
BEGIN
    CREATE INDEX [IX_fl_readings_OrganisationId_VehicleId_ReadAtUtc] ON [fl_readings] ([OrganisationId], [VehicleId], [ReadAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005743_Fleet'
)
BEGIN
    CREATE INDEX [IX_fl_status_changes_OrganisationId] ON [fl_status_changes] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005743_Fleet'
)
BEGIN
    CREATE INDEX [IX_fl_status_changes_OrganisationId_VehicleId_AtUtc] ON [fl_status_changes] ([OrganisationId], [VehicleId], [AtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005743_Fleet'
)
BEGIN
    CREATE INDEX [IX_fl_vehicles_OrganisationId] ON [fl_vehicles] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005743_Fleet'
)
BEGIN
    CREATE UNIQUE INDEX [IX_fl_vehicles_OrganisationId_InternalNumber] ON [fl_vehicles] ([OrganisationId], [InternalNumber]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005743_Fleet'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_fl_vehicles_OrganisationId_Registration] ON [fl_vehicles] ([OrganisationId], [Registration]) WHERE [Registration] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005743_Fleet'
)
BEGIN
    CREATE INDEX [IX_fl_vehicles_OrganisationId_ServiceId] ON [fl_vehicles] ([OrganisationId], [ServiceId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005743_Fleet'
)
BEGIN
    CREATE INDEX [IX_fl_vehicles_OrganisationId_SiteId] ON [fl_vehicles] ([OrganisationId], [SiteId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005743_Fleet'
)
BEGIN
    CREATE INDEX [IX_fl_vehicles_OrganisationId_Status_Category] ON [fl_vehicles] ([OrganisationId], [Status], [Category]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005743_Fleet'
)
BEGIN
    CREATE INDEX [IX_fl_workshop_jobs_OrganisationId] ON [fl_workshop_jobs] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005743_Fleet'
)
BEGIN
    CREATE INDEX [IX_fl_workshop_jobs_OrganisationId_ReleasedAtUtc] ON [fl_workshop_jobs] ([OrganisationId], [ReleasedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005743_Fleet'
)
BEGIN
    CREATE INDEX [IX_fl_workshop_jobs_OrganisationId_VehicleId_IntakeAtUtc] ON [fl_workshop_jobs] ([OrganisationId], [VehicleId], [IntakeAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124005743_Fleet'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124005743_Fleet', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    CREATE TABLE [sys_job_runs] (
        [Id] bigint NOT NULL IDENTITY,
        [JobKey] nvarchar(100) NOT NULL,
        [Node] nvarchar(200) NOT NULL,
        [StartedAtUtc] datetime2 NOT NULL,
        [FinishedAtUtc] datetime2 NOT NULL,
        [Succeeded] bit NOT NULL,
        [Result] nvarchar(500) NULL,
        [Error] nvarchar(4000) NULL,
        CONSTRAINT [PK_sys_job_runs] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    CREATE TABLE [wk_calendar_feeds] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [TeamId] uniqueidentifier NOT NULL,
        [Token] nvarchar(64) NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_wk_calendar_feeds] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    CREATE TABLE [wk_inspection_reports] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [InspectionId] uniqueidentifier NOT NULL,
        [Content] varbinary(max) NOT NULL,
        CONSTRAINT [PK_wk_inspection_reports] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    CREATE TABLE [wk_inspection_types] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Code] nvarchar(20) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Regulation] nvarchar(300) NULL,
        [PeriodMonths] int NOT NULL,
        [Category] nvarchar(50) NULL,
        [Active] bit NOT NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_wk_inspection_types] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    CREATE TABLE [wk_inspections] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [InspectionTypeId] uniqueidentifier NOT NULL,
        [AssetModule] nvarchar(30) NOT NULL,
        [AssetId] uniqueidentifier NOT NULL,
        [AssetLabel] nvarchar(200) NOT NULL,
        [SiteId] uniqueidentifier NOT NULL,
        [Body] nvarchar(200) NOT NULL,
        [InspectedOn] date NOT NULL,
        [ReportFileName] nvarchar(200) NULL,
        [RecordedBy] nvarchar(200) NOT NULL,
        [RecordedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_wk_inspections] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    CREATE TABLE [wk_plan_occurrences] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [PlanId] uniqueidentifier NOT NULL,
        [DueOn] date NOT NULL,
        [Because] nvarchar(10) NOT NULL,
        [WorkOrderId] uniqueidentifier NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_wk_plan_occurrences] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    CREATE TABLE [wk_plans] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Type] nvarchar(20) NOT NULL,
        [ServiceId] uniqueidentifier NOT NULL,
        [SiteId] uniqueidentifier NOT NULL,
        [TeamId] uniqueidentifier NULL,
        [Trade] nvarchar(100) NULL,
        [EstimatedHours] bigint NOT NULL,
        [Tasks] nvarchar(4000) NOT NULL,
        [Kit] nvarchar(2000) NOT NULL,
        [InspectionTypeId] uniqueidentifier NULL,
        [Start] date NOT NULL,
        [CalendarEvery] int NULL,
        [CalendarUnit] nvarchar(10) NOT NULL,
        [Floating] bit NOT NULL,
        [MeterKind] nvarchar(30) NULL,
        [MeterEvery] bigint NULL,
        [MeterTolerance] bigint NOT NULL,
        [Windows] nvarchar(200) NULL,
        [LeadDays] int NOT NULL,
        [Active] bit NOT NULL,
        [LastGeneratedDue] date NULL,
        [OpenWorkOrderId] uniqueidentifier NULL,
        [LastCompletedOn] date NULL,
        [ReadingAtLastCompletion] bigint NULL,
        [NextCreateOn] date NULL,
        [NextDue] date NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_wk_plans] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    CREATE TABLE [wk_observations] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [InspectionId] uniqueidentifier NOT NULL,
        [Text] nvarchar(1000) NOT NULL,
        [WorkOrderId] uniqueidentifier NULL,
        [LiftedOn] date NULL,
        [LiftedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_wk_observations] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_wk_observations_wk_inspections_InspectionId] FOREIGN KEY ([InspectionId]) REFERENCES [wk_inspections] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    CREATE TABLE [wk_plan_targets] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [PlanId] uniqueidentifier NOT NULL,
        [AssetModule] nvarchar(30) NOT NULL,
        [AssetId] uniqueidentifier NOT NULL,
        [AssetLabel] nvarchar(200) NOT NULL,
        [SiteId] uniqueidentifier NULL,
        [Latitude] float NULL,
        [Longitude] float NULL,
        CONSTRAINT [PK_wk_plan_targets] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_wk_plan_targets_wk_plans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [wk_plans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    CREATE INDEX [IX_sys_job_runs_JobKey_StartedAtUtc] ON [sys_job_runs] ([JobKey], [StartedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    CREATE INDEX [IX_wk_calendar_feeds_OrganisationId] ON [wk_calendar_feeds] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    CREATE UNIQUE INDEX [IX_wk_calendar_feeds_OrganisationId_TeamId] ON [wk_calendar_feeds] ([OrganisationId], [TeamId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    CREATE UNIQUE INDEX [IX_wk_calendar_feeds_Token] ON [wk_calendar_feeds] ([Token]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    CREATE UNIQUE INDEX [IX_wk_inspection_reports_InspectionId] ON [wk_inspection_reports] ([InspectionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    CREATE INDEX [IX_wk_inspection_reports_OrganisationId] ON [wk_inspection_reports] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    CREATE INDEX [IX_wk_inspection_types_OrganisationId] ON [wk_inspection_types] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    CREATE UNIQUE INDEX [IX_wk_inspection_types_OrganisationId_Code] ON [wk_inspection_types] ([OrganisationId], [Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    CREATE INDEX [IX_wk_inspections_OrganisationId] ON [wk_inspections] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    CREATE INDEX [IX_wk_inspections_OrganisationId_InspectionTypeId_AssetId_InspectedOn] ON [wk_inspections] ([OrganisationId], [InspectionTypeId], [AssetId], [InspectedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    CREATE INDEX [IX_wk_observations_InspectionId] ON [wk_observations] ([InspectionId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    CREATE INDEX [IX_wk_observations_OrganisationId] ON [wk_observations] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    CREATE INDEX [IX_wk_observations_OrganisationId_LiftedOn] ON [wk_observations] ([OrganisationId], [LiftedOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    CREATE INDEX [IX_wk_plan_occurrences_OrganisationId] ON [wk_plan_occurrences] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    CREATE UNIQUE INDEX [IX_wk_plan_occurrences_PlanId_DueOn] ON [wk_plan_occurrences] ([PlanId], [DueOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    CREATE UNIQUE INDEX [IX_wk_plan_occurrences_WorkOrderId] ON [wk_plan_occurrences] ([WorkOrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    CREATE INDEX [IX_wk_plan_targets_OrganisationId] ON [wk_plan_targets] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    CREATE INDEX [IX_wk_plan_targets_OrganisationId_AssetId] ON [wk_plan_targets] ([OrganisationId], [AssetId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    CREATE INDEX [IX_wk_plan_targets_PlanId] ON [wk_plan_targets] ([PlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    CREATE INDEX [IX_wk_plans_OpenWorkOrderId] ON [wk_plans] ([OpenWorkOrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    CREATE INDEX [IX_wk_plans_OrganisationId] ON [wk_plans] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    CREATE INDEX [IX_wk_plans_OrganisationId_Active_NextCreateOn] ON [wk_plans] ([OrganisationId], [Active], [NextCreateOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    CREATE INDEX [IX_wk_plans_OrganisationId_MeterKind] ON [wk_plans] ([OrganisationId], [MeterKind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    CREATE INDEX [IX_wk_plans_OrganisationId_ServiceId_TeamId] ON [wk_plans] ([OrganisationId], [ServiceId], [TeamId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124015631_Preventive'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124015631_Preventive', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022029_Buildings'
)
BEGIN
    CREATE TABLE [bd_buildings] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [SiteId] uniqueidentifier NOT NULL,
        [Code] nvarchar(30) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Address] nvarchar(300) NULL,
        [Geometry] varbinary(max) NOT NULL,
        [MinLon] float NOT NULL,
        [MinLat] float NOT NULL,
        [MaxLon] float NOT NULL,
        [MaxLat] float NOT NULL,
        [SurfaceSquareMetres] float NULL,
        [YearBuilt] int NULL,
        [ErpCategory] int NULL,
        [ErpType] nvarchar(4) NULL,
        [ErpCapacity] int NULL,
        [SearchKey] nvarchar(600) NOT NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_bd_buildings] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022029_Buildings'
)
BEGIN
    CREATE TABLE [bd_levels] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [BuildingId] uniqueidentifier NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [Elevation] int NOT NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_bd_levels] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_bd_levels_bd_buildings_BuildingId] FOREIGN KEY ([BuildingId]) REFERENCES [bd_buildings] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022029_Buildings'
)
BEGIN
    CREATE TABLE [bd_rooms] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [BuildingId] uniqueidentifier NOT NULL,
        [LevelId] uniqueidentifier NOT NULL,
        [Number] nvarchar(20) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [AreaSquareMetres] float NULL,
        [Use] nvarchar(20) NOT NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_bd_rooms] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_bd_rooms_bd_buildings_BuildingId] FOREIGN KEY ([BuildingId]) REFERENCES [bd_buildings] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_bd_rooms_bd_levels_LevelId] FOREIGN KEY ([LevelId]) REFERENCES [bd_levels] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022029_Buildings'
)
BEGIN
    CREATE TABLE [bd_equipment] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [SiteId] uniqueidentifier NOT NULL,
        [BuildingId] uniqueidentifier NOT NULL,
        [LevelId] uniqueidentifier NULL,
        [RoomId] uniqueidentifier NULL,
        [Kind] nvarchar(30) NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Brand] nvarchar(100) NULL,
        [Model] nvarchar(100) NULL,
        [SerialNumber] nvarchar(100) NULL,
        [InstalledOn] date NULL,
        [RegulatoryCategory] nvarchar(30) NOT NULL,
        [Position] varbinary(max) NULL,
        [MinLon] float NULL,
        [MinLat] float NULL,
        [MaxLon] float NULL,
        [MaxLat] float NULL,
        [Status] nvarchar(20) NOT NULL,
        [RetiredOn] date NULL,
        [RetirementReason] nvarchar(500) NULL,
        [Notes] nvarchar(2000) NULL,
        [SearchKey] nvarchar(600) NOT NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_bd_equipment] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_bd_equipment_bd_buildings_BuildingId] FOREIGN KEY ([BuildingId]) REFERENCES [bd_buildings] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_bd_equipment_bd_levels_LevelId] FOREIGN KEY ([LevelId]) REFERENCES [bd_levels] ([Id]) ON DELETE NO ACTION,
        CONSTRAINT [FK_bd_equipment_bd_rooms_RoomId] FOREIGN KEY ([RoomId]) REFERENCES [bd_rooms] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022029_Buildings'
)
BEGIN
    CREATE TABLE [bd_equipment_events] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [EquipmentId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [On] date NOT NULL,
        [AtUtc] datetime2 NOT NULL,
        [ByName] nvarchar(200) NOT NULL,
        [From] nvarchar(400) NULL,
        [To] nvarchar(400) NULL,
        [FromBuildingId] uniqueidentifier NULL,
        [ToBuildingId] uniqueidentifier NULL,
        [Reason] nvarchar(500) NULL,
        [Changes] nvarchar(500) NULL,
        CONSTRAINT [PK_bd_equipment_events] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_bd_equipment_events_bd_equipment_EquipmentId] FOREIGN KEY ([EquipmentId]) REFERENCES [bd_equipment] ([Id]) ON DELETE NO ACTION
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022029_Buildings'
)
BEGIN
    CREATE INDEX [IX_bd_buildings_OrganisationId] ON [bd_buildings] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022029_Buildings'
)
BEGIN
    CREATE UNIQUE INDEX [IX_bd_buildings_OrganisationId_Code] ON [bd_buildings] ([OrganisationId], [Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022029_Buildings'
)
BEGIN
    CREATE INDEX [IX_bd_buildings_OrganisationId_MinLat_MinLon_MaxLat_MaxLon] ON [bd_buildings] ([OrganisationId], [MinLat], [MinLon], [MaxLat], [MaxLon]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022029_Buildings'
)
BEGIN
    CREATE INDEX [IX_bd_buildings_OrganisationId_SiteId_Name] ON [bd_buildings] ([OrganisationId], [SiteId], [Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022029_Buildings'
)
BEGIN
    CREATE INDEX [IX_bd_equipment_BuildingId] ON [bd_equipment] ([BuildingId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022029_Buildings'
)
BEGIN
    CREATE INDEX [IX_bd_equipment_LevelId] ON [bd_equipment] ([LevelId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022029_Buildings'
)
BEGIN
    CREATE INDEX [IX_bd_equipment_OrganisationId] ON [bd_equipment] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022029_Buildings'
)
BEGIN
    CREATE INDEX [IX_bd_equipment_OrganisationId_BuildingId_Status] ON [bd_equipment] ([OrganisationId], [BuildingId], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022029_Buildings'
)
BEGIN
    CREATE INDEX [IX_bd_equipment_OrganisationId_MinLat_MinLon_MaxLat_MaxLon] ON [bd_equipment] ([OrganisationId], [MinLat], [MinLon], [MaxLat], [MaxLon]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022029_Buildings'
)
BEGIN
    CREATE INDEX [IX_bd_equipment_OrganisationId_RegulatoryCategory_Status] ON [bd_equipment] ([OrganisationId], [RegulatoryCategory], [Status]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022029_Buildings'
)
BEGIN
    CREATE INDEX [IX_bd_equipment_OrganisationId_SiteId_Kind] ON [bd_equipment] ([OrganisationId], [SiteId], [Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022029_Buildings'
)
BEGIN
    CREATE INDEX [IX_bd_equipment_RoomId] ON [bd_equipment] ([RoomId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022029_Buildings'
)
BEGIN
    CREATE INDEX [IX_bd_equipment_events_EquipmentId_AtUtc] ON [bd_equipment_events] ([EquipmentId], [AtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022029_Buildings'
)
BEGIN
    CREATE INDEX [IX_bd_equipment_events_OrganisationId] ON [bd_equipment_events] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022029_Buildings'
)
BEGIN
    CREATE UNIQUE INDEX [IX_bd_levels_BuildingId_Elevation] ON [bd_levels] ([BuildingId], [Elevation]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022029_Buildings'
)
BEGIN
    CREATE INDEX [IX_bd_levels_OrganisationId] ON [bd_levels] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022029_Buildings'
)
BEGIN
    CREATE INDEX [IX_bd_rooms_BuildingId_LevelId] ON [bd_rooms] ([BuildingId], [LevelId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022029_Buildings'
)
BEGIN
    CREATE UNIQUE INDEX [IX_bd_rooms_LevelId_Number] ON [bd_rooms] ([LevelId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022029_Buildings'
)
BEGIN
    CREATE INDEX [IX_bd_rooms_OrganisationId] ON [bd_rooms] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124022029_Buildings'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124022029_Buildings', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124024050_Gis'
)
BEGIN
    CREATE TABLE [gis_imports] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [RegisterId] nvarchar(50) NOT NULL,
        [FileName] nvarchar(255) NOT NULL,
        [Format] nvarchar(10) NOT NULL,
        [Content] varbinary(max) NULL,
        [FileBytes] int NOT NULL,
        [ColumnsJson] nvarchar(max) NOT NULL,
        [PreviewJson] nvarchar(max) NULL,
        [MappingJson] nvarchar(max) NULL,
        [State] nvarchar(20) NOT NULL,
        [RowsTotal] int NOT NULL,
        [RowsDone] int NOT NULL,
        [RowsAccepted] int NOT NULL,
        [RowsRejected] int NOT NULL,
        [RowsImported] int NULL,
        [RejectionsJson] nvarchar(max) NULL,
        [Error] nvarchar(2000) NULL,
        [StartedByUserId] uniqueidentifier NULL,
        [StartedBy] nvarchar(200) NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [FinishedAtUtc] datetime2 NULL,
        CONSTRAINT [PK_gis_imports] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124024050_Gis'
)
BEGIN
    CREATE INDEX [IX_gis_imports_OrganisationId] ON [gis_imports] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124024050_Gis'
)
BEGIN
    CREATE INDEX [IX_gis_imports_OrganisationId_CreatedAtUtc] ON [gis_imports] ([OrganisationId], [CreatedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124024050_Gis'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124024050_Gis', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE TABLE [gs_counters] (
        [OrganisationId] uniqueidentifier NOT NULL,
        [Series] nvarchar(4) NOT NULL,
        [Last] int NOT NULL,
        CONSTRAINT [PK_gs_counters] PRIMARY KEY ([OrganisationId], [Series])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE TABLE [gs_play_equipment] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Type] nvarchar(20) NOT NULL,
        [Standard] nvarchar(100) NOT NULL,
        [InstalledOn] date NULL,
        [Manufacturer] nvarchar(100) NULL,
        [MinAge] int NULL,
        [MaxAge] int NULL,
        [LastMainInspectionOn] date NULL,
        [ZoneId] uniqueidentifier NULL,
        [Position] varbinary(max) NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Reference] nvarchar(20) NOT NULL,
        [SiteId] uniqueidentifier NULL,
        [MinLon] float NOT NULL,
        [MinLat] float NOT NULL,
        [MaxLon] float NOT NULL,
        [MaxLat] float NOT NULL,
        [SearchText] nvarchar(400) NOT NULL,
        [RetiredOn] date NULL,
        [RetiredReason] nvarchar(500) NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_gs_play_equipment] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE TABLE [gs_search_terms] (
        [Term] nvarchar(32) NOT NULL,
        [AssetId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_gs_search_terms] PRIMARY KEY ([Term], [AssetId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE TABLE [gs_trees] (
        [Id] uniqueidentifier NOT NULL,
        [LatinName] nvarchar(100) NOT NULL,
        [FrenchName] nvarchar(100) NOT NULL,
        [PlantingYear] int NULL,
        [HeightM] bigint NULL,
        [TrunkCircumferenceCm] int NULL,
        [Health] nvarchar(10) NOT NULL,
        [NearTraffic] bit NOT NULL,
        [Risk] nvarchar(10) NOT NULL,
        [LastInspectedOn] date NULL,
        [ZoneId] uniqueidentifier NULL,
        [Location] nvarchar(200) NULL,
        [Position] varbinary(max) NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Reference] nvarchar(20) NOT NULL,
        [SiteId] uniqueidentifier NULL,
        [MinLon] float NOT NULL,
        [MinLat] float NOT NULL,
        [MaxLon] float NOT NULL,
        [MaxLat] float NOT NULL,
        [SearchText] nvarchar(400) NOT NULL,
        [RetiredOn] date NULL,
        [RetiredReason] nvarchar(500) NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_gs_trees] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE TABLE [gs_zones] (
        [Id] uniqueidentifier NOT NULL,
        [Name] nvarchar(200) NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [MaintenanceClass] nvarchar(20) NOT NULL,
        [Outline] varbinary(max) NOT NULL,
        [AreaM2] float NOT NULL,
        [Notes] nvarchar(2000) NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Reference] nvarchar(20) NOT NULL,
        [SiteId] uniqueidentifier NULL,
        [MinLon] float NOT NULL,
        [MinLat] float NOT NULL,
        [MaxLon] float NOT NULL,
        [MaxLat] float NOT NULL,
        [SearchText] nvarchar(400) NOT NULL,
        [RetiredOn] date NULL,
        [RetiredReason] nvarchar(500) NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_gs_zones] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE TABLE [rd_counters] (
        [OrganisationId] uniqueidentifier NOT NULL,
        [Series] nvarchar(4) NOT NULL,
        [Last] int NOT NULL,
        CONSTRAINT [PK_rd_counters] PRIMARY KEY ([OrganisationId], [Series])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE TABLE [rd_search_terms] (
        [Term] nvarchar(32) NOT NULL,
        [AssetId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_rd_search_terms] PRIMARY KEY ([Term], [AssetId])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE TABLE [rd_segments] (
        [Id] uniqueidentifier NOT NULL,
        [StreetName] nvarchar(200) NOT NULL,
        [Class] nvarchar(20) NOT NULL,
        [Surface] nvarchar(20) NOT NULL,
        [WidthM] bigint NULL,
        [ConditionIndex] int NULL,
        [SurveyedOn] date NULL,
        [Line] varbinary(max) NOT NULL,
        [LengthM] float NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Reference] nvarchar(20) NOT NULL,
        [SiteId] uniqueidentifier NULL,
        [MinLon] float NOT NULL,
        [MinLat] float NOT NULL,
        [MaxLon] float NOT NULL,
        [MaxLat] float NOT NULL,
        [SearchText] nvarchar(400) NOT NULL,
        [RetiredOn] date NULL,
        [RetiredReason] nvarchar(500) NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_rd_segments] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE TABLE [rd_signs] (
        [Id] uniqueidentifier NOT NULL,
        [Code] nvarchar(10) NOT NULL,
        [Family] nvarchar(20) NOT NULL,
        [Caption] nvarchar(200) NOT NULL,
        [InstalledOn] date NULL,
        [Condition] nvarchar(10) NOT NULL,
        [StreetName] nvarchar(200) NULL,
        [Position] varbinary(max) NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Reference] nvarchar(20) NOT NULL,
        [SiteId] uniqueidentifier NULL,
        [MinLon] float NOT NULL,
        [MinLat] float NOT NULL,
        [MaxLon] float NOT NULL,
        [MaxLat] float NOT NULL,
        [SearchText] nvarchar(400) NOT NULL,
        [RetiredOn] date NULL,
        [RetiredReason] nvarchar(500) NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_rd_signs] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE TABLE [rd_street_lights] (
        [Id] uniqueidentifier NOT NULL,
        [StreetName] nvarchar(200) NULL,
        [Lamp] nvarchar(20) NOT NULL,
        [PowerW] int NULL,
        [Cabinet] nvarchar(20) NULL,
        [MastHeightM] bigint NULL,
        [InstalledOn] date NULL,
        [Position] varbinary(max) NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Reference] nvarchar(20) NOT NULL,
        [SiteId] uniqueidentifier NULL,
        [MinLon] float NOT NULL,
        [MinLat] float NOT NULL,
        [MaxLon] float NOT NULL,
        [MaxLat] float NOT NULL,
        [SearchText] nvarchar(400) NOT NULL,
        [RetiredOn] date NULL,
        [RetiredReason] nvarchar(500) NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_rd_street_lights] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_gs_counters_OrganisationId] ON [gs_counters] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_gs_play_equipment_OrganisationId] ON [gs_play_equipment] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_gs_play_equipment_OrganisationId_Id] ON [gs_play_equipment] ([OrganisationId], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_gs_play_equipment_OrganisationId_MinLat_MinLon_MaxLat_MaxLon_RetiredOn] ON [gs_play_equipment] ([OrganisationId], [MinLat], [MinLon], [MaxLat], [MaxLon], [RetiredOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE UNIQUE INDEX [IX_gs_play_equipment_OrganisationId_Reference] ON [gs_play_equipment] ([OrganisationId], [Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_gs_play_equipment_OrganisationId_RetiredOn] ON [gs_play_equipment] ([OrganisationId], [RetiredOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_gs_play_equipment_OrganisationId_SiteId] ON [gs_play_equipment] ([OrganisationId], [SiteId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_gs_play_equipment_OrganisationId_ZoneId] ON [gs_play_equipment] ([OrganisationId], [ZoneId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_gs_trees_OrganisationId] ON [gs_trees] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_gs_trees_OrganisationId_Id] ON [gs_trees] ([OrganisationId], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_gs_trees_OrganisationId_MinLat_MinLon_MaxLat_MaxLon_RetiredOn] ON [gs_trees] ([OrganisationId], [MinLat], [MinLon], [MaxLat], [MaxLon], [RetiredOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE UNIQUE INDEX [IX_gs_trees_OrganisationId_Reference] ON [gs_trees] ([OrganisationId], [Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_gs_trees_OrganisationId_RetiredOn] ON [gs_trees] ([OrganisationId], [RetiredOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_gs_trees_OrganisationId_SiteId] ON [gs_trees] ([OrganisationId], [SiteId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_gs_trees_OrganisationId_ZoneId] ON [gs_trees] ([OrganisationId], [ZoneId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_gs_zones_OrganisationId] ON [gs_zones] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_gs_zones_OrganisationId_Id] ON [gs_zones] ([OrganisationId], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_gs_zones_OrganisationId_MinLat_MinLon_MaxLat_MaxLon_RetiredOn] ON [gs_zones] ([OrganisationId], [MinLat], [MinLon], [MaxLat], [MaxLon], [RetiredOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE UNIQUE INDEX [IX_gs_zones_OrganisationId_Reference] ON [gs_zones] ([OrganisationId], [Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_gs_zones_OrganisationId_RetiredOn] ON [gs_zones] ([OrganisationId], [RetiredOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_gs_zones_OrganisationId_SiteId] ON [gs_zones] ([OrganisationId], [SiteId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_rd_counters_OrganisationId] ON [rd_counters] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_rd_segments_OrganisationId] ON [rd_segments] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_rd_segments_OrganisationId_Id] ON [rd_segments] ([OrganisationId], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_rd_segments_OrganisationId_MinLat_MinLon_MaxLat_MaxLon_RetiredOn] ON [rd_segments] ([OrganisationId], [MinLat], [MinLon], [MaxLat], [MaxLon], [RetiredOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE UNIQUE INDEX [IX_rd_segments_OrganisationId_Reference] ON [rd_segments] ([OrganisationId], [Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_rd_segments_OrganisationId_RetiredOn] ON [rd_segments] ([OrganisationId], [RetiredOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_rd_segments_OrganisationId_SiteId] ON [rd_segments] ([OrganisationId], [SiteId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_rd_signs_OrganisationId] ON [rd_signs] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_rd_signs_OrganisationId_Id] ON [rd_signs] ([OrganisationId], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_rd_signs_OrganisationId_MinLat_MinLon_MaxLat_MaxLon_RetiredOn] ON [rd_signs] ([OrganisationId], [MinLat], [MinLon], [MaxLat], [MaxLon], [RetiredOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE UNIQUE INDEX [IX_rd_signs_OrganisationId_Reference] ON [rd_signs] ([OrganisationId], [Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_rd_signs_OrganisationId_RetiredOn] ON [rd_signs] ([OrganisationId], [RetiredOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_rd_signs_OrganisationId_SiteId] ON [rd_signs] ([OrganisationId], [SiteId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_rd_street_lights_OrganisationId] ON [rd_street_lights] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_rd_street_lights_OrganisationId_Cabinet] ON [rd_street_lights] ([OrganisationId], [Cabinet]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_rd_street_lights_OrganisationId_Id] ON [rd_street_lights] ([OrganisationId], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_rd_street_lights_OrganisationId_MinLat_MinLon_MaxLat_MaxLon_RetiredOn] ON [rd_street_lights] ([OrganisationId], [MinLat], [MinLon], [MaxLat], [MaxLon], [RetiredOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE UNIQUE INDEX [IX_rd_street_lights_OrganisationId_Reference] ON [rd_street_lights] ([OrganisationId], [Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_rd_street_lights_OrganisationId_RetiredOn] ON [rd_street_lights] ([OrganisationId], [RetiredOn]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    CREATE INDEX [IX_rd_street_lights_OrganisationId_SiteId] ON [rd_street_lights] ([OrganisationId], [SiteId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124032607_GreenSpacesAndRoads'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124032607_GreenSpacesAndRoads', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    ALTER TABLE [wk_parts] ADD [ReturnOfPartId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    ALTER TABLE [wk_parts] ADD [StockAmount] bigint NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    ALTER TABLE [wk_parts] ADD [StockMovementId] uniqueidentifier NULL;
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
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
    WHERE [MigrationId] = N'20261124033640_Stock'
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
    WHERE [MigrationId] = N'20261124033640_Stock'
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
    WHERE [MigrationId] = N'20261124033640_Stock'
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
    WHERE [MigrationId] = N'20261124033640_Stock'
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
    WHERE [MigrationId] = N'20261124033640_Stock'
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
    WHERE [MigrationId] = N'20261124033640_Stock'
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
    WHERE [MigrationId] = N'20261124033640_Stock'
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
    WHERE [MigrationId] = N'20261124033640_Stock'
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
    WHERE [MigrationId] = N'20261124033640_Stock'
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
    WHERE [MigrationId] = N'20261124033640_Stock'
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
    WHERE [MigrationId] = N'20261124033640_Stock'
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
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE INDEX [IX_wk_parts_ReturnOfPartId] ON [wk_parts] ([ReturnOfPartId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE INDEX [IX_st_balances_OrganisationId] ON [st_balances] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE INDEX [IX_st_balances_OrganisationId_ItemId] ON [st_balances] ([OrganisationId], [ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE UNIQUE INDEX [IX_st_balances_OrganisationId_StoreId_ItemId] ON [st_balances] ([OrganisationId], [StoreId], [ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE INDEX [IX_st_balances_OrganisationId_StoreId_Location] ON [st_balances] ([OrganisationId], [StoreId], [Location]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE INDEX [IX_st_count_lines_CountId_Location] ON [st_count_lines] ([CountId], [Location]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE INDEX [IX_st_count_lines_OrganisationId] ON [st_count_lines] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE INDEX [IX_st_counts_OrganisationId] ON [st_counts] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE UNIQUE INDEX [IX_st_counts_OrganisationId_Number] ON [st_counts] ([OrganisationId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE INDEX [IX_st_counts_OrganisationId_Status_OpenedAtUtc] ON [st_counts] ([OrganisationId], [Status], [OpenedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE INDEX [IX_st_item_suppliers_ItemId] ON [st_item_suppliers] ([ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE INDEX [IX_st_item_suppliers_OrganisationId] ON [st_item_suppliers] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE UNIQUE INDEX [IX_st_item_suppliers_OrganisationId_ItemId_SupplierId] ON [st_item_suppliers] ([OrganisationId], [ItemId], [SupplierId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE INDEX [IX_st_item_suppliers_OrganisationId_SupplierId] ON [st_item_suppliers] ([OrganisationId], [SupplierId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE INDEX [IX_st_items_OrganisationId] ON [st_items] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE INDEX [IX_st_items_OrganisationId_Category_Reference] ON [st_items] ([OrganisationId], [Category], [Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE UNIQUE INDEX [IX_st_items_OrganisationId_Reference] ON [st_items] ([OrganisationId], [Reference]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE INDEX [IX_st_movements_OrganisationId] ON [st_movements] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE INDEX [IX_st_movements_OrganisationId_ItemId_PostedAtUtc] ON [st_movements] ([OrganisationId], [ItemId], [PostedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE INDEX [IX_st_movements_OrganisationId_PostedAtUtc] ON [st_movements] ([OrganisationId], [PostedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE INDEX [IX_st_movements_OrganisationId_PurchaseOrderLineId] ON [st_movements] ([OrganisationId], [PurchaseOrderLineId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE INDEX [IX_st_movements_OrganisationId_RelatedMovementId] ON [st_movements] ([OrganisationId], [RelatedMovementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE INDEX [IX_st_movements_OrganisationId_StoreId_ItemId_PostedAtUtc_Sequence] ON [st_movements] ([OrganisationId], [StoreId], [ItemId], [PostedAtUtc], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE UNIQUE INDEX [IX_st_movements_OrganisationId_StoreId_ItemId_Sequence] ON [st_movements] ([OrganisationId], [StoreId], [ItemId], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE INDEX [IX_st_movements_OrganisationId_WorkOrderId] ON [st_movements] ([OrganisationId], [WorkOrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE INDEX [IX_st_purchase_order_lines_OrganisationId] ON [st_purchase_order_lines] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE INDEX [IX_st_purchase_order_lines_OrganisationId_ItemId] ON [st_purchase_order_lines] ([OrganisationId], [ItemId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE INDEX [IX_st_purchase_order_lines_PurchaseOrderId] ON [st_purchase_order_lines] ([PurchaseOrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE INDEX [IX_st_purchase_orders_OrganisationId] ON [st_purchase_orders] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE UNIQUE INDEX [IX_st_purchase_orders_OrganisationId_Number] ON [st_purchase_orders] ([OrganisationId], [Number]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE INDEX [IX_st_purchase_orders_OrganisationId_Status_OrderedAtUtc] ON [st_purchase_orders] ([OrganisationId], [Status], [OrderedAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE INDEX [IX_st_reservations_OrganisationId] ON [st_reservations] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE INDEX [IX_st_reservations_OrganisationId_StoreId_ItemId_State] ON [st_reservations] ([OrganisationId], [StoreId], [ItemId], [State]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE INDEX [IX_st_reservations_OrganisationId_WorkOrderId] ON [st_reservations] ([OrganisationId], [WorkOrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE INDEX [IX_st_stores_OrganisationId] ON [st_stores] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE UNIQUE INDEX [IX_st_stores_OrganisationId_Code] ON [st_stores] ([OrganisationId], [Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE INDEX [IX_st_suppliers_OrganisationId] ON [st_suppliers] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    CREATE UNIQUE INDEX [IX_st_suppliers_OrganisationId_Name] ON [st_suppliers] ([OrganisationId], [Name]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124033640_Stock'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124033640_Stock', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034800_PreventiveKit'
)
BEGIN
    CREATE TABLE [wk_plan_kit_lines] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [PlanId] uniqueidentifier NOT NULL,
        [Position] int NOT NULL,
        [StoreId] uniqueidentifier NOT NULL,
        [ItemId] uniqueidentifier NOT NULL,
        [Reference] nvarchar(50) NOT NULL,
        [Label] nvarchar(200) NOT NULL,
        [Unit] nvarchar(20) NOT NULL,
        [Quantity] bigint NOT NULL,
        CONSTRAINT [PK_wk_plan_kit_lines] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_wk_plan_kit_lines_wk_plans_PlanId] FOREIGN KEY ([PlanId]) REFERENCES [wk_plans] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034800_PreventiveKit'
)
BEGIN
    CREATE INDEX [IX_wk_plan_kit_lines_OrganisationId] ON [wk_plan_kit_lines] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034800_PreventiveKit'
)
BEGIN
    CREATE INDEX [IX_wk_plan_kit_lines_OrganisationId_PlanId] ON [wk_plan_kit_lines] ([OrganisationId], [PlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034800_PreventiveKit'
)
BEGIN
    CREATE INDEX [IX_wk_plan_kit_lines_PlanId] ON [wk_plan_kit_lines] ([PlanId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124034800_PreventiveKit'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124034800_PreventiveKit', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE TABLE [co_agreements] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [BeneficiaryOrganisationId] uniqueidentifier NOT NULL,
        [BeneficiaryName] nvarchar(200) NOT NULL,
        [ServiceId] uniqueidentifier NOT NULL,
        [SiteIds] nvarchar(max) NOT NULL,
        [LabourHourlyRate] bigint NOT NULL,
        [OverheadPercent] bigint NOT NULL,
        [EffectiveFrom] date NOT NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_co_agreements] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE TABLE [co_allocation_rules] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [ServiceId] uniqueidentifier NULL,
        [Kind] nvarchar(20) NULL,
        [AssetModule] nvarchar(30) NULL,
        [SourceCostCentre] nvarchar(50) NULL,
        [BudgetLineId] uniqueidentifier NOT NULL,
        [CostCentre] nvarchar(50) NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [CreatedBy] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_co_allocation_rules] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE TABLE [co_budget_lines] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Code] nvarchar(40) NOT NULL,
        [Label] nvarchar(200) NOT NULL,
        [Section] nvarchar(12) NOT NULL,
        [Chapter] nvarchar(10) NOT NULL,
        [Nature] nvarchar(10) NOT NULL,
        [Function] nvarchar(10) NOT NULL,
        [Active] bit NOT NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_co_budget_lines] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE TABLE [co_budgets] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Year] int NOT NULL,
        [BudgetLineId] uniqueidentifier NOT NULL,
        [CostCentre] nvarchar(50) NOT NULL,
        [Amount] bigint NOT NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_co_budgets] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE TABLE [co_chart_entries] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Axis] nvarchar(10) NOT NULL,
        [Code] nvarchar(10) NOT NULL,
        [Label] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_co_chart_entries] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE TABLE [co_export_batches] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [PeriodId] uniqueidentifier NOT NULL,
        [PeriodKey] int NOT NULL,
        [Year] int NOT NULL,
        [Sequence] int NOT NULL,
        [LineCount] int NOT NULL,
        [Total] bigint NOT NULL,
        [ProducedAtUtc] datetime2 NOT NULL,
        [ProducedBy] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_co_export_batches] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE TABLE [co_labour_rates] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [EffectiveFrom] date NOT NULL,
        [Percent] bigint NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [CreatedBy] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_co_labour_rates] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE TABLE [co_lines] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [PeriodId] uniqueidentifier NOT NULL,
        [PeriodKey] int NOT NULL,
        [Late] bit NOT NULL,
        [Source] nvarchar(20) NOT NULL,
        [SourceId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [OccurredOn] date NOT NULL,
        [PostedAtUtc] datetime2 NOT NULL,
        [Quantity] bigint NOT NULL,
        [Unit] nvarchar(20) NOT NULL,
        [UnitCost] bigint NOT NULL,
        [Amount] bigint NOT NULL,
        [ServiceId] uniqueidentifier NULL,
        [CostCentre] nvarchar(50) NOT NULL,
        [BudgetLineId] uniqueidentifier NULL,
        [Section] nvarchar(12) NOT NULL,
        [Nature] nvarchar(10) NULL,
        [Function] nvarchar(10) NULL,
        [SiteId] uniqueidentifier NULL,
        [AssetModule] nvarchar(30) NULL,
        [AssetId] uniqueidentifier NULL,
        [WorkOrderId] uniqueidentifier NULL,
        [WorkOrderNumber] nvarchar(20) NULL,
        [AgentId] uniqueidentifier NULL,
        [HoursKind] nvarchar(20) NULL,
        [ReversalOfId] uniqueidentifier NULL,
        [CorrectionOfId] uniqueidentifier NULL,
        [Note] nvarchar(500) NULL,
        CONSTRAINT [PK_co_lines] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE TABLE [co_periods] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Year] int NOT NULL,
        [Month] int NOT NULL,
        [Status] nvarchar(10) NOT NULL,
        [LineCount] int NOT NULL,
        [OpenedAtUtc] datetime2 NOT NULL,
        [ClosedAtUtc] datetime2 NULL,
        [ClosedBy] nvarchar(200) NULL,
        [Version] int NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        [UpdatedBy] nvarchar(200) NULL,
        CONSTRAINT [PK_co_periods] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE TABLE [co_posting_cursors] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Source] nvarchar(20) NOT NULL,
        [RecordedAtUtc] datetime2 NOT NULL,
        [LastId] uniqueidentifier NOT NULL,
        [UpdatedAtUtc] datetime2 NOT NULL,
        CONSTRAINT [PK_co_posting_cursors] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE TABLE [co_totals] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [PeriodId] uniqueidentifier NOT NULL,
        [PeriodKey] int NOT NULL,
        [ServiceId] uniqueidentifier NULL,
        [BudgetLineId] uniqueidentifier NULL,
        [CostCentre] nvarchar(50) NOT NULL,
        [SiteId] uniqueidentifier NULL,
        [AssetModule] nvarchar(30) NULL,
        [AssetId] uniqueidentifier NULL,
        [Kind] nvarchar(20) NOT NULL,
        [Amount] bigint NOT NULL,
        [Lines] int NOT NULL,
        CONSTRAINT [PK_co_totals] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE TABLE [co_vehicle_rates] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [Category] nvarchar(30) NOT NULL,
        [Unit] nvarchar(5) NOT NULL,
        [EffectiveFrom] date NOT NULL,
        [Rate] bigint NOT NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [CreatedBy] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_co_vehicle_rates] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE TABLE [co_export_files] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [BatchId] uniqueidentifier NOT NULL,
        [Name] nvarchar(100) NOT NULL,
        [ContentType] nvarchar(100) NOT NULL,
        [Content] varbinary(max) NOT NULL,
        [Length] bigint NOT NULL,
        [Sha256] nvarchar(64) NOT NULL,
        CONSTRAINT [PK_co_export_files] PRIMARY KEY ([Id]),
        CONSTRAINT [FK_co_export_files_co_export_batches_BatchId] FOREIGN KEY ([BatchId]) REFERENCES [co_export_batches] ([Id]) ON DELETE CASCADE
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE INDEX [IX_fl_readings_OrganisationId_EnteredAtUtc] ON [fl_readings] ([OrganisationId], [EnteredAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE INDEX [IX_fl_fuel_entries_OrganisationId_EnteredAtUtc] ON [fl_fuel_entries] ([OrganisationId], [EnteredAtUtc]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE INDEX [IX_co_agreements_OrganisationId] ON [co_agreements] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE UNIQUE INDEX [IX_co_agreements_OrganisationId_BeneficiaryOrganisationId_ServiceId_EffectiveFrom] ON [co_agreements] ([OrganisationId], [BeneficiaryOrganisationId], [ServiceId], [EffectiveFrom]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE INDEX [IX_co_allocation_rules_OrganisationId] ON [co_allocation_rules] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE INDEX [IX_co_allocation_rules_OrganisationId_BudgetLineId] ON [co_allocation_rules] ([OrganisationId], [BudgetLineId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE INDEX [IX_co_budget_lines_OrganisationId] ON [co_budget_lines] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE UNIQUE INDEX [IX_co_budget_lines_OrganisationId_Code] ON [co_budget_lines] ([OrganisationId], [Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE INDEX [IX_co_budgets_OrganisationId] ON [co_budgets] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE UNIQUE INDEX [IX_co_budgets_OrganisationId_Year_BudgetLineId_CostCentre] ON [co_budgets] ([OrganisationId], [Year], [BudgetLineId], [CostCentre]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE INDEX [IX_co_chart_entries_OrganisationId] ON [co_chart_entries] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE UNIQUE INDEX [IX_co_chart_entries_OrganisationId_Axis_Code] ON [co_chart_entries] ([OrganisationId], [Axis], [Code]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE INDEX [IX_co_export_batches_OrganisationId] ON [co_export_batches] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE UNIQUE INDEX [IX_co_export_batches_OrganisationId_PeriodId] ON [co_export_batches] ([OrganisationId], [PeriodId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE UNIQUE INDEX [IX_co_export_batches_OrganisationId_Year_Sequence] ON [co_export_batches] ([OrganisationId], [Year], [Sequence]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE INDEX [IX_co_export_files_BatchId] ON [co_export_files] ([BatchId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE INDEX [IX_co_export_files_OrganisationId] ON [co_export_files] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE INDEX [IX_co_labour_rates_OrganisationId] ON [co_labour_rates] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE UNIQUE INDEX [IX_co_labour_rates_OrganisationId_Kind_EffectiveFrom] ON [co_labour_rates] ([OrganisationId], [Kind], [EffectiveFrom]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE INDEX [IX_co_lines_OrganisationId] ON [co_lines] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE INDEX [IX_co_lines_OrganisationId_CorrectionOfId] ON [co_lines] ([OrganisationId], [CorrectionOfId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE INDEX [IX_co_lines_OrganisationId_PeriodKey_Id] ON [co_lines] ([OrganisationId], [PeriodKey], [Id]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE INDEX [IX_co_lines_OrganisationId_PeriodKey_Kind_AgentId] ON [co_lines] ([OrganisationId], [PeriodKey], [Kind], [AgentId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE INDEX [IX_co_lines_OrganisationId_PeriodKey_Section_Nature_Function_CostCentre] ON [co_lines] ([OrganisationId], [PeriodKey], [Section], [Nature], [Function], [CostCentre]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    EXEC(N'CREATE UNIQUE INDEX [IX_co_lines_OrganisationId_ReversalOfId] ON [co_lines] ([OrganisationId], [ReversalOfId]) WHERE [ReversalOfId] IS NOT NULL');
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE UNIQUE INDEX [IX_co_lines_OrganisationId_Source_SourceId_Kind] ON [co_lines] ([OrganisationId], [Source], [SourceId], [Kind]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE INDEX [IX_co_lines_OrganisationId_WorkOrderId] ON [co_lines] ([OrganisationId], [WorkOrderId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE INDEX [IX_co_periods_OrganisationId] ON [co_periods] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE UNIQUE INDEX [IX_co_periods_OrganisationId_Year_Month] ON [co_periods] ([OrganisationId], [Year], [Month]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE INDEX [IX_co_posting_cursors_OrganisationId] ON [co_posting_cursors] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE UNIQUE INDEX [IX_co_posting_cursors_OrganisationId_Source] ON [co_posting_cursors] ([OrganisationId], [Source]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE INDEX [IX_co_totals_OrganisationId] ON [co_totals] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE INDEX [IX_co_totals_OrganisationId_PeriodId] ON [co_totals] ([OrganisationId], [PeriodId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE INDEX [IX_co_totals_OrganisationId_PeriodKey] ON [co_totals] ([OrganisationId], [PeriodKey]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE INDEX [IX_co_vehicle_rates_OrganisationId] ON [co_vehicle_rates] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    CREATE UNIQUE INDEX [IX_co_vehicle_rates_OrganisationId_Category_Unit_EffectiveFrom] ON [co_vehicle_rates] ([OrganisationId], [Category], [Unit], [EffectiveFrom]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124043142_Costs'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124043142_Costs', N'10.0.15');
END;

COMMIT;
GO

BEGIN TRANSACTION;
IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124045659_CostsCrossCharging'
)
BEGIN
    DECLARE @var nvarchar(max);
    SELECT @var = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[co_agreements]') AND [c].[name] = N'LabourHourlyRate');
    IF @var IS NOT NULL EXEC(N'ALTER TABLE [co_agreements] DROP CONSTRAINT ' + @var + ';');
    ALTER TABLE [co_agreements] DROP COLUMN [LabourHourlyRate];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124045659_CostsCrossCharging'
)
BEGIN
    DECLARE @var1 nvarchar(max);
    SELECT @var1 = QUOTENAME([d].[name])
    FROM [sys].[default_constraints] [d]
    INNER JOIN [sys].[columns] [c] ON [d].[parent_column_id] = [c].[column_id] AND [d].[parent_object_id] = [c].[object_id]
    WHERE ([d].[parent_object_id] = OBJECT_ID(N'[co_agreements]') AND [c].[name] = N'OverheadPercent');
    IF @var1 IS NOT NULL EXEC(N'ALTER TABLE [co_agreements] DROP CONSTRAINT ' + @var1 + ';');
    ALTER TABLE [co_agreements] DROP COLUMN [OverheadPercent];
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124045659_CostsCrossCharging'
)
BEGIN
    ALTER TABLE [co_agreements] ADD [ProviderName] nvarchar(200) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124045659_CostsCrossCharging'
)
BEGIN
    ALTER TABLE [co_agreements] ADD [ServiceName] nvarchar(200) NOT NULL DEFAULT N'';
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124045659_CostsCrossCharging'
)
BEGIN
    CREATE TABLE [co_charge_rates] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [AgreementId] uniqueidentifier NOT NULL,
        [Kind] nvarchar(20) NOT NULL,
        [EffectiveFrom] date NOT NULL,
        [HourlyRate] bigint NULL,
        [MarginPercent] bigint NULL,
        [CreatedAtUtc] datetime2 NOT NULL,
        [CreatedBy] nvarchar(200) NOT NULL,
        CONSTRAINT [PK_co_charge_rates] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124045659_CostsCrossCharging'
)
BEGIN
    CREATE TABLE [co_received_agreements] (
        [Id] uniqueidentifier NOT NULL,
        [OrganisationId] uniqueidentifier NOT NULL,
        [AgreementId] uniqueidentifier NOT NULL,
        [ProviderOrganisationId] uniqueidentifier NOT NULL,
        CONSTRAINT [PK_co_received_agreements] PRIMARY KEY ([Id])
    );
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124045659_CostsCrossCharging'
)
BEGIN
    CREATE INDEX [IX_co_charge_rates_OrganisationId] ON [co_charge_rates] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124045659_CostsCrossCharging'
)
BEGIN
    CREATE UNIQUE INDEX [IX_co_charge_rates_OrganisationId_AgreementId_Kind_EffectiveFrom] ON [co_charge_rates] ([OrganisationId], [AgreementId], [Kind], [EffectiveFrom]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124045659_CostsCrossCharging'
)
BEGIN
    CREATE INDEX [IX_co_received_agreements_OrganisationId] ON [co_received_agreements] ([OrganisationId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124045659_CostsCrossCharging'
)
BEGIN
    CREATE UNIQUE INDEX [IX_co_received_agreements_OrganisationId_AgreementId] ON [co_received_agreements] ([OrganisationId], [AgreementId]);
END;

IF NOT EXISTS (
    SELECT * FROM [__EFMigrationsHistory]
    WHERE [MigrationId] = N'20261124045659_CostsCrossCharging'
)
BEGIN
    INSERT INTO [__EFMigrationsHistory] ([MigrationId], [ProductVersion])
    VALUES (N'20261124045659_CostsCrossCharging', N'10.0.15');
END;

COMMIT;
GO

