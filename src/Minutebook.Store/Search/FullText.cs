using System.Text;
using Minutebook.Store.Engine;
using Minutebook.Store.Ingest;
using Minutebook.Store.Linking;
using Minutebook.Store.Queries;

namespace Minutebook.Store.Search;

/// <summary>
/// Ranked full-text search over agenda items, resolutions, reports and pack text: FTS5 (bm25) on SQLite,
/// tsvector/websearch_to_tsquery (ts_rank_cd, ts_headline) on PostgreSQL. Titles weigh more than bodies, and
/// structured records a little more than raw pack text. Snippets mark matched words with « and ».
/// </summary>
public static class FullText
{
    public const string MarkOpen = "«";
    public const string MarkClose = "»";

    /// <summary>A parsed web-search style query: groups of terms joined by OR, each group's terms all required, and excluded terms.</summary>
    public sealed record ParsedQuery(IReadOnlyList<IReadOnlyList<Term>> Groups, IReadOnlyList<Term> Excluded)
    {
        public bool IsEmpty => Groups.Count == 0;
        public IEnumerable<string> Words => Groups.SelectMany(g => g).SelectMany(t => t.Words);
    }

    /// <summary>A word, a "phrase", or a prefix (word*).</summary>
    public sealed record Term(IReadOnlyList<string> Words, bool Prefix);

