using System.Text;
using System.Text.Json;
using Minutebook.Model;
using Minutebook.Output;
using Minutebook.Reading;

namespace Minutebook.Store.Ingest;

/// <summary>A passage of a pack's text, indexed for search: the lines of one printed page (or a run of lines).</summary>
public sealed record TextPassage(int Line, int? Page, int? PdfPage, string Text);

/// <summary>
/// One pack, extracted and ready to write: its record, the record's JSON, its text and page map, its passages.
/// Built on the extraction threads so the single writer only writes.
/// </summary>
public sealed class PreparedPack
{
    /// <summary>Most lines in one search passage when pages are not known or run long.</summary>
    public const int PassageLines = 40;

    public required string Path { get; init; }
    public required string Sha256 { get; init; }
    public required PackRecord Record { get; init; }
    public required string RecordJson { get; init; }
    /// <summary>The pack's cleaned lines, one per line, so line N is the N-th line of this text.</summary>
    public required string LinesText { get; init; }
    /// <summary>JSON array of [firstLine, page, pdfPage] runs: the page of every line.</summary>
    public required string PageMap { get; init; }
    public required int LineCount { get; init; }
    public int? PageCount { get; init; }
    public required IReadOnlyList<TextPassage> Passages { get; init; }
    /// <summary>The record's indicator values and budget lines.</summary>
    public required IReadOnlyList<SeriesPoint> Series { get; init; }

    public string File => Record.Source.File;
    public string Format => Record.Source.Format;

    public static PreparedPack From(string path, SourcePack pack, PackRecord record, string? sha256 = null)
    {
        var lines = pack.Lines;
        var text = new StringBuilder(lines.Count * 40);
        var runs = new List<int?[]>();
        int? page = null, pdfPage = null;
        var passages = new List<TextPassage>();
        var passage = new StringBuilder();
        int passageStart = 0, passageCount = 0, passageLines = 0;
        int? passagePage = null, passagePdfPage = null;
        int written = 0;
        foreach (var line in lines)
        {
            // line N is the N-th line of the text: gaps in the numbering become empty lines
            for (; written < line.Number - 1; written++) if (written > 0) text.Append('\n');
            if (written > 0) text.Append('\n');
            text.Append(line.Text.Replace('\n', ' ').Replace('\r', ' '));
            written++;
            if (line.Page != page || line.PdfPage != pdfPage || runs.Count == 0)
            {
                runs.Add([line.Number, line.Page, line.PdfPage]);
                page = line.Page;
                pdfPage = line.PdfPage;
            }
            if (!line.IsContent) continue;
            bool newPage = passageCount > 0 && (line.Page != passagePage || line.PdfPage != passagePdfPage);
            if (newPage || passageCount >= PassageLines)
            {
                passages.Add(new TextPassage(passageStart, passagePage, passagePdfPage, passage.ToString()));
                passage.Clear();
                passageCount = 0;
            }
            if (passageCount == 0)
            {
                passageStart = line.Number;
                passagePage = line.Page;
                passagePdfPage = line.PdfPage;
            }
            else
            {
                // blank lines and furniture between content lines stay as empty lines: line k of a passage is line start + k
                for (int gap = passageStart + passageLines; gap < line.Number; gap++) passage.Append('\n');
                passage.Append('\n');
            }
            passageLines = line.Number - passageStart + 1;
            passage.Append(line.Text.Replace('\t', ' ').Replace('\n', ' '));
            passageCount++;
        }
        if (passageCount > 0) passages.Add(new TextPassage(passageStart, passagePage, passagePdfPage, passage.ToString()));

        var json = JsonContract.Serialize(record, indented: false);
        return new PreparedPack
        {
            Path = path,
            Sha256 = sha256 ?? record.Source.Sha256,
            Record = record,
            RecordJson = json,
            Series = SeriesPoints.Of(json),
            LinesText = text.ToString(),
            PageMap = JsonSerializer.Serialize(runs),
            LineCount = lines.Count == 0 ? 0 : lines[^1].Number,
            PageCount = pack.PageCount ?? lines.Select(l => l.PdfPage ?? l.Page).Where(p => p is not null).DefaultIfEmpty().Max(),
            Passages = passages,
        };
    }

    /// <summary>A pack known only by its record (tests, the synthetic register): its text is given as lines.</summary>
    public static PreparedPack FromRecord(string path, PackRecord record, IEnumerable<string>? lines = null)
    {
        var source = new List<SourceLine>();
        int n = 1;
        foreach (var l in lines ?? []) source.Add(new SourceLine(n++, l, l));
        var pack = new SourcePack(record.Source.File, record.Source.Sha256, record.Source.Format, source);
        return From(path, pack, record);
    }
}
