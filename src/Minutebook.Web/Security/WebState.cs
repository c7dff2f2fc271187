using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;

namespace Minutebook.Web.Security;

public sealed record AuditEntry(long Id, DateTimeOffset At, string User, string What, string Target, string? Detail);

public sealed record ActionState(string ActionId, string Status, string? Note, string? ClosedByMeeting, string User, DateTimeOffset At);

/// <summary>
/// What the web service itself keeps, in tables of the register's SQLite file (prefixed <c>web_</c>): officer
/// accounts with hashed passwords, the state officers give actions, and the audit trail of every edit.
/// </summary>
public sealed class WebState
{
    private readonly string _connectionString;
    private static readonly PasswordHasher<string> Hasher = new();

    public WebState(string dbPath)
    {
        var full = Path.GetFullPath(dbPath);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = full, Pooling = true }.ToString();
        using var c = Open();
        Exec(c, """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS web_users (
                name TEXT PRIMARY KEY COLLATE NOCASE,
                password_hash TEXT NOT NULL,
                created_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS web_action_state (
                action_id TEXT PRIMARY KEY,
                status TEXT NOT NULL,
                note TEXT,
                closed_by_meeting TEXT,
                updated_by TEXT NOT NULL,
                updated_at TEXT NOT NULL);
            CREATE TABLE IF NOT EXISTS web_audit (
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                at TEXT NOT NULL,
                user_name TEXT NOT NULL,
                what TEXT NOT NULL,
                target TEXT NOT NULL,
                detail TEXT);
            """);
    }

    private SqliteConnection Open()
    {
        var c = new SqliteConnection(_connectionString);
        c.Open();
        return c;
    }

    private static void Exec(SqliteConnection c, string sql)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    /// <summary>Creates the account, or sets a new password for it. Returns true when it was created.</summary>
    public bool AddUser(string name, string password)
    {
        if (string.IsNullOrWhiteSpace(name)) throw new ArgumentException("the user name is empty");
        if (password.Length < 8) throw new ArgumentException("the password must be at least 8 characters");
        using var c = Open();
        using var tx = c.BeginTransaction();
        using var exists = c.CreateCommand();
        exists.CommandText = "SELECT 1 FROM web_users WHERE name = $n";
        exists.Parameters.AddWithValue("$n", name.Trim());
        bool created = exists.ExecuteScalar() is null;
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            INSERT INTO web_users (name, password_hash, created_at) VALUES ($n, $h, $t)
            ON CONFLICT(name) DO UPDATE SET password_hash = excluded.password_hash
            """;
        cmd.Parameters.AddWithValue("$n", name.Trim());
        cmd.Parameters.AddWithValue("$h", Hasher.HashPassword(name.Trim(), password));
        cmd.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O"));
        cmd.ExecuteNonQuery();
        Audit(c, "cli", created ? "user.add" : "user.password", name.Trim(), null);
        tx.Commit();
        return created;
    }

    /// <summary>The account's name as stored when the password is right; null otherwise.</summary>
    public string? CheckPassword(string name, string password)
    {
        using var c = Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT name, password_hash FROM web_users WHERE name = $n";
        cmd.Parameters.AddWithValue("$n", name.Trim());
        using var r = cmd.ExecuteReader();
        if (!r.Read())
        {
            Hasher.VerifyHashedPassword(name, Hasher.HashPassword(name, "timing"), password); // same work either way
            return null;
        }
        var stored = r.GetString(0);
        return Hasher.VerifyHashedPassword(stored, r.GetString(1), password) == PasswordVerificationResult.Failed ? null : stored;
    }

    public IReadOnlyList<string> Users()
    {
        using var c = Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT name FROM web_users ORDER BY name";
        using var r = cmd.ExecuteReader();
        var list = new List<string>();
        while (r.Read()) list.Add(r.GetString(0));
        return list;
    }

    public IReadOnlyDictionary<string, ActionState> ActionStates()
    {
        using var c = Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT action_id, status, note, closed_by_meeting, updated_by, updated_at FROM web_action_state";
        using var r = cmd.ExecuteReader();
        var map = new Dictionary<string, ActionState>();
        while (r.Read())
            map[r.GetString(0)] = new ActionState(r.GetString(0), r.GetString(1), r.IsDBNull(2) ? null : r.GetString(2),
                r.IsDBNull(3) ? null : r.GetString(3), r.GetString(4), DateTimeOffset.Parse(r.GetString(5), System.Globalization.CultureInfo.InvariantCulture));
        return map;
    }

    /// <summary>Records an officer's change to an action, and its audit entry, in one transaction.</summary>
    public void SetActionState(ActionState state, string? previous)
    {
        using var c = Open();
        using var tx = c.BeginTransaction();
        using var cmd = c.CreateCommand();
        cmd.CommandText = """
            INSERT INTO web_action_state (action_id, status, note, closed_by_meeting, updated_by, updated_at)
            VALUES ($a, $s, $n, $m, $u, $t)
            ON CONFLICT(action_id) DO UPDATE SET status = excluded.status, note = excluded.note,
                closed_by_meeting = excluded.closed_by_meeting, updated_by = excluded.updated_by, updated_at = excluded.updated_at
            """;
        cmd.Parameters.AddWithValue("$a", state.ActionId);
        cmd.Parameters.AddWithValue("$s", state.Status);
        cmd.Parameters.AddWithValue("$n", (object?)state.Note ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$m", (object?)state.ClosedByMeeting ?? DBNull.Value);
        cmd.Parameters.AddWithValue("$u", state.User);
        cmd.Parameters.AddWithValue("$t", state.At.ToString("O"));
        cmd.ExecuteNonQuery();
        Audit(c, state.User, "action.update", state.ActionId,
            $"status {previous ?? "open"} → {state.Status}" + (state.Note is { Length: > 0 } n ? $"; note: {n}" : "") + (state.ClosedByMeeting is { } m ? $"; closed by meeting {m}" : ""));
        tx.Commit();
    }

    public void Audit(string user, string what, string target, string? detail)
    {
        using var c = Open();
        Audit(c, user, what, target, detail);
    }

    private static void Audit(SqliteConnection c, string user, string what, string target, string? detail)
    {
        using var cmd = c.CreateCommand();
        cmd.CommandText = "INSERT INTO web_audit (at, user_name, what, target, detail) VALUES ($t, $u, $w, $g, $d)";
        cmd.Parameters.AddWithValue("$t", DateTimeOffset.UtcNow.ToString("O"));
        cmd.Parameters.AddWithValue("$u", user);
        cmd.Parameters.AddWithValue("$w", what);
        cmd.Parameters.AddWithValue("$g", target);
        cmd.Parameters.AddWithValue("$d", (object?)detail ?? DBNull.Value);
        cmd.ExecuteNonQuery();
    }

    public IReadOnlyList<AuditEntry> AuditTrail(int limit = 200)
    {
        using var c = Open();
        using var cmd = c.CreateCommand();
        cmd.CommandText = "SELECT id, at, user_name, what, target, detail FROM web_audit ORDER BY id DESC LIMIT $l";
        cmd.Parameters.AddWithValue("$l", limit);
        using var r = cmd.ExecuteReader();
        var list = new List<AuditEntry>();
        while (r.Read())
            list.Add(new AuditEntry(r.GetInt64(0), DateTimeOffset.Parse(r.GetString(1), System.Globalization.CultureInfo.InvariantCulture),
                r.GetString(2), r.GetString(3), r.GetString(4), r.IsDBNull(5) ? null : r.GetString(5)));
        return list;
    }
}
