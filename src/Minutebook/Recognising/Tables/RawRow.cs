using Minutebook.Reading;

namespace Minutebook.Recognising.Tables;

/// <summary>A printed row before it is placed in a table: its cells, where it came from, and what lay before it.</summary>
internal sealed class RawRow
{
    public RawRow(string[] cells, SourceLine line, bool bold)
    {
        Cells = cells;
        Line = line;
        Bold = bold;
    }

    public string[] Cells { get; set; }
    public SourceLine Line { get; }
    public bool Bold { get; }
    /// <summary>Blank lines or page furniture (a page break) came between this row and the row before.</summary>
    public bool AfterGap { get; init; }
    /// <summary>A section label printed on its own line inside the table: a group heading, never the rest of the row above.</summary>
    public bool SectionLabel { get; init; }

    public int NonEmpty
    {
        get
        {
            int n = 0;
            foreach (var c in Cells) if (c.Length > 0) n++;
            return n;
        }
    }

    public override string ToString() => $"{Line.Number}: {string.Join(" | ", Cells)}";

    /// <summary>A row whose every printed cell is bold in the source (&lt;b&gt;, ** or __ around it).</summary>
    public static bool RawCellsBold(string raw, char separator)
    {
        bool any = false;
        foreach (var range in raw.AsSpan().Split(separator))
        {
            var cell = raw.AsSpan()[range].Trim();
            if (cell.IsEmpty) continue;
            any = true;
            if (!(cell.StartsWith("<b>") || cell.StartsWith("**") || cell.StartsWith("__") || cell.StartsWith("<strong>"))) return false;
        }
        return any;
    }
}
