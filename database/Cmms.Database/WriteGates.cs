using Cmms.Kernel.Data;

namespace Cmms.Database;

/// <summary>SQLite: one writer at a time in the process (the embedded setup runs on one node).</summary>
internal sealed class SqliteWriteGate : IWriteGate, IDisposable
{
    private readonly SemaphoreSlim turn = new(1, 1);

    public async ValueTask<IDisposable> EnterAsync(CancellationToken cancellationToken)
    {
        await turn.WaitAsync(cancellationToken);
        return new Release(turn);
    }

    public void Dispose() => turn.Dispose();

    private sealed class Release(SemaphoreSlim turn) : IDisposable
    {
        private int released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref released, 1) == 0)
            {
                turn.Release();
            }
        }
    }
}

/// <summary>PostgreSQL and SQL Server: the database orders writers by row locks; nothing to wait for here.</summary>
internal sealed class OpenWriteGate : IWriteGate, IDisposable
{
    public ValueTask<IDisposable> EnterAsync(CancellationToken cancellationToken) => ValueTask.FromResult<IDisposable>(this);

    public void Dispose()
    {
    }
}
