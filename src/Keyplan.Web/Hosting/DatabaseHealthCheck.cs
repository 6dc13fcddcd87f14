using Keyplan.Core.Data;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Keyplan.Web.Hosting;

/// <summary>Ready means the database answers.</summary>
internal sealed class DatabaseHealthCheck(KeyplanDbContext db) : IHealthCheck
{
    public const string ReadyTag = "ready";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The database is not reachable.");
}
