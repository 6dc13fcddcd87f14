using Keyplan.Core.Identity;

namespace Keyplan.Core.Documents;

public enum ExportFormat
{
    Pdf,
    Docx,
    Xlsx,

    /// <summary>The review deck (PowerPoint): slides for the plan's periodic review, internal only.</summary>
    Pptx,
}

public sealed record ExportedFile(byte[] Content, string ContentType, string FileName);

/// <summary>Prints the plan document as PDF. Lives outside Core (it drives a browser); Core only knows this contract.</summary>
public interface IPdfPlanRenderer
{
    Task<byte[]> RenderAsync(PlanDocument document, CancellationToken cancellationToken);
}

/// <summary>Exports one plan the user may see as PDF, Word or Excel, for the team or for the customer.</summary>
public sealed class ExportPlanHandler(BuildPlanDocumentHandler build, IPdfPlanRenderer? pdf = null)
{
    public const string DocxContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string PdfContentType = "application/pdf";
    public const string PptxContentType = "application/vnd.openxmlformats-officedocument.presentationml.presentation";

    /// <summary>
    /// The customer summary is a document to hand over, not a working file: PDF and Word only. The review deck is the
    /// team's own meeting material.
    /// </summary>
    public static bool Allows(ExportFormat format, DocumentAudience audience) =>
        audience == DocumentAudience.Internal || format is not (ExportFormat.Xlsx or ExportFormat.Pptx);

    public async Task<Result<ExportedFile>> HandleAsync(int planId, ExportFormat format, DocumentAudience audience, CurrentUser user, CancellationToken cancellationToken)
    {
        if (format == ExportFormat.Pptx)
        {
            return await DeckAsync(planId, audience, user, cancellationToken);
        }

        var built = await build.HandleAsync(planId, audience, user, cancellationToken);
        if (!built.Succeeded)
        {
            return built.Failure!;
        }

        if (!Allows(format, audience))
        {
            return Failure.Invalid.For("audience", Resources.DocumentText.CustomerFormatsOnly);
        }

        var document = built.Value!;
        var name = ExportFileName.For(document.AccountName, document.Period, audience, format.ToString().ToLowerInvariant());
        return format switch
        {
            ExportFormat.Docx => new ExportedFile(DocxPlanWriter.Write(document), DocxContentType, name),
            ExportFormat.Xlsx => new ExportedFile(XlsxOverviewWriter.Write(document), XlsxContentType, name),
            ExportFormat.Pptx => throw new InvalidOperationException("The review deck is built by DeckAsync."),
            _ => new ExportedFile(await (pdf ?? throw new InvalidOperationException("No PDF renderer is registered.")).RenderAsync(document, cancellationToken), PdfContentType, name),
        };
    }

    private async Task<Result<ExportedFile>> DeckAsync(int planId, DocumentAudience audience, CurrentUser user, CancellationToken cancellationToken)
    {
        var built = await build.HandleDeckAsync(planId, user, cancellationToken);
        if (!built.Succeeded)
        {
            return built.Failure!;
        }

        if (!Allows(ExportFormat.Pptx, audience))
        {
            return Failure.Invalid.For("audience", Resources.DocumentText.CustomerFormatsOnly);
        }

        var deck = built.Value!;
        var name = ExportFileName.For(deck.Document.AccountName, deck.Document.Period, DocumentAudience.Internal, "pptx");
        return new ExportedFile(PptxDeckWriter.Write(deck), PptxContentType, name);
    }
}
