using System.Text;
using System.Text.RegularExpressions;

namespace Minutebook.Extraction.Minutes;

/// <summary>
/// People's names as minutes print them: honorifics stripped ("Councillor", "Cllr", "Dr", "Mrs", "Professor"...),
/// chair roles read from brackets, lists split on commas, semicolons and "and".
/// </summary>
public static partial class PersonNames
{
    /// <summary>Removes leading honorifics; returns the stripped name and the first honorific (normalised) if any.</summary>
    public static string StripHonorifics(string text, out string? honorific)
    {
        honorific = null;
        var s = text.Trim();
        while (true)
        {
            var m = Honorific().Match(s);
            if (!m.Success) break;
            honorific ??= Normalise(m.Groups["h"].Value);
            s = s[m.Length..].TrimStart();
        }
        return s;
    }

    private static string Normalise(string h)
    {
        var t = h.TrimEnd('.').ToLowerInvariant();
        return t switch
        {
            "cllr" or "cllrs" or "councillor" or "councillors" or "county councillor" => "Councillor",
            "prof" or "professor" => "Professor",
            _ => char.ToUpperInvariant(h[0]) + h[1..].TrimEnd('.'),
        };
    }

    /// <summary>True when the text looks like a person's name (after honorifics are stripped): 1-5 capitalised words or initials.</summary>
    public static bool IsNameLike(string name) => IsNameLike(name, afterHonorific: false);

    /// <summary>
    /// After a printed honorific ("Mrs C Head") words that are usually not names ("Head", "Chief") are allowed:
    /// the honorific says a person is meant.
    /// </summary>
    public static bool IsNameLike(string name, bool afterHonorific)
    {
        if (name.Length is 0 or > 60) return false;
        int tokens = 0, words = 0;
        foreach (var raw in name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            tokens++;
            if (tokens > 5) return false;
            var t = raw.TrimEnd(',');
            if (Particles.Contains(t)) continue;
            if (!NameToken().IsMatch(t)) return false;
            if (!afterHonorific && NotNameWords.Contains(t)) return false;
            if (t.Length >= 3 && t.All(c => !char.IsLetter(c) || char.IsUpper(c)) && !name.All(c => !char.IsLetter(c) || char.IsUpper(c))) return false;
            if (t.Count(char.IsLetter) >= 2) words++;
        }
        return words >= 1;
    }

    /// <summary>Post-nominal letters printed after a name, as their own list segment ("OBE").</summary>
    public static bool IsPostNominal(string segment) => PostNominal().IsMatch(segment.Trim());

    /// <summary>"in the Chair", "(Chairman)", "Vice-Chairman" → "Chair" / "Vice-Chair"; null otherwise.</summary>
    public static string? ChairRole(string text)
    {
        var m = Chair().Match(text.Trim());
        if (!m.Success) return null;
        return m.Groups["vice"].Success ? (m.Groups["vice"].Value.StartsWith("Dep", StringComparison.OrdinalIgnoreCase) ? "Deputy Chair" : "Vice-Chair") : "Chair";
    }

    /// <summary>A key to match the same person printed twice ("Dr. John Doddy" / "Councillor Dr John Doddy").</summary>
    public static string Key(string name)
    {
        var sb = new StringBuilder(name.Length);
        foreach (var c in name) if (char.IsLetter(c)) sb.Append(char.ToLowerInvariant(c));
        return sb.ToString();
    }

