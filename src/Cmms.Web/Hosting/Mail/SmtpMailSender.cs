using Cmms.Kernel.Mail;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Cmms.Web.Hosting.Mail;

public enum MailStartTls
{
    /// <summary>STARTTLS when the server offers it.</summary>
    Auto,

    /// <summary>Plain SMTP (a relay on the same host or network).</summary>
    None,

    /// <summary>STARTTLS or fail.</summary>
    Required,
}

/// <summary>The <c>Mail</c> section: the SMTP server mails go through. No host, no mail.</summary>
public sealed class MailOptions
{
    public const string Section = "Mail";

    public string? Host { get; set; }

    public int Port { get; set; } = 25;

    /// <summary>The sender, as "Name &lt;address&gt;" or a bare address.</summary>
    public string From { get; set; } = "Cmms <gmao@localhost>";

    public string? UserName { get; set; }

    public string? Password { get; set; }

    public MailStartTls StartTls { get; set; } = MailStartTls.Auto;

    /// <summary>Connect and send timeout, in seconds.</summary>
    public int TimeoutSeconds { get; set; } = 30;
}

/// <summary>Sends through SMTP with MailKit, one connection per mail (mails are few and spread out).</summary>
internal sealed class SmtpMailSender(IOptions<MailOptions> options) : IMailSender
{
    private readonly MailOptions settings = options.Value;

    public bool IsEnabled => !string.IsNullOrWhiteSpace(settings.Host);

    public async Task SendAsync(OutgoingMail mail, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(mail);
        if (!IsEnabled)
        {
            throw new InvalidOperationException("Mail is disabled: Mail:Host is empty.");
        }

        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(mail.To));
        message.Subject = mail.Subject;
        message.Body = new BodyBuilder { TextBody = mail.TextBody, HtmlBody = mail.HtmlBody }.ToMessageBody();

        using var client = new SmtpClient { Timeout = settings.TimeoutSeconds * 1000 };
        var security = settings.StartTls switch
        {
            MailStartTls.None => SecureSocketOptions.None,
            MailStartTls.Required => SecureSocketOptions.StartTls,
            _ => SecureSocketOptions.StartTlsWhenAvailable,
        };
        await client.ConnectAsync(settings.Host!, settings.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
