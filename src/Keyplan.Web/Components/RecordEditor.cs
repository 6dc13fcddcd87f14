using Keyplan.Core;
using Microsoft.AspNetCore.Components.Forms;

namespace Keyplan.Web.Components;

/// <summary>
/// The state of an inline form that adds or changes one record of a list (a contact, a revenue row): the input, its
/// edit context with server messages at the fields, and the conflict that arises when someone else saved the record
/// first. The user's input survives every failed save.
/// </summary>
public sealed class RecordEditor<TInput, TRecord>(Func<TRecord, int> versionOf) : IDisposable
    where TInput : class
    where TRecord : class
{
    private int? _staleVersion;

    public TInput? Input { get; private set; }
    public EditContext? EditContext { get; private set; }
    public ServerValidation? Validation { get; private set; }

    /// <summary>The record being changed; null while adding a new one.</summary>
    public TRecord? Editing { get; private set; }

    public bool IsOpen => EditContext is not null;

    /// <summary>Someone else saved the record since the form was opened; the user decides: overwrite or discard.</summary>
    public bool IsStale => _staleVersion is not null;

    public bool IsSaving { get; private set; }

    public void Open(TRecord? record, TInput input)
    {
        Validation?.Dispose();
        Editing = record;
        Input = input;
        EditContext = new EditContext(input);
        Validation = new ServerValidation(EditContext);
        _staleVersion = null;
    }

    public void Close()
    {
        Validation?.Dispose();
        Validation = null;
        EditContext = null;
        Input = null;
        Editing = null;
        _staleVersion = null;
    }

    /// <summary>
    /// Saves with the version the form was opened with, or, when <paramref name="overwrite"/>, with the version the
    /// user has now been shown as conflicting. Field errors are shown at the fields and a conflict marks the form
    /// stale; the failure (null on success) is returned for what only the caller knows how to say.
    /// </summary>
    public async Task<Failure?> SaveAsync(Func<int?, Task<Failure?>> save, bool overwrite = false)
    {
        var version = overwrite ? _staleVersion : Editing is null ? null : versionOf(Editing);
        IsSaving = true;
        try
        {
            var failure = await save(version);
            switch (failure)
            {
                case Failure.Invalid invalid:
                    Validation?.Show(invalid);
                    break;
                case Failure.Stale stale:
                    _staleVersion = stale.CurrentVersion;
                    break;
            }

            return failure;
        }
        finally
        {
            IsSaving = false;
        }
    }

    public void Dispose() => Validation?.Dispose();
}
