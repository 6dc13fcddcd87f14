namespace Keyplan.Core.Budget.Export;

public enum SalesBudgetFormat
{
    Xlsx,
    Csv,
}

/// <summary>The one way the API and the CLI write the sales budget to a file.</summary>
public static class SalesBudgetExport
{
    public static async Task WriteAsync(SalesBudget budget, SalesBudgetFormat format, Stream output, CancellationToken cancellationToken)
    {
        if (format == SalesBudgetFormat.Csv)
        {
            await SalesBudgetCsv.WriteAsync(budget, output, cancellationToken);
            return;
        }

        // The OpenXml package writes synchronously and needs a seekable stream: build it in memory, then copy.
        using var buffer = new MemoryStream();
        SalesBudgetXlsx.Write(budget, buffer);
        buffer.Position = 0;
        await buffer.CopyToAsync(output, cancellationToken);
    }

    public static string ContentType(SalesBudgetFormat format) => format == SalesBudgetFormat.Csv
        ? "text/csv; charset=utf-8"
        : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Made of safe characters only (the year and the business area's id), so it needs no sanitising.</summary>
    public static string FileName(SalesBudget budget, int? businessAreaId, SalesBudgetFormat format)
    {
        ArgumentNullException.ThrowIfNull(budget);
        var area = businessAreaId is { } id ? $"_area{id}" : string.Empty;
        return $"Keyplan_sales_budget_{budget.Year}{area}.{format.ToString().ToLowerInvariant()}";
    }
}
