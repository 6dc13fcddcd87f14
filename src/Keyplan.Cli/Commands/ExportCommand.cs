using System.CommandLine;

namespace Keyplan.Cli.Commands;

/// <summary>`keyplan export …`: plans as documents, and the sales budget for the budgeting process.</summary>
internal static class ExportCommand
{
    public static Command Create(CliContext context) => new("export", "Exports a plan as a document, or the sales budget.")
    {
        ExportPlanCommand.Create(context),
        ExportBudgetCommand.Create(context),
    };
}
