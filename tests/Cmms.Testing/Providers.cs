using Xunit;
using Cmms.Database;

namespace Cmms.Testing;

/// <summary>
/// The databases persistence tests run on: SQLite always, PostgreSQL too when CMMS_TEST_POSTGRES
/// is set (then a missing server fails the tests, it never skips them).
/// </summary>
public static class Providers
{
    public static TheoryData<DatabaseProvider> All
    {
        get
        {
            var data = new TheoryData<DatabaseProvider> { DatabaseProvider.Sqlite };
            if (!string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(CmmsFactory.PostgresVariable)))
            {
                data.Add(DatabaseProvider.PostgreSql);
            }

            return data;
        }
    }
}

/// <summary>One application per provider for a test class, started on first use and disposed with the class.</summary>
public class AppPerProvider : IDisposable
{
    /// <summary>Services a derived fixture adds to its applications (a test register, a fake peer).</summary>
    protected virtual Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? ExtraServices => null;

    private readonly Dictionary<DatabaseProvider, CmmsFactory> factories = [];
    private readonly Lock gate = new();

    public CmmsFactory this[DatabaseProvider provider]
    {
        get
        {
            lock (gate)
            {
                if (!factories.TryGetValue(provider, out var factory))
                {
                    factory = new CmmsFactory(provider) { ExtraServices = ExtraServices };
                    factories[provider] = factory;
                }

                return factory;
            }
        }
    }

    public void Dispose()
    {
        foreach (var factory in factories.Values)
        {
            factory.Dispose();
        }

        GC.SuppressFinalize(this);
    }
}
