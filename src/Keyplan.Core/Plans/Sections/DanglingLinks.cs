using Keyplan.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Plans.Sections;

/// <summary>
/// Keeps the links between sections whole. When a SWOT item leaves the top lists, the objectives and actions that
/// addressed it lose that link; when an objective is removed, actions and KPIs are unlinked from it and its strategy
/// goes with it. This happens in the same save: otherwise the next save of those sections would be refused for a link
/// their user never touched.
/// </summary>
internal static class DanglingLinks
{
    public static async Task UnlinkAsync(
        KeyplanDbContext db, int planId, SectionContent saved, string userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var rewriter = new Rewriter(db, planId, userId, now);
        switch (saved)
        {
            case SwotSection swot:
                var top = swot.TopOpportunities.Concat(swot.TopRisks).Select(t => t.ItemId).OfType<Guid>().ToHashSet();
                await rewriter.RewriteAsync<ObjectivesSection>(SectionKeys.Objectives, s => s with
                {
                    Objectives = [.. s.Objectives.Select(o => o with { Addresses = [.. o.Addresses.Where(top.Contains)] })],
                }, cancellationToken);
                await rewriter.RewriteAsync<ActionsSection>(SectionKeys.Actions, s => s with
                {
                    Actions = [.. s.Actions.Select(a => a with { Addresses = [.. a.Addresses.Where(top.Contains)] })],
                }, cancellationToken);
                break;
            case ObjectivesSection objectives:
                var ids = objectives.Objectives.Select(o => o.Id).ToHashSet();
                Guid? Keep(Guid? id) => id is { } value && ids.Contains(value) ? value : null;
                await rewriter.RewriteAsync<ActionsSection>(SectionKeys.Actions, s => s with
                {
                    Actions = [.. s.Actions.Select(a => a with { ObjectiveId = Keep(a.ObjectiveId) })],
                }, cancellationToken);
                await rewriter.RewriteAsync<KpisSection>(SectionKeys.Kpis, s => s with
                {
                    Kpis = [.. s.Kpis.Select(k => k with { ObjectiveId = Keep(k.ObjectiveId) })],
                }, cancellationToken);
                await rewriter.RewriteAsync<StrategySection>(SectionKeys.Strategy, s => s with
                {
                    Entries = [.. s.Entries.Where(e => e.ObjectiveId is null || ids.Contains(e.ObjectiveId.Value))],
                }, cancellationToken);
                break;
        }
    }

    private sealed record Rewriter(KeyplanDbContext Db, int PlanId, string UserId, DateTimeOffset Now)
    {
        /// <summary>Changes the stored section only when the rewrite changes something, so its version stays put otherwise.</summary>
        public async Task RewriteAsync<T>(string key, Func<T, T> rewrite, CancellationToken cancellationToken)
            where T : SectionContent
        {
            var section = await Db.PlanSections.FirstOrDefaultAsync(s => s.PlanId == PlanId && s.Key == key, cancellationToken);
            if (section is null)
            {
                return;
            }

            var content = (T)SectionJson.Deserialize(SectionCatalog.Find(key)!, section.Content);
            var rewritten = SectionJson.Serialize(rewrite(content));
            if (rewritten != SectionJson.Serialize(content))
            {
                section.Content = rewritten;
                section.UpdatedAt = Now;
                section.UpdatedById = UserId;
            }
        }
    }
}
