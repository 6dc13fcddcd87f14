namespace Keyplan.Core.Import.Rows;

/// <summary>
/// Finds the same record twice in one file. Only a 64-bit hash of each key is kept (with the row it was first seen in),
/// so a million-row revenue file needs some megabytes, not a copy of its keys.
/// </summary>
public sealed class DuplicateTracker
{
    private readonly Dictionary<ulong, long> _firstRows = [];

    /// <summary>The row the key was first seen in, or null the first time.</summary>
    public long? SeenBefore(long rowNumber, params ReadOnlySpan<string?> keyParts)
    {
        var hash = Fnv1a(keyParts);
        if (_firstRows.TryGetValue(hash, out var first))
        {
            return first;
        }

        _firstRows[hash] = rowNumber;
        return null;
    }

    /// <summary>64-bit FNV-1a over the parts, case-insensitive and trimmed, with a separator so ("ab","c") ≠ ("a","bc").</summary>
    private static ulong Fnv1a(ReadOnlySpan<string?> parts)
    {
        const ulong offset = 14695981039346656037;
        const ulong prime = 1099511628211;
        var hash = offset;
        foreach (var part in parts)
        {
            foreach (var c in (part ?? string.Empty).AsSpan().Trim())
            {
                hash = (hash ^ char.ToUpperInvariant(c)) * prime;
            }

            hash = (hash ^ 0x1f) * prime;
        }

        return hash;
    }
}
