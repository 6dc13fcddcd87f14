using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Keyplan.Core.Import.Reading;

/// <summary>
/// A CSV export: UTF-8 with or without BOM or Windows-1252 (German Excel), separated by ",", ";" or tabs, quoted or not.
/// Encoding and separator are sniffed from the start of the file; rows are then streamed.
/// </summary>
public sealed class CsvTabularFile : ITabularFile
{
    private const int SniffBytes = 64 * 1024;
    private static readonly char[] Separators = [';', ',', '\t'];

    private readonly StreamReader _reader;
    private readonly CsvParser _parser;

    static CsvTabularFile() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public CsvTabularFile(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var (encoding, headerLine) = Sniff(stream);
        var delimiter = Separators.MaxBy(s => headerLine.Count(c => c == s))!;
        NumberHint = delimiter == ';' ? NumberFormatHint.DecimalComma : NumberFormatHint.DecimalPoint;
        _reader = new StreamReader(stream, encoding, detectEncodingFromByteOrderMarks: true, leaveOpen: true);
        _parser = new CsvParser(_reader, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            BadDataFound = null,
            DetectColumnCountChanges = false,
            TrimOptions = TrimOptions.None,
        });
        Headers = _parser.Read() ? [.. _parser.Record!.Select(h => h.Trim())] : [];
    }

    public IReadOnlyList<string> Headers { get; }

    public NumberFormatHint NumberHint { get; }

    public IEnumerable<TabularRow> Rows()
    {
        while (_parser.Read())
        {
            var record = _parser.Record!;
            if (IsBlank(record))
            {
                continue;
            }

            // CsvHelper counts physical rows from 1 (the header), as a spreadsheet shows them.
            yield return new TabularRow(_parser.Row, record);
        }
    }

    private static bool IsBlank(string[] record)
    {
        foreach (var value in record)
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                return false;
            }
        }

        return true;
    }

    public void Dispose()
    {
        _parser.Dispose();
        _reader.Dispose();
    }

    /// <summary>UTF-8 if the start of the file decodes as UTF-8 (with or without BOM), else Windows-1252; and the header line.</summary>
    private static (Encoding Encoding, string HeaderLine) Sniff(Stream stream)
    {
        var buffer = new byte[SniffBytes];
        var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
        stream.Position = 0;
        var bytes = buffer.AsSpan(0, length);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }

        // A multi-byte character cut off at the end of the sample is no reason to reject UTF-8.
        var strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
        Encoding encoding;
        string text;
        try
        {
            text = strict.GetString(bytes[..TrimIncompleteUtf8(bytes)]);
            encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        }
        catch (DecoderFallbackException)
        {
            encoding = Encoding.GetEncoding(1252);
            text = encoding.GetString(bytes);
        }

        var end = text.IndexOfAny(['\r', '\n']);
        return (encoding, end < 0 ? text : text[..end]);
    }

    private static int TrimIncompleteUtf8(ReadOnlySpan<byte> bytes)
    {
        var end = bytes.Length;
        for (var back = 1; back <= 3 && back <= bytes.Length; back++)
        {
            var b = bytes[^back];
            if ((b & 0xC0) == 0xC0)
            {
                // A lead byte: keep it only if its sequence is complete.
                var needed = b >= 0xF0 ? 4 : b >= 0xE0 ? 3 : 2;
                return needed > back ? end - back : end;
            }

            if ((b & 0x80) == 0)
            {
                break;
            }
        }

        return end;
    }
}
