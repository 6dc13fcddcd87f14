using System.CommandLine;
using Keyplan.Core.Data;
using Microsoft.Extensions.DependencyInjection;

namespace Keyplan.Cli.Commands;

internal static class MigrateCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command(
            "migrate",
            "Creates the database or brings its schema up to date, and lists the migrations applied. "
            + "Exit codes: 0 done (also when already up to date), 1 error.");
        command.SetAction((parseResult, cancellationToken) => context.WithServicesAsync(async services =>
        {
            var applied = await Database.MigrateAsync(services.GetRequiredService<KeyplanDbContext>(), cancellationToken);
            if (applied.Count == 0)
            {
                await context.Output.WriteLineAsync("Database is up to date.");
            }

            foreach (var migration in applied)
            {
                await context.Output.WriteLineAsync($"Applied {migration}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
