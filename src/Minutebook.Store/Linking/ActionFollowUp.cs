using System.Text.RegularExpressions;

namespace Minutebook.Store.Linking;

/// <summary>
/// Whether a later agenda item or report answers an action. The action's subject is what it asks for
/// ("That the Measurement Framework is to come to the Board before the end of the year" → "Measurement Framework");
/// a later title answers it when every significant word of the title is in the action and at least two are,
/// or when the title's one significant word is the action's whole subject.
/// </summary>
public static partial class ActionFollowUp
{
    /// <summary>Words that say nothing about what an action or an item is about.</summary>
    private static readonly HashSet<string> Insignificant =
    [
        "a", "an", "the", "and", "or", "of", "to", "for", "in", "on", "at", "by", "with", "from", "into", "as", "its", "it",
        "that", "this", "these", "those", "be", "is", "are", "was", "were", "will", "would", "should", "shall", "must",
        "can", "could", "may", "might", "been", "being", "has", "have", "had", "not", "no", "all", "any", "each",
        "board", "committee", "cabinet", "council", "meeting", "meetings", "item", "items", "agenda", "paper", "papers",
        "report", "reports", "update", "updates", "verbal", "presentation", "note", "noting", "come", "back", "bring",
        "brought", "return", "returned", "future", "next", "before", "after", "end", "year", "month", "quarter", "date",
        "circulate", "circulated", "provide", "provided", "share", "shared", "members", "member", "chair", "officer",
        "officers", "action", "actions", "further", "detail", "details", "information", "made", "make", "take", "taken",
        "arrange", "arranged", "consider", "considered", "receive", "received", "progress", "ensure", "via", "s",
        "public", "part", "i", "ii", "b", "c", "d", "other", "business", "urgent", "minutes", "apologies", "absence",
        "declarations", "interest", "interests", "questions", "welcome", "introductions", "close", "terms", "reference",
    ];

    /// <summary>Titles that recur at every meeting and answer nothing.</summary>
    [GeneratedRegex(@"^(minutes|apologies|declarations?|attendances?|any other business|urgent business|questions|action (log|tracker)|matters arising|date of (the )?next|forward plan|work ?programme|welcome)", RegexOptions.IgnoreCase)]
    private static partial Regex RoutineTitle();

    [GeneratedRegex(@"^(that\s+)?(the\s+)?(?<subject>.+?)\s+(is|are|was|were|be|to be|will|would|should|shall|must|needs?|has|have)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectBeforeVerb();

    [GeneratedRegex(@"^(that\s+)?(?<who>[\w.\s]{1,40}?)\s+(to|will|would|should)\s+(bring|provide|present|circulate|share|report|return|come back)\s+(back\s+)?(an?\s+|the\s+)?(update\s+on\s+|report\s+on\s+|paper\s+on\s+)?(the\s+)?(?<subject>.+?)(\s+to\s+(the\s+)?(next|future|a future|board|committee|meeting)\b.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectAfterVerb();

    /// <summary>The thing an action is about, for display; null when no subject stands out.</summary>
    public static string? Subject(string action)
    {
        var text = action.Trim().TrimEnd('.');
        var after = SubjectAfterVerb().Match(text);
        if (after.Success && Significant(after.Groups["subject"].Value).Count > 0) return Tidy(after.Groups["subject"].Value);
        var before = SubjectBeforeVerb().Match(text);
        if (before.Success && Significant(before.Groups["subject"].Value).Count > 0) return Tidy(before.Groups["subject"].Value);
        return null;
    }

    private static string Tidy(string s) => s.Trim().TrimEnd('.', ',', ';');

    /// <summary>The significant words of a text, lower case, with a plural 's' dropped.</summary>
    public static HashSet<string> Significant(string? text)
    {
        var set = new HashSet<string>(StringComparer.Ordinal);
        if (string.IsNullOrEmpty(text)) return set;
        foreach (var w in BodyNames.Words(text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (Insignificant.Contains(w) || w.All(char.IsDigit)) continue;
            set.Add(Stem(w));
        }
        return set;
    }

    private static string Stem(string w) =>
        w.Length > 4 && w.EndsWith('s') && !w.EndsWith("ss", StringComparison.Ordinal) ? w[..^1] : w;

    public static bool IsRoutine(string title) => RoutineTitle().IsMatch(title.TrimStart('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', ' ', '\t'));

    /// <summary>True when a later item or report titled <paramref name="title"/> answers the action.</summary>
    public static bool Answers(string title, HashSet<string> actionWords, HashSet<string>? subjectWords)
    {
        if (IsRoutine(title)) return false;
        var words = Significant(title);
        if (words.Count == 0 || !words.IsSubsetOf(actionWords)) return false;
        if (words.Count >= 2) return true;
        // one significant word: enough only when it is the action's whole subject ("the Dashboard to come back")
        return subjectWords is { Count: 1 } && subjectWords.SetEquals(words) && words.First().Length >= 5;
    }
}
