using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Keyplan.Cli;

/// <summary>What every command works with: configuration and the three standard streams, replaceable in tests.</summary>
internal sealed record CliContext(IConfiguration Configuration, TextReader Input, TextWriter Output, TextWriter Error)
{
    /// <summary>True only for the real console on a terminal; a reader passed in by a test is never one.</summary>
    public bool InputIsTerminal => ReferenceEquals(Input, Console.In) && !Console.IsInputRedirected;

    /// <summary>Runs <paramref name="action"/> in a fresh service scope, as one web request would.</summary>
    public async Task<int> WithServicesAsync(Func<IServiceProvider, Task<int>> action)
    {
        await using var services = CliHost.BuildServices(Configuration);
        await using var scope = services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }

    public void WriteFieldErrors(IReadOnlyDictionary<string, string[]> errors)
    {
        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                Error.WriteLine($"{field}: {message}");
            }
        }
    }
}
