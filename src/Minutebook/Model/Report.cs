namespace Minutebook.Model;

public sealed class Report
{
    public required string Title { get; set; }
    public string? AgendaItem { get; set; }
    public string? Author { get; set; }
    public string? Summary { get; set; }
    public List<string> Recommendations { get; } = [];
    public required SourceRef Source { get; init; }
}
