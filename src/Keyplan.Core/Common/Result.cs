namespace Keyplan.Core;

/// <summary>An expected failure of a use case. The web layer maps each kind to one HTTP answer.</summary>
public abstract record Failure
{
    /// <summary>The resource does not exist or the user may not see it; both answer the same.</summary>
    public sealed record NotFound : Failure;

    /// <summary>The user sees the resource but may not do this to it.</summary>
    public sealed record Forbidden : Failure;

    /// <summary>Field name (camelCase, as in the API) to messages.</summary>
    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : Failure
    {
        public static Invalid For(string field, string message) => new(new Dictionary<string, string[]> { [field] = [message] });
    }

    /// <summary>The change was based on an old version; nothing was saved.</summary>
    public sealed record Stale(int CurrentVersion) : Failure;

    /// <summary>The resource's state does not allow this now (e.g. approving a draft); nothing was changed.</summary>
    public sealed record Conflict(string State) : Failure;
}

public readonly record struct Result<T>
{
    private Result(T? value, Failure? failure)
    {
        Value = value;
        Failure = failure;
    }

    public T? Value { get; }
    public Failure? Failure { get; }
    public bool Succeeded => Failure is null;

    public static Result<T> Ok(T value) => new(value, null);

    public static implicit operator Result<T>(T value) => Ok(value);

    public static implicit operator Result<T>(Failure failure) => new(default, failure);
}

/// <summary>A result without a value, for deletes.</summary>
public readonly record struct Done;
