using System.CommandLine;

namespace Keyplan.Cli.Commands;

/// <summary>`keyplan export …`: documents and data for Office and the budgeting process.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context) => new("export", "Exports the sales budget.")
    {
        ExportBudgetCommand.Create(context),
    };
}
