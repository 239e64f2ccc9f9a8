namespace Cmms.Works;

/// <summary>
/// A move the workflow does not allow. <see cref="UserMessage"/> is the English key of what the
/// person is told (the module's resources translate it); nothing has changed when it is thrown.
/// </summary>
public sealed class WorkflowException(string message, string userMessage) : InvalidOperationException(message)
{
    public string UserMessage { get; } = userMessage;
}
