using System.Text.RegularExpressions;
using Minutebook.Model;
using Minutebook.Reading;

namespace Minutebook.Extraction.Minutes;

/// <summary>Which kind of attendance list a line belongs to.</summary>
public enum AttendanceList
{
    None,
    Present,
    Apologies,
    Absent,
    InAttendance,
    /// <summary>"SUBSTITUTE MEMBERS": "X for Y" lines; those named attend.</summary>
    Substitutes,
}

/// <summary>
/// Attendance of one minuted meeting: section headers ("PRESENT", "Present:", "In attendance", "APOLOGIES",
/// "SUBSTITUTE MEMBERS"), apology sentences ("Apologies for absence were received from ..."), lists of names
/// inline or one a line or as a table (Name&lt;TAB&gt;role), chairs, substitutes and members marked absent.
/// One entry per person: a later mention adds what the earlier one lacked.
/// </summary>
public sealed partial class AttendanceRecogniser
{
    private readonly Meeting _meeting;
    private readonly Dictionary<string, Attendance> _byKey = new(StringComparer.Ordinal);
    private readonly List<string> _knownNames = [];

    public AttendanceRecogniser(Meeting meeting) => _meeting = meeting;

    /// <summary>A legend such as "Persons absent are marked with an 'A'" was printed: a trailing A marks an absent member.</summary>
    public bool AbsenceMarks { get; set; }

    /// <summary>A section header; <paramref name="rest"/> holds any list printed on the same line ("Present: A, B").</summary>
    public static bool TryHeader(string text, out AttendanceList list, out string rest, out string? honorific)
    {
        list = AttendanceList.None;
        rest = "";
        honorific = null;
        // A whole attendance paragraph can be one long line ("IN ATTENDANCE: Dr A Ghosh (Director of ...), ...").
        if (text.Length > 4000 || text.Contains('\t')) return false;
        var m = Header().Match(text);
        if (!m.Success) return false;
        var h = m.Groups["h"].Value.ToLowerInvariant();
        rest = m.Groups["rest"].Value.Trim();
        if (rest.Length == 0 && text.Length > 60) return false;
        if (h.Contains("apolog")) list = AttendanceList.Apologies;
        else if (h.StartsWith("absent") || h.Contains("not present")) list = AttendanceList.Absent;
        else if (h.Contains("substitut")) list = AttendanceList.Substitutes;
        else if (h.Contains("attendance") || h.Contains("also") || h.Contains("officer") || h.Contains("invitation")
                 || h.Contains("guest") || h.Contains("observer") || h.Contains("advis") || h.Contains("speaker") || h.Contains("non-voting")) list = AttendanceList.InAttendance;
        else list = AttendanceList.Present;
        if (h.StartsWith("councillor") || h.Contains(" councillor")) honorific = "Councillor";
        return true;
    }

    /// <summary>"Persons absent are marked with an 'A'".</summary>
    public static bool IsAbsenceLegend(string text) => text.Length < 120 && AbsenceLegend().IsMatch(text);

    /// <summary>"Apologies for absence were received from X, Y and Z" → the list after "from" (may be empty when the list follows).</summary>
    public static bool TryApologySentence(string text, out string list)
    {
        list = "";
        if (!text.ContainsIgnoreCase("polog")) return false;
        var m = ApologySentence().Match(text);
        if (!m.Success) return false;
        list = m.Groups["list"].Value.Trim();
        return true;
    }

    /// <summary>"No apologies were received", "There were no apologies for absence", "Apologies: None".</summary>
    public static bool IsNoApologies(string text) => NoApologies().IsMatch(text);

