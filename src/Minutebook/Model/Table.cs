using System.Text.Json.Serialization;

namespace Minutebook.Model;

public static class TableKind
{
    public const string Budget = "budget";
    public const string Indicator = "indicator";
    public const string Schedule = "schedule";
    public const string Membership = "membership";
    public const string Other = "other";
}

/// <summary>What a row does in its table.</summary>
public enum RowRole
{
    /// <summary>An ordinary row of data.</summary>
    Data,
    /// <summary>A heading inside the table: text, no values ("Integrated Sexual Health Services", "29 March 2021").</summary>
    Group,
    /// <summary>A subtotal: bold or unlabelled figures closing a group, or labelled "Subtotal".</summary>
    Subtotal,
    /// <summary>A row labelled as a total ("Total", "Grand Total", "Total Cost").</summary>
    Total,
}

/// <summary>Provenance and role of one table row (not part of the JSON contract).</summary>
public sealed class TableRowInfo
{
    public required SourceRef Source { get; init; }
    public RowRole Role { get; set; }
    public bool Bold { get; init; }
    /// <summary>The first-column value this row belongs to: its own, or the group above when its first cell is empty.</summary>
    public string? Group { get; set; }
}

/// <summary>A table rebuilt from the papers: the cleaned text of every printed cell, header first.</summary>
public sealed class Table
{
    public string? Title { get; set; }
    public string Kind { get; set; } = TableKind.Other;
    public List<string> Columns { get; init; } = [];
    public List<List<string>> Rows { get; init; } = [];
    public required SourceRef Source { get; init; }

    /// <summary>One entry per row of <see cref="Rows"/>: where it was printed and what it does.</summary>
    [JsonIgnore]
    public List<TableRowInfo> RowInfo { get; } = [];

    public override string ToString() => $"{Kind} table '{Title}' ({Columns.Count} columns, {Rows.Count} rows, line {Source.Line})";
}
