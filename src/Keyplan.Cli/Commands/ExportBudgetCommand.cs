using System.CommandLine;
using System.Globalization;
using Keyplan.Core;
using Keyplan.Core.Budget;
using Keyplan.Core.Budget.Export;
using Keyplan.Core.Plans;
using Microsoft.Extensions.DependencyInjection;

namespace Keyplan.Cli.Commands;

/// <summary>`keyplan export budget --year YYYY`: the sales budget roll-up as the budgeting process takes it in.</summary>
internal static class ExportBudgetCommand
{
    public static Command Create(CliContext context)
    {
        var year = new Option<int?>("--year") { Description = "The fiscal year (default: the current one).", HelpName = "YYYY" };
        var businessArea = new Option<int?>("--business-area") { Description = "Only this business area (its id).", HelpName = "ID" };
        var format = new Option<SalesBudgetFormat>("--format") { Description = "xlsx (budget and KAM sheets) or csv (the budget table).", DefaultValueFactory = _ => SalesBudgetFormat.Xlsx };
        var language = new Option<string>("--language") { Description = "Language of the headings and number format: en, de or nl.", DefaultValueFactory = _ => "en" };
        var output = new Option<FileInfo>("--out") { Description = "The file to write.", Required = true, HelpName = "FILE" };
        var userEmail = new Option<string?>("--user") { Description = "E-mail of the user whose view to export (default: everything).", HelpName = "EMAIL" };
        var command = new Command(
            "budget",
            "Writes the sales budget of a year: approved plans' targets by business area and product group beside last year's revenue, "
            + "with totals, and attainment per KAM. Exit codes: 0 written, 2 invalid input, 1 error.")
        {
            year, businessArea, format, language, output, userEmail,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var culture = parseResult.GetValue(language)?.Trim().ToLowerInvariant();
            if (culture is null || !Plan.Languages.Contains(culture))
            {
                await context.Error.WriteLineAsync($"language: use one of {string.Join(", ", Plan.Languages)}.");
                return ExitCodes.InvalidInput;
            }

            return await CliUser.RunAsAsync(context, parseResult.GetValue(userEmail), async (services, user) =>
            {

                // The headings and numbers follow the language asked for, not the server's.
                CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                var query = new SalesBudgetQuery { Year = parseResult.GetValue(year), BusinessAreaId = parseResult.GetValue(businessArea) };
                var budget = await services.GetRequiredService<GetSalesBudgetHandler>().HandleAsync(query, user, cancellationToken);
                switch (budget.Failure)
                {
                    case Failure.Invalid invalid:
                        context.WriteFieldErrors(invalid.Errors);
                        return ExitCodes.InvalidInput;
                    case Failure.Forbidden:
                        await context.Error.WriteLineAsync("user: only administrators, management and business area managers see the sales budget.");
                        return ExitCodes.InvalidInput;
                    case { } failure:
                        await context.Error.WriteLineAsync(failure.ToString());
                        return ExitCodes.Error;
                }

                var file = parseResult.GetRequiredValue(output);
                await using (var stream = file.Create())
                {
                    await SalesBudgetExport.WriteAsync(budget.Value!, parseResult.GetValue(format), stream, cancellationToken);
                }

                var total = budget.Value!.Total;
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Sales budget {budget.Value.Year}: {budget.Value.ApprovedPlans} approved plans, budget {total.Budget:0.00} {budget.Value.Currency}, written to {file.FullName}"));
                return ExitCodes.Success;
            }, cancellationToken);
        });
        return command;
    }
}