    /// <summary>Should the next line be read as part of this one (a list wrapped over lines)?</summary>
    public static bool Continues(string text, string next)
    {
        var t = text.TrimEnd();
        if (t.Length == 0 || next.Length == 0) return false;
        if (next.Contains('\t') || t.Contains('\t')) return false;
        char last = t[^1];
        if (last is ',' or '(' or '&' or '–' or '-') return true;
        if (t.EndsWith(" and", StringComparison.Ordinal)) return true;
        if (t.Count(c => c == '(') > t.Count(c => c == ')')) return true;
        if (t.Contains(',') && PersonNames.EndsMidName(t)) return true;
        char first = next.TrimStart()[0];
        return char.IsLower(first) || first == '(';
    }

    /// <summary>A table row: Name &lt;TAB&gt; role or organisation.</summary>
    public void AddRow(string[] cells, AttendanceList list, SourceRef source)
    {
        if (cells.Length == 0 || cells[0].Length == 0 || TableHeaderWord().IsMatch(cells[0])) return;
        var extra = cells.Skip(1).Where(c => c.Length > 0).ToList();
        if (list != AttendanceList.Apologies && list != AttendanceList.Absent && AbsenceMarks && extra.Count > 0 && extra[^1] is "A" or "(A)")
        {
            extra.RemoveAt(extra.Count - 1);
            list = AttendanceList.Absent;
        }
        var added = AddPerson(cells[0], list, null, source);
        if (added is null) return;
        for (int i = 0; i < extra.Count; i++) Describe(added, extra[i], preferRole: i == 0);
    }

    /// <summary>One group of text (a line, or lines joined) holding one or more people.</summary>
    public void AddList(string text, AttendanceList list, string? honorific, SourceRef source)
    {
        var t = Bullet().Replace(text, "").Trim();
        if (t.Length == 0 || IsNoApologies(t) || NoneWord().IsMatch(t)) return;
        var plural = PluralHonorific().Match(t);
        if (plural.Success)
        {
            honorific = "Councillor";
            t = t[plural.Length..].TrimStart();
        }
        // "... from A and B. C attended as substitute for D.": one list, then sentences about substitutes
        var sentences = SentenceBreak().Split(t);
        for (int k = 1; k < sentences.Length; k++)
            if (SubstitutionSentence().IsMatch(sentences[k])) AddPerson(sentences[k], list, honorific, source);
        t = PersonNames.TrimSentenceEnd(sentences[0]);
        Attendance? previous = null;
        int described = 0;
        foreach (var segment in PersonNames.SplitList(t))
        {
            if (PersonNames.IsPostNominal(segment)) continue;
            var sub = WhoWasSubstituted().Match(segment);
            if (sub.Success && previous is not null)
            {
                AddSubstitute(sub.Groups["x"].Value, previous.Name, source);
                continue;
            }
            var person = AddPerson(segment, list, honorific, source);
            if (person is not null)
            {
                previous = person;
                described = 0;
            }
            else if (previous is not null)
            {
                Describe(previous, segment, preferRole: described == 0);
                described++;
            }
        }
    }

