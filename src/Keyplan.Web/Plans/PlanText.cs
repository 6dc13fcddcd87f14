using System.Globalization;
using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;
using Keyplan.Core.Resources;
using Microsoft.Extensions.Localization;

namespace Keyplan.Web.Plans;

/// <summary>How the plan pages name steps, sections, periods and enum values in the UI language.</summary>
public static class PlanText
{
    /// <summary>The sections that have an editor form; the navigation lists only these.</summary>
    public static readonly IReadOnlySet<string> EditableSections = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        SectionKeys.Summary, SectionKeys.Profile, SectionKeys.History, SectionKeys.Market, SectionKeys.ValueChain, SectionKeys.BuyingCenter,
        SectionKeys.Potential, SectionKeys.Swot, SectionKeys.Objectives, SectionKeys.Strategy, SectionKeys.Actions, SectionKeys.Visits,
        SectionKeys.ValueOffering, SectionKeys.Budget, SectionKeys.Kpis, SectionKeys.Decisions, SectionKeys.Communication,
    };

    /// <summary>Any enum value by the convention "Enum.{Type}.{Value}", e.g. "Enum.ObjectiveMeasure.Revenue".</summary>
    public static string EnumName<T>(this IStringLocalizer localizer, T value)
        where T : struct, Enum => localizer[$"Enum.{typeof(T).Name}.{value}"];

    /// <summary>A template's name: the built-ins by their localized name, copies by the name the administrator gave.</summary>
    public static string TemplateName(this IStringLocalizer localizer, string name, bool builtIn, PlanTemplateKind basedOn) =>
        builtIn ? localizer.EnumName(basedOn) : name;

    public static string TemplateName(this IStringLocalizer localizer, PlanTemplateRef template) =>
        localizer.TemplateName(template.Name, template.BuiltIn, template.BasedOn);

    /// <summary>"Full plan, version 1": the template and the version the plan keeps.</summary>
    public static string TemplateWithVersion(this IStringLocalizer localizer, PlanTemplateRef template) =>
        localizer["Plan.TemplateVersion", localizer.TemplateName(template), template.Version];

    public static string StepName(this IStringLocalizer localizer, PlanStep step) => localizer.EnumName(step);

    /// <summary>"Step 3: Top 5 opportunities and risks".</summary>
    public static string StepTitle(this IStringLocalizer localizer, PlanStep step) =>
        localizer["Plan.StepTitle", (int)step, localizer.StepName(step)];

    public static string SectionTitle(string key) => CompletenessText.SectionTitle(SectionCatalog.Find(key)?.Key ?? key);

    /// <summary>"FY 2026" for a fiscal year, else the date range.</summary>
    public static string Period(this IStringLocalizer localizer, int? fiscalYear, DateOnly start, DateOnly end) =>
        fiscalYear is { } year
            ? localizer["Plan.FiscalYearShort", year]
            : $"{start.ToString("d", CultureInfo.CurrentCulture)} – {end.ToString("d", CultureInfo.CurrentCulture)}";

    public static string LanguageName(this IStringLocalizer localizer, string code) => localizer["Language." + code];

    /// <summary>The document language a plan gets by default: the language of the account's country (as CreatePlanHandler does).</summary>
    public static string LanguageOf(string? country) => country?.ToUpperInvariant() switch
    {
        "DE" or "AT" or "CH" => "de",
        "NL" or "BE" => "nl",
        _ => "en",
    };

    /// <summary>Whether the plan was not updated within its review interval.</summary>
    public static bool IsStale(DateTimeOffset updatedAt, int reviewIntervalMonths, DateTimeOffset now) =>
        updatedAt.AddMonths(reviewIntervalMonths) < now;
}
