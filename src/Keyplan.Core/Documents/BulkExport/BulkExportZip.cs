using System.IO.Compression;
using System.Text;

namespace Keyplan.Core.Documents.BulkExport;

/// <summary>One plan's outcome in a zip export: its file, or why it could not be made.</summary>
public sealed record BulkExportEntry(int PlanId, ExportedFile? File, string? Error);

/// <summary>
/// Writes a zip export: one file per plan under its sanitised export name (made unique, since two plans of one account
/// and year cannot exist but names are cut to a length), and an errors.txt listing the plans that failed, so one
/// broken plan does not cost the user the other ninety-nine.
/// </summary>
public sealed class BulkExportZipWriter : IDisposable
{
    public const string ErrorsEntryName = "errors.txt";

    private readonly ZipArchive archive;
    private readonly HashSet<string> names = new(StringComparer.OrdinalIgnoreCase) { ErrorsEntryName };
    private readonly List<string> errors = [];

    public BulkExportZipWriter(Stream output)
    {
        archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
    }

    public int Failed => errors.Count;

    public async Task AddAsync(BulkExportEntry entry, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.File is null)
        {
            errors.Add($"Plan {entry.PlanId}: {entry.Error}");
            return;
        }

        // Office files and PDFs are compressed already; deflating them again costs time for nothing.
        var zipEntry = archive.CreateEntry(UniqueName(entry.File.FileName), CompressionLevel.Fastest);
        await using var stream = await zipEntry.OpenAsync(cancellationToken);
        await stream.WriteAsync(entry.File.Content, cancellationToken);
    }

    public void Dispose()
    {
        if (errors.Count > 0)
        {
            var entry = archive.CreateEntry(ErrorsEntryName);
            using var writer = new StreamWriter(entry.Open(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            foreach (var line in errors)
            {
                writer.WriteLine(line);
            }
        }

        archive.Dispose();
    }

    private string UniqueName(string fileName)
    {
        var name = fileName;
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var extension = Path.GetExtension(fileName);
        for (var n = 2; !names.Add(name); n++)
        {
            name = $"{stem}_{n}{extension}";
        }

        return name;
    }
}
