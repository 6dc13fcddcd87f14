using System.Globalization;
using System.Resources;

namespace Keyplan.Core.Resources;

/// <summary>
/// Localized validation messages (ValidationText.resx, .de, .nl). The properties are what DataAnnotations'
/// ErrorMessageResourceName points at; they read the current UI culture on every call.
/// </summary>
public static class ValidationText
{
    private static readonly ResourceManager Resources = new(typeof(ValidationText).FullName!, typeof(ValidationText).Assembly);

    public static string Get(string name) =>
        Resources.GetString(name, CultureInfo.CurrentUICulture) ?? throw new KeyNotFoundException($"No validation text '{name}'.");

    public static string Format(string name, params object[] args) =>
        string.Format(CultureInfo.CurrentCulture, Get(name), args);

    public static string Required => Get(nameof(Required));
    public static string MaxLength => Get(nameof(MaxLength));
    public static string Range => Get(nameof(Range));
    public static string Email => Get(nameof(Email));
    public static string Url => Get(nameof(Url));
    public static string CountryCode => Get(nameof(CountryCode));
    public static string CurrencyCode => Get(nameof(CurrencyCode));
    public static string UnknownBusinessArea => Get(nameof(UnknownBusinessArea));
    public static string UnknownProductGroup => Get(nameof(UnknownProductGroup));
    public static string UnknownKeyAccountManager => Get(nameof(UnknownKeyAccountManager));
    public static string UnknownUser => Get(nameof(UnknownUser));
    public static string UnknownParentAccount => Get(nameof(UnknownParentAccount));
    public static string ParentCycle => Get(nameof(ParentCycle));
    public static string UnknownReportsTo => Get(nameof(UnknownReportsTo));
    public static string ReportsToCycle => Get(nameof(ReportsToCycle));
    public static string DuplicateRevenue => Get(nameof(DuplicateRevenue));
    public static string BusinessAreaNotYours => Get(nameof(BusinessAreaNotYours));
    public static string DuplicateTeamMember => Get(nameof(DuplicateTeamMember));
    public static string UnknownRole => Get(nameof(UnknownRole));
    public static string PasswordRules => Get(nameof(PasswordRules));
    public static string DuplicateEmail => Get(nameof(DuplicateEmail));
    public static string PeriodIncomplete => Get(nameof(PeriodIncomplete));
    public static string PeriodEndBeforeStart => Get(nameof(PeriodEndBeforeStart));
    public static string PlanPeriodTaken => Get(nameof(PlanPeriodTaken));
    public static string Language => Get(nameof(Language));
    public static string UnknownAccount => Get(nameof(UnknownAccount));
    public static string UnreadableValue => Get(nameof(UnreadableValue));
    public static string UnknownContact => Get(nameof(UnknownContact));
    public static string UnknownDivision => Get(nameof(UnknownDivision));
    public static string UnknownObjective => Get(nameof(UnknownObjective));
    public static string UnknownTopItem => Get(nameof(UnknownTopItem));
    public static string MaxItems => Get(nameof(MaxItems));
    public static string UnknownItem => Get(nameof(UnknownItem));
    public static string DuplicateEntry => Get(nameof(DuplicateEntry));
    public static string NotAReviewDate => Get(nameof(NotAReviewDate));
    public static string NotInTheFuture => Get(nameof(NotInTheFuture));
    public static string DecisionAlreadyRequested => Get(nameof(DecisionAlreadyRequested));
    public static string DecisionOutcomeRequired => Get(nameof(DecisionOutcomeRequired));
    public static string NotAKeyAccount => Get(nameof(NotAKeyAccount));
    public static string SharesOver100 => Get(nameof(SharesOver100));
    public static string UnknownCustomField => Get(nameof(UnknownCustomField));
    public static string NotANumber => Get(nameof(NotANumber));
    public static string NotADate => Get(nameof(NotADate));
    public static string NotAnOption => Get(nameof(NotAnOption));
    public static string SummaryRequired => Get(nameof(SummaryRequired));
    public static string UnknownSection => Get(nameof(UnknownSection));
    public static string ImportUnknownField => Get(nameof(ImportUnknownField));
    public static string ImportUnknownHeader => Get(nameof(ImportUnknownHeader));
    public static string ImportHasProblems => Get(nameof(ImportHasProblems));
    public static string ImportAlreadyDone => Get(nameof(ImportAlreadyDone));
    public static string ImportUnreadableFile => Get(nameof(ImportUnreadableFile));
    public static string ImportUnknownMapping => Get(nameof(ImportUnknownMapping));
    public static string FieldId => Get(nameof(FieldId));
    public static string OptionsOnlyForChoice => Get(nameof(OptionsOnlyForChoice));
    public static string ChoiceNeedsOptions => Get(nameof(ChoiceNeedsOptions));
    public static string UnknownTemplate => Get(nameof(UnknownTemplate));
}
