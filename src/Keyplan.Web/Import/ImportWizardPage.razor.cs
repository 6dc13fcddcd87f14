using Keyplan.Core;
using Keyplan.Core.Identity;
using Keyplan.Core.Import;
using Keyplan.Web.Auth;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Forms;

namespace Keyplan.Web.Import;

public enum ImportWizardStep
{
    File,
    Mapping,
    Preview,
    Result,
}

/// <summary>
/// Leadership and administrators import a CRM or ERP export: upload, check the column mapping, preview every row's
/// problems, commit. The upload lands in the import folder (as through the API); the checks and the commit run off the
/// circuit's thread, so their progress reaches the browser while they run.
/// </summary>
public sealed partial class ImportWizardPage : IDisposable
{
    private readonly CancellationTokenSource _disposed = new();
    private CurrentUser _user = default!;
    private bool _forbidden;
    private ImportWizardStep _step = ImportWizardStep.File;
    private ImportKind _kind = ImportKind.Accounts;
    private IBrowserFile? _file;
    private string? _filePath;
    private ImportFileColumns? _columns;
    private Dictionary<string, string> _mapping = new(StringComparer.Ordinal);
    private List<SavedImportMapping> _savedMappings = [];
    private string _savedMappingName = string.Empty;
    private string _newMappingName = string.Empty;
    private string? _mappingMessage;
    private ImportPreview? _preview;
    private bool _skipInvalidRows;
    private bool _busy;
    private long _uploaded;
    private ImportProgress? _progress;
    private DateTime _lastRender;
    private List<string> _errors = [];

    [Inject]
    private IServiceScopeFactory Scopes { get; set; } = default!;

    [Inject]
    private ImportFileStore Store { get; set; } = default!;

    [Inject]
    private ILogger<ImportWizardPage> Logger { get; set; } = default!;

    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    private IReadOnlyList<ImportField> Fields => ImportFields.For(_kind);

    /// <summary>Rows with problems block a commit; skipping them is allowed while the columns are all there and some row is good.</summary>
    private bool CanSkip => _preview is { } p && p.TotalProblems > 0 && p.Counts.Rows > p.Counts.WithProblems
        && p.Problems.All(x => x.Kind != ImportProblemKind.MissingColumn);

    private bool CanCommit => _preview is { } p && !_busy && (p.TotalProblems == 0 ? p.Counts.Rows > 0 : CanSkip && _skipInvalidRows);

    protected override async Task OnInitializedAsync()
    {
        _user = (await AuthenticationState).User.ToCurrentUser();
        _forbidden = !ImportAccess.CanImport(_user);
    }

    private void ChooseKind(ImportKind kind)
    {
        _kind = kind;
        _errors = [];
    }

    private void FileChosen(InputFileChangeEventArgs args)
    {
        _file = args.File;
        _errors = [];
        if (_file.Size > ImportsEndpoints.MaxUploadBytes)
        {
            _errors = [L["Import.TooLarge", Megabytes(ImportsEndpoints.MaxUploadBytes)]];
            _file = null;
        }
    }

    private async Task UploadAsync()
    {
        if (_file is null)
        {
            _errors = [L["Import.ChooseFile"]];
            return;
        }

        await RunAsync(async token =>
        {
            _uploaded = 0;
            DeleteUpload();
            var progress = new Progress<long>(bytes =>
            {
                _uploaded = bytes;
                RenderNowAndThen();
            });
            await using var stream = _file.OpenReadStream(ImportsEndpoints.MaxUploadBytes, token);
            _filePath = await Store.SaveAsync(stream, progress, token);
            var columns = ImportColumns.Read(_filePath, _kind, _user);
            if (!ShowFailure(columns))
            {
                DeleteUpload();
                return;
            }

            _columns = columns.Value!;
            _mapping = Fields.ToDictionary(f => f.Key, f => _columns.Mapping.GetValueOrDefault(f.Key) ?? string.Empty, StringComparer.Ordinal);
            await LoadSavedMappingsAsync(token);
            _step = ImportWizardStep.Mapping;
        });
    }

    private async Task LoadSavedMappingsAsync(CancellationToken token)
    {
        await using var scope = Scopes.CreateAsyncScope();
        var result = await scope.ServiceProvider.GetRequiredService<ListImportMappingsHandler>().HandleAsync(_user, token);
        _savedMappings = result.Value?.Where(m => m.Kind == _kind).ToList() ?? [];
    }

    private void SetMapping(string field, string? header)
    {
        _mapping[field] = header ?? string.Empty;
        _mappingMessage = null;
    }

    /// <summary>Applies a saved mapping's columns that this file has; fields whose column it lacks keep their current choice.</summary>
    private void LoadSavedMapping()
    {
        var saved = _savedMappings.FirstOrDefault(m => m.Name == _savedMappingName);
        if (saved is null || _columns is null)
        {
            return;
        }

        var missing = new List<string>();
        foreach (var (field, header) in saved.Mapping)
        {
            if (!_mapping.ContainsKey(field))
            {
                continue;
            }

            var match = _columns.Headers.FirstOrDefault(h => string.Equals(h, header, StringComparison.OrdinalIgnoreCase));
            if (match is null && header.Length > 0)
            {
                missing.Add(header);
            }
            else
            {
                _mapping[field] = match ?? string.Empty;
            }
        }

        _mappingMessage = missing.Count == 0
            ? L["Import.MappingLoaded", saved.Name]
            : L["Import.MappingLoadedMissing", saved.Name, string.Join(", ", missing)];
    }

