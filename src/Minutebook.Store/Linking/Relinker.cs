using Minutebook.Store.Engine;

namespace Minutebook.Store.Linking;

/// <summary>
/// The links that depend on more than one pack, recomputed for the bodies and authorities an ingest touched:
/// who is who across meetings (<see cref="PersonNames.Cluster"/>), and which later item or report answers each action.
/// </summary>
public sealed class Relinker(Db db)
{
    public void Run(IEnumerable<long> bodies, IEnumerable<string> scopes)
    {
        db.Begin();
        try
        {
            foreach (var scope in scopes) LinkPeople(scope);
            foreach (var body in bodies) FollowActions(body);
            db.Commit();
        }
        catch
        {
            db.Rollback();
            throw;
        }
    }

    /// <summary>Every body and authority again (after a schema change in linking rules).</summary>
    public void RunAll()
    {
        var bodies = db.Query("SELECT id FROM bodies", r => r.L(0));
        var scopes = db.Query("SELECT DISTINCT authority_key FROM bodies", r => r.S(0)).Append("").Distinct().ToList();
        Run(bodies, scopes);
    }

    private const string MeetingsInScope =
        "SELECT m.id FROM meetings m LEFT JOIN bodies b ON b.id = m.body_id WHERE coalesce(b.authority_key, '') = @p0";

    private void LinkPeople(string scope)
    {
        var names = db.Query($"SELECT DISTINCT name FROM attendance WHERE meeting_id IN ({MeetingsInScope})", r => r.S(0), scope);
        names.AddRange(db.Query($"SELECT DISTINCT name FROM declarations WHERE name IS NOT NULL AND meeting_id IN ({MeetingsInScope})", r => r.S(0), scope));
        var clusters = PersonNames.Cluster(names);
        var ids = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var (key, display, surname) in clusters.Values.Distinct())
        {
            if (ids.ContainsKey(key)) continue;
            var id = db.Long("SELECT id FROM people WHERE scope = @p0 AND key = @p1", scope, key);
            if (id is null)
                id = db.Insert("INSERT INTO people (scope, key, name, surname) VALUES (@p0, @p1, @p2, @p3) RETURNING id", scope, key, display, surname);
            else
                db.Execute("UPDATE people SET name = @p1 WHERE id = @p0", id.Value, display);
            ids[key] = id.Value;
        }
        foreach (var name in names.Distinct())
        {
            long? person = clusters.TryGetValue(name, out var c) ? ids[c.Key] : null;
            db.Execute($"UPDATE attendance SET person_id = @p0 WHERE name = @p1 AND meeting_id IN ({MeetingsInScope.Replace("@p0", "@p2")})", person, name, scope);
            db.Execute($"UPDATE declarations SET person_id = @p0 WHERE name = @p1 AND meeting_id IN ({MeetingsInScope.Replace("@p0", "@p2")})", person, name, scope);
        }
        db.Execute("DELETE FROM people WHERE scope = @p0 AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.person_id = people.id) " +
                   "AND NOT EXISTS (SELECT 1 FROM declarations d WHERE d.person_id = people.id)", scope);
    }

    private sealed record Answer(string Kind, long Id, long MeetingId, DateOnly Date, string Title, HashSet<string> Words);

    private void FollowActions(long bodyId)
    {
        var meetings = db.Query("SELECT id, date FROM meetings WHERE body_id = @p0 AND date IS NOT NULL ORDER BY date", r => (Id: r.L(0), Date: r.Date(1)!.Value), bodyId);
        var dateOf = meetings.ToDictionary(m => m.Id, m => m.Date);
        var answers = new List<Answer>();
        foreach (var (id, meetingId, title) in db.Query(
                     "SELECT a.id, a.meeting_id, a.title FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE m.body_id = @p0",
                     r => (r.L(0), r.L(1), r.S(2)), bodyId))
            if (dateOf.TryGetValue(meetingId, out var d)) answers.Add(new Answer("agendaItem", id, meetingId, d, title, ActionFollowUp.Significant(title)));
        foreach (var (id, meetingId, title) in db.Query(
                     "SELECT r.id, r.meeting_id, r.title FROM reports r JOIN meetings m ON m.id = r.meeting_id WHERE m.body_id = @p0",
                     r => (r.L(0), r.L(1), r.S(2)), bodyId))
            if (dateOf.TryGetValue(meetingId, out var d)) answers.Add(new Answer("report", id, meetingId, d, title, ActionFollowUp.Significant(title)));
        answers.Sort((a, b) => a.Date.CompareTo(b.Date));

        // which answers mention each word, so an action is checked only against titles that share a word with it
        var byWord = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (int i = 0; i < answers.Count; i++)
            foreach (var w in answers[i].Words)
            {
                if (!byWord.TryGetValue(w, out var list)) byWord[w] = list = [];
                list.Add(i);
            }

        var actions = db.Query("SELECT a.id, a.meeting_id, a.text, a.subject, a.due_text, a.due_date FROM actions a JOIN meetings m ON m.id = a.meeting_id WHERE m.body_id = @p0",
            r => (Id: r.L(0), MeetingId: r.L(1), Text: r.S(2), Subject: r.Str(3), DueText: r.Str(4), Due: r.Date(5)), bodyId);
        foreach (var action in actions)
        {
            if (!dateOf.TryGetValue(action.MeetingId, out var set)) continue;
            var words = ActionFollowUp.Significant(action.Text);
            var subjectWords = action.Subject is null ? null : ActionFollowUp.Significant(action.Subject);
            Answer? answer = null;
            var candidates = new SortedSet<int>();
            foreach (var w in words)
                if (byWord.TryGetValue(w, out var list)) candidates.UnionWith(list);
            foreach (var i in candidates)
            {
                var a = answers[i];
                if (a.Date <= set) continue;
                if (ActionFollowUp.Answers(a.Title, words, subjectWords)) { answer = a; break; }
            }
            var due = action.Due;
            if (due is null)
            {
                DueDates.Parse(action.DueText, action.Text, set, out bool next);
                if (next) due = meetings.Select(m => (DateOnly?)m.Date).FirstOrDefault(d => d > set);
            }
            db.Execute("UPDATE actions SET due_date = @p1, closed_kind = @p2, closed_ref = @p3, closed_meeting_id = @p4, closed_title = @p5, closed_date = @p6 WHERE id = @p0",
                action.Id, due, answer?.Kind, answer?.Id, answer?.MeetingId, answer?.Title, answer?.Date);
        }
    }
}
