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
        var runs = new List<(int From, int To)>();
        foreach (var doc in context.DocumentsOf(DocumentKind.Minutes))
        {
            var seen = new Dictionary<string, int>(StringComparer.Ordinal);
            var lines = context.ContentOf(doc).ToList();
            int runEnd = -1, previousFirst = -2;
            for (int i = 0; i < lines.Count; i++)
            {
                var line = lines[i];
                if (line.Text.Length < MinLength || line.HasCells) continue;
                var key = Recognising.Tables.TableBuilder.Normalise(line.Text);
                if (!seen.TryGetValue(key, out var first)) { seen[key] = i; continue; }
                // a run of repeated paragraphs is one slip: report its first paragraph only
                bool continuesRun = runEnd >= 0 && i - runEnd <= 6 && first > previousFirst && first - previousFirst <= 6;
                runEnd = i;
                previousFirst = first;
                if (continuesRun) { runs[^1] = (runs[^1].From, line.Number); continue; }
                runs.Add((line.Number, line.Number));
                context.AddFinding(Kind, Severity.Warning,
                    $"Minute text printed twice: \"{Shorten(line.Text)}\" {Precision.Cite(lines[first].Ref)} and again {Precision.Cite(line.Ref)}",
                    line.Ref);
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
                        && !runs.Any(r => r.From <= resolution.Source.Line && resolution.Source.Line <= r.To + 6))
                        context.AddFinding(Kind, Severity.Warning,
                            $"Resolution of minute {item.Number} repeats minute {first.Item.Number} word for word: \"{Shorten(resolution.Text)}\" {Precision.Cite(resolution.Source)}",
                            resolution.Source);
                    else seen.TryAdd(key, (item, resolution));
                }
        }
    }

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..77] + "...";
}
