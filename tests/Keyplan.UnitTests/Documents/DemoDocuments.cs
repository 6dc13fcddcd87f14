using Keyplan.Core.Data;
using Keyplan.Core.Demo;
using Keyplan.Core.Documents;
using Keyplan.Core.Identity;
using Keyplan.Documents.Pdf;
using Keyplan.UnitTests.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;

namespace Keyplan.UnitTests.Documents;

/// <summary>The seeded demo plus what the document tests need: an administrator who sees every plan, plan ids, a PDF printer.</summary>
public sealed class DemoDocuments : IAsyncLifetime
{
    private readonly SeededDemo demo = new();

    public InMemoryKeyplan Keyplan => demo.Keyplan;

    public static CurrentUser Admin { get; } = new("admin", "Admin", new HashSet<string> { Roles.Administrator }, null);

    public ChromiumPdfRenderer Pdf { get; } = new(new ServiceCollection().BuildServiceProvider(), NullLoggerFactory.Instance);

    public async Task InitializeAsync() => await demo.InitializeAsync();

    public async Task DisposeAsync()
    {
        await Pdf.DisposeAsync();
        await demo.DisposeAsync();
    }

    public Task<int> PlanIdAsync(string account) => Keyplan.WithAsync<KeyplanDbContext, int>(db =>
        db.Plans.Where(p => p.Account!.Name == account).Select(p => p.Id).SingleAsync());

    public async Task<PlanDocument> DocumentAsync(string account, DocumentAudience audience)
    {
        var id = await PlanIdAsync(account);
        var result = await Keyplan.WithAsync<BuildPlanDocumentHandler, Core.Result<PlanDocument>>(h => h.HandleAsync(id, audience, Admin, CancellationToken.None));
        Assert.True(result.Succeeded);
        return result.Value!;
    }

    public static IEnumerable<object[]> CompletePlans() =>
        [[DemoPlans.GermanAccount], [DemoPlans.DutchAccount], [DemoPlans.BritishAccount]];
}