    private Attendance? AddPerson(string segment, AttendanceList list, string? honorific, SourceRef source)
    {
        var s = Bullet().Replace(segment, "").Trim();
        // "Y (other reasons) was substituted by X", "Y, who was substituted for by X"
        var replaced = WasSubstitutedBy().Match(s);
        if (replaced.Success)
        {
            var absentee = AddPerson(replaced.Groups["y"].Value, list == AttendanceList.Present ? AttendanceList.Absent : list, honorific, source);
            if (absentee is not null) AddSubstitute(replaced.Groups["x"].Value, absentee.Name, source);
            return absentee;
        }
        var substituting = SubstitutedFor().Match(s);
        if (substituting.Success && IsPerson(substituting.Groups["y"].Value) && IsPerson(substituting.Groups["x"].Value))
            return AddSubstitute(substituting.Groups["x"].Value, Clean(substituting.Groups["y"].Value, out _), source, honorific);

        string? role = null, organisation = null, substituteFor = null;
        foreach (var b in PersonNames.Brackets(s))
        {
            if (PersonNames.ChairRole(b) is { } chair) { role = chair; continue; }
            var inPlace = InPlaceOf().Match(b);
            if (inPlace.Success) { substituteFor = Clean(inPlace.Groups["y"].Value, out _); continue; }
            if (BracketNote().IsMatch(b)) continue;
            if (IsRole(b)) role ??= b; else organisation ??= b;
        }
        var baseText = PersonNames.RemoveBrackets(s);
        if (AbsenceMarks && list is AttendanceList.Present or AttendanceList.InAttendance)
        {
            var mark = AbsentMark().Match(baseText);
            if (mark.Success)
            {
                baseText = baseText[..mark.Index];
                list = AttendanceList.Absent;
            }
        }
        // "Councillor X for Councillor Y" (outside brackets)
        if (substituteFor is null)
        {
            var forMatch = ForSomeone().Match(baseText);
            if (forMatch.Success && IsPerson(forMatch.Groups["y"].Value) && IsPerson(forMatch.Groups["x"].Value))
            {
                substituteFor = Clean(forMatch.Groups["y"].Value, out _);
                baseText = forMatch.Groups["x"].Value;
            }
        }
        var name = Clean(baseText, out var printedHonorific);
        if (!PersonNames.IsNameLike(name, afterHonorific: printedHonorific is not null && name.Split(' ').Length <= 3))
        {
            // "Janelle Holmes Wirral University Teaching Hospital": a name already met, followed by an organisation.
            var known = _knownNames.FirstOrDefault(k => name.StartsWith(k + " ", StringComparison.Ordinal));
            if (known is null) return null;
            organisation ??= name[(known.Length + 1)..].Trim();
            name = known;
        }
        var status = list switch
        {
            AttendanceList.Apologies => AttendanceStatus.Apologies,
            AttendanceList.Absent => AttendanceStatus.Absent,
            AttendanceList.InAttendance => AttendanceStatus.InAttendance,
            _ => AttendanceStatus.Present,
        };
        return Add(name, status, role ?? KeptHonorific(printedHonorific) ?? KeptHonorific(honorific), organisation, substituteFor, source);
    }

    private Attendance? AddSubstitute(string text, string forName, SourceRef source, string? honorific = null)
    {
        var s = PersonNames.RemoveBrackets(text);
        var name = Clean(s, out var printed);
        if (!PersonNames.IsNameLike(name)) return null;
        string? role = null;
        foreach (var b in PersonNames.Brackets(text))
            if (PersonNames.ChairRole(b) is { } chair) role = chair;
        return Add(name, AttendanceStatus.Present, role ?? KeptHonorific(printed) ?? KeptHonorific(honorific), null, forName, source);
    }

    private Attendance Add(string name, string status, string? role, string? organisation, string? substituteFor, SourceRef source)
    {
        var key = PersonNames.Key(name);
        if (_byKey.TryGetValue(key, out var existing))
        {
            if (existing.Status == AttendanceStatus.Absent && status == AttendanceStatus.Apologies) existing.Status = status;
            if (role is not null && (existing.Role is null || IsHonorificRole(existing.Role))) existing.Role = role;
            existing.Organisation ??= organisation;
            existing.SubstituteFor ??= substituteFor;
            return existing;
        }
        var entry = new Attendance { Name = name, Status = status, Role = role, Organisation = organisation, SubstituteFor = substituteFor, Source = source };
        _byKey[key] = entry;
        _meeting.Attendance.Add(entry);
        Remember(name);
        if (substituteFor is not null) Remember(substituteFor);
        return entry;
    }

    private void Remember(string name)
    {
        if (name.Contains(' ') && !_knownNames.Contains(name)) _knownNames.Add(name);
    }

