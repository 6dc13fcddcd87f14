using Keyplan.Core.Accounts;
using Keyplan.Core.Demo;
using Keyplan.Core.Identity;
using Keyplan.Core.Organisation;
using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;
using Microsoft.Extensions.DependencyInjection;

namespace Keyplan.Core;

public static class CoreServices
{
    /// <summary>Registers the use-case handlers; the host registers the database and Identity.</summary>
    public static IServiceCollection AddKeyplanCore(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddScoped<ListAccountsHandler>();
        services.AddScoped<GetAccountHandler>();
        services.AddScoped<CreateAccountHandler>();
        services.AddScoped<UpdateAccountHandler>();
        services.AddScoped<DeleteAccountHandler>();
        services.AddScoped<ListContactsHandler>();
        services.AddScoped<GetContactHandler>();
        services.AddScoped<CreateContactHandler>();
        services.AddScoped<UpdateContactHandler>();
        services.AddScoped<DeleteContactHandler>();
        services.AddScoped<ListRevenueHandler>();
        services.AddScoped<GetRevenueHandler>();
        services.AddScoped<CreateRevenueHandler>();
        services.AddScoped<UpdateRevenueHandler>();
        services.AddScoped<DeleteRevenueHandler>();
        services.AddScoped<LookupsHandler>();
        services.AddScoped<Portfolio.ListPortfolioHandler>();
        services.AddScoped<Budget.GetSalesBudgetHandler>();
        services.AddScoped<CreatePlanHandler>();
        services.AddScoped<ListPlansHandler>();
        services.AddScoped<GetPlanHandler>();
        services.AddScoped<Documents.BuildPlanDocumentHandler>();
        services.AddScoped<Documents.ExportPlanHandler>();
        services.AddScoped<Documents.BulkExport.SelectBulkExportPlansHandler>();
        services.AddScoped<Plans.Templates.ListTemplatesHandler>();
        services.AddScoped<Plans.Templates.GetTemplateHandler>();
        services.AddScoped<Plans.Templates.CopyTemplateHandler>();
        services.AddScoped<Plans.Templates.UpdateTemplateHandler>();
        services.AddScoped<GetSectionHandler>();
        services.AddScoped<UpdateSectionHandler>();
        services.AddScoped<CarryForwardHandler>();
        services.AddScoped<MyWorkHandler>();
        services.AddScoped<Plans.Completeness.GetCompletenessHandler>();
        services.AddScoped<Selection.ListCriteriaHandler>();
        services.AddScoped<Selection.CreateCriterionHandler>();
        services.AddScoped<Selection.UpdateCriterionHandler>();
        services.AddScoped<Selection.DeleteCriterionHandler>();
        services.AddScoped<Selection.GetAccountRatingsHandler>();
        services.AddScoped<Selection.RateAccountHandler>();
        services.AddScoped<Selection.GetMatrixHandler>();
        services.AddScoped<Selection.GetNominationsHandler>();
        services.AddScoped<Selection.NominateAccountHandler>();
        services.AddScoped<Selection.RevokeNominationHandler>();
        services.AddScoped<Selection.NominatedWithoutPlanHandler>();
        services.AddScoped<PersonalAccessTokenService>();
        services.AddScoped<CreateUserHandler>();
        services.AddScoped<Import.PreviewImportHandler>();
        services.AddScoped<Import.GetImportHandler>();
        services.AddScoped<Import.CommitImportHandler>();
        services.AddScoped<Import.ListImportMappingsHandler>();
        services.AddScoped<Import.SaveImportMappingHandler>();
        services.AddScoped<Audit.GetAuditTrailHandler>();
        services.AddScoped<Workflow.GetPlanWorkflowHandler>();
        services.AddScoped<Workflow.TransitionPlanHandler>();
        services.AddScoped<Workflow.CompareVersionsHandler>();
        services.AddScoped<Workflow.QualityCriteriaHandler>();
        services.AddScoped<Workflow.QualityScoresHandler>();
        services.AddScoped<Workflow.ScorecardHandler>();
        services.AddScoped<Workflow.SubmittersHandler>();
        services.AddScoped<Notifications.INotificationSender, Notifications.StoredNotificationSender>();
        services.AddScoped<Notifications.MyNotificationsHandler>();
        services.AddScoped<Reviews.ListReviewsHandler>();
        services.AddScoped<Reviews.RecordReviewHandler>();
        services.AddScoped<Reviews.SendRemindersHandler>();
        services.AddScoped<Decisions.DecisionRequestsHandler>();
        services.AddScoped<Dashboards.GetLeadershipDashboardHandler>();
        services.AddScoped<Dashboards.RolloutHandler>();
        services.AddScoped<DemoSeeder>();
        return services;
    }
}