    /// <summary>
    /// Splits a list at top-level commas and semicolons (not inside brackets), then splits "A and B" when both
    /// sides are names ("D. Evans and M. Pritchard"), but not "Adult Social Care and Public Health".
    /// </summary>
    public static List<string> SplitList(string text)
    {
        var parts = new List<string>();
        int depth = 0, start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '(' || c == '[') depth++;
            else if ((c == ')' || c == ']') && depth > 0) depth--;
            else if ((c == ',' || c == ';') && depth == 0)
            {
                AddWithAnd(parts, text[start..i]);
                start = i + 1;
            }
        }
        AddWithAnd(parts, text[start..]);
        return parts;
    }

    private static void AddWithAnd(List<string> parts, string segment)
    {
        segment = segment.Trim();
        if (segment.Length == 0) return;
        if (segment.StartsWith("and ", StringComparison.Ordinal)) segment = segment[4..].TrimStart();
        // "... from X, who was substituted for by Y, and from Z": the list resumes after a clause
        if (segment.StartsWith("from ", StringComparison.Ordinal)) segment = segment[5..].TrimStart();
        if (segment.Contains(" and ", StringComparison.Ordinal) || segment.Contains(" & ", StringComparison.Ordinal))
        {
            var pieces = SplitTopLevelAnd(segment);
            if (pieces.Length > 1 && pieces.All(p => IsNameLike(StripHonorifics(RemoveBrackets(p), out _).TrimEnd('.'))))
            {
                foreach (var p in pieces) if (p.Trim().Length > 0) parts.Add(p.Trim());
                return;
            }
        }
        parts.Add(segment);
    }

    private static string[] SplitTopLevelAnd(string segment)
    {
        var pieces = new List<string>();
        int depth = 0, start = 0;
        for (int i = 0; i < segment.Length; i++)
        {
            char c = segment[i];
            if (c == '(') depth++;
            else if (c == ')' && depth > 0) depth--;
            else if (depth == 0 && c == ' ')
            {
                int len = segment.AsSpan(i).StartsWith(" and ") ? 5 : segment.AsSpan(i).StartsWith(" & ") ? 3 : 0;
                if (len > 0)
                {
                    pieces.Add(segment[start..i]);
                    start = i + len;
                    i += len - 1;
                }
            }
        }
        pieces.Add(segment[start..]);
        return pieces.ToArray();
    }

    /// <summary>The text without any bracketed parts.</summary>
    public static string RemoveBrackets(string text)
    {
        if (!text.Contains('(')) return text.Trim();
        var sb = new StringBuilder(text.Length);
        int depth = 0;
        foreach (var c in text)
        {
            if (c == '(') { depth++; continue; }
            if (c == ')') { if (depth > 0) depth--; continue; }
            if (depth == 0) sb.Append(c);
        }
        return MultiSpace().Replace(sb.ToString(), " ").Trim();
    }

    /// <summary>The top-level bracketed parts of the text, in order.</summary>
    public static List<string> Brackets(string text)
    {
        var list = new List<string>();
        int depth = 0, start = -1;
        for (int i = 0; i < text.Length; i++)
        {
            if (text[i] == '(') { if (depth++ == 0) start = i + 1; }
            else if (text[i] == ')' && depth > 0 && --depth == 0) list.Add(text[start..i].Trim());
        }
        return list;
    }

    /// <summary>Trailing full stop of a sentence, not of an initial ("J.").</summary>
    public static string TrimSentenceEnd(string text)
    {
        var t = text.Trim().TrimEnd(';', ',', ':', '*').TrimEnd();
        if (t.EndsWith('.') && t.Length > 2 && char.IsLetter(t[^2]) && char.IsLetter(t[^3])) t = t[..^1];
        else if (t.EndsWith(" .", StringComparison.Ordinal) || t.EndsWith(").", StringComparison.Ordinal)) t = t[..^1];
        return t.TrimEnd();
    }

    /// <summary>Does the text end with an honorific or a lone initial, i.e. a name cut by a line break ("..., Mr", "Dr M")?</summary>
    public static bool EndsMidName(string text)
    {
        var t = text.TrimEnd();
        int sp = t.LastIndexOf(' ');
        var last = sp < 0 ? t : t[(sp + 1)..];
        if (last.Length == 0) return false;
        if (Honorific().IsMatch(last + " x")) return true;
        return (last.Length == 1 && char.IsUpper(last[0])) || (last.Length == 2 && char.IsUpper(last[0]) && last[1] == '.');
    }

    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal) { "de", "van", "von", "der", "den", "da", "di", "le", "la", "du", "bin", "al", "el" };

    private static readonly HashSet<string> NotNameWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Council", "Councils", "Trust", "Director", "Officer", "Manager", "Board", "Committee", "Hospital", "University",
        "Health", "Care", "Services", "Service", "Group", "Partnership", "Lead", "Head", "Chief", "Executive", "Team",
        "Department", "Foundation", "Commissioning", "Public", "Social", "Adult", "Adults", "Children", "Community",
        "Programme", "Project", "Policy", "Strategy", "Report", "Minute", "Minutes", "Item", "Agenda", "Meeting", "None",
        "Nil", "The", "This", "That", "These", "Attended", "Apologies", "Apology", "Members", "Member", "Chair", "Chairman",
        "Vice-Chair", "Vice-Chairman", "Clinical", "Authority", "County", "Borough", "City", "District", "Cabinet",
        "Portfolio", "Holder", "Representative", "Healthwatch", "Provider", "Primary", "Secretary", "Clerk", "Governance",
        "Democratic", "Legal", "Finance", "Assistant", "Deputy", "Interim", "Acting", "Senior", "Principal", "Corporate",
        "Strategic", "Mental", "Wellbeing", "Nursing", "Medical", "Housing", "Police", "Fire", "Rescue", "Ambulance",
        "Voluntary", "Sector", "Present", "Absent", "Substitute", "Substitutes", "Officers", "Councillors", "Also",
        "Welcome", "Introduction", "Declarations", "Interest", "Interests", "Other", "Reasons", "Update", "For", "Of",
        "Was", "Were", "Had", "Has", "Received", "From", "Business", "Questions", "Work", "Date", "Time", "Venue", "Place",
    };

    [GeneratedRegex(@"^(?:[A-Z][a-zA-Z'’\-]*[a-z][a-zA-Z'’\-]*|[A-Z]\.?|(?:[A-Z]\.){1,3}|[A-Z]{2,3}|Mc[A-Z][a-z]+|O['’][A-Z][a-z]+)\.?$")]
    private static partial Regex NameToken();

    [GeneratedRegex(@"^(?<h>County\s+Councillor|Councillors?|Cllrs?\.?|Dr\.?|Doctor|Mr\.?|Mrs\.?|Ms\.?|Miss|Mx\.?|Professor|Prof\.?|Sir|Dame|Lord|Lady|Baroness|Rev(?:d|erend)?\.?|Canon|Alderman|(?:The\s+)?Rt\.?\s+Hon\.?|Hon\.?)(?=\s|$)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Honorific();

    [GeneratedRegex(@"^(?:OBE|MBE|CBE|KBE|DBE|BEM|QC|KC|JP|MP|DL|FRCP|FRCS|PhD|MBA|FCA)(?:\s+(?:OBE|MBE|CBE|JP|DL))*\.?$")]
    private static partial Regex PostNominal();

    [GeneratedRegex(@"^(?:in\s+the\s+)?(?<vice>(?:Vice|Deputy)[\s-])?\s*Chair(?:man|woman|person)?(?:\s+for\s+(?:the\s+)?(?:meeting|item\b.*))?\.?$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Chair();

    [GeneratedRegex(@"\s+(?:and|&)\s+")]
    private static partial Regex AndSplit();

    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex MultiSpace();
}
