using System.Diagnostics;
using System.Text.RegularExpressions;

namespace Keyplan.UnitTests.Documents;

/// <summary>The command-line tools the document tests check outputs with: pdftotext (poppler) and LibreOffice.</summary>
internal static partial class Tools
{
    /// <summary>The PDF's text with every run of whitespace as one space, so wrapped lines still match.</summary>
    public static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var directory = Directory.CreateTempSubdirectory("keyplan-pdf-");
        try
        {
            var file = Path.Combine(directory.FullName, "document.pdf");
            await File.WriteAllBytesAsync(file, pdf);
            await RunAsync("pdftotext", ["-enc", "UTF-8", file, Path.Combine(directory.FullName, "document.txt")]);
            return Normalize(await File.ReadAllTextAsync(Path.Combine(directory.FullName, "document.txt")));
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    /// <summary>Converts an Office file to PDF with LibreOffice headless, in a throw-away profile; returns the PDF.</summary>
    public static async Task<byte[]> LibreOfficeToPdfAsync(byte[] content, string extension)
    {
        var directory = Directory.CreateTempSubdirectory("keyplan-soffice-");
        try
        {
            var file = Path.Combine(directory.FullName, "document." + extension);
            await File.WriteAllBytesAsync(file, content);
            var profile = new Uri(Path.Combine(directory.FullName, "profile")).AbsoluteUri;
            await RunAsync("soffice", [$"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf", "--outdir", directory.FullName, file]);
            var pdf = Path.Combine(directory.FullName, "document.pdf");
            Assert.True(File.Exists(pdf), $"LibreOffice made no PDF of the .{extension}.");
            return await File.ReadAllBytesAsync(pdf);
        }
        finally
        {
            directory.Delete(recursive: true);
        }
    }

    public static string Normalize(string text) => Whitespace().Replace(text, " ");

    private static async Task RunAsync(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        var error = process.StandardError.ReadToEndAsync(timeout.Token);
        await process.StandardOutput.ReadToEndAsync(timeout.Token);
        await process.WaitForExitAsync(timeout.Token);
        Assert.True(process.ExitCode == 0, $"{program} failed ({process.ExitCode}): {await error}");
    }

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
