using System.Globalization;
using Keyplan.Core.Accounts;
using Keyplan.Core.Organisation;

namespace Keyplan.Core.Import.Rows;

/// <summary>Turns a row into a candidate record, or null when a required value is missing or unreadable (the reader holds why).</summary>
public static class CandidateReaders
{
    public static AccountCandidate? Account(ImportRowReader row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var candidate = new AccountCandidate(
            row.RowNumber,
            row.Text("recordId", Accounts.Account.SourceRecordIdMaxLength),
            row.Text("name", Accounts.Account.NameMaxLength, required: true) ?? string.Empty,
            row.Text("accountNumber", Accounts.Account.AccountNumberMaxLength),
            row.Text("parentRecordId", Accounts.Account.SourceRecordIdMaxLength),
            row.Text("industry", Accounts.Account.IndustryMaxLength),
            row.Country("country"),
            row.Text("city", Accounts.Account.CityMaxLength),
            row.Text("website", Accounts.Account.WebsiteMaxLength),
            row.WholeNumber("employees"),
            row.Amount("annualRevenue"),
            row.Currency("currency"),
            row.YesNo("isKeyAccount"),
            row.Text("businessArea", BusinessArea.NameMaxLength),
            row.Text("description", Accounts.Account.DescriptionMaxLength));
        return row.Problems.Count == 0 ? candidate : null;
    }

    public static ContactCandidate? Contact(ImportRowReader row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var candidate = new ContactCandidate(
            row.RowNumber,
            row.Text("recordId", Accounts.Contact.SourceRecordIdMaxLength),
            row.Text("accountRecordId", Accounts.Account.SourceRecordIdMaxLength, required: true) ?? string.Empty,
            row.Text("firstName", Accounts.Contact.NameMaxLength, required: true) ?? string.Empty,
            row.Text("lastName", Accounts.Contact.NameMaxLength, required: true) ?? string.Empty,
            row.Text("title", Accounts.Contact.TitleMaxLength),
            row.Text("department", Accounts.Contact.DepartmentMaxLength),
            row.Text("email", Accounts.Contact.EmailMaxLength),
            row.Text("phone", Accounts.Contact.PhoneMaxLength),
            row.Text("reportsToRecordId", Accounts.Contact.SourceRecordIdMaxLength));
        return row.Problems.Count == 0 ? candidate : null;
    }

    public static RevenueCandidate? Revenue(ImportRowReader row)
    {
        ArgumentNullException.ThrowIfNull(row);
        var accountNumber = row.Text("accountNumber", Accounts.Account.AccountNumberMaxLength, required: true);
        var year = Year(row);
        var quarter = Quarter(row);
        var productGroup = row.Text("productGroup", ProductGroup.NameMaxLength, required: true);
        var revenue = row.Amount("revenue", required: true);
        var margin = row.Amount("contributionMargin");
        var businessArea = row.Text("businessArea", BusinessArea.NameMaxLength);
        return row.Problems.Count == 0
            ? new RevenueCandidate(row.RowNumber, accountNumber!, year!.Value, quarter, productGroup!, revenue!.Value, margin, businessArea)
            : null;
    }

    /// <summary>"2025", "FY2025", "GJ 2025" or "2025/26" (the year the fiscal year starts in).</summary>
    private static int? Year(ImportRowReader row)
    {
        var text = row.Text("year", 20, required: true);
        if (text is null)
        {
            return null;
        }

        // The first run of digits, without allocating: this runs for every row of a large file.
        var span = text.AsSpan();
        var first = span.IndexOfAnyInRange('0', '9');
        var digits = first < 0 ? [] : span[first..];
        var end = digits.IndexOfAnyExceptInRange('0', '9');
        digits = end < 0 ? digits : digits[..end];
        if (digits.Length == 4 && int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var year)
            && year is >= RevenueRecord.MinYear and <= RevenueRecord.MaxYear)
        {
            return year;
        }

        row.Problem("year", ImportProblemKind.PeriodDoesNotExist, text,
            string.Format(CultureInfo.InvariantCulture, "{0}–{1}", RevenueRecord.MinYear, RevenueRecord.MaxYear));
        return null;
    }

    /// <summary>"Q3", "3", "Quartal 3", "3. Quartal", "2025-Q3", "Q3 2025"; empty for yearly exports.</summary>
    private static int? Quarter(ImportRowReader row)
    {
        var text = row.Text("quarter", 20);
        if (text is null)
        {
            return null;
        }

        // "Q3 2025", "2025-Q3": the digit after the Q; otherwise the only digit ("3. Quartal").
        var q = text.IndexOf('Q', StringComparison.OrdinalIgnoreCase);
        var digit = q >= 0 && q + 1 < text.Length && char.IsAsciiDigit(text[q + 1])
            ? text[q + 1]
            : text.Count(char.IsAsciiDigit) == 1 ? text.First(char.IsAsciiDigit) : '0';
        if (digit is >= '1' and <= '4')
        {
            return digit - '0';
        }

        row.Problem("quarter", ImportProblemKind.PeriodDoesNotExist, text, "Q1–Q4");
        return null;
    }
}
