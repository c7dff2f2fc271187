using Minutebook.Extraction;
using Minutebook.Model;
using Minutebook.Recognising;

namespace Minutebook.Checking;

/// <summary>
/// Minute text printed twice: the same paragraph (of some length, so that "RESOLVED: That the report be noted."
/// is not counted) appearing twice within one set of minutes, or the same resolution recorded under two items.
/// </summary>
public sealed class RepeatedMinuteTextCheck : IStage
{
    public const string Kind = "repeatedMinuteText";
    private const int MinLength = 100;

    public void Run(ExtractionContext context)
    {
        foreach (var doc in context.DocumentsOf(DocumentKind.Minutes))
        {
            var seen = new Dictionary<string, Reading.SourceLine>(StringComparer.Ordinal);
            foreach (var line in context.ContentOf(doc))
            {
                if (line.Text.Length < MinLength || line.HasCells) continue;
                var key = Recognising.Tables.TableBuilder.Normalise(line.Text);
                if (seen.TryGetValue(key, out var first))
                    context.AddFinding(Kind, Severity.Warning,
                        $"Minute text printed twice: \"{Shorten(line.Text)}\" {Precision.Cite(first.Ref)} and again {Precision.Cite(line.Ref)}",
                        line.Ref);
                else seen[key] = line;
            }
        }
        foreach (var meeting in context.Record.Meetings)
        {
            var seen = new Dictionary<string, (MinuteItem Item, Resolution Resolution)>(StringComparer.Ordinal);
            foreach (var item in meeting.MinuteItems)
                foreach (var resolution in item.Resolutions)
                {
                    if (resolution.Text.Length < MinLength) continue;
                    var key = Recognising.Tables.TableBuilder.Normalise(resolution.Text);
                    if (seen.TryGetValue(key, out var first) && first.Item != item && first.Resolution.Source.Line != resolution.Source.Line
                        && !context.Record.Findings.Any(f => f.Kind == Kind && f.Source?.Line == resolution.Source.Line))
                        context.AddFinding(Kind, Severity.Warning,
                            $"Resolution of minute {item.Number} repeats minute {first.Item.Number} word for word: \"{Shorten(resolution.Text)}\" {Precision.Cite(resolution.Source)}",
                            resolution.Source);
                    else seen.TryAdd(key, (item, resolution));
                }
        }
    }

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..77] + "...";
}
