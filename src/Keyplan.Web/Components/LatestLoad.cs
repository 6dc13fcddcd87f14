namespace Keyplan.Web.Components;

/// <summary>
/// For pages that reload as the user types, filters or pages: starting a load cancels the one before, whose answer
/// would only overwrite the newer one.
/// </summary>
public sealed class LatestLoad : IDisposable
{
    private CancellationTokenSource? _current;

    /// <summary>Cancels the previous load and returns the token of the new one.</summary>
    public async Task<CancellationToken> StartAsync()
    {
        if (_current is not null)
        {
            await _current.CancelAsync();
            _current.Dispose();
        }

        _current = new CancellationTokenSource();
        return _current.Token;
    }

    public void Dispose()
    {
        _current?.Cancel();
        _current?.Dispose();
    }
}
