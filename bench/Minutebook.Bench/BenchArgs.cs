namespace Minutebook.Bench;

/// <summary>The few options a bench mode reads: <c>--name value</c> pairs after the mode's name.</summary>
internal static class BenchArgs
{
    /// <summary>The integer after <paramref name="name"/>, or <paramref name="fallback"/> when absent, unreadable or below <paramref name="min"/>.</summary>
    public static int Int(string[] args, string name, int fallback, int min = int.MinValue)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length && int.TryParse(args[i + 1], out var v) && v >= min ? v : fallback;
    }

    public static string? String(string[] args, string name)
    {
        int i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