    public static ParsedQuery Parse(string text)
    {
        var groups = new List<IReadOnlyList<Term>>();
        var current = new List<Term>();
        var excluded = new List<Term>();
        int i = 0;
        while (i < text.Length)
        {
            if (char.IsWhiteSpace(text[i])) { i++; continue; }
            bool negate = false;
            if (text[i] == '-' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1])) { negate = true; i++; }
            string raw;
            bool phrase = false;
            if (text[i] == '"')
            {
                int end = text.IndexOf('"', i + 1);
                if (end < 0) end = text.Length;
                raw = text[(i + 1)..end];
                i = Math.Min(text.Length, end + 1);
                phrase = true;
            }
            else
            {
                int end = i;
                while (end < text.Length && !char.IsWhiteSpace(text[end]) && text[end] != '"') end++;
                raw = text[i..end];
                i = end;
            }
            if (!phrase && !negate && raw.Equals("OR", StringComparison.OrdinalIgnoreCase))
            {
                if (current.Count > 0) groups.Add(current);
                current = [];
                continue;
            }
            bool prefix = !phrase && raw.EndsWith('*');
            var words = Tokens(raw);
            if (words.Count == 0) continue;
            var term = new Term(words, prefix && words.Count == 1);
            if (negate) excluded.Add(term);
            else current.Add(term);
        }
        if (current.Count > 0) groups.Add(current);
        return new ParsedQuery(groups, excluded);
    }

    /// <summary>The words of a text as the FTS5 unicode61 tokenizer splits it (letters and digits).</summary>
    public static List<string> Tokens(string text)
    {
        var words = new List<string>();
        var sb = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) sb.Append(char.ToLowerInvariant(c));
            else if (sb.Length > 0) { words.Add(sb.ToString()); sb.Clear(); }
        }
        if (sb.Length > 0) words.Add(sb.ToString());
        return words;
    }

    /// <summary>The FTS5 MATCH expression of a parsed query; every word quoted, so no input is FTS5 syntax.</summary>
    public static string ToFts5(ParsedQuery q)
    {
        static string Fts(Term t) => "\"" + string.Join(' ', t.Words) + "\"" + (t.Prefix ? "*" : "");
        var positive = string.Join(" OR ", q.Groups.Select(g => "(" + string.Join(" AND ", g.Select(Fts)) + ")"));
        if (q.Excluded.Count == 0) return positive;
        return "(" + positive + ")" + string.Concat(q.Excluded.Select(t => " NOT " + Fts(t)));
    }

    public static IReadOnlyList<SearchHit> Run(Db db, SearchQuery query, Func<long?, (string? Body, string? Authority)> bodyOf, Func<string, IReadOnlyList<long>> bodyIds)
    {
        var parsed = Parse(query.Text);
        if (parsed.IsEmpty) return [];
        var where = new StringBuilder();
        var args = new List<object?>();
        string Arg(object? v) { args.Add(v); return "@p" + (args.Count - 1); }

        string match = db.IsPostgres ? Arg(query.Text) : Arg(ToFts5(parsed));
        if (!string.IsNullOrWhiteSpace(query.Authority))
        {
            var key = BodyNames.AuthorityKey(query.Authority);
            where.Append($" AND d.authority_key LIKE {Arg("%" + key + "%")}");
        }
        if (!string.IsNullOrWhiteSpace(query.Body))
        {
            var ids = bodyIds(query.Body);
            if (ids.Count == 0) return [];
            where.Append($" AND d.body_id IN ({string.Join(',', ids)})");
        }
        if (query.From is { } from) where.Append($" AND d.date >= {Arg(from)}");
        if (query.To is { } to) where.Append($" AND d.date <= {Arg(to)}");
        var kinds = query.Kinds.Where(k => SearchKinds.All.Contains(k)).ToList();
        if (query.Kinds.Count > 0)
        {
            if (kinds.Count == 0) return [];
            where.Append($" AND d.kind IN ({string.Join(',', kinds.Select(k => Arg(k)))})");
        }
        string limit = Arg((long)Math.Clamp(query.Limit, 1, 1000));

        string sql;
        Dictionary<long, double>? scores = null;
        if (db.IsPostgres)
        {
            sql = $"""
               SELECT h.id, h.kind, h.title,
                      ts_headline('english', CASE WHEN h.body = '' THEN h.title ELSE h.body END, h.q,
                                  'StartSel={MarkOpen}, StopSel={MarkClose}, MaxWords=24, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "'),
                      h.score, h.pack_id, p.file, h.line, h.page, h.pdf_page, h.meeting_id, h.date, h.body_id, h.body
               FROM (SELECT d.id, d.kind, d.title, d.body, d.pack_id, d.line, d.page, d.pdf_page, d.meeting_id, d.date, d.body_id, q,
                            ts_rank_cd(d.tsv, q) AS score
                     FROM search_docs d, websearch_to_tsquery('english', {match}) q
                     WHERE d.tsv @@ q{where}
                     ORDER BY score DESC, d.id LIMIT {limit}) h
               JOIN packs p ON p.id = h.pack_id
               ORDER BY h.score DESC, h.id
               """;
        }
        else
        {
            // two steps: rank every match by bm25 without touching its text, then make snippets for the top few only
            // (in one statement SQLite would make a snippet for every match before sorting)
            var rank = where.Length == 0
                ? $"SELECT rowid, bm25(search_fts, 4.0, 1.0) AS score FROM search_fts WHERE search_fts MATCH {match} ORDER BY score, rowid LIMIT {limit}"
                : $"SELECT d.id, bm25(search_fts, 4.0, 1.0) AS score FROM search_fts CROSS JOIN search_docs d ON d.id = search_fts.rowid WHERE search_fts MATCH {match}{where} ORDER BY score, d.id LIMIT {limit}";
            var top = db.Query(rank, r => (Id: r.L(0), Score: r.D(1)), args.ToArray());
            if (top.Count == 0) return [];
            scores = top.ToDictionary(t => t.Id, t => Math.Abs(t.Score));
            args = [args[0]];
            sql = $"""
               SELECT d.id, d.kind, d.title, snippet(search_fts, -1, '{MarkOpen}', '{MarkClose}', ' … ', 20), 0,
                      d.pack_id, p.file, d.line, d.page, d.pdf_page, d.meeting_id, d.date, d.body_id, d.body
               FROM search_fts CROSS JOIN search_docs d ON d.id = search_fts.rowid CROSS JOIN packs p ON p.id = d.pack_id
               WHERE search_fts MATCH @p0 AND search_fts.rowid IN ({string.Join(',', top.Select(t => t.Id))})
               """;
        }
        var words = parsed.Words.ToList();
        var rows = db.Query(sql, r =>
        {
            var kind = r.S(1);
            int line = (int)r.L(7);
            if (kind == SearchKinds.Text) line += MatchingLineOffset(r.S(13), words);
            var title = r.S(2);
            if (kind == SearchKinds.Text) title = r.S(6) + (r.IN(8) is { } pg ? $", page {pg}" : "");
            var score = scores is null ? Math.Abs(r.D(4)) : scores[r.L(0)];
            var hit = new SearchHit(kind, title, Tidy(r.S(3)), score, r.LN(10), r.Date(11), null, null,
                new Citation(r.L(5), r.S(6), line, r.IN(8), r.IN(9)));
            return (Hit: hit, BodyId: r.LN(12), Id: r.L(0));
        }, args.ToArray());
        if (scores is not null) rows = rows.OrderByDescending(x => x.Hit.Score).ThenBy(x => x.Id).ToList();
        // body names after the reader is closed (PostgreSQL runs one command at a time per connection)
        return rows.Select(x =>
        {
            var (body, authority) = bodyOf(x.BodyId);
            return x.Hit with { Body = body, Authority = authority };
        }).ToList();
    }

    private static string Tidy(string snippet) => snippet.Replace('\n', ' ').Replace('\t', ' ').Trim();

    /// <summary>
    /// Within a passage of pack text, the line (0-based) the hit should cite: the first line holding the most of the
    /// query's words (short words such as "to" count only when nothing longer matches).
    /// </summary>
    private static int MatchingLineOffset(string passage, List<string> words)
    {
        var wanted = words.Where(w => w.Length >= 3).Distinct().ToList();
        if (wanted.Count == 0) wanted = words.Distinct().ToList();
        var stems = wanted.Select(w => w.Length > 5 ? w[..^2] : w).ToList();
        var lines = passage.Split('\n');
        int best = 0, bestCount = 0;
        for (int i = 0; i < lines.Length; i++)
        {
            var tokens = Tokens(lines[i]);
            int count = stems.Count(stem => tokens.Any(t => t.StartsWith(stem, StringComparison.Ordinal)));
            if (count > bestCount)
            {
                best = i;
                bestCount = count;
                if (count == stems.Count) break;
            }
        }
        return best;
    }
}
