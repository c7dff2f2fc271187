using System.Text.Json.Serialization;

namespace Minutebook.Model;

public sealed class Report
{
    /// <summary>The report's printed title; null when the paper prints none.</summary>
    public required string? Title { get; set; }
    public string? AgendaItem { get; set; }
    public string? Author { get; set; }
    public string? Summary { get; set; }
    public List<string> Recommendations { get; } = [];
    /// <summary>The contact officer(s) as one readable line ("Name, role, email, phone; ...").</summary>
    public string? Contact { get; set; }
    /// <summary>The contact officer(s), one entry per person.</summary>
    public List<ReportContact> Contacts { get; } = [];
    /// <summary>A decision reference printed on the report ("Decision Number: 24/00115").</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)]
    public string? DecisionNumber { get; set; }
    /// <summary>The printed pages the report spans, when known.</summary>
    public PageRange? Pages { get; set; }
    public required SourceRef Source { get; init; }

    /// <summary>A title to show where the paper prints none: never stored in the JSON contract.</summary>
    [JsonIgnore]
    public string DisplayTitle => Title ?? (AgendaItem is null ? "Untitled report" : $"Report for item {AgendaItem}");
}

public sealed class ReportContact
{
    public required string Name { get; init; }
    public string? Role { get; set; }
    public string? Email { get; set; }
    public string? Phone { get; set; }
    public required SourceRef Source { get; init; }
}
