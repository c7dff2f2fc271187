using System.Data;
using System.Data.Common;

namespace Minutebook.Store.Engine;

/// <summary>
/// A thin layer over one ADO.NET connection: positional parameters (<c>@p0, @p1…</c>), commands prepared once
/// per SQL text, the current transaction attached to every command. Not thread-safe: one Db per thread.
/// </summary>
public sealed class Db : IDisposable
{
    private readonly Dictionary<string, DbCommand> _commands = new(StringComparer.Ordinal);
    private DbTransaction? _transaction;
    private const int MaxCommands = 256;

    public Db(StoreEngine engine)
    {
        Engine = engine;
        Connection = engine.Open();
    }

    public StoreEngine Engine { get; }
    public DbConnection Connection { get; }
    public bool IsPostgres => Engine.Kind == StoreKind.Postgres;
    public bool InTransaction => _transaction is not null;

    public void Begin()
    {
        if (_transaction is not null) throw new InvalidOperationException("a transaction is already open");
        _transaction = Connection.BeginTransaction();
    }

    public void Commit()
    {
        _transaction?.Commit();
        _transaction?.Dispose();
        _transaction = null;
    }

    public void Rollback()
    {
        if (_transaction is null) return;
        try { _transaction.Rollback(); }
        finally
        {
            _transaction.Dispose();
            _transaction = null;
        }
    }

    public void Savepoint(string name) => Execute($"SAVEPOINT {name}");
    public void Release(string name) => Execute($"RELEASE SAVEPOINT {name}");
    public void RollbackTo(string name) => Execute($"ROLLBACK TO SAVEPOINT {name}");

    private DbCommand Command(string sql, object?[] args)
    {
        if (!_commands.TryGetValue(sql, out var cmd))
        {
            // SQL built with lists of ids would grow the cache without end on a long-lived connection: start again
            // (not disposed here: one may be running under a reader still open; the connection finalises them)
            if (_commands.Count >= MaxCommands) _commands.Clear();
            cmd = Connection.CreateCommand();
            cmd.CommandText = sql;
            for (int i = 0; i < args.Length; i++)
            {
                var p = cmd.CreateParameter();
                p.ParameterName = "p" + i;
                cmd.Parameters.Add(p);
            }
            _commands[sql] = cmd;
        }
        if (cmd.Parameters.Count != args.Length) throw new ArgumentException($"{args.Length} arguments for {cmd.Parameters.Count} parameters: {sql}");
        cmd.Transaction = _transaction;
        for (int i = 0; i < args.Length; i++)
        {
            var p = cmd.Parameters[i];
            var value = args[i];
            p.Value = value switch
            {
                null => DBNull.Value,
                DateOnly d => d.ToString("yyyy-MM-dd"),
                TimeOnly t => t.ToString("HH:mm"),
                bool b => b ? 1L : 0L,
                int n => (long)n,
                _ => value,
            };
            switch (value)
            {
                case null: p.ResetDbType(); break;
                case string or DateOnly or TimeOnly: p.DbType = DbType.String; break;
                case int or long or bool: p.DbType = DbType.Int64; break;
                case double: p.DbType = DbType.Double; break;
            }
        }
        return cmd;
    }

    public int Execute(string sql, params object?[] args) => Command(sql, args).ExecuteNonQuery();

    public object? Scalar(string sql, params object?[] args)
    {
        var value = Command(sql, args).ExecuteScalar();
        return value is DBNull ? null : value;
    }

    public long? Long(string sql, params object?[] args) => Scalar(sql, args) is { } v ? Convert.ToInt64(v) : null;

    /// <summary>Runs an INSERT … RETURNING id.</summary>
    public long Insert(string sql, params object?[] args) => Convert.ToInt64(Command(sql, args).ExecuteScalar());

    public List<T> Query<T>(string sql, Func<Row, T> map, params object?[] args)
    {
        var list = new List<T>();
        using var reader = Command(sql, args).ExecuteReader();
        var row = new Row(reader);
        while (reader.Read()) list.Add(map(row));
        return list;
    }

    /// <summary>Runs a script of statements separated by semicolons at line ends (DDL), without parameters.</summary>
    public void Script(string sql)
    {
        using var cmd = Connection.CreateCommand();
        cmd.Transaction = _transaction;
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }

    public void Dispose()
    {
        foreach (var cmd in _commands.Values) cmd.Dispose();
        _commands.Clear();
        Rollback();
        Connection.Dispose();
    }
}

/// <summary>Typed reads of the current row, the same on both engines.</summary>
public sealed class Row(DbDataReader reader)
{
    public bool IsNull(int i) => reader.IsDBNull(i);
    public string? Str(int i) => reader.IsDBNull(i) ? null : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture);
    public string S(int i) => Str(i) ?? "";
    public long L(int i) => Convert.ToInt64(reader.GetValue(i));
    public long? LN(int i) => reader.IsDBNull(i) ? null : Convert.ToInt64(reader.GetValue(i));
    public int? IN(int i) => reader.IsDBNull(i) ? null : Convert.ToInt32(reader.GetValue(i));
    public double D(int i) => Convert.ToDouble(reader.GetValue(i));
    public double? DN(int i) => reader.IsDBNull(i) ? null : Convert.ToDouble(reader.GetValue(i));
    public DateOnly? Date(int i) => Str(i) is { Length: >= 10 } s && DateOnly.TryParseExact(s[..10], "yyyy-MM-dd", out var d) ? d : null;
    public TimeOnly? Time(int i) => Str(i) is { } s && TimeOnly.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out var t) ? t : null;
}
