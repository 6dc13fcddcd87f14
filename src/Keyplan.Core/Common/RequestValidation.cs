using System.ComponentModel.DataAnnotations;
using System.Text.Json;

namespace Keyplan.Core;

/// <summary>Runs the DataAnnotations rules of a request and reports them per field, as the API names fields.</summary>
public static class RequestValidation
{
    public static Failure.Invalid? Validate(object request)
    {
        var results = new List<ValidationResult>();
        if (Validator.TryValidateObject(request, new ValidationContext(request), results, validateAllProperties: true))
        {
            return null;
        }

        var errors = new ErrorCollector();
        foreach (var result in results)
        {
            foreach (var member in result.MemberNames.DefaultIfEmpty(string.Empty))
            {
                errors.Add(member, result.ErrorMessage ?? string.Empty);
            }
        }

        return errors.ToFailure();
    }

    public static string FieldName(string member) => JsonNamingPolicy.CamelCase.ConvertName(member);
}

/// <summary>Collects field errors from several checks into one <see cref="Failure.Invalid"/>.</summary>
public sealed class ErrorCollector
{
    private readonly Dictionary<string, List<string>> _errors = [];

    public bool HasErrors => _errors.Count > 0;

    public void Add(string member, string message) => AddPath(RequestValidation.FieldName(member), message);

    /// <summary>Adds a message under a field path that is already in API form ("team[0].userId").</summary>
    public void AddPath(string field, string message)
    {
        if (!_errors.TryGetValue(field, out var messages))
        {
            _errors[field] = messages = [];
        }

        messages.Add(message);
    }

    public void Merge(Failure.Invalid? invalid)
    {
        foreach (var (field, messages) in invalid?.Errors ?? new Dictionary<string, string[]>())
        {
            foreach (var message in messages)
            {
                Add(field, message);
            }
        }
    }

    public Failure.Invalid? ToFailure() =>
        HasErrors ? new Failure.Invalid(_errors.ToDictionary(e => e.Key, e => e.Value.ToArray())) : null;
}
