using System.CommandLine;
using Keyplan.Core.Data;
using Keyplan.Core.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Keyplan.Cli.Commands;

internal static class SeedDemoCommand
{
    public static Command Create(CliContext context)
    {
        var command = new Command(
            "seed-demo",
            "Migrates the database, then fills it with the demo company (60 accounts, contacts, revenue, demo users) "
            + "if it holds no accounts and no users yet. "
            + "Exit codes: 0 seeded, 3 not empty so nothing seeded, 1 error.");
        command.SetAction((parseResult, cancellationToken) => context.WithServicesAsync(async services =>
        {
            await Database.MigrateAsync(services.GetRequiredService<KeyplanDbContext>(), cancellationToken);
            if (!await services.GetRequiredService<DemoSeeder>().SeedIfEmptyAsync(cancellationToken))
            {
                await context.Output.WriteLineAsync("The database is not empty; nothing seeded.");
                return ExitCodes.NothingDone;
            }

            await context.Output.WriteLineAsync("Demo data seeded.");
            await context.Output.WriteLineAsync($"Sign in with the password {DemoSeeder.DemoPassword} as:");
            foreach (var user in DemoUsers.All)
            {
                var area = user.BusinessAreaCode is null ? "" : $", {user.BusinessAreaCode}";
                await context.Output.WriteLineAsync($"  {user.Email,-26} {user.DisplayName} ({user.Role}{area})");
            }

            return ExitCodes.Success;
        }));
        return command;
    }
}