    private static void Describe(Attendance person, string text, bool preferRole)
    {
        var t = PersonNames.TrimSentenceEnd(text);
        if (t.Length == 0 || PersonNames.IsPostNominal(t)) return;
        if (PersonNames.ChairRole(t) is { } chair) { person.Role = chair; return; }
        if (person.Role is null || IsHonorificRole(person.Role))
        {
            if (preferRole || IsRole(t))
            {
                var brackets = PersonNames.Brackets(t);
                if (brackets.Count == 1 && t.EndsWith(')') && IsRole(PersonNames.RemoveBrackets(t)) && !IsRole(brackets[0]))
                {
                    person.Role = PersonNames.RemoveBrackets(t);
                    person.Organisation ??= brackets[0];
                }
                else if (IsRole(t) || !IsOrganisation(t)) person.Role = t;
                else person.Organisation ??= t;
                return;
            }
        }
        if (person.Organisation is null) person.Organisation = t;
        else if (!person.Organisation.Contains(t, StringComparison.Ordinal)) person.Organisation += ", " + t;
    }

    private static bool IsHonorificRole(string role) => role is "Councillor" or "Dr" or "Professor";

    /// <summary>Honorifics worth keeping as a role when nothing better is printed.</summary>
    private static string? KeptHonorific(string? honorific) => honorific is not null && IsHonorificRole(honorific) ? honorific : null;

    private static bool IsPerson(string text) => PersonNames.IsNameLike(Clean(PersonNames.RemoveBrackets(text), out _));

    private static string Clean(string text, out string? honorific)
    {
        var t = PersonNames.TrimSentenceEnd(Bullet().Replace(text, ""));
        return PersonNames.TrimSentenceEnd(PersonNames.StripHonorifics(t, out honorific));
    }

    /// <summary>Does the text name a post ("Director of Public Health", "Place Director/ Chair") rather than a body?</summary>
    public static bool IsRole(string text) => RoleWord().IsMatch(text);

    private static bool IsOrganisation(string text) => OrganisationWord().IsMatch(text) || text.All(c => !char.IsLetter(c) || char.IsUpper(c));

