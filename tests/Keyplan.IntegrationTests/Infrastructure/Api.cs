using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Keyplan.IntegrationTests.Infrastructure;

/// <summary>JSON as the API speaks it, and small helpers for reading answers.</summary>
public static class Api
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<T> ReadAsync<T>(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<T>(Json);
        return body ?? throw new InvalidOperationException("The response had no body.");
    }

    public static Task<HttpResponseMessage> PutJsonAsync<T>(this HttpClient client, string url, T body, string? ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body, options: Json) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> PostJsonAsync<T>(this HttpClient client, string url, T body) =>
        client.PostAsJsonAsync(url, body, Json);

    /// <summary>The field errors of a validation ProblemDetails.</summary>
    public static async Task<Dictionary<string, string[]>> ValidationErrorsAsync(this HttpResponseMessage response)
    {
        var problem = await response.ReadAsync<ValidationProblem>();
        return problem.Errors;
    }

    public sealed record ValidationProblem(int Status, string Title, Dictionary<string, string[]> Errors);

    /// <summary>Saves a plan section's content (JSON as the API takes it) over its current version; fails the test unless 200.</summary>
    public static async Task SaveSectionAsync(this HttpClient client, int planId, string key, string json)
    {
        var url = $"/api/plans/{planId}/sections/{key}";
        var etag = (await client.GetAsync(url)).Headers.ETag!.ToString();
        using var content = new StringContent(json, System.Text.Encoding.UTF8, "application/json");
        using var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = content, Headers = { { "If-Match", etag } } };
        var saved = await client.SendAsync(request);
        Xunit.Assert.True(saved.StatusCode == System.Net.HttpStatusCode.OK, $"{key}: {await saved.Content.ReadAsStringAsync()}");
    }
}
