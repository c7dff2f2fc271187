using System.Text;
using System.Text.RegularExpressions;
using Minutebook.Model;
using Minutebook.Reading;

namespace Minutebook.Extraction.Minutes;

/// <summary>
/// Reads the content lines of one set of minutes into a <see cref="Meeting"/> (role "minutes"): the header, then
/// one pass over the lines handing each to the recognisers in turn — meeting times, minute item headings,
/// resolutions, attendance sections and apology sentences, declarations.
/// </summary>
public sealed partial class MinutesReader
{
    private enum ItemKind { Other, Apologies, Declarations }

    private readonly IReadOnlyList<SourceLine> _lines;
    private readonly Meeting _meeting;
    private readonly AttendanceRecogniser _attendance;
    private MinuteItem? _item;
    private ItemKind _itemKind;
    private int? _lastSequence;
    private ResolutionRecogniser? _resolution;
    private AttendanceList _section;
    private string? _sectionHonorific;
    private readonly StringBuilder _group = new();
    private SourceRef? _groupSource;

    private MinutesReader(IReadOnlyList<SourceLine> lines)
    {
        _lines = lines;
        _meeting = new Meeting { Role = MeetingRole.Minutes, Source = lines.Count > 0 ? lines[0].Ref : null };
        _attendance = new AttendanceRecogniser(_meeting);
    }

    /// <summary>The meeting these minutes record (empty lists when nothing was recognised).</summary>
    public static Meeting Read(IReadOnlyList<SourceLine> lines)
    {
        var reader = new MinutesReader(lines);
        reader.Run();
        return reader._meeting;
    }

    private void Run()
    {
        int bodyStart = 0;
        while (bodyStart < _lines.Count && bodyStart < 15 && !StartsBody(bodyStart)) bodyStart++;
        if (bodyStart == 15 || bodyStart == _lines.Count) bodyStart = Math.Min(_lines.Count, 3);
        MinutesHeaderRecogniser.Read(_lines.Take(bodyStart).ToList(), _meeting);

        for (int i = bodyStart; i < _lines.Count; i++)
        {
            var line = _lines[i];
            var text = line.Text.Trim();
            if (text.Length == 0) continue;

            if (MeetingTimes.TryRead(text, _meeting, out var ended))
            {
                if (ended) break;
                continue;
            }
            if (TryHeading(ref i)) continue;

            if (ResolutionRecogniser.TryMarker(text) is { } marker)
            {
                StartResolution(marker, line.Ref);
                continue;
            }
            if (_resolution is not null)
            {
                if (_resolution.Accept(text, line.Ref)) continue;
                CloseResolution();
            }

            if (AttendanceRecogniser.TryHeader(text, out var list, out var rest, out var honorific))
            {
                FlushGroup();
                _section = list;
                _sectionHonorific = honorific;
                if (rest.Length > 0) StartGroup(rest, line.Ref);
                continue;
            }
            if (AttendanceRecogniser.IsAbsenceLegend(text))
            {
                FlushGroup();
                _attendance.AbsenceMarks = true;
                _section = AttendanceList.Present;
                continue;
            }
            if ((_item is null || _itemKind == ItemKind.Apologies) && AttendanceRecogniser.TryApologySentence(text, out var apologies))
            {
                FlushGroup();
                _section = AttendanceList.Apologies;
                _sectionHonorific = null;
                if (apologies.Length > 0) StartGroup(apologies, line.Ref);
                continue;
            }
            if (_itemKind == ItemKind.Declarations && DeclarationRecogniser.TryRead(text, line.Ref, _meeting.Declarations, inDeclarationsItem: true)) continue;
            if (_item is not null && _itemKind == ItemKind.Other && DeclarationRecogniser.TryRead(text, line.Ref, _meeting.Declarations, inDeclarationsItem: false)) continue;

            if (_section != AttendanceList.None && (_item is null || _itemKind == ItemKind.Apologies))
            {
                if (_group.Length > 0 && AttendanceRecogniser.Continues(_group.ToString(), text))
                {
                    _group.Append(' ').Append(text);
                    continue;
                }
                FlushGroup();
                if (line.HasCells) _attendance.AddRow(line.Cells, _section, line.Ref);
                else StartGroup(text, line.Ref);
            }
        }
        FlushGroup();
        CloseResolution();
    }

