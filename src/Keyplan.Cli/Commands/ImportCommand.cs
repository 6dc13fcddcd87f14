using System.CommandLine;
using System.Globalization;
using Keyplan.Core;
using Keyplan.Core.Import;
using Keyplan.Core.Resources;
using Microsoft.Extensions.DependencyInjection;

namespace Keyplan.Cli.Commands;

/// <summary>`keyplan import accounts|contacts|revenue FILE`: the same preview and all-or-nothing commit as the web app.</summary>
internal static class ImportCommand
{
    public static Command Create(CliContext context)
    {
        var kind = new Argument<ImportKind>("kind") { Description = "What the file holds: accounts, contacts or revenue (accounts first: the others point at them)." };
        var file = new Argument<FileInfo>("file") { Description = "A CSV or XLSX export (Salesforce, HubSpot, Dynamics 365, ERP or Keyplan's template)." };
        var mappingName = new Option<string?>("--mapping") { Description = "A column mapping saved by name (in the web app or the API) for this kind.", HelpName = "NAME" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Check the file and print the preview; write nothing." };
        var skipInvalid = new Option<bool>("--skip-invalid") { Description = "Import the good rows and leave out the rows with problems." };
        var userEmail = new Option<string?>("--user") { Description = "E-mail of the user the import is done as (their business area gets new accounts).", HelpName = "EMAIL" };
        var command = new Command(
            "import",
            "Checks every row of an import file, prints the counts and each problem (row, column, reason), then imports it all or nothing. "
            + "Exit codes: 0 imported (or checked, with --dry-run), 2 invalid input or rows with problems (nothing imported), 1 error.")
        {
            kind, file, mappingName, dryRun, skipInvalid, userEmail,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var path = parseResult.GetRequiredValue(file);
            if (!path.Exists)
            {
                await context.Error.WriteLineAsync($"file: {path.FullName} does not exist.");
                return ExitCodes.InvalidInput;
            }

            return await CliUser.RunAsAsync(context, parseResult.GetValue(userEmail), async (services, user) =>
            {

                var request = new PreviewImportRequest(path.FullName, path.Name, parseResult.GetValue(kind), MappingName: parseResult.GetValue(mappingName));
                var preview = await services.GetRequiredService<PreviewImportHandler>().HandleAsync(request, user, cancellationToken);
                if (preview.Failure is { } failure)
                {
                    return await FailAsync(context, failure);
                }

                await PrintAsync(context.Output, preview.Value!);
                var skip = parseResult.GetValue(skipInvalid);
                if (preview.Value!.TotalProblems > 0 && !skip)
                {
                    await context.Error.WriteLineAsync(ValidationText.Format(nameof(ValidationText.ImportHasProblems), preview.Value.Counts.WithProblems));
                    return ExitCodes.InvalidInput;
                }

                if (parseResult.GetValue(dryRun))
                {
                    await context.Output.WriteLineAsync("Dry run: nothing imported.");
                    return ExitCodes.Success;
                }

                var committed = await services.GetRequiredService<CommitImportHandler>()
                    .HandleAsync(preview.Value.Id, new CommitImportRequest(skip), user, cancellationToken);
                if (committed.Failure is { } commitFailure)
                {
                    return await FailAsync(context, commitFailure);
                }

                var counts = committed.Value!.Counts;
                await context.Output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                    $"Imported: {counts.New} new, {counts.Updated} updated, {counts.Unchanged} unchanged; {counts.WithProblems} rows left out."));
                return ExitCodes.Success;
            }, cancellationToken);
        });
        return command;
    }

    private static async Task PrintAsync(TextWriter output, ImportPreview preview)
    {
        var counts = preview.Counts;
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"{preview.Kind} from {preview.Source}: {counts.Rows} rows"));
        await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
            $"New: {counts.New}, updated: {counts.Updated}, unchanged: {counts.Unchanged}, rows with problems: {counts.WithProblems}"));
        if (preview.NewProductGroups.Count > 0)
        {
            await output.WriteLineAsync($"New product groups: {string.Join(", ", preview.NewProductGroups)}");
        }

        if (preview.NewBusinessAreas.Count > 0)
        {
            await output.WriteLineAsync($"New business areas: {string.Join(", ", preview.NewBusinessAreas)}");
        }

        foreach (var problem in preview.Problems)
        {
            var column = problem.Column is null ? string.Empty : $", column {problem.Column}";
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"row {problem.Row}{column}: {problem.Message}"));
        }

        if (preview.TotalProblems > preview.Problems.Count)
        {
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture, $"… and {preview.TotalProblems - preview.Problems.Count} more problems."));
        }
    }

    private static async Task<int> FailAsync(CliContext context, Failure failure)
    {
        switch (failure)
        {
            case Failure.Invalid invalid:
                context.WriteFieldErrors(invalid.Errors);
                return ExitCodes.InvalidInput;
            case Failure.Forbidden:
                await context.Error.WriteLineAsync("user: only administrators, management and business area managers may import.");
                return ExitCodes.InvalidInput;
            default:
                await context.Error.WriteLineAsync(failure.ToString());
                return ExitCodes.Error;
        }
    }
}
