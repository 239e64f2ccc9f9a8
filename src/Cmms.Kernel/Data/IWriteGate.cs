namespace Cmms.Kernel.Data;

/// <summary>
/// Lets busy write paths (request submission, hours) take their turn in the process before opening a
/// write transaction. SQLite has one writer at a time and makes a blocked writer sleep and retry, which
/// under load costs far more than waiting in line; server databases lock rows, so there the gate is open.
/// </summary>
public interface IWriteGate
{
    ValueTask<IDisposable> EnterAsync(CancellationToken cancellationToken);
}
