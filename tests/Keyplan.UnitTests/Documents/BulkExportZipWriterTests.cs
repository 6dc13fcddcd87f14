using System.IO.Compression;
using Keyplan.Core.Documents;
using Keyplan.Core.Documents.BulkExport;

namespace Keyplan.UnitTests.Documents;

public sealed class BulkExportZipWriterTests
{
    [Fact]
    public async Task AFailedPlan_IsListedInErrorsTxt_AndTheOthersAreStillInTheZip()
    {
        using var output = new MemoryStream();
        using (var writer = new BulkExportZipWriter(output))
        {
            await writer.AddAsync(new BulkExportEntry(1, new ExportedFile([1, 2, 3], "application/pdf", "Keyplan_A_2026_internal.pdf"), null), CancellationToken.None);
            await writer.AddAsync(new BulkExportEntry(2, null, "The template could not be read."), CancellationToken.None);
            await writer.AddAsync(new BulkExportEntry(3, new ExportedFile([4], "application/pdf", "Keyplan_B_2026_internal.pdf"), null), CancellationToken.None);
            Assert.Equal(1, writer.Failed);
        }

        output.Position = 0;
        using var zip = new ZipArchive(output);
        Assert.Equal(["Keyplan_A_2026_internal.pdf", "Keyplan_B_2026_internal.pdf", "errors.txt"], zip.Entries.Select(e => e.FullName));
        using var errors = new StreamReader(zip.GetEntry("errors.txt")!.Open());
        Assert.Equal("Plan 2: The template could not be read.", (await errors.ReadToEndAsync()).Trim());
    }

    [Fact]
    public async Task TwoPlansWithTheSameFileName_GetDistinctEntries_AndNoErrorsTxtWhenAllSucceed()
    {
        using var output = new MemoryStream();
        using (var writer = new BulkExportZipWriter(output))
        {
            var file = new ExportedFile([1], "application/pdf", "Keyplan_Same_2026_internal.pdf");
            await writer.AddAsync(new BulkExportEntry(1, file, null), CancellationToken.None);
            await writer.AddAsync(new BulkExportEntry(2, file, null), CancellationToken.None);
        }

        output.Position = 0;
        using var zip = new ZipArchive(output);
        Assert.Equal(["Keyplan_Same_2026_internal.pdf", "Keyplan_Same_2026_internal_2.pdf"], zip.Entries.Select(e => e.FullName));
    }
}
