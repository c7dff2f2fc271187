using System.Text.RegularExpressions;
using Minutebook.Extraction.Text;

namespace Minutebook.Extraction.Actions;

/// <summary>What a resolution asks someone to do: who (where stated) and by when (where stated).</summary>
public sealed record ImpliedAction(string? Owner, string? Due);

/// <summary>
/// Tells actions from decisions in a resolution's text. "be circulated to", "be shared with", "come back to the
/// Board", "report back to the next meeting", "X to meet to discuss", "That the Officer liaise with ...",
/// "delegate authority to X" are actions; "be noted", "be agreed", "approved", "endorsed" are decisions.
/// </summary>
public static partial class ActionRecogniser
{
    public static ImpliedAction? TryRead(string text)
    {
        if (text.Length < 8 || NoAction().IsMatch(text)) return null;
        string? owner = null;
        bool action = false;
        bool decision = DecisionFirst().IsMatch(text);

        var subject = SubjunctiveOwner().Match(text);
        if (!decision && subject.Success && !DecisionVerb().IsMatch(subject.Groups["verb"].Value))
        {
            owner = subject.Groups["owner"].Value;
            action = true;
        }
        var asked = AskedOwner().Match(text);
        if (asked.Success) { owner ??= asked.Groups["owner"].Value; action = true; }
        var requested = RequestedOwner().Match(text);
        if (requested.Success) { owner ??= requested.Groups["owner"].Value; action = true; }
        var delegated = DelegatedTo().Match(text);
        if (delegated.Success) { owner ??= delegated.Groups["owner"].Value; action = true; }
        var meet = ToMeet().Match(text);
        if (meet.Success) { owner ??= meet.Groups["owner"].Value; action = true; }
        if (!action && !decision && (PassiveAction().IsMatch(text) || ComeBack().IsMatch(text) || FutureReport().IsMatch(text))) action = true;
        if (!action) return null;
        return new ImpliedAction(owner is null ? null : TidyOwner(owner), Due(text));
    }

    /// <summary>When the action is due, as printed ("before the end of the year", "next meeting"), or an ISO date when exact.</summary>
    public static string? Due(string text)
    {
        var m = DueText().Match(text);
        if (!m.Success) return null;
        var due = m.Groups["due"].Value.Trim().TrimEnd('.', ',', ';');
        if (PrintedDate.TryFind(due, out var date, out var dm) && dm.Length >= due.Length - 12 && DayPrinted().IsMatch(dm.Value))
            return date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        if (NextMeeting().IsMatch(due)) return "next meeting";
        return DuePreposition().Replace(due, "");
    }

    private static string TidyOwner(string owner)
    {
        var o = owner.Trim().TrimEnd(',', ';');
        o = Regex.Replace(o, @"^(?:That|that)\s+", "");
        return o;
    }

    [GeneratedRegex(@"\bno\s+(?:further\s+)?actions?\b|\bnot\s+(?:to\s+)?(?:take|wish)\b|\bno\s+further\s+action", RegexOptions.IgnoreCase)]
    private static partial Regex NoAction();

    // "That the Health & Social Care Programme Director share ...", "That the Scrutiny Officer liaise with ...",
    // "That the Head of Finance, Integrated Commissioning circulate ..." (a post with its service after a comma)
    [GeneratedRegex(@"^(?:That|that)\s+(?<owner>(?:the\s+)?[A-Z][\w&'’\-]*(?:,?\s+(?:[A-Z][\w&'’\-]*|of|for|and|&|the))*?)\s+(?:(?:should|will|would|is\s+to|are\s+to)\s+)?(?<verb>share|provide|circulate|liaise|write|arrange|bring|report|prepare|review|contact|investigate|send|update|develop|produce|draft|ensure|explore|seek|present|respond|look|organise|organize|convene|distribute|publish|establish|set\s+up|take\s+forward|follow\s+up|consult|engage|work\s+with|meet|feed\s+back|raise|escalate|lead|facilitate|identify|confirm|clarify|undertake|commission|submit|progress)\b", RegexOptions.CultureInvariant)]
    private static partial Regex SubjunctiveOwner();

    [GeneratedRegex(@"^(?:note|noted|agree|agreed|approve|approved|endorse|endorsed|receive|received|accept)$", RegexOptions.IgnoreCase)]
    private static partial Regex DecisionVerb();

    // "the Place Governance Advisory Group be asked to address ..."
    [GeneratedRegex(@"(?:^|\bthat\s+|\(\w+\)\s+)(?<owner>(?:the\s+)?[A-Z][^,;]*?)\s+be\s+(?:asked|requested|invited|instructed|authorised|authorized)\s+to\b", RegexOptions.CultureInvariant)]
    private static partial Regex AskedOwner();

