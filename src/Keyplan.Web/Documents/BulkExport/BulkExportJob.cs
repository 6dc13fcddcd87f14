using Keyplan.Core.Documents.BulkExport;
using Keyplan.Core.Identity;

namespace Keyplan.Web.Documents.BulkExport;

public enum BulkExportStatus
{
    Queued,
    Running,
    Completed,
    Failed,
}

/// <summary>One zip export in progress or done; lives in memory for an hour after it ends.</summary>
public sealed class BulkExportJob(Guid id, CurrentUser user, BulkExportSelection selection, DateTimeOffset createdAt)
{
    private int done;

    // Written by the worker, read by requests and the dialog's timer on other threads.
    private volatile BulkExportStatus status = BulkExportStatus.Queued;

    public Guid Id { get; } = id;
    public CurrentUser User { get; } = user;
    public BulkExportSelection Selection { get; } = selection;
    public DateTimeOffset CreatedAt { get; } = createdAt;
    public int Total => Selection.PlanIds.Count;
    public int Done => Volatile.Read(ref done);
    public int Failed { get; set; }
    public BulkExportStatus Status
    {
        get => status;
        set => status = value;
    }
    public DateTimeOffset? FinishedAt { get; set; }
    public string? FilePath { get; set; }

    /// <summary>The zip's download name, e.g. <c>Keyplan_Industrial_2026_docx.zip</c>.</summary>
    public string FileName => $"Keyplan_{Core.Documents.ExportFileName.Part(Selection.BusinessAreaName)}_{Selection.Year}_{Selection.Format.ToString().ToLowerInvariant()}.zip";

    public void CountDone() => Interlocked.Increment(ref done);

    public BulkExportJobStatus ToStatus() => new(
        Id, Status, Done, Total, Failed,
        Status == BulkExportStatus.Completed ? $"/api/exports/{Id}/file" : null,
        Status == BulkExportStatus.Completed ? FileName : null);
}

/// <summary>The answer of <c>GET /api/exports/{id}</c>: how far the job is, and where to fetch the zip once it is done.</summary>
public sealed record BulkExportJobStatus(Guid Id, BulkExportStatus Status, int Done, int Total, int Failed, string? FileUrl, string? FileName);
