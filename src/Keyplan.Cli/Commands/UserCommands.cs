using System.CommandLine;
using Keyplan.Core;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Keyplan.Cli.Commands;

internal static class UserCommands
{
    public static Command Create(CliContext context) => new("user", "Manages sign-ins.") { CreateUser(context) };

    private static Command CreateUser(CliContext context)
    {
        var email = new Option<string>("--email") { Description = "E-mail address; also the user name.", Required = true };
        var name = new Option<string>("--name") { Description = "Display name, e.g. \"Anna Berger\".", Required = true };
        var role = new Option<string>("--role")
        {
            Description = $"One of {string.Join(", ", Roles.All)} (any case).",
            Required = true,
        };
        var businessArea = new Option<string?>("--business-area")
        {
            Description = "Code of the user's business area, e.g. IA; required for a BusinessAreaManager.",
            HelpName = "CODE",
        };
        var passwordStdin = new Option<bool>("--password-stdin")
        {
            Description = "Read the password from the first line of standard input (also done when input is redirected).",
        };

        var command = new Command(
            "create",
            "Creates a user with one role, asking for the password without echo, and prints the new user's id. "
            + "Exit codes: 0 created, 2 invalid input (each problem on stderr as 'field: message'), 1 error.")
        {
            email, name, role, businessArea, passwordStdin,
        };
        command.SetAction((parseResult, cancellationToken) => context.WithServicesAsync(async services =>
        {
            // Check the database before asking for a password that could not be stored anyway.
            if (!await Database.IsUpToDateAsync(services.GetRequiredService<KeyplanDbContext>(), context.Error, cancellationToken))
            {
                return ExitCodes.Error;
            }

            var password = PasswordInput.Read(context, parseResult.GetValue(passwordStdin), out var problem);
            if (password is null)
            {
                await context.Error.WriteLineAsync($"password: {problem}");
                return ExitCodes.InvalidInput;
            }

            var request = new CreateUserRequest(
                parseResult.GetRequiredValue(email), parseResult.GetRequiredValue(name), parseResult.GetRequiredValue(role),
                parseResult.GetValue(businessArea), password);
            var result = await services.GetRequiredService<CreateUserHandler>().HandleAsync(request, cancellationToken);
            if (result.Failure is Failure.Invalid invalid)
            {
                context.WriteFieldErrors(invalid.Errors);
                return ExitCodes.InvalidInput;
            }

            await context.Output.WriteLineAsync(result.Value);
            return ExitCodes.Success;
        }));
        return command;
    }
}
