namespace Keyplan.Core.Import;

/// <summary>
/// The pass over the file an import is in: a preview checks; a commit checks again, writes, then links references, or
/// (revenue) checks and writes in one pass.
/// </summary>
public enum ImportStage
{
    Checking,
    Writing,
    Linking,
    CheckingAndWriting,
}

/// <summary>
/// How far a pass over the file has come: the rows read so far and the share of the file's bytes behind them (0–1).
/// Files are streamed, so the number of rows is not known until the end; the bytes are.
/// </summary>
public sealed record ImportProgress(ImportStage Stage, long Rows, double Fraction);