    /// <summary>Does the body (attendance or the first minute) start at this line?</summary>
    private bool StartsBody(int i)
    {
        var text = _lines[i].Text.Trim();
        return AttendanceRecogniser.TryHeader(text, out _, out _, out _)
               || AttendanceRecogniser.IsAbsenceLegend(text)
               || AttendanceRecogniser.TryApologySentence(text, out _)
               || ResolutionRecogniser.TryMarker(text) is not null
               || (MinuteItemRecogniser.TryRead(_lines[i], null, ItemRefAt(i + 1)) is { } h && (h.Title.Any(char.IsLower) ? ItemRefAt(i + 1) : !PrintedDateLine(h.Title)));
    }

    private static bool PrintedDateLine(string title) => Text.PrintedDate.TryFind(title, out _) && title.Length < 40;

    private bool ItemRefAt(int index) => index < _lines.Count && MinuteItemRecogniser.ItemReference(_lines[index].Text.Trim()) is not null;

    private bool TryHeading(ref int i)
    {
        var line = _lines[i];
        // "(Item 7)" under the heading, perhaps after a title wrapped over one to three lines
        int refAt = 0;
        for (int k = 1; k <= 4 && i + k < _lines.Count; k++)
        {
            if (ItemRefAt(i + k)) { refAt = k; break; }
            var t = _lines[i + k].Text.Trim();
            if (t.Length > 90 || t.EndsWith('.')) break;
        }
        var heading = MinuteItemRecogniser.TryRead(line, _lastSequence, refAt > 0);
        if (heading is null) return false;
        FlushGroup();
        CloseResolution();
        _section = AttendanceList.None;
        var title = heading.Title;
        string? agendaItem = null;
        if (refAt > 0)
        {
            for (int k = 1; k < refAt; k++) title += " " + _lines[i + k].Text.Trim();
            agendaItem = MinuteItemRecogniser.ItemReference(_lines[i + refAt].Text.Trim());
            i += refAt;
        }
        agendaItem ??= MinuteItemRecogniser.TrailingItemReference(ref title);
        _item = new MinuteItem { Number = heading.Number, Title = title, AgendaItem = agendaItem, Source = line.Ref };
        _meeting.MinuteItems.Add(_item);
        _lastSequence = heading.Sequence;
        _itemKind = DeclarationRecogniser.IsDeclarationsTitle(title) ? ItemKind.Declarations
            : ApologiesTitle().IsMatch(title) ? ItemKind.Apologies : ItemKind.Other;
        if (_itemKind == ItemKind.Apologies)
        {
            _section = SubstitutesOnly().IsMatch(title) ? AttendanceList.Substitutes : AttendanceList.Apologies;
            _sectionHonorific = null;
        }
        if (heading.Tail is not null && ResolutionRecogniser.TryMarker(heading.Tail) is { } marker) StartResolution(marker, line.Ref);
        return true;
    }

    private void StartResolution(ResolutionMarker marker, SourceRef source)
    {
        FlushGroup();
        CloseResolution();
        if (_item is null) return; // a resolution before the first minute (e.g. electing a chair for the meeting)
        _resolution = new ResolutionRecogniser(_item, marker, source);
    }

    private void CloseResolution()
    {
        _resolution?.Complete();
        _resolution = null;
    }

    private void StartGroup(string text, SourceRef source)
    {
        _group.Clear().Append(text);
        _groupSource = source;
    }

    private void FlushGroup()
    {
        if (_group.Length > 0 && _groupSource is not null && _section != AttendanceList.None)
            _attendance.AddList(_group.ToString(), _section, _sectionHonorific, _groupSource);
        _group.Clear();
        _groupSource = null;
    }

    [GeneratedRegex(@"apolog|attendance|substitut|\bpresent\b|membership", RegexOptions.IgnoreCase)]
    private static partial Regex ApologiesTitle();

    [GeneratedRegex(@"^substitut", RegexOptions.IgnoreCase)]
    private static partial Regex SubstitutesOnly();
}