    private async Task SaveMappingAsync()
    {
        await RunAsync(async token =>
        {
            await using var scope = Scopes.CreateAsyncScope();
            var request = new SaveImportMappingRequest { Name = _newMappingName, Kind = _kind, Mapping = new Dictionary<string, string>(_mapping) };
            var result = await scope.ServiceProvider.GetRequiredService<SaveImportMappingHandler>().HandleAsync(request, _user, token);
            if (ShowFailure(result))
            {
                _mappingMessage = L["Import.MappingSaved", result.Value!.Name];
                _savedMappingName = result.Value.Name;
                await LoadSavedMappingsAsync(token);
            }
        });
    }

    private async Task PreviewAsync()
    {
        // The API would let the later field take the column silently; in the wizard the user should decide.
        var twice = _mapping.Where(m => m.Value.Length > 0).GroupBy(m => m.Value, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            _errors = [L["Import.ColumnTwice", twice.Key, string.Join(", ", twice.Select(m => L["Import.Field." + m.Key].Value))]];
            return;
        }

        await RunAsync(async token =>
        {
            var request = new PreviewImportRequest(_filePath!, _file?.Name, _kind, new Dictionary<string, string>(_mapping));
            var progress = new Progress<ImportProgress>(OnProgress);
            var result = await Task.Run(async () =>
            {
                await using var scope = Scopes.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<PreviewImportHandler>().HandleAsync(request, _user, progress, token);
            }, token);
            if (ShowFailure(result))
            {
                _preview = result.Value;
                _skipInvalidRows = false;
                _step = ImportWizardStep.Preview;
            }
        });
    }

    private async Task CommitAsync()
    {
        var id = _preview!.Id;
        await RunAsync(async token =>
        {
            var progress = new Progress<ImportProgress>(OnProgress);
            var request = new CommitImportRequest(_skipInvalidRows);
            var result = await Task.Run(async () =>
            {
                await using var scope = Scopes.CreateAsyncScope();
                return await scope.ServiceProvider.GetRequiredService<CommitImportHandler>().HandleAsync(id, request, _user, progress, token);
            }, token);
            if (ShowFailure(result))
            {
                _preview = result.Value;
                _step = ImportWizardStep.Result;
            }
        }, L["Import.CommitFailed"]);
    }

    private void BackToFile()
    {
        DeleteUpload();
        _step = ImportWizardStep.File;
        _preview = null;
        _columns = null;
        _errors = [];
    }

    private void BackToMapping()
    {
        _step = ImportWizardStep.Mapping;
        _errors = [];
    }

    private void StartOver()
    {
        _filePath = null;
        _file = null;
        _preview = null;
        _columns = null;
        _errors = [];
        _step = ImportWizardStep.File;
    }

    /// <summary>Runs one step's work with the page busy; an unexpected failure shows a message and keeps the wizard where it was.</summary>
    private async Task RunAsync(Func<CancellationToken, Task> work, string? unexpected = null)
    {
        _busy = true;
        _errors = [];
        _progress = null;
        try
        {
            await work(_disposed.Token);
        }
        catch (OperationCanceledException) when (_disposed.IsCancellationRequested)
        {
            // The user left the page.
        }
        catch (Exception exception) when (!_disposed.IsCancellationRequested)
        {
            LogFailed(Logger, exception);
            // A commit rolls back whole, so nothing half-imported stays behind; the wizard stays on its step to try again.
            _errors = [unexpected ?? L["Common.Unexpected"]];
        }
        finally
        {
            _busy = false;
            _progress = null;
        }
    }

    private bool ShowFailure<T>(Result<T> result)
    {
        switch (result.Failure)
        {
            case null:
                return true;
            case Failure.Invalid invalid:
                _errors = [.. invalid.Errors.SelectMany(e => e.Value)];
                return false;
            case Failure.NotFound:
                _errors = [L["Import.Gone"]];
                return false;
            default:
                _errors = [L["Common.Forbidden"]];
                return false;
        }
    }

    private void OnProgress(ImportProgress progress)
    {
        _progress = progress;
        RenderNowAndThen();
    }

    /// <summary>At most five renders a second: a million rows report two thousand times.</summary>
    private void RenderNowAndThen()
    {
        var now = DateTime.UtcNow;
        if (now - _lastRender > TimeSpan.FromMilliseconds(200))
        {
            _lastRender = now;
            StateHasChanged();
        }
    }

    /// <summary>An upload replaced before its preview is of no use to anyone; later ones belong to their previews.</summary>
    private void DeleteUpload()
    {
        if (_filePath is not null && _preview is null && File.Exists(_filePath))
        {
            File.Delete(_filePath);
        }

        _filePath = null;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "An import step failed in the wizard.")]
    private static partial void LogFailed(ILogger logger, Exception exception);

    private string TemplateUrl(string format) => $"api/imports/templates/{_kind}?format={format}";

    private static string Megabytes(long bytes) => (bytes / (1024d * 1024d)).ToString("N1", System.Globalization.CultureInfo.CurrentCulture);

    private static string Number(long value) => value.ToString("N0", System.Globalization.CultureInfo.CurrentCulture);

    private string FieldLabel(ImportField field) => L["Import.Field." + field.Key];

    private string StepLabel(ImportWizardStep step) => L["Import.Step." + step];

    public void Dispose()
    {
        _disposed.Cancel();
        _disposed.Dispose();
    }
}
