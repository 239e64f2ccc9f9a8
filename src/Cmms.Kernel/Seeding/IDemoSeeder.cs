namespace Cmms.Kernel.Seeding;

/// <summary>
/// A module's share of the demo city. Seeders run in <see cref="Order"/>; each must be idempotent
/// (a second start loads nothing twice), which they do by checking their own marker rows.
/// </summary>
public interface IDemoSeeder
{
    int Order { get; }

    Task SeedAsync(CancellationToken cancellationToken);
}
