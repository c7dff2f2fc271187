using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Minutebook.Model;

namespace Minutebook.Output;

/// <summary>The public JSON shape of a <see cref="PackRecord"/> (docs/output-format.md): camelCase, ISO dates, HH:mm times.</summary>
public static class JsonContract
{
    public static readonly JsonSerializerOptions Options = Create(indented: true);
    public static readonly JsonSerializerOptions Compact = Create(indented: false);

    private static JsonSerializerOptions Create(bool indented) => new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        WriteIndented = indented,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        PreferredObjectCreationHandling = JsonObjectCreationHandling.Populate,
        Converters = { new HourMinuteConverter() },
    };

    public static string Serialize(PackRecord record, bool indented = true) =>
        JsonSerializer.Serialize(record, indented ? Options : Compact);

    public static PackRecord? Deserialize(string json) => JsonSerializer.Deserialize<PackRecord>(json, Options);

    private sealed class HourMinuteConverter : JsonConverter<TimeOnly>
    {
        public override TimeOnly Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            TimeOnly.Parse(reader.GetString()!, System.Globalization.CultureInfo.InvariantCulture);

        public override void Write(Utf8JsonWriter writer, TimeOnly value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture));
    }
}
