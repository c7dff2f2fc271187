namespace Minutebook.Recognising;

public enum DocumentKind
{
    /// <summary>The agenda front sheet: the summons of the meeting and its agenda.</summary>
    AgendaFrontSheet,
    /// <summary>The minutes of a previous meeting.</summary>
    Minutes,
    /// <summary>A report to the meeting (with its own appendices unless they are separate documents).</summary>
    Report,
    /// <summary>An appendix printed as a document of its own.</summary>
    Appendix,
    /// <summary>An attached outside document (an NHS England paper, a memorandum of understanding, a strategy).</summary>
    OutsideDocument,
    Other,
}

/// <summary>A document inside a pack: a contiguous range of lines.</summary>
public sealed class PackDocument
{
    public required DocumentKind Kind { get; set; }
    /// <summary>Index (into <see cref="Reading.SourcePack.Lines"/>) of the first line.</summary>
    public required int Start { get; init; }
    /// <summary>Index one past the last line.</summary>
    public required int End { get; set; }
    public string? Title { get; set; }
    /// <summary>The agenda item number this document belongs to, when it could be linked.</summary>
    public string? AgendaItem { get; set; }
    /// <summary>First printed page of the document, when known (page marker or the agenda's page range).</summary>
    public int? FirstPage { get; set; }
    /// <summary>Last printed page of the document, when known.</summary>
    public int? LastPage { get; set; }
    /// <summary>Index of the line that told what the document is (a "REPORT TITLE:" field, a "PRESENT" line), or -1.</summary>
    public int MarkerLine { get; set; } = -1;

    public int Length => End - Start;
    public override string ToString() => $"{Kind} [{Start}..{End}) {Title} (item {AgendaItem}, pages {FirstPage}-{LastPage})";
}
