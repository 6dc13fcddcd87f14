using System.Net.Http.Headers;
using System.Text;
using Keyplan.Core.Import;
using Keyplan.IntegrationTests.Infrastructure;

namespace Keyplan.IntegrationTests.Import;

/// <summary>Uploads and commits through the API, with the sample exports of ../shared/data or a file written by the test.</summary>
internal static class ImportUploads
{
    public static string Sample(string name) => Path.Combine(AppContext.BaseDirectory, "Import", "Samples", name);

    public static Task<HttpResponseMessage> UploadAsync(this HttpClient client, string kind, string fileName, byte[] content, string? mapping = null, string? mappingName = null)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(kind), "kind");
        if (mapping is not null)
        {
            form.Add(new StringContent(mapping), "mapping");
        }

        if (mappingName is not null)
        {
            form.Add(new StringContent(mappingName), "mappingName");
        }

        return client.PostAsync("/api/imports", form);
    }

    public static async Task<ImportPreview> PreviewSampleAsync(this HttpClient client, string kind, string sample)
    {
        var response = await client.UploadAsync(kind, sample, await File.ReadAllBytesAsync(Sample(sample)));
        Assert.Equal(System.Net.HttpStatusCode.Created, response.StatusCode);
        return await response.ReadAsync<ImportPreview>();
    }

    /// <summary>A semicolon CSV as German Excel writes it, UTF-8.</summary>
    public static byte[] Csv(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n");

    public static Task<HttpResponseMessage> CommitAsync(this HttpClient client, int id, bool skipInvalidRows = false) =>
        client.PostJsonAsync($"/api/imports/{id}/commit", new { skipInvalidRows });

    public static async Task<ImportPreview> CommitOkAsync(this HttpClient client, int id)
    {
        var response = await client.CommitAsync(id);
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        return await response.ReadAsync<ImportPreview>();
    }
}
