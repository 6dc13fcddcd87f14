using Keyplan.Core.Identity;
using Keyplan.Core.Import.Processing;
using Keyplan.Core.Resources;

namespace Keyplan.Core.Import;

/// <summary>A file's header row, the system it was exported from and the columns matched automatically (field → header).</summary>
public sealed record ImportFileColumns(IReadOnlyList<string> Headers, SourceSystem Source, IReadOnlyDictionary<string, string> Mapping);

/// <summary>
/// Reads only the header row of an uploaded file, so the user can check and adjust the mapping before every row is
/// checked (which for a large file takes a while).
/// </summary>
public static class ImportColumns
{
    public static Result<ImportFileColumns> Read(string filePath, ImportKind kind, CurrentUser user)
    {
        ArgumentNullException.ThrowIfNull(filePath);
        if (!ImportAccess.CanImport(user))
        {
            return new Failure.Forbidden();
        }

        IReadOnlyList<string> headers;
        try
        {
            headers = ImportSource.ReadHeaders(filePath);
        }
        catch (InvalidDataException)
        {
            // A file that starts like an .xlsx (a zip) but is not one.
            headers = [];
        }

        if (headers.Count == 0)
        {
            return Failure.Invalid.For("file", ValidationText.ImportUnreadableFile);
        }

        return new ImportFileColumns(headers, ColumnMatcher.DetectSource(headers),
            ImportMappings.Describe(ColumnMatcher.Match(headers, kind), headers));
    }
}
