namespace Keyplan.Core.Import.Reading;

/// <summary>Which decimal separator a file most likely uses where a number alone does not tell ("1.234" or "1,5").</summary>
public enum NumberFormatHint
{
    /// <summary>1,234.56 — English Excel, CRM exports.</summary>
    DecimalPoint,

    /// <summary>1.234,56 — German and Dutch Excel.</summary>
    DecimalComma,
}