    // "Requested that the Director of Public Health provide ..."
    [GeneratedRegex(@"\b(?i:requested|asked|instructed|requires?)\s+(?:that\s+)?(?<owner>the\s+[A-Z][\w&'’\- ]*?)\s+(?:to\s+)?(?:provide|share|circulate|write|arrange|bring|report|prepare|review|contact|send|update|develop|produce|draft|ensure|present|respond|liaise|confirm|clarify|meet|submit)\b", RegexOptions.CultureInvariant)]
    private static partial Regex RequestedOwner();

    // "Delegate authority to the Director of Public Health in consultation with ...", "be delegated to the Director of X, Y Council in consultation ..."
    [GeneratedRegex(@"\b(?i:delegate(?:s|d)?\s+(?:authority\s+)?to|be\s+delegated\s+to|delegated\s+authority\s+to)\s+(?<owner>(?:the\s+)?[A-Z][^;]*?)(?=\s+in\s+consultation\b|\s+to\s+\w|\s*[;.(]|\s+and\s+(?:that|to)\b|$)", RegexOptions.CultureInvariant)]
    private static partial Regex DelegatedTo();

    // "the Chair of X and the Director of Public Health are to meet to discuss"
    [GeneratedRegex(@"^(?:That\s+)?(?<owner>(?:the\s+)?[A-Z].*?)\s+(?:are|is)?\s*to\s+meet\b", RegexOptions.CultureInvariant)]
    private static partial Regex ToMeet();

    [GeneratedRegex(@"\bbe\s+(?:re-?)?(?:circulated|shared|sent|distributed|forwarded|provided|brought(?:\s+back)?|presented|submitted|reported(?:\s+back)?|made\s+available|published|undertaken|arranged|investigated|prepared|drafted|developed|updated|referred|escalated|explored|followed\s+up|taken\s+forward|progressed|produced|written|emailed|e-mailed|added\s+to|included\s+in|scheduled|organised|organized|commissioned|reviewed\s+(?:at|by|in)|considered\s+(?:at|by)\s+(?:the\s+)?(?:next|a\s+future|future))\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PassiveAction();

    [GeneratedRegex(@"\b(?:to\s+)?(?:come|coming|be\s+brought)\s+(?:back\s+)?to\s+(?:the|a|its)\s+(?:next\s+|future\s+|\w+\s+)?(?:Board|Committee|meeting|Panel|Cabinet|Council|Group)|\breport\s+back\b|\bbring\s+(?:back|forward)\b|\bfeed\s*back\b|\breturn\s+to\s+(?:the|a)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ComeBack();

    [GeneratedRegex(@"\breceives?\s+(?:a\s+)?(?:further\s+|future\s+)+(?:update|report)s?\b|\b(?:a\s+)?(?:further|future)\s+(?:update|report)s?\s+(?:be|is|are|will\s+be)\s+(?:brought|presented|provided|submitted|received)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FutureReport();

    [GeneratedRegex(@"\b(?<due>(?:before|by)\s+the\s+end\s+of\s+(?:the\s+)?(?:\w+\s+)?(?:year|month|quarter|\w+(?:\s+\d{4})?)|(?:by|before|in|during|no\s+later\s+than)\s+(?:[0-3]?\d(?:st|nd|rd|th)?\s+)?(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+[0-3]?\d(?:st|nd|rd|th)?(?!\d))?,?(?:\s+\d{4})?|(?:to|at|for)\s+(?:the|its)\s+next\s+(?:\w+\s+)?meeting(?:\s+of\s+the\s+[A-Z][\w\s&]*?(?=\s+and\b|[.;,]|$))?|(?:to|at|for)\s+the\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:\w+\s+)?meeting|within\s+(?:\d+|one|two|three|four|six|twelve)\s+(?:weeks?|months?)|in\s+(?:\d+|one|two|three|four|six|twelve)\s+months['’]?\s+time|once\s+(?:completed|complete|available|finalised|finalized|agreed))", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DueText();

    /// <summary>"Notes ...", "Agree the ...", "Endorses ...": a decision, even if it mentions future work.</summary>
    [GeneratedRegex(@"^(?:(?i:that)\s+)?(?:(?:the\s+)?[A-Z][\w&'’\-]*(?:\s+[A-Z][\w&'’\-]*){0,4}\s+)?(?i:notes?|noted|agrees?|approves?|endorses?|accepts?|supports?|adopts?|confirms?|welcomes?|considered|recommends?\s+to)\b", RegexOptions.CultureInvariant)]
    private static partial Regex DecisionFirst();

    [GeneratedRegex(@"^(?:to|at|for|on|in|during)\s+(?:the\s+)?(?!\d+\s+months)", RegexOptions.IgnoreCase)]
    private static partial Regex DuePreposition();

    [GeneratedRegex(@"\bnext\b.*\bmeeting\b", RegexOptions.IgnoreCase)]
    private static partial Regex NextMeeting();

    [GeneratedRegex(@"^[0-3]?\d|\d{1,2},?\s+\d{4}$")]
    private static partial Regex DayPrinted();
}
