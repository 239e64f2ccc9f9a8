namespace Cmms.Kernel.Mail;

/// <summary>One e-mail to one person: a plain-text body, and the same in HTML.</summary>
public sealed record OutgoingMail(string To, string Subject, string TextBody, string HtmlBody);

/// <summary>
/// Sends e-mails through the organisation's mail server. The host implements it; when no server is
/// configured (<see cref="IsEnabled"/> false) nothing can be sent and callers keep their mails for later.
/// </summary>
public interface IMailSender
{
    bool IsEnabled { get; }

    /// <summary>Sends the mail, or throws when the server refuses it or cannot be reached.</summary>
    Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken);
}
