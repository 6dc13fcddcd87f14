using System.CommandLine;
using System.Globalization;
using Keyplan.Core;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Keyplan.Cli.Commands;

internal static class TokenCommands
{
    private const int MaxExpiresDays = 3650;

    public static Command Create(CliContext context) => new("token", "Manages personal access tokens for the REST API.") { CreateToken(context) };

    private static Command CreateToken(CliContext context)
    {
        var email = new Option<string>("--email") { Description = "E-mail address of the user the token acts as.", Required = true };
        var name = new Option<string>("--name") { Description = "What the token is for, e.g. \"CRM sync\".", Required = true };
        var expiresDays = new Option<int?>("--expires-days") { Description = "Days until the token expires; without it, it never does.", HelpName = "N" };

        var command = new Command(
            "create",
            "Creates a personal access token and prints its secret, alone on one line of stdout, so a script can capture it. "
            + "The secret is shown only this once. "
            + "Exit codes: 0 created, 2 invalid input or unknown user, 1 error.")
        {
            email, name, expiresDays,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var tokenName = parseResult.GetRequiredValue(name).Trim();
            var days = parseResult.GetValue(expiresDays);
            if (Validate(tokenName, days) is { } invalid)
            {
                context.WriteFieldErrors(invalid.Errors);
                return ExitCodes.InvalidInput;
            }

            return await context.WithServicesAsync(async services =>
            {
                if (!await Database.IsUpToDateAsync(services.GetRequiredService<KeyplanDbContext>(), context.Error, cancellationToken))
                {
                    return ExitCodes.Error;
                }

                var user = await services.GetRequiredService<UserManager<User>>().FindByEmailAsync(parseResult.GetRequiredValue(email).Trim());
                if (user is null)
                {
                    await context.Error.WriteLineAsync($"email: {ValidationText.UnknownUser}");
                    return ExitCodes.InvalidInput;
                }

                var now = services.GetRequiredService<TimeProvider>().GetUtcNow();
                DateTimeOffset? expiresAt = days is { } d ? now.AddDays(d) : null;
                var token = await services.GetRequiredService<PersonalAccessTokenService>().CreateAsync(user.Id, tokenName, expiresAt, cancellationToken);
                await context.Output.WriteLineAsync(token.Secret);
                var expiry = expiresAt is { } at ? $", expires {at.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : ", never expires";
                await context.Error.WriteLineAsync(
                    $"Token '{tokenName}' for {user.Email} created{expiry}. Store the secret now: it will not be shown again.");
                return ExitCodes.Success;
            });
        });
        return command;
    }

    private static Failure.Invalid? Validate(string tokenName, int? days)
    {
        var errors = new ErrorCollector();
        if (tokenName.Length == 0)
        {
            errors.Add("name", ValidationText.Required);
        }
        else if (tokenName.Length > PersonalAccessToken.NameMaxLength)
        {
            errors.Add("name", ValidationText.Format(nameof(ValidationText.MaxLength), "name", PersonalAccessToken.NameMaxLength));
        }

        // Zero days would make a token that can never be used; beyond ten years, leave out the expiry instead.
        if (days is < 1 or > MaxExpiresDays)
        {
            errors.Add("expiresDays", ValidationText.Format(nameof(ValidationText.Range), "expiresDays", 1, MaxExpiresDays));
        }

        return errors.ToFailure();
    }
}