    [GeneratedRegex(@"^(?:\*\*)?(?<h>(?:members\s+|board\s+members\s+|committee\s+members\s+|voting\s+members\s+|councillors\s+|also\s+)?present(?:\s+(?:in\s+person|virtually|remotely))?|attendees|attendance|members|membership|voting\s+members|non-voting\s+members|councillors|(?:[a-z&/ ]{0,40}\s)?in\s+attendance(?:\s+(?:virtually|remotely|in\s+person))?|officers(?:\s+present)?|advisers|advisors|speakers|guests|observers|by\s+invitation|apolog(?:y|ies)(?:\s+for\s+absence)?(?:\s+received)?|absent(?:\s+members)?|members\s+absent|not\s+present|substitutes?|substitute\s+members|substitutions)(?:\*\*)?\s*(?:[:\-–—]\s*(?<rest>.*)|\.?)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Header();

    [GeneratedRegex(@"(?:absent|apolog\w*).{0,40}\bmarked\b|\bmarked\b.{0,40}\b(?:absent|apolog)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex AbsenceLegend();

    [GeneratedRegex(@"(?:apolog(?:y|ies)(?:\s+for\s+(?:absence|lateness))?\s+(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:received|submitted|given|reported|noted|tendered|sent|made|presented)|(?:received|reported|noted|tendered|submitted|announced)\s+(?:an\s+)?apolog(?:y|ies)(?:\s+for\s+absence)?|^apolog(?:y|ies)(?:\s+for\s+absence)?(?:\s+received)?)\s*(?:from|by|on\s+behalf\s+of)\b\s*:?\s*(?<list>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ApologySentence();

    [GeneratedRegex(@"^(?:there\s+were\s+|there\s+was\s+)?no\s+(?:other\s+|further\s+)?apolog|^(?:apologies(?:\s+for\s+absence)?\s*[:\-–]\s*)?(?:none|nil)(?:\s+received)?\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NoApologies();

    [GeneratedRegex(@"(?<=[a-z]{2}|\))(?<!\b(?:Mrs|Cllr|Prof|Revd|Rev|Hon|Capt|Col|Sgt|Supt|Insp|Cdr))\.\s+(?=[A-Z])")]
    private static partial Regex SentenceBreak();

    [GeneratedRegex(@"\bsubstitut|\bin\s+place\s+of\b|\breplaced\s+by\b|\bdeputis", RegexOptions.IgnoreCase)]
    private static partial Regex SubstitutionSentence();

    [GeneratedRegex(@"^(?:none|nil|n/a)\b", RegexOptions.IgnoreCase)]
    private static partial Regex NoneWord();

    [GeneratedRegex(@"^(?:[-•*·▪]\s*)+")]
    private static partial Regex Bullet();

    [GeneratedRegex(@"^(?:Councillors|Cllrs\.?)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex PluralHonorific();

    [GeneratedRegex(@"^(?:who\s+)?(?:was|were|had\s+been)\s+(?:substituted|replaced|represented|deputised)(?:\s+for)?\s+by\s+(?<x>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex WhoWasSubstituted();

    [GeneratedRegex(@"^(?<y>.+?)\s*,?\s+(?:who\s+)?(?:was|had\s+been)\s+(?:substituted|replaced|deputised)(?:\s+for)?\s+by\s+(?<x>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex WasSubstitutedBy();

    [GeneratedRegex(@"^(?<x>.+?)\s+(?:substituted\s+for|substituting\s+for|deputised\s+for|deputising\s+for|attended\s+as\s+(?:a\s+)?substitute\s+for|as\s+(?:a\s+)?substitute\s+for|in\s+place\s+of)\s+(?<y>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex SubstitutedFor();

    [GeneratedRegex(@"^(?:in\s+place\s+of|substitut(?:e|ing)\s+for|sub\s+for|deputising\s+for|replacing|for)\s+(?<y>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex InPlaceOf();

    [GeneratedRegex(@"^(?<x>.+?)\s+(?:for|replacing)\s+(?<y>.+)$")]
    private static partial Regex ForSomeone();

    [GeneratedRegex(@"reason|absence|\bonly\b|minute|\bitem|\bleft\b|arrived|virtual|remote|online|\bpart\b|observ|non-voting|substitute\b", RegexOptions.IgnoreCase)]
    private static partial Regex BracketNote();

    [GeneratedRegex(@"\s+(?:\(A\)|A|-\s*A)\s*$")]
    private static partial Regex AbsentMark();

    [GeneratedRegex(@"^(?:name|member|members|attendee|attendees|organisation|role)$", RegexOptions.IgnoreCase)]
    private static partial Regex TableHeaderWord();

    [GeneratedRegex(@"\b(?:Director|Officer|Manager|Chair|Chairman|Chairwoman|Chairperson|Lead|Head|Analyst|Clerk|Secretary|Executive|Member|Councillor|Portfolio|Provider|Representative|Adviser|Advisor|Consultant|Nurse|Doctor|GP|Commissioner|Co-?ordinator|Specialist|Practitioner|Accountant|Counsel|Leader|Mayor|Chief|President|Governor|Principal|Solicitor|Lawyer|Scrutiny|Worker|Engineer|Planner|Partner|Controller|Treasurer|Auditor|Inspector|Superintendent|Commander|Dean|Professor|Therapist|Pharmacist|Surgeon|Physician|Champion|Deputy|Assistant|Administrator)s?\b", RegexOptions.CultureInvariant)]
    private static partial Regex RoleWord();

    [GeneratedRegex(@"\b(?:Council|Trust|NHS|CCG|ICB|University|Hospital|Healthwatch|Police|Service|Services|Partnership|Group|Board|Authority|Department|Company|Ltd|Limited|plc|Association|Society|Foundation|Alliance|Forum|Network|College|School|Practice|Agency|Commission|Office|Centre|Center)\b", RegexOptions.CultureInvariant)]
    private static partial Regex OrganisationWord();
}
