using System.Diagnostics.Tracing;

namespace Minutebook.Bench;

/// <summary>Counts the runtime's garbage collections by generation and reason (GCStart events), for the PDF benchmarks.</summary>
internal sealed class GcReasons : EventListener
{
    private readonly Dictionary<string, int> _counts = [];
    private readonly List<string> _largeTypes = [];
    private long _largeBytes;

    protected override void OnEventSourceCreated(EventSource source)
    {
        if (source.Name == "Microsoft-Windows-DotNETRuntime")
            EnableEvents(source, EventLevel.Verbose, (EventKeywords)0x1); // GC keyword
    }

    protected override void OnEventWritten(EventWrittenEventArgs e)
    {
        if (e.EventName is null || e.Payload is null) return;
        if (e.EventName.StartsWith("GCStart", StringComparison.Ordinal))
        {
            var depth = e.Payload[e.PayloadNames!.IndexOf("Depth")];
            var reason = e.Payload[e.PayloadNames!.IndexOf("Reason")];
            lock (_counts)
            {
                var key = $"gen{depth} reason {ReasonName(Convert.ToInt32(reason))}";
                _counts[key] = _counts.GetValueOrDefault(key) + 1;
            }
        }
        else if (e.EventName.StartsWith("GCAllocationTick", StringComparison.Ordinal))
        {
            int kind = Convert.ToInt32(e.Payload[e.PayloadNames!.IndexOf("AllocationKind")]);
            if (kind != 1) return;
            lock (_counts)
            {
                _largeBytes += Convert.ToInt64(e.Payload[e.PayloadNames!.IndexOf("AllocationAmount")]);
                if (_largeTypes.Count < 400) _largeTypes.Add(e.Payload[e.PayloadNames!.IndexOf("TypeName")]?.ToString() ?? "?");
            }
        }
    }

    private static string ReasonName(int r) => r switch
    {
        0 => "small alloc", 1 => "induced", 2 => "low memory", 3 => "empty", 4 => "large alloc", 5 => "oos soh", 6 => "oos loh", 7 => "induced noforce", _ => r.ToString(),
    };

    public string Report()
    {
        lock (_counts)
        {
            var types = _largeTypes.GroupBy(t => t).OrderByDescending(g => g.Count()).Take(6).Select(g => $"{g.Key} x{g.Count()}");
            return string.Join(", ", _counts.OrderBy(kv => kv.Key).Select(kv => $"{kv.Key}: {kv.Value}"))
                + $"; large-object allocation ticks ~{_largeBytes / 1e6:F0} MB: " + string.Join(", ", types);
        }
    }
}
