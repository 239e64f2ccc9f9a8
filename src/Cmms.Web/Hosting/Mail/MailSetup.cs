using Cmms.Kernel.Mail;
using Cmms.Web.Hosting.Mail;

namespace Cmms.Web.Hosting;

internal static class MailSetup
{
    /// <summary>The SMTP sender, configured from the <c>Mail</c> section (see docs/operations.md).</summary>
    public static IServiceCollection AddCmmsMail(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MailOptions>(configuration.GetSection(MailOptions.Section));
        services.AddSingleton<IMailSender, SmtpMailSender>();
        return services;
    }
}
