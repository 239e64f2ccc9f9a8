using System.Collections.Concurrent;

namespace Cmms.Gis.Import;

/// <summary>
/// The rows done of the runs this node is executing, as the register reports them. The database has the
/// same figure every second for the other nodes; on SQLite, whose single writer is busy with the import's
/// own transaction until it commits, this is the only live figure (and SQLite runs on one node).
/// </summary>
internal sealed class LiveImports
{
    private readonly ConcurrentDictionary<Guid, StrongBox> runs = new();

    public void Start(Guid run) => runs[run] = new StrongBox();

    public void Report(Guid run, int done)
    {
        if (runs.TryGetValue(run, out var box))
        {
            Volatile.Write(ref box.Done, done);
        }
    }

    public void Total(Guid run, int total)
    {
        if (runs.TryGetValue(run, out var box))
        {
            Volatile.Write(ref box.Total, total);
            Volatile.Write(ref box.Done, 0);
        }
    }

    /// <summary>Rows done and rows in all, while this node runs the import; null otherwise.</summary>
    public (int Done, int Total)? Progress(Guid run) =>
        runs.TryGetValue(run, out var box) ? (Volatile.Read(ref box.Done), Volatile.Read(ref box.Total)) : null;

    public bool IsRunning(Guid run) => runs.ContainsKey(run);

    public void Stop(Guid run) => runs.TryRemove(run, out _);

    private sealed class StrongBox
    {
        public int Done;

        public int Total;
    }
}
