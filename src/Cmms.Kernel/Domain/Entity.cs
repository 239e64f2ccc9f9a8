namespace Cmms.Kernel.Domain;

/// <summary>Base of every persisted entity: a time-ordered identifier that is safe to expose.</summary>
public abstract class Entity
{
    // Version 7 GUIDs are time-ordered, so inserts stay append-mostly in every provider's index.
    public Guid Id { get; set; } = Guid.CreateVersion7();
}
