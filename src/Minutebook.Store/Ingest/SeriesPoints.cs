using System.Globalization;
using System.Text.Json;
using Minutebook.Model;
using Minutebook.Output;
using Minutebook.Store.Linking;

namespace Minutebook.Store.Ingest;

/// <summary>One value of an indicator or a budget line, as printed in one pack: a point of a time series.</summary>
public sealed record SeriesPoint(string Kind, string Name, string? Period, double? Value, string? Unit, string? Text, SourceRef? Source);

/// <summary>
/// The indicators and budget lines of a record, read from its JSON contract ("indicators", "budgetLines"), so the
/// store follows the contract rather than the classes. The same name across packs (see <see cref="Key"/>) is one series.
/// </summary>
public static class SeriesPoints
{
    public const string Indicator = "indicator";
    public const string Budget = "budget";

    /// <summary>The series key of a name: its words, lower case ("A&amp;E 4-hour  Performance" → "aande 4hour performance").</summary>
    public static string Key(string name) => BodyNames.Words(name);

    public static IReadOnlyList<SeriesPoint> Of(PackRecord record) => Of(JsonContract.Serialize(record, indented: false));

    public static IReadOnlyList<SeriesPoint> Of(string recordJson)
    {
        var points = new List<SeriesPoint>();
        using var doc = JsonDocument.Parse(recordJson);
        var root = doc.RootElement;
        if (root.TryGetProperty("indicators", out var indicators) && indicators.ValueKind == JsonValueKind.Array)
        {
            foreach (var ind in indicators.EnumerateArray())
            {
                var name = Str(ind, "name");
                if (string.IsNullOrWhiteSpace(name)) continue;
                var unit = Str(ind, "unit");
                var source = Source(ind);
                if (ind.TryGetProperty("values", out var values) && values.ValueKind == JsonValueKind.Array)
                    foreach (var v in values.EnumerateArray())
                        points.Add(new SeriesPoint(Indicator, name, Str(v, "period"), Num(v, "value"), unit, Str(ind, "status"), source));
            }
        }
        if (root.TryGetProperty("budgetLines", out var lines) && lines.ValueKind == JsonValueKind.Array)
        {
            foreach (var line in lines.EnumerateArray())
            {
                var name = Str(line, "line");
                if (string.IsNullOrWhiteSpace(name)) continue;
                var pool = Str(line, "pool");
                double? budget = Num(line, "budget"), forecast = Num(line, "forecast"), variance = Num(line, "variance");
                var text = string.Join(", ", new[]
                {
                    budget is null ? null : "budget " + Money(budget.Value),
                    forecast is null ? null : "forecast " + Money(forecast.Value),
                    variance is null ? null : "variance " + Money(variance.Value),
                }.Where(s => s is not null));
                points.Add(new SeriesPoint(Budget, pool is null ? name : $"{pool}: {name}", Str(line, "period"), forecast ?? budget, "£", text, Source(line)));
            }
        }
        return points;
    }

    private static string Money(double v) => "£" + v.ToString("#,0.##", CultureInfo.InvariantCulture);

    private static string? Str(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    private static double? Num(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetDouble() : null;

    private static SourceRef? Source(JsonElement e)
    {
        if (!e.TryGetProperty("source", out var s) || s.ValueKind != JsonValueKind.Object) return null;
        int line = s.TryGetProperty("line", out var l) && l.ValueKind == JsonValueKind.Number ? l.GetInt32() : 0;
        int? page = s.TryGetProperty("page", out var p) && p.ValueKind == JsonValueKind.Number ? p.GetInt32() : null;
        int? pdf = s.TryGetProperty("pdfPage", out var pp) && pp.ValueKind == JsonValueKind.Number ? pp.GetInt32() : null;
        return new SourceRef(line, page) { PdfPage = pdf };
    }
}
