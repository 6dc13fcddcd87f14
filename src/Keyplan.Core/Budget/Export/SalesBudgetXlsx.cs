using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Keyplan.Core.Documents;
using Keyplan.Core.Resources;

namespace Keyplan.Core.Budget.Export;

/// <summary>
/// The sales budget as an Excel workbook for the budgeting process: the budget table (totals in bold) and the
/// attainment per KAM. Amounts are numbers with a currency format, so the budget team can calculate with them; text
/// is always a string cell, never a formula.
/// </summary>
public static class SalesBudgetXlsx
{
    public static void Write(SalesBudget budget, Stream output)
    {
        ArgumentNullException.ThrowIfNull(budget);
        using var document = SpreadsheetDocument.Create(output, SpreadsheetDocumentType.Workbook);
        var workbook = document.AddWorkbookPart();
        workbook.Workbook = new Workbook();
        AddStyles(workbook);
        var sheets = workbook.Workbook.AppendChild(new Sheets());

        AddSheet(workbook, sheets, 1, BudgetText.Get("BudgetSheet"), BudgetRows(budget), [28, 24, 20, 20, 20, 20, 20, 12]);
        AddSheet(workbook, sheets, 2, BudgetText.Get("KamSheet"), KamRows(budget), [28, 14, 18, 18, 16, 16, 16, 16]);
        workbook.Workbook.Save();
    }

    private static IEnumerable<Row> BudgetRows(SalesBudget budget)
    {
        yield return TextRow(Style.Title, BudgetText.Get("Title", budget.Year), BudgetText.Get("Currency", budget.Currency));
        yield return TextRow(Style.Heading, [.. SalesBudgetColumns.Headings(budget.Year)]);
        foreach (var line in SalesBudgetColumns.Lines(budget))
        {
            var amount = line.IsTotal ? Style.TotalAmount : Style.Amount;
            yield return new Row(
                Text(line.BusinessArea, line.IsTotal ? Style.Heading : Style.Default),
                Text(line.ProductGroup, Style.Default),
                Number(line.KeyAccountLastYear, amount),
                Number(line.OtherAccountsLastYear, amount),
                Number(line.LastYear, amount),
                Number(line.KeyAccountTarget, amount),
                Number(line.Budget, amount),
                Number(line.Change, Style.Percent));
        }
    }

    private static IEnumerable<Row> KamRows(SalesBudget budget)
    {
        yield return TextRow(Style.Title, BudgetText.Get("KamSheet"), BudgetText.Get("Currency", budget.Currency));
        yield return TextRow(Style.Heading, [.. SalesBudgetColumns.KamHeadings()]);
        foreach (var kam in budget.Kams)
        {
            yield return new Row(
                Text(kam.DisplayName, Style.Default),
                Number(kam.Plans, Style.Default),
                Number(kam.RevenueTarget, Style.Amount),
                Number(kam.RevenueActual, Style.Amount),
                Number(kam.RevenueAttainment, Style.Percent),
                Number(kam.Objectives, Style.Default),
                Number(kam.ObjectivesMeasured, Style.Default),
                Number(kam.ObjectiveAttainment, Style.Percent));
        }
    }

    private static void AddSheet(WorkbookPart workbook, Sheets sheets, uint id, string name, IEnumerable<Row> rows, int[] widths)
    {
        var part = workbook.AddNewPart<WorksheetPart>();
        var columns = new Columns(widths.Select((width, i) =>
            new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = width, CustomWidth = true }));
        var data = new SheetData();
        uint index = 1;
        foreach (var row in rows)
        {
            row.RowIndex = index;
            var column = 0;
            foreach (var cell in row.Elements<Cell>())
            {
                cell.CellReference = SheetWriter.Column(column++) + index;
            }

            data.AppendChild(row);
            index++;
        }

        part.Worksheet = new Worksheet(columns, data);
        sheets.AppendChild(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id, Name = SheetName(name) });
    }

    private static Row TextRow(Style style, params string[] texts) => new(texts.Select(t => Text(t, style)));

    /// <summary>An inline string (the documents' one text cell): Excel shows it as typed, whatever character it starts with.</summary>
    private static Cell Text(string value, Style style) => SheetWriter.TextCell(value, (uint)style);

    private static Cell Number(decimal? value, Style style) => value is { } number
        ? new Cell(new CellValue(number)) { DataType = CellValues.Number, StyleIndex = (uint)style }
        : new Cell { StyleIndex = (uint)style };

    /// <summary>Excel refuses sheet names over 31 characters or with []:*?/\.</summary>
    private static string SheetName(string name)
    {
        var cleaned = new string([.. name.Where(c => !"[]:*?/\\".Contains(c))]);
        return cleaned.Length <= 31 ? cleaned : cleaned[..31];
    }

    /// <summary>The cell formats, in the order of the stylesheet's cellXfs below.</summary>
    private enum Style : uint
    {
        Default,
        Title,
        Heading,
        Amount,
        TotalAmount,
        Percent,
    }

    private static void AddStyles(WorkbookPart workbook)
    {
        var styles = workbook.AddNewPart<WorkbookStylesPart>();
        const uint amountFormat = 164;
        styles.Stylesheet = new Stylesheet(
            new NumberingFormats(new NumberingFormat { NumberFormatId = amountFormat, FormatCode = "#,##0.00" }) { Count = 1 },
            new Fonts(
                new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 14 }, new FontName { Val = "Calibri" }),
                new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 3 },
            new Fills(
                new Fill(new PatternFill { PatternType = PatternValues.None }),
                new Fill(new PatternFill { PatternType = PatternValues.Gray125 })) { Count = 2 },
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
            new CellFormats(
                new CellFormat { FontId = 0 },
                new CellFormat { FontId = 1, ApplyFont = true },
                new CellFormat { FontId = 2, ApplyFont = true },
                new CellFormat { FontId = 0, NumberFormatId = amountFormat, ApplyNumberFormat = true },
                new CellFormat { FontId = 2, NumberFormatId = amountFormat, ApplyNumberFormat = true, ApplyFont = true },
                new CellFormat { FontId = 0, NumberFormatId = 10, ApplyNumberFormat = true }) { Count = 6 });
    }
}
