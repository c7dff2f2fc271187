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
        var kinds = query.Kinds.Where(k => SearchKinds.All.Contains(k)).ToList();
        if (query.Kinds.Count > 0 && kinds.Count == 0) return [];
        IReadOnlyList<long>? bodies = null;
        if (!string.IsNullOrWhiteSpace(query.Body))
        {
            bodies = bodyIds(query.Body);
            if (bodies.Count == 0) return [];
        }
        long limit = Math.Clamp(query.Limit, 1, 1000);
        var words = parsed.Words.ToList();
        var rows = db.IsPostgres ? RunPostgres(db, query, kinds, bodies, limit, words) : RunSqlite(db, query, parsed, kinds, bodies, limit, words);
        // body names after the reader is closed (PostgreSQL runs one command at a time per connection)
        return rows.Select(x =>
        {
            var (body, authority) = bodyOf(x.BodyId);
            return x.Hit with { Body = body, Authority = authority };
        }).ToList();
    }

    private static List<(SearchHit Hit, long? BodyId, long Id)> RunPostgres(Db db, SearchQuery query, List<string> kinds, IReadOnlyList<long>? bodies, long limit, List<string> words)
    {
        var where = new StringBuilder();
        var args = new List<object?>();
        string Arg(object? v) { args.Add(v); return "@p" + (args.Count - 1); }
        string match = Arg(query.Text);
        if (!string.IsNullOrWhiteSpace(query.Authority))
            where.Append($" AND d.authority_key LIKE {Arg("%" + BodyNames.AuthorityKey(query.Authority) + "%")}");
        if (bodies is not null) where.Append($" AND d.body_id IN ({string.Join(',', bodies)})");
        if (query.From is { } from) where.Append($" AND d.date >= {Arg(from)}");
        if (query.To is { } to) where.Append($" AND d.date <= {Arg(to)}");
        if (kinds.Count > 0) where.Append($" AND d.kind IN ({string.Join(',', kinds.Select(k => Arg(k)))})");
        var sql = $"""
           SELECT h.id, h.kind, h.title,
                  ts_headline('english', CASE WHEN h.body = '' THEN h.title ELSE h.body END, h.q,
                              'StartSel={MarkOpen}, StopSel={MarkClose}, MaxWords=24, MinWords=10, MaxFragments=2, FragmentDelimiter=" … "'),
                  h.score, h.pack_id, p.file, h.line, h.page, h.pdf_page, h.meeting_id, h.date, h.body_id, h.body
           FROM (SELECT d.id, d.kind, d.title, d.body, d.pack_id, d.line, d.page, d.pdf_page, d.meeting_id, d.date, d.body_id, q,
                        ts_rank_cd(d.tsv, q) AS score
                 FROM search_docs d, websearch_to_tsquery('english', {match}) q
                 WHERE d.tsv @@ q{where}
                 ORDER BY score DESC, d.id LIMIT {Arg(limit)}) h
           JOIN packs p ON p.id = h.pack_id
           ORDER BY h.score DESC, h.id
           """;
        return db.Query(sql, r => HitOf(r, Math.Abs(r.D(4)), words), args.ToArray());
    }

    /// <summary>
    /// SQLite: first rank inside the FTS5 index alone — the words searched for (in titles and bodies) AND the filters
    /// as tags (see <see cref="SearchTags"/>), bm25 on the matches that pass, the top few kept — then read those few
    /// rows and make their snippets. No row of <c>search_docs</c> is read for a match that is not returned.
    /// </summary>
    private static List<(SearchHit Hit, long? BodyId, long Id)> RunSqlite(Db db, SearchQuery query, ParsedQuery parsed, List<string> kinds, IReadOnlyList<long>? bodies, long limit, List<string> words)
    {
        string words5 = "{title body} : (" + ToFts5(parsed) + ")";
        var filters = new List<string>();
        if (!string.IsNullOrWhiteSpace(query.Authority) && BodyNames.AuthorityKey(query.Authority) is { Length: > 0 } key)
        {
            var scopes = db.Query("SELECT id FROM search_scopes WHERE authority_key LIKE @p0", r => r.L(0), "%" + key + "%");
            if (scopes.Count == 0) return [];
            filters.Add(SearchTags.AnyOf(scopes.Select(SearchTags.Authority)));
        }
        if (bodies is not null) filters.Add(SearchTags.AnyOf(bodies.Select(SearchTags.Body)));
        // every kind is no filter (and a tag that every document carries costs time to match)
        if (kinds.Count > 0 && SearchKinds.All.Except(kinds).Any()) filters.Add(SearchTags.AnyOf(kinds.Distinct().Select(SearchTags.Kind)));
        if (query.From is not null || query.To is not null)
        {
            // an open end is the first or last meeting in the store
            // (two statements: each is one step down the date index, together they would scan it)
            var first = db.Query("SELECT min(date) FROM meetings", r => r.Date(0)).FirstOrDefault();
            var last = db.Query("SELECT max(date) FROM meetings", r => r.Date(0)).FirstOrDefault();
            var from = query.From is { } f && (first is null || f > first) ? f : first;
            var to = query.To is { } t && (last is null || t < last) ? t : last;
            if (from is null || to is null || from > to) return [];
            filters.Add(SearchTags.AnyOf(SearchTags.DateRange(from.Value, to.Value)));
        }
        string match = filters.Count == 0 ? words5 : "(" + words5 + ") AND " + string.Join(" AND ", filters);
        var top = Rank(db, match, limit);
        if (top.Count == 0) return [];
        var scores = top.ToDictionary(t => t.Id, t => Math.Abs(t.Score));
        // snippets for the top few only (in one statement SQLite would make a snippet for every match before sorting)
        var sql = $"""
           SELECT d.id, d.kind, d.title, snippet(search_fts, -1, '{MarkOpen}', '{MarkClose}', ' … ', 20), 0,
                  d.pack_id, p.file, d.line, d.page, d.pdf_page, d.meeting_id, d.date, d.body_id, d.body
           FROM search_fts CROSS JOIN search_docs d ON d.id = search_fts.rowid CROSS JOIN packs p ON p.id = d.pack_id
           WHERE search_fts MATCH @p0 AND search_fts.rowid IN ({string.Join(',', top.Select(t => t.Id))})
           """;
        return db.Query(sql, r => HitOf(r, scores[r.L(0)], words), words5)
            .OrderByDescending(x => x.Hit.Score).ThenBy(x => x.Id).ToList();
    }

    /// <summary>The top matches by bm25 (the tags column weighs nothing: only the words searched for rank), ties by id.</summary>
    private static List<(long Id, double Score)> Rank(Db db, string match, long limit) =>
        db.Query("SELECT rowid, bm25(search_fts, 4.0, 1.0, 0.0) AS score FROM search_fts WHERE search_fts MATCH @p0 ORDER BY score, rowid LIMIT @p1",
            r => (Id: r.L(0), Score: r.D(1)), match, limit);

    /// <summary>A hit from a row of: id, kind, title, snippet, score, pack_id, file, line, page, pdf_page, meeting_id, date, body_id, body.</summary>
    private static (SearchHit Hit, long? BodyId, long Id) HitOf(Row r, double score, List<string> words)
    {
        var kind = r.S(1);
        int line = (int)r.L(7);
        if (kind == SearchKinds.Text) line += MatchingLineOffset(r.S(13), words);
        var title = r.S(2);
        if (kind == SearchKinds.Text) title = r.S(6) + (r.IN(8) is { } pg ? $", page {pg}" : "");
        var hit = new SearchHit(kind, title, Tidy(r.S(3)), score, r.LN(10), r.Date(11), null, null,
            new Citation(r.L(5), r.S(6), line, r.IN(8), r.IN(9)));
        return (hit, r.LN(12), r.L(0));
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
