using Keyplan.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddKeyplanWeb(builder.Configuration, builder.Environment);

var app = builder.Build();
await app.PrepareDatabaseAsync(CancellationToken.None);
app.UseKeyplanPipeline();
app.MapKeyplanEndpoints();
await app.RunAsync();

/// <summary>The entry point; public so that tests can host the app with WebApplicationFactory.</summary>
public partial class Program;
