using System.CommandLine;
using Keyplan.Core;
using Keyplan.Core.Data;
using Keyplan.Core.Documents;
using Microsoft.Extensions.DependencyInjection;

namespace Keyplan.Cli.Commands;

/// <summary>`keyplan export plan ID --format pdf|docx|xlsx|pptx [--audience customer] --out FILE`: the same files as the web app.</summary>
internal static class ExportPlanCommand
{
    public static Command Create(CliContext context)
    {
        var id = new Argument<int>("id") { Description = "The plan's id (as in the web app's address /plans/ID)." };
        var format = new Option<string>("--format") { Description = "pdf, docx, xlsx or pptx (the review deck).", Required = true, HelpName = "FORMAT" };
        var audience = new Option<string?>("--audience") { Description = "internal (default) or customer: the shareable parts only, as PDF or Word.", HelpName = "AUDIENCE" };
        var output = new Option<FileInfo>("--out") { Description = "The file to write; it is replaced if it exists.", Required = true, HelpName = "FILE" };
        var plan = new Command("plan", "Writes one plan as a PDF or Word document, an Excel overview or a PowerPoint review deck, in the plan's language. "
            + "Exit codes: 0 written, 2 invalid input (unknown plan, format or audience), 1 error.")
        {
            id, format, audience, output,
        };
        plan.SetAction(async (parseResult, cancellationToken) =>
        {
            var request = ExportRequest.Parse(parseResult.GetValue(format), parseResult.GetValue(audience));
            if (request.Failure is Failure.Invalid invalid)
            {
                context.WriteFieldErrors(invalid.Errors);
                return ExitCodes.InvalidInput;
            }

            var file = parseResult.GetRequiredValue(output);
            return await context.WithServicesAsync(async services =>
            {
                if (!await Database.IsUpToDateAsync(services.GetRequiredService<KeyplanDbContext>(), context.Error, cancellationToken))
                {
                    return ExitCodes.Error;
                }

                var (parsedFormat, parsedAudience) = request.Value;
                var exported = await services.GetRequiredService<ExportPlanHandler>()
                    .HandleAsync(parseResult.GetValue(id), parsedFormat, parsedAudience, CliUser.Operator, cancellationToken);
                switch (exported.Failure)
                {
                    case null:
                        break;
                    case Failure.Invalid errors:
                        context.WriteFieldErrors(errors.Errors);
                        return ExitCodes.InvalidInput;
                    case Failure.NotFound:
                        await context.Error.WriteLineAsync("id: no plan has this id.");
                        return ExitCodes.InvalidInput;
                    default:
                        await context.Error.WriteLineAsync(exported.Failure.ToString());
                        return ExitCodes.Error;
                }

                await File.WriteAllBytesAsync(file.FullName, exported.Value!.Content, cancellationToken);
                await context.Output.WriteLineAsync($"Wrote {file.FullName} ({exported.Value.Content.Length} bytes; suggested name {exported.Value.FileName}).");
                return ExitCodes.Success;
            });
        });
        return plan;
    }
}
