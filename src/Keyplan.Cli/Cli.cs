using System.CommandLine;
using System.CommandLine.Invocation;
using Keyplan.Cli.Commands;
using Microsoft.Extensions.Configuration;

namespace Keyplan.Cli;

/// <summary>The `keyplan` command line. Tests call <see cref="RunAsync"/> with their own configuration and streams.</summary>
public static class Cli
{
    /// <returns>One of <see cref="ExitCodes"/>.</returns>
    public static async Task<int> RunAsync(
        string[] args, IConfiguration configuration, TextReader input, TextWriter output, TextWriter error,
        CancellationToken cancellationToken = default)
    {
        var context = new CliContext(configuration, input, output, error);
        var root = new RootCommand(
            "Keyplan administration: database migrations, demo data, users, personal access tokens, imports and plan exports. "
            + "Exit codes: 0 success, 1 error, 2 invalid input, 3 nothing to do.")
        {
            MigrateCommand.Create(context),
            SeedDemoCommand.Create(context),
            UserCommands.Create(context),
            TokenCommands.Create(context),
            ImportCommand.Create(context),
            ExportCommand.Create(context),
        };

        var parseResult = root.Parse(args);
        var invocation = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
        try
        {
            var exitCode = await parseResult.InvokeAsync(invocation, cancellationToken);

            // System.CommandLine answers a command line it cannot parse with 1; for us that is invalid input.
            return parseResult.Action is ParseErrorAction ? ExitCodes.InvalidInput : exitCode;
        }
        catch (Exception exception) // The outermost boundary: any failure becomes a message and exit code 1.
        {
            await error.WriteLineAsync($"Error: {Describe(exception)}");
            return ExitCodes.Error;
        }
    }

    /// <summary>The message, and the root cause when EF or a driver wraps it ("See the inner exception").</summary>
    private static string Describe(Exception exception)
    {
        var root = exception.GetBaseException();
        return ReferenceEquals(root, exception) ? exception.Message : $"{exception.Message} {root.Message}";
    }
}
