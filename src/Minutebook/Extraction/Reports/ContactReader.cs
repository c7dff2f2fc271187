using System.Buffers;
using System.Text.RegularExpressions;
using Minutebook.Model;

namespace Minutebook.Extraction.Reports;

/// <summary>
/// Reads the contact block of a report: "For any enquiries about this report please contact:", "Contact Officer:",
/// "Contact details", "Contact Information", "Report Author:", "Contact person for ... further information:".
/// Each person: name, role, email, phone ("Name:" / "Job Title:" / "Email:" labels, "T:" / "E:" prefixes,
/// "Name – role" on one line, or name, role and address on lines of their own).
/// </summary>
public static partial class ContactReader
{
    /// <summary>Is the line a contact heading or label? Returns the text printed after it, if any.</summary>
    public static bool IsTrigger(string text) => Trigger(text, out _);

    public static bool Trigger(string text, out string? rest)
    {
        rest = null;
        if (text.Length < 7 || text.Length > 200 || text.Contains('\t')) return false;
        if (!text.AsSpan().ContainsAny(TriggerWords)) return false;
        var m = TriggerPattern().Match(text);
        if (!m.Success) return false;
        var r = m.Groups["rest"].Value.Trim();
        rest = r.Length > 0 ? r : null;
        return true;
    }

