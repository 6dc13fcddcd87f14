using System.Collections;
using System.Reflection;
using Keyplan.Core;
using Microsoft.AspNetCore.Components.Forms;

namespace Keyplan.Web.Components;

/// <summary>
/// Shows a use case's <see cref="Failure.Invalid"/> errors at the form's fields, next to the DataAnnotations messages.
/// The use cases name fields as the API does (camelCase paths such as "name" or "team[0].userId"); this maps them onto
/// the model's properties. A message disappears when the user edits its field, and all of them at the next submit.
/// </summary>
public sealed class ServerValidation : IDisposable
{
    private readonly EditContext _editContext;
    private readonly ValidationMessageStore _store;
    private readonly List<string> _general = [];

    public ServerValidation(EditContext editContext)
    {
        _editContext = editContext;
        _store = new ValidationMessageStore(editContext);
        editContext.OnFieldChanged += OnFieldChanged;
        editContext.OnValidationRequested += OnValidationRequested;
    }

    /// <summary>Messages for fields the form does not show (or no field at all); the form lists them in an alert.</summary>
    public IReadOnlyList<string> GeneralMessages => _general;

    public void Show(Failure.Invalid invalid)
    {
        Clear();
        foreach (var (path, messages) in invalid.Errors)
        {
            if (ToField(_editContext.Model, path) is { } field)
            {
                _store.Add(field, messages);
            }
            else
            {
                _general.AddRange(messages);
            }
        }

        _editContext.NotifyValidationStateChanged();
    }

    public void Clear()
    {
        _store.Clear();
        _general.Clear();
        _editContext.NotifyValidationStateChanged();
    }

    /// <summary>
    /// The form field an API field path points to: "name" → (model, "Name"), "team[1].userId" → (model.Team[1], "UserId").
    /// Null when the path does not lead to a property of the model.
    /// </summary>
    public static FieldIdentifier? ToField(object model, string path)
    {
        if (string.IsNullOrEmpty(path))
        {
            return null;
        }

        var current = model;
        var segments = path.Split('.');
        for (var i = 0; i < segments.Length; i++)
        {
            var (name, index) = ParseSegment(segments[i]);
            var property = current.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
            if (property is null || index is { } and < 0)
            {
                return null;
            }

            var isLast = i == segments.Length - 1;
            if (isLast && index is null)
            {
                return new FieldIdentifier(current, property.Name);
            }

            var value = property.GetValue(current);
            if (index is { } position)
            {
                if (value is not IList list || position >= list.Count)
                {
                    return null;
                }

                // "team[2]" on its own is about the list as a whole, shown at the list.
                if (isLast)
                {
                    return new FieldIdentifier(current, property.Name);
                }

                value = list[position];
            }

            if (value is null)
            {
                return null;
            }

            current = value;
        }

        return null;
    }

    private static (string Name, int? Index) ParseSegment(string segment)
    {
        var open = segment.IndexOf('[', StringComparison.Ordinal);
        if (open < 0 || !segment.EndsWith(']'))
        {
            return (segment, null);
        }

        var number = segment[(open + 1)..^1];
        return int.TryParse(number, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
            ? (segment[..open], index)
            : (segment[..open], -1);
    }

    private void OnFieldChanged(object? sender, FieldChangedEventArgs e)
    {
        _store.Clear(e.FieldIdentifier);
        _editContext.NotifyValidationStateChanged();
    }

    private void OnValidationRequested(object? sender, ValidationRequestedEventArgs e)
    {
        _store.Clear();
        _general.Clear();
    }

    public void Dispose()
    {
        _editContext.OnFieldChanged -= OnFieldChanged;
        _editContext.OnValidationRequested -= OnValidationRequested;
    }
}
