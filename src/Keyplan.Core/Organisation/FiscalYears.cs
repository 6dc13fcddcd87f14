namespace Keyplan.Core.Organisation;

public static class FiscalYears
{
    /// <summary>The fiscal year a day falls in; a fiscal year is named after the calendar year it starts in.</summary>
    public static int Of(DateOnly day, int startMonth) => day.Month >= startMonth ? day.Year : day.Year - 1;
}
