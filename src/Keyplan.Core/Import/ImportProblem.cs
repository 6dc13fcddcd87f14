using Keyplan.Core.Resources;

namespace Keyplan.Core.Import;

public enum ImportProblemKind
{
    /// <summary>A required field has no column in the file (row 1, the header).</summary>
    MissingColumn,
    Required,
    NotANumber,
    NotAWholeNumber,
    NotAYesNo,
    PeriodDoesNotExist,
    TooLong,
    NotACountryCode,
    NotACurrencyCode,
    DuplicateInFile,
    UnknownAccount,
    UnknownReportsTo,
    UnknownParent,
}

/// <summary>
/// One reason a row cannot be imported: the file's row number (as a spreadsheet shows it), the column's header and the
/// offending value. Stored language-neutral, so the preview reads in whichever language the user looks at it.
/// </summary>
public sealed record ImportProblem(long RowNumber, string? Column, ImportProblemKind Kind, string? Value = null, string? Detail = null)
{
    public string Message => ImportText.Problem(Kind, Value ?? string.Empty, Detail ?? string.Empty);
}
