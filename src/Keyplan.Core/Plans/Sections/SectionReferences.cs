using System.Collections;
using System.Reflection;
using Keyplan.Core.Data;
using Keyplan.Core.Resources;
using Microsoft.EntityFrameworkCore;

namespace Keyplan.Core.Plans.Sections;

/// <summary>Checks every <see cref="ReferencesAttribute"/> link of a section's content against the plan and the database.</summary>
public static class SectionReferences
{
    public sealed record Link(string Path, ReferenceKind Kind, object Value);

    /// <summary>All links of the content, with the API path of each ("actions[2].ownerUserId", "visits[0].contactIds[1]").</summary>
    public static IReadOnlyList<Link> Collect(SectionContent content)
    {
        var links = new List<Link>();
        Walk(content, string.Empty, links, depth: 0);
        return links;
    }

    public static async Task<Failure.Invalid?> ValidateAsync(
        KeyplanDbContext db, Plan plan, SectionContent content, CancellationToken cancellationToken)
    {
        var links = Collect(content);
        if (links.Count == 0)
        {
            return null;
        }

        var known = new Dictionary<ReferenceKind, HashSet<object>>();
        foreach (var kind in links.Select(l => l.Kind).Distinct())
        {
            known[kind] = await KnownAsync(db, plan, kind, links.Where(l => l.Kind == kind).Select(l => l.Value).ToList(), cancellationToken);
        }

        var errors = new ErrorCollector();
        foreach (var link in links.Where(l => !known[l.Kind].Contains(l.Value)))
        {
            errors.AddPath(link.Path, Message(link.Kind));
        }

        return errors.ToFailure();
    }

    /// <summary>Which of the linked values exist; users and contacts are looked up by the ids linked, not loaded whole.</summary>
    private static async Task<HashSet<object>> KnownAsync(
        KeyplanDbContext db, Plan plan, ReferenceKind kind, List<object> linked, CancellationToken cancellationToken)
    {
        var contactIds = linked.OfType<int>().ToList();
        var userIds = linked.OfType<string>().ToList();
        return kind switch
        {
            ReferenceKind.Contact => Box(await db.Contacts
                .Where(c => c.AccountId == plan.AccountId && contactIds.Contains(c.Id)).Select(c => c.Id).ToListAsync(cancellationToken)),
            ReferenceKind.User => Box(await db.Users.Where(u => userIds.Contains(u.Id)).Select(u => u.Id).ToListAsync(cancellationToken)),
            ReferenceKind.ProductGroup => Box(await db.ProductGroups.Select(p => p.Id).ToListAsync(cancellationToken)),
            ReferenceKind.Account => Box(await AccountAndSubsidiariesAsync(db, plan.AccountId, cancellationToken)),
            ReferenceKind.Objective => Box((await SectionAsync<ObjectivesSection>(db, plan.Id, SectionKeys.Objectives, cancellationToken))
                .Objectives.Select(o => o.Id)),
            ReferenceKind.TopItem => Box((await SectionAsync<SwotSection>(db, plan.Id, SectionKeys.Swot, cancellationToken)) is var swot
                ? swot.TopOpportunities.Concat(swot.TopRisks).Where(t => t.ItemId is not null).Select(t => t.ItemId!.Value)
                : []),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
        };
    }

    private static HashSet<object> Box<T>(IEnumerable<T> values) where T : notnull => values.Select(v => (object)v).ToHashSet();

    private static async Task<List<int>> AccountAndSubsidiariesAsync(KeyplanDbContext db, int accountId, CancellationToken cancellationToken)
    {
        var all = new List<int> { accountId };
        var level = all;
        // Groups are a few levels deep; the limit guards against a parent cycle in imported data.
        for (var depth = 0; depth < 5 && level.Count > 0; depth++)
        {
            var parents = level;
            level = await db.Accounts.Where(a => a.ParentAccountId != null && parents.Contains(a.ParentAccountId.Value))
                .Select(a => a.Id).ToListAsync(cancellationToken);
            level = level.Except(all).ToList();
            all.AddRange(level);
        }

        return all;
    }

    private static async Task<T> SectionAsync<T>(KeyplanDbContext db, int planId, string key, CancellationToken cancellationToken)
        where T : SectionContent, new()
    {
        var json = await db.PlanSections.Where(s => s.PlanId == planId && s.Key == key).Select(s => s.Content).FirstOrDefaultAsync(cancellationToken);
        return json is null ? new T() : (T)SectionJson.Deserialize(SectionCatalog.Find(key)!, json);
    }

    private static string Message(ReferenceKind kind) => kind switch
    {
        ReferenceKind.Contact => ValidationText.UnknownContact,
        ReferenceKind.User => ValidationText.UnknownUser,
        ReferenceKind.ProductGroup => ValidationText.UnknownProductGroup,
        ReferenceKind.Account => ValidationText.UnknownDivision,
        ReferenceKind.Objective => ValidationText.UnknownObjective,
        _ => ValidationText.UnknownTopItem,
    };

    private static void Walk(object model, string prefix, List<Link> links, int depth)
    {
        if (depth > 8)
        {
            return;
        }

        foreach (var property in model.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetIndexParameters().Length > 0 || (property.PropertyType == typeof(string) && property.GetCustomAttribute<ReferencesAttribute>() is null))
            {
                continue;
            }

            var path = (prefix.Length == 0 ? string.Empty : prefix + ".") + RequestValidation.FieldName(property.Name);
            var value = property.GetValue(model);
            if (property.GetCustomAttribute<ReferencesAttribute>() is { } reference)
            {
                AddLinks(path, reference.Kind, value, links);
            }
            else if (value is IEnumerable items and not string)
            {
                var index = 0;
                foreach (var item in items)
                {
                    if (item is not null && item.GetType().IsClass && item is not string)
                    {
                        Walk(item, $"{path}[{index}]", links, depth + 1);
                    }

                    index++;
                }
            }
            else if (value is not null && value.GetType().IsClass && value is not string)
            {
                Walk(value, path, links, depth + 1);
            }
        }
    }

    private static void AddLinks(string path, ReferenceKind kind, object? value, List<Link> links)
    {
        switch (value)
        {
            case null:
            case string { Length: 0 }:
                break;
            case string or int or Guid:
                links.Add(new Link(path, kind, value));
                break;
            case IEnumerable values:
                var index = 0;
                foreach (var item in values)
                {
                    if (item is not null)
                    {
                        links.Add(new Link($"{path}[{index}]", kind, item));
                    }

                    index++;
                }

                break;
        }
    }
}
