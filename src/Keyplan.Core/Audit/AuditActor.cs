namespace Keyplan.Core.Audit;

/// <summary>
/// Who is acting in the current flow of work, for the audit trail. The web host sets it once per request and once per
/// Blazor circuit activity, so every use case that saves is covered without passing the user to the data layer.
/// Outside those (demo seeding, the CLI) nobody is set and the change is recorded as the system's.
/// </summary>
public sealed record AuditActor(string Id, string Name)
{
    private static readonly AsyncLocal<AuditActor?> Ambient = new();

    public static AuditActor? Current => Ambient.Value;

    /// <summary>Makes <paramref name="actor"/> the current actor until the returned scope is disposed.</summary>
    public static IDisposable Use(AuditActor? actor)
    {
        var previous = Ambient.Value;
        Ambient.Value = actor;
        return new Restore(previous);
    }

    private sealed class Restore(AuditActor? previous) : IDisposable
    {
        public void Dispose() => Ambient.Value = previous;
    }
}
