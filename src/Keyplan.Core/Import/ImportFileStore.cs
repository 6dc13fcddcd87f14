namespace Keyplan.Core.Import;

/// <summary>
/// Where uploaded import files wait between preview and commit: a folder on disk, not the database, so a
/// 500 MB file is streamed in and out and never held in memory or in a table.
/// </summary>
public sealed class ImportFileStore(string directory)
{
    public string Directory => directory;

    /// <summary>Copies the upload to a new file with a name of our own (never the client's) and returns its full path.</summary>
    public Task<string> SaveAsync(Stream content, CancellationToken cancellationToken) => SaveAsync(content, progress: null, cancellationToken);

    /// <param name="progress">Hears the bytes copied so far, for an upload progress bar.</param>
    public async Task<string> SaveAsync(Stream content, IProgress<long>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        System.IO.Directory.CreateDirectory(directory);
        var path = Path.Combine(directory, Guid.NewGuid().ToString("N") + ".upload");
        try
        {
            await using var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true);
            var buffer = new byte[81920];
            long copied = 0;
            int read;
            while ((read = await content.ReadAsync(buffer, cancellationToken)) > 0)
            {
                await file.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
                copied += read;
                progress?.Report(copied);
            }
        }
        catch
        {
            // A broken or cancelled upload leaves no half file behind.
            File.Delete(path);
            throw;
        }

        return path;
    }
}
