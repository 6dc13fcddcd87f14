namespace Keyplan.Core;

/// <summary>
/// An entity guarded by optimistic concurrency: <see cref="Version"/> goes up by one on every save,
/// and a save based on an older version is refused. It is also the entity's ETag.
/// </summary>
public interface IVersioned
{
    int Version { get; set; }
}
