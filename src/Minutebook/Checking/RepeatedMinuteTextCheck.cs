using Minutebook.Extraction;
using Minutebook.Model;
using System.Text.RegularExpressions;
using Minutebook.Reading;
using Minutebook.Recognising;

namespace Minutebook.Checking;

/// <summary>
/// Minute text printed twice: the same paragraph (of some length, so that "RESOLVED: That the report be noted."
/// is not counted) appearing twice within one set of minutes, or the same resolution recorded under two items.
/// A motion restated within its own minute is how minutes record a debate, not a slip: an amendment quoting the
/// motion, the motion put to the vote, then resolved. So a repeat within one minute item is not reported when
/// motion wording ("seconded", "amendment", "motion", "RESOLVED", "put to the vote") comes between the two.
/// </summary>
public sealed partial class RepeatedMinuteTextCheck : IStage
{
    public const string Kind = "repeatedMinuteText";
    private const int MinLength = 100;

    public void Run(ExtractionContext context)
    {
        var runs = new List<(int From, int To)>();
        var items = ItemStarts(context.Record);
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
                if (RestatesMotion(lines, first, i, items)) continue;
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

    /// <summary>The first lines of the minute items of the record's minutes, in order.</summary>
    private static List<int> ItemStarts(PackRecord record)
    {
        var starts = new List<int>();
        foreach (var meeting in record.Meetings)
            foreach (var item in meeting.MinuteItems) starts.Add(item.Source.Line);
        starts.Sort();
        return starts;
    }

    /// <summary>The minute item a line falls in: the index of the last item starting at or before it, -1 before any.</summary>
    private static int ItemOf(List<int> starts, int line)
    {
        int at = starts.BinarySearch(line);
        return at >= 0 ? at : ~at - 1;
    }

    /// <summary>Both paragraphs in one minute item, with the motion proposed, amended, put or resolved between them.</summary>
    private static bool RestatesMotion(List<SourceLine> lines, int first, int repeat, List<int> items)
    {
        int item = ItemOf(items, lines[first].Number);
        if (item < 0 || ItemOf(items, lines[repeat].Number) != item) return false;
        for (int k = first + 1; k < repeat; k++)
            if (MotionWording().IsMatch(lines[k].Text)) return true;
        return false;
    }

    [GeneratedRegex(@"\b(?:seconded|moved|amendments?|motions?|resolved|carried|put\s+(?:it|them|the\s+\w+)\s+to\s+the\s+vote)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MotionWording();

    private static string Shorten(string s) => s.Length <= 80 ? s : s[..77] + "...";
}