    /// <summary>Parts of the words every contact heading contains ("contact", "author", "enquiries"): a cheap test before the pattern.</summary>
    private static readonly SearchValues<string> TriggerWords = SearchValues.Create(["ontact", "uthor", "nquir"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Reads the people listed from <paramref name="start"/> (the unit after the trigger).</summary>
    public static List<ReportContact> Read(List<ReportUnit> units, int start, ReportUnit trigger, string? rest)
    {
        var people = new List<ReportContact>();
        ReportContact? current = null;
        bool roleFromLabel = false, labelled = false;
        if (rest is not null) Take(trigger, rest);
        for (int i = start, n = 0; i < units.Count && n < 16; i++, n++)
        {
            var u = units[i];
            if (IsIntroduction(ListMarker.Read(u.Text) is { IsItem: true } m ? u.Text[m.Length..] : u.Text)) continue;
            if (EndsBlock(u)) break;
            if (!Take(u, u.Text)) break;
        }
        return people;

        bool Take(ReportUnit u, string text)
        {
            text = text.Replace('\t', ' ').Trim();
            var label = FieldLabel().Match(text);
            if (label.Success)
            {
                var value = text[label.Length..].Trim();
                var field = label.Groups["f"].Value.ToLowerInvariant();
                if (field.StartsWith("name")) { Start(u, value); labelled = true; return true; }
                if (field.Contains("title") || field.StartsWith("role") || field.StartsWith("position") || field.StartsWith("designation"))
                { if (current is not null) { AddRole(value); roleFromLabel = true; } return true; }
            }
            else if (labelled) return false;   // a "Name: / Job Title: / Email:" block ends at its first unlabelled line
            if (RoleHeading().IsMatch(text)) { current = null; return true; }   // "Author", "Relevant Director": a new person follows
            var email = Email().Match(text);
            if (email.Success)
            {
                var address = email.Value.TrimEnd('.');
                var other = Email().Replace(text, "");
                other = MailLink().Replace(other, "");
                other = EmailPrefix().Replace(other, "").Trim(' ', '(', ')', '[', ']', '–', '-', ':', ',', '.');
                if (current is null || (current.Email is not null && other.Length > 0)) Start(u, other.Length > 0 ? other : address);
                else if (other.Length > 0) AddRole(other);
                if (current is not null) current.Email ??= address;
                return true;
            }
            var phone = Phone().Match(text);
            if (phone.Success && phone.Index <= 12)
            {
                if (current is not null) current.Phone ??= phone.Groups["p"].Value.Trim();
                return true;
            }
            if (current is null || current.Email is not null || current.Phone is not null || (current.Role is not null && !roleFromLabel && RecommendationReader.LooksLikeName(NameAndRole(text).Name)))
            {
                Start(u, text);
                return true;
            }
            AddRole(text);
            return true;
        }

        void Start(ReportUnit u, string text)
        {
            var (name, role) = NameAndRole(text);
            if (name.Length == 0) return;
            current = new ReportContact { Name = name, Role = role, Source = u.Line.Ref };
            roleFromLabel = false;
            if (!people.Exists(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))) people.Add(current);
        }

        void AddRole(string text)
        {
            if (current is null || text.Length == 0) return;
            current.Role = current.Role is null ? text.TrimEnd(',') : current.Role.TrimEnd(',') + ", " + text.TrimEnd(',');
        }
    }

    /// <summary>"Emma Brown – Director of Adults" → ("Emma Brown", "Director of Adults"); "Simon Banks" → ("Simon Banks", null).</summary>
    public static (string Name, string? Role) NameAndRole(string text)
    {
        var t = text.Trim().TrimEnd(',', '.', ' ', '–', '-');
        foreach (var sep in new[] { " – ", " - ", " — ", ", " })
        {
            int k = t.IndexOf(sep, StringComparison.Ordinal);
            if (k > 0 && RecommendationReader.LooksLikeName(StripHonorific(t[..k])))
                return (t[..k].Trim(), t[(k + sep.Length)..].Trim());
        }
        return (t, null);
    }

    private static string StripHonorific(string name)
    {
        var m = Honorific().Match(name);
        var rest = m.Success ? name[m.Length..] : name;
        return rest.Contains(' ') ? rest : name + " X";   // "Dr Gogarty" still reads as a name
    }

    private static bool IsIntroduction(string text) =>
        text.EndsWith(':') && (text.ContainsIgnoreCase("directed") || text.ContainsIgnoreCase("contact")
                               || text.ContainsIgnoreCase("enquir") || text.ContainsIgnoreCase("officer"));

    private static bool EndsBlock(ReportUnit u)
    {
        var t = u.Text;
        if (FieldLabel().IsMatch(t)) return false;
        if (t.Length > 160 || u.HasCells && t.Split('\t', StringSplitOptions.RemoveEmptyEntries).Length > 2) return true;
        if (u.Heading && !FieldLabel().IsMatch(t)) return true;
        if (u.Opening.Kind != SectionKind.None) return true;
        if (EndWords().IsMatch(t)) return true;
        var marker = ListMarker.Read(t);
        if (marker.Style is MarkerStyle.Number or MarkerStyle.Decimal && !Phone().IsMatch(t)) return true;   // a numbered paragraph of the report
        if (ReportSection.IsCapitals(t) && !t.Contains('@') && !RecommendationReader.LooksLikeName(t)) return true;   // "APPENDICES"
        var label = u.Label;
        return label.Kind is not (LabelKind.None or LabelKind.Author or LabelKind.Contact or LabelKind.LeadOfficer);
    }

    [GeneratedRegex(@"^(?:\d{1,2}(?:\.\d{1,2})*\.?\s+)?(?:for\s+(?:any\s+|further\s+|more\s+)?(?:enquiries|queries|information|questions)\b[^:]{0,80}?\bcontact\b[^:]{0,20}|contact\s+(?:details|information|officers?|person|name|point)\b[^:]{0,90}|contacts?|report\s+authors?|authors?|(?:the\s+)?contact\s+for\s+this\s+report(?:\s+is)?)\s*(?::|\s[–-]\s|$)\s*(?<rest>.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TriggerPattern();

    [GeneratedRegex(@"^(?<f>name|job\s+title|title|role|position|designation|e-?mail|tel(?:ephone)?|phone|mobile)\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FieldLabel();

    [GeneratedRegex(@"^(?:report\s+)?(?:author|relevant\s+director|responsible\s+director|lead\s+officer|contact\s+officer|director|lead\s+director|officer\s+contact)s?:?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex RoleHeading();

    [GeneratedRegex(@"[A-Za-z0-9._%+'-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}", RegexOptions.CultureInvariant)]
    private static partial Regex Email();

    [GeneratedRegex(@"\[\]\(mailto:\)|\(mailto:\)|\[\s*\]", RegexOptions.CultureInvariant)]
    private static partial Regex MailLink();

    [GeneratedRegex(@"^\s*(?:e-?mail|e)\s*:\s*", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EmailPrefix();

    [GeneratedRegex(@"^(?:(?:t|tel|telephone|phone|mobile|mob|direct\s+line)\s*[:.]?\s*)?(?<p>\+?\(?\d[\d ()-]{8,16}\d)(?:\s*(?:ext\.?|extension)\s*\d+)?\s*$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Phone();

    [GeneratedRegex(@"\b(?:comments?|implications|background\s+papers?|appendi(?:x|ces)|electoral\s+divisions?|published\s+documents)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex EndWords();

    [GeneratedRegex(@"^(?:dr|mr|mrs|ms|miss|prof|professor|cllr|councillor)\.?\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Honorific();
}
