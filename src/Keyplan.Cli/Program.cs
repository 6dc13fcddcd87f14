namespace Keyplan.Cli;

// A named Main instead of top-level statements: those declare a global Program class, and the integration tests,
// which see the internals of both this project and the web app, could then no longer tell the two apart.
internal static class Program
{
    public static async Task<int> Main(string[] args) =>
        await Cli.RunAsync(args, CliHost.LoadConfiguration(), Console.In, Console.Out, Console.Error);
}
