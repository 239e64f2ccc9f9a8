namespace Cmms.Kernel.Seeding;

/// <summary>
/// A module's share of a larger dataset than the demo (<c>seed --scale large</c>): the volumes a big
/// city reaches over years, for benchmarks. Runs after the demo seeders, in <see cref="Order"/>, each
/// idempotent. Progress lines tell the operator where it is.
/// </summary>
public interface IScaleSeeder
{
    int Order { get; }

    Task SeedAsync(string scale, IProgress<string> progress, CancellationToken cancellationToken);
}
