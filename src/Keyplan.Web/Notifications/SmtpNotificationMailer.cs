using System.Globalization;
using Keyplan.Core.Identity;
using Keyplan.Core.Notifications;
using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using MimeKit;

namespace Keyplan.Web.Notifications;

/// <summary>The "Keyplan:Smtp" configuration section. Without a host, notifications stay in the app.</summary>
public sealed class SmtpOptions
{
    public const string SectionName = "Keyplan:Smtp";
    public const int DefaultPort = 25;

    public string? Host { get; set; }
    public int Port { get; set; } = DefaultPort;
    public string From { get; set; } = "keyplan@localhost";
    public string? UserName { get; set; }
    public string? Password { get; set; }
}

/// <summary>Mails a notification in the recipient's language: the sentence as subject, the comment and the link in the body.</summary>
public sealed class SmtpNotificationMailer(IOptions<SmtpOptions> options, IStringLocalizer<SharedResource> localizer) : INotificationMailer
{
    public async Task MailAsync(NotificationItem notification, User recipient, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(new MailboxAddress(recipient.DisplayName, recipient.Email ?? throw new ArgumentException("The recipient has no e-mail address.", nameof(recipient))));
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(recipient.Culture ?? "en");
            message.Subject = localizer.Sentence(notification);
            var body = new List<string> { message.Subject };
            if (notification.Comment is { } comment)
            {
                body.Add("");
                body.Add(comment);
            }

            if (NotificationText.Link(notification) is { } link)
            {
                body.Add("");
                body.Add(localizer["Notifications.MailLink", "/" + link]);
            }

            message.Body = new TextPart("plain") { Text = string.Join("\n", body) };
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        using var client = new SmtpClient();
        await client.ConnectAsync(settings.Host ?? throw new InvalidOperationException("Keyplan:Smtp:Host is not set."), settings.Port, SecureSocketOptions.Auto, cancellationToken);
        if (!string.IsNullOrEmpty(settings.UserName))
        {
            await client.AuthenticateAsync(settings.UserName, settings.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}
