using Keyplan.Core.Demo;
using Keyplan.Core.Plans;
using Keyplan.Core.Plans.Sections;
using Keyplan.Core.Workflow;
using Keyplan.UnitTests.Demo;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.UnitTests.Workflow;

/// <summary>Version compare on a demo plan: exactly the items added, removed and changed, field by field.</summary>
public sealed class VersionDiffTests(SeededDemo demo) : IClassFixture<SeededDemo>
{
    private Task<Plan> BritishPlanAsync() => demo.Keyplan.WithAsync<Keyplan.Core.Data.KeyplanDbContext, Plan>(db => db.Plans.AsNoTracking()
        .Include(p => p.Account).Include(p => p.Owner).Include(p => p.Team).ThenInclude(t => t.User).Include(p => p.Sections)
        .AsSplitQuery().SingleAsync(p => p.Account!.Name == DemoPlans.BritishAccount));

    private static T Read<T>(Plan plan, string key) where T : SectionContent =>
        (T)SectionJson.Deserialize(SectionCatalog.Find(key)!, plan.Sections.Single(s => s.Key == key).Content);

    private static void Write(Plan plan, string key, SectionContent content) =>
        plan.Sections.Single(s => s.Key == key).Content = SectionJson.Serialize(content);

    [Fact]
    public async Task Compare_SameSnapshot_FindsNothing()
    {
        var snapshot = VersionSnapshot.Take(await BritishPlanAsync());

        Assert.Empty(VersionDiff.Compare(snapshot, snapshot));
    }

    [Fact]
    public async Task Compare_DemoPlanAfterEdits_ShowsExactlyTheAddedRemovedAndChangedItems()
    {
        var plan = await BritishPlanAsync();
        var before = VersionSnapshot.Take(plan);
        var objectives = Read<ObjectivesSection>(plan, SectionKeys.Objectives);
        var actions = Read<ActionsSection>(plan, SectionKeys.Actions);
        var summary = Read<SummarySection>(plan, SectionKeys.Summary);
        var changed = objectives.Objectives[0];
        var added = new Objective { Title = "Win the service contract", Target = 12m };
        var removed = actions.Actions[^1];
        Write(plan, SectionKeys.Objectives, objectives with
        {
            // Reordered as well: matching by id must not report the order.
            Objectives = [added, .. objectives.Objectives.Skip(1).Reverse(), changed with { Target = changed.Target + 1 }],
        });
        Write(plan, SectionKeys.Actions, actions with { Actions = [.. actions.Actions.SkipLast(1)] });
        Write(plan, SectionKeys.Summary, summary with { Text = "A shorter summary." });
        plan.ReviewIntervalMonths = 6;

        var diff = VersionDiff.Compare(before, VersionSnapshot.Take(plan));

        Assert.Equal(["header", SectionKeys.Summary, SectionKeys.Objectives, SectionKeys.Actions], diff.Select(d => d.Section));
        Assert.Equal(new FieldChange("reviewIntervalMonths", "3", "6"), Assert.Single(Assert.Single(diff[0].Items).Fields));
        Assert.Equal(new FieldChange("text", summary.Text, "A shorter summary."), Assert.Single(Assert.Single(diff[1].Items).Fields));

        var objectiveChanges = diff[2].Items;
        Assert.Equal(2, objectiveChanges.Count);
        var addition = Assert.Single(objectiveChanges, i => i.Kind == ItemChangeKind.Added);
        Assert.Equal(("objectives", added.Id.ToString(), "Win the service contract"), (addition.List, addition.ItemId, addition.Label));
        Assert.Contains(new FieldChange("title", null, "Win the service contract"), addition.Fields);
        Assert.Contains(new FieldChange("target", null, "12"), addition.Fields);
        var change = Assert.Single(objectiveChanges, i => i.Kind == ItemChangeKind.Changed);
        Assert.Equal((changed.Id.ToString(), changed.Title), (change.ItemId, change.Label));
        Assert.Equal(new FieldChange("target", Number(changed.Target), Number(changed.Target + 1)), Assert.Single(change.Fields));

        var removal = Assert.Single(diff[3].Items);
        Assert.Equal((ItemChangeKind.Removed, "actions", removed.Id.ToString(), removed.Title), (removal.Kind, removal.List, removal.ItemId, removal.Label));
        Assert.Contains(new FieldChange("title", removed.Title, null), removal.Fields);
    }

    private static string? Number(decimal? value) => value?.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
