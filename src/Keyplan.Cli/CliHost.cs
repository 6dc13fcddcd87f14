using Keyplan.Core;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Documents.Pdf;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Keyplan.Cli;

/// <summary>Configuration and services of the CLI: the same database, Identity rules and use cases as the web app.</summary>
public static class CliHost
{
    /// <summary>Where the SQLite database goes when no connection string is configured, relative to the current directory.</summary>
    public const string DefaultDataDirectory = "data";

    /// <summary>
    /// Reads configuration the way a .NET host does: appsettings.json and appsettings.{environment}.json from the
    /// current directory (both optional), then environment variables, so Database__Provider and
    /// ConnectionStrings__Keyplan work as for the web app. Command-line arguments are left to the parser.
    /// </summary>
    public static IConfiguration LoadConfiguration()
    {
        var environment = Environment.GetEnvironmentVariable("DOTNET_ENVIRONMENT")
            ?? Environment.GetEnvironmentVariable("ASPNETCORE_ENVIRONMENT")
            ?? Environments.Production;
        return new ConfigurationBuilder()
            .SetBasePath(Directory.GetCurrentDirectory())
            .AddJsonFile("appsettings.json", optional: true)
            .AddJsonFile($"appsettings.{environment}.json", optional: true)
            .AddEnvironmentVariables()
            .Build();
    }

    public static ServiceProvider BuildServices(IConfiguration configuration)
    {
        var services = new ServiceCollection();
        services.AddSingleton(configuration);

        // Only warnings and errors, and on stderr: stdout carries the commands' results, which scripts read.
        // Connection failures are left out: they reach the user as the command's error message anyway, and on a
        // first migrate EF logs one for probing the database it is about to create.
        services.AddLogging(logging => logging
            .SetMinimumLevel(LogLevel.Warning)
            .AddFilter(DbLoggerCategory.Database.Connection.Name, LogLevel.None)
            .AddConsole(console => console.LogToStandardErrorThreshold = LogLevel.Trace));
        services.AddKeyplanDatabase(configuration, Path.GetFullPath(DefaultDataDirectory));
        services.AddKeyplanCore();
        services.AddPdfRendering();
        services.AddIdentityCore<User>(IdentityRules.Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<KeyplanDbContext>();
        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
    }
}
