namespace Keyplan.Core.Import;

/// <summary>
/// Where uploaded import files wait between preview and commit: a folder on disk, not the database, so a
/// 500 MB file is streamed in and out and never held in memory or in a table.
/// </summary>
public sealed class ImportFileStore(string directory)
{
    public string Directory => directory;

    /// <summary>Copies the upload to a new file with a name of our own (never the client's) and returns its full path.</summary>
    public async Task<string> SaveAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        System.IO.Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, Guid.NewGuid().ToString("N") + ".upload");
        await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
        await content.CopyToAsync(file, cancellationToken);
        return path;
    }
}
