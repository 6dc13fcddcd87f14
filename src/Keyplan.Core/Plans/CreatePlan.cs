using System.ComponentModel.DataAnnotations;
using Keyplan.Core.Accounts;
using Keyplan.Core.Data;
using Keyplan.Core.Identity;
using Keyplan.Core.Organisation;
using Keyplan.Core.Plans.Templates;
using Keyplan.Core.Resources;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Plans;

/// <summary>A new plan for an account: a fiscal year (the current one when nothing is given) or a date range.</summary>
public sealed class CreatePlanRequest
{
    [Required(ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Required))]
    public int? AccountId { get; set; }

    [Range(2000, 2100, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public int? FiscalYear { get; set; }

    public DateOnly? PeriodStart { get; set; }
    public DateOnly? PeriodEnd { get; set; }
    /// <summary>A built-in template by kind ("full" or "light"); <see cref="TemplateId"/> wins when both are given.</summary>
    public PlanTemplateKind? Template { get; set; }

    /// <summary>Any template, built-in or an administrator's copy; by default the full template.</summary>
    public int? TemplateId { get; set; }

    /// <summary>The documents' language; by default the language of the account's country.</summary>
    [RegularExpression("^(en|de|nl)$", ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Language))]
    public string? Language { get; set; }

    [Range(Plan.MinReviewIntervalMonths, Plan.MaxReviewIntervalMonths, ErrorMessageResourceType = typeof(ValidationText), ErrorMessageResourceName = nameof(ValidationText.Range))]
    public int? ReviewIntervalMonths { get; set; }

    /// <summary>The KAM who owns the plan; by default the account's KAM.</summary>
    public string? OwnerId { get; set; }
}

public sealed class CreatePlanHandler(KeyplanDbContext db, GetPlanHandler getPlan, TimeProvider clock)
{
    public async Task<Result<PlanDetails>> HandleAsync(CreatePlanRequest request, CurrentUser user, CancellationToken cancellationToken)
    {
        if (RequestValidation.Validate(request) is { } invalid)
        {
            return invalid;
        }

        var account = await db.Accounts.AsNoTracking().VisibleTo(user).FirstOrDefaultAsync(a => a.Id == request.AccountId, cancellationToken);
        if (account is null)
        {
            return Failure.Invalid.For(nameof(request.AccountId), ValidationText.UnknownAccount);
        }

        if (!AccountAccess.CanEdit(user, account))
        {
            return new Failure.Forbidden();
        }

        var errors = new ErrorCollector();
        var period = await PeriodAsync(request, errors, cancellationToken);
        var ownerId = request.OwnerId ?? account.KeyAccountManagerId ?? user.Id;
        if (!await AccountRules.IsKeyAccountManagerAsync(db, ownerId, cancellationToken))
        {
            errors.Add(nameof(request.OwnerId), ValidationText.UnknownKeyAccountManager);
        }

        if (period is { } wanted && await NewPlans.PeriodTakenAsync(db, account.Id, wanted.Start, wanted.End, cancellationToken))
        {
            errors.Add(request.FiscalYear is null ? nameof(request.PeriodStart) : nameof(request.FiscalYear), ValidationText.PlanPeriodTaken);
        }

        var templateId = request.TemplateId ?? BuiltInTemplates.TemplateId(request.Template ?? PlanTemplateKind.Full);
        var templateVersion = await NewPlans.CurrentVersionAsync(db, templateId, cancellationToken);
        if (templateVersion is null)
        {
            errors.Add(nameof(request.TemplateId), ValidationText.UnknownTemplate);
        }

        if (errors.ToFailure() is { } periodInvalid)
        {
            return periodInvalid;
        }

        var now = clock.GetUtcNow();
        var plan = new Plan
        {
            AccountId = account.Id,
            PeriodStart = period!.Value.Start,
            PeriodEnd = period.Value.End,
            FiscalYear = period.Value.FiscalYear,
            OwnerId = ownerId,
            Language = request.Language ?? LanguageOf(account.Country),
            ReviewIntervalMonths = request.ReviewIntervalMonths ?? Plan.DefaultReviewIntervalMonths,
            CreatedAt = now,
            UpdatedAt = now,
        };
        plan.Team.AddRange(await db.AccountTeamMembers.Where(t => t.AccountId == account.Id)
            .Select(t => new PlanTeamMember { UserId = t.UserId, Role = t.Role }).ToListAsync(cancellationToken));
        NewPlans.AddSections(plan, templateVersion!, definition => definition.CreateEmpty(), now);
        db.Plans.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        return await getPlan.HandleAsync(plan.Id, user, cancellationToken);
    }

    /// <returns>The period, with the fiscal year it is when it is one; null when the request's period is not valid.</returns>
    private async Task<(DateOnly Start, DateOnly End, int? FiscalYear)?> PeriodAsync(CreatePlanRequest request, ErrorCollector errors, CancellationToken cancellationToken)
    {
        if (request.PeriodStart is { } start && request.PeriodEnd is { } end)
        {
            if (end < start)
            {
                errors.Add(nameof(request.PeriodEnd), ValidationText.PeriodEndBeforeStart);
                return null;
            }

            return (start, end, null);
        }

        if (request.PeriodStart is not null || request.PeriodEnd is not null)
        {
            errors.Add(request.PeriodStart is null ? nameof(request.PeriodStart) : nameof(request.PeriodEnd), ValidationText.PeriodIncomplete);
            return null;
        }

        var year = request.FiscalYear ?? await CurrentFiscalYearAsync(cancellationToken);
        var first = new DateOnly(year, await FiscalYearStartMonthAsync(cancellationToken), 1);
        return (first, first.AddYears(1).AddDays(-1), year);
    }

    /// <summary>A fiscal year is named after the calendar year it starts in.</summary>
    private async Task<int> CurrentFiscalYearAsync(CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return FiscalYears.Of(today, await FiscalYearStartMonthAsync(cancellationToken));
    }

    private async Task<int> FiscalYearStartMonthAsync(CancellationToken cancellationToken) =>
        await db.OrganisationSettings.Select(s => (int?)s.FiscalYearStartMonth).FirstOrDefaultAsync(cancellationToken) ?? 1;

    private static string LanguageOf(string? country) => country switch
    {
        "DE" or "AT" or "CH" => "de",
        "NL" or "BE" => "nl",
        _ => "en",
    };
}
