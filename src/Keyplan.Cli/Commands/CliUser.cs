using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Keyplan.Cli.Commands;

/// <summary>Who a CLI command acts as: the user named by --user, or the operator.</summary>
internal static class CliUser
{
    /// <summary>Whoever runs the CLI on the server already holds the database: without --user a command acts as an administrator.</summary>
    public static readonly CurrentUser Operator = new(string.Empty, "keyplan CLI", new HashSet<string> { Roles.Administrator }, null);

    /// <returns>The user with that e-mail, the operator without one, or null when no user has it.</returns>
    public static async Task<CurrentUser?> FindAsync(IServiceProvider services, string? email)
    {
        if (string.IsNullOrWhiteSpace(email))
        {
            return Operator;
        }

        var users = services.GetRequiredService<UserManager<User>>();
        var user = await users.FindByEmailAsync(email.Trim());
        return user is null ? null : new CurrentUser(user.Id, user.DisplayName, (await users.GetRolesAsync(user)).ToHashSet(), user.BusinessAreaId);
    }

    /// <summary>
    /// Runs <paramref name="action"/> as the user with <paramref name="email"/> (the operator without one), once the
    /// database is known to be up to date; an unknown user is invalid input.
    /// </summary>
    public static Task<int> RunAsAsync(
        CliContext context, string? email, Func<IServiceProvider, CurrentUser, Task<int>> action, CancellationToken cancellationToken) =>
        context.WithServicesAsync(async services =>
        {
            if (!await Database.IsUpToDateAsync(services.GetRequiredService<KeyplanDbContext>(), context.Error, cancellationToken))
            {
                return ExitCodes.Error;
            }

            var user = await FindAsync(services, email);
            if (user is null)
            {
                await context.Error.WriteLineAsync($"user: {ValidationText.UnknownUser}");
                return ExitCodes.InvalidInput;
            }

            return await action(services, user);
        });
}
