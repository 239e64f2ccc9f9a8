namespace Cmms.Database;

/// <summary>
/// The one owner of a DI scope's pooled context: created before the context's service registrations
/// resolve, it is disposed after them and returns the context to the pool exactly once.
/// </summary>
internal sealed class ScopedContextLease(CmmsDbContext context) : IAsyncDisposable, IDisposable
{
    public CmmsDbContext Context { get; } = context.HoldForScope();

    public ValueTask DisposeAsync() => Context.ReleaseFromScopeAsync();

    public void Dispose() => Context.ReleaseFromScope();
}
