using System.Reflection;
using Minutebook.Store;
using Minutebook.Store.Engine;
using Npgsql;
using Xunit.Sdk;

namespace Minutebook.Tests.Store;

/// <summary>
/// The engines the store tests run on. SQLite always; PostgreSQL at MINUTEBOOK_TEST_PG (default: the cluster
/// .ci/setup.d/postgres.sh starts). When PostgreSQL is not reachable the PostgreSQL cases are skipped, saying why,
/// except in CI (CI=true), where they run and fail.
/// </summary>
public static class StoreEngines
{
    public const string Sqlite = "sqlite";
    public const string Postgres = "postgres";

    public const string DefaultPg = "Host=127.0.0.1;Port=54329;Username=minutebook;Password=minutebook;Database=minutebook_test";

    public static string PgConnectionString =>
        Environment.GetEnvironmentVariable("MINUTEBOOK_TEST_PG") is { Length: > 0 } env ? env : DefaultPg;

    private static readonly Lazy<string?> Unreachable = new(() =>
    {
        try
        {
            var b = new NpgsqlConnectionStringBuilder(PgConnectionString) { Timeout = 3 };
            using var c = new NpgsqlConnection(b.ConnectionString);
            c.Open();
            return null;
        }
        catch (Exception e)
        {
            return $"PostgreSQL is not reachable at {new NpgsqlConnectionStringBuilder(PgConnectionString).Host}:{new NpgsqlConnectionStringBuilder(PgConnectionString).Port} " +
                   $"({e.Message.ReplaceLineEndings(" ")}); run .ci/setup.d/postgres.sh or set MINUTEBOOK_TEST_PG";
        }
    });

    public static bool InCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the PostgreSQL cases are skipped here, or null when they run.</summary>
    public static string? PostgresSkipReason => InCi ? null : Unreachable.Value;

    /// <summary>A fresh, empty store on the engine; disposed, it is removed (SQLite file, PostgreSQL schema).</summary>
    public static TestStore Create(string engine) => engine switch
    {
        Sqlite => TestStore.Sqlite(),
        Postgres => TestStore.Postgres(),
        _ => throw new ArgumentException(engine),
    };
}

public sealed class TestStore : IDisposable
{
    private readonly Action _cleanup;

    private TestStore(RegisterStore store, string db, Action cleanup)
    {
        Store = store;
        Db = db;
        _cleanup = cleanup;
    }

    public RegisterStore Store { get; }
    /// <summary>What to pass to --db.</summary>
    public string Db { get; }

    public static TestStore Sqlite()
    {
        var dir = Path.Combine(Path.GetTempPath(), "minutebook-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, "register.db");
        return new TestStore(RegisterStore.Open(path), path, () =>
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(dir, recursive: true); } catch (IOException) { }
        });
    }

    public static TestStore Postgres()
    {
        var schema = "t_" + Guid.NewGuid().ToString("N");
        using (var c = new NpgsqlConnection(StoreEngines.PgConnectionString))
        {
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"CREATE SCHEMA {schema}";
            cmd.ExecuteNonQuery();
        }
        var cs = new NpgsqlConnectionStringBuilder(StoreEngines.PgConnectionString) { SearchPath = schema, Pooling = true }.ConnectionString;
        return new TestStore(RegisterStore.Open(new PostgresEngine(cs)), cs, () =>
        {
            NpgsqlConnection.ClearAllPools();
            using var c = new NpgsqlConnection(StoreEngines.PgConnectionString);
            c.Open();
            using var cmd = c.CreateCommand();
            cmd.CommandText = $"DROP SCHEMA {schema} CASCADE";
            cmd.ExecuteNonQuery();
        });
    }

    public void Dispose() => _cleanup();
}

/// <summary>Runs a theory on SQLite and on PostgreSQL (skipped, with the reason, when PostgreSQL is not reachable outside CI).</summary>
public sealed class OnSqliteAttribute : DataAttribute
{
    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[StoreEngines.Sqlite]];
}

/// <summary>The PostgreSQL case of an engine theory.</summary>
public sealed class OnPostgresAttribute : DataAttribute
{
    public OnPostgresAttribute()
    {
        if (StoreEngines.PostgresSkipReason is { } reason) Skip = reason;
    }

    public override IEnumerable<object[]> GetData(MethodInfo testMethod) => [[StoreEngines.Postgres]];
}

/// <summary>A theory over the shared corpus: skipped, with the reason, when the corpus is not beside the checkout.</summary>
public sealed class CorpusTheoryAttribute : TheoryAttribute
{
    public CorpusTheoryAttribute()
    {
        if (Support.Corpus.Root is null) Skip = "../shared/corpus is not beside this checkout (CI has it)";
    }
}
