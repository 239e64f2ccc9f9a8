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

