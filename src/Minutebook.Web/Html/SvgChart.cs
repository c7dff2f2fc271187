using System.Globalization;
using Minutebook.Web.Data;

namespace Minutebook.Web.Html;

/// <summary>A line chart of a series against its target, drawn on the server as SVG (no script, no inline style).</summary>
public static class SvgChart
{
    public static Raw Line(Series s, int width = 640, int height = 300)
    {
        const int left = 64, right = 16, top = 16, bottom = 48;
        var w = new HtmlWriter();
        var id = "chart-" + MemoryRegister.Slug(s.Id);
        w.Add($"<svg class=\"mb-chart\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\" role=\"img\" aria-labelledby=\"{id}-title\"><title id=\"{id}-title\">{s.Name}{(s.Target is { } tg ? $", against a target of {Format.Number(tg)}" : "")}. The table below gives the same figures.</title>");
        if (s.Points.Count == 0) { w.Add($"</svg>"); return new Raw(w.ToString()); }
        var values = s.Points.Select(p => p.Value).ToList();
        if (s.Target is { } t0) values.Add(t0);
        if (s.Budget is { } b0) values.AddRange(b0.Where(v => v is not null).Select(v => v!.Value));
        double min = Math.Min(0, values.Min()), max = values.Max();
        if (max <= min) max = min + 1;
        max += (max - min) * 0.1;
        double plotW = width - left - right, plotH = height - top - bottom;
        double X(int i) => left + (s.Points.Count == 1 ? plotW / 2 : plotW * i / (s.Points.Count - 1));
        double Y(double v) => top + plotH * (1 - (v - min) / (max - min));
        static string N(double v) => v.ToString("0.#", CultureInfo.InvariantCulture);

        // axes and grid
        for (int g = 0; g <= 4; g++)
        {
            double v = min + (max - min) * g / 4, y = Y(v);
            w.Add($"<line x1=\"{N(left)}\" y1=\"{N(y)}\" x2=\"{N(width - right)}\" y2=\"{N(y)}\" stroke=\"#cecece\" stroke-width=\"1\"/><text x=\"{N(left - 6)}\" y=\"{N(y + 4)}\" text-anchor=\"end\" font-size=\"12\" fill=\"#484949\">{Format.Number(v)}</text>");
        }
        for (int i = 0; i < s.Points.Count; i++)
            if (s.Points.Count <= 12 || i % (s.Points.Count / 12 + 1) == 0)
                w.Add($"<text x=\"{N(X(i))}\" y=\"{N(height - bottom + 18)}\" text-anchor=\"middle\" font-size=\"12\" fill=\"#484949\">{s.Points[i].Label}</text>");
        if (s.Target is { } target)
            w.Add($"<line x1=\"{N(left)}\" y1=\"{N(Y(target))}\" x2=\"{N(width - right)}\" y2=\"{N(Y(target))}\" stroke=\"#d4351c\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/><text x=\"{N(width - right)}\" y=\"{N(Y(target) - 6)}\" text-anchor=\"end\" font-size=\"12\" fill=\"#d4351c\">Target {Format.Number(target)}</text>");
        if (s.Budget is { } budget)
        {
            var bp = string.Join(" ", budget.Select((v, i) => v is null ? null : $"{N(X(i))},{N(Y(v.Value))}").Where(x => x is not null));
            w.Add($"<polyline points=\"{bp}\" fill=\"none\" stroke=\"#6f777b\" stroke-width=\"2\" stroke-dasharray=\"3 3\"/>");
        }
        var pts = string.Join(" ", s.Points.Select((p, i) => $"{N(X(i))},{N(Y(p.Value))}"));
        w.Add($"<polyline points=\"{pts}\" fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"3\"/>");
        for (int i = 0; i < s.Points.Count; i++)
            w.Add($"<circle cx=\"{N(X(i))}\" cy=\"{N(Y(s.Points[i].Value))}\" r=\"4\" fill=\"#1d70b8\"><title>{s.Points[i].Label}: {Format.Number(s.Points[i].Value)}</title></circle>");
        w.Add($"<line x1=\"{N(left)}\" y1=\"{N(top + plotH)}\" x2=\"{N(width - right)}\" y2=\"{N(top + plotH)}\" stroke=\"#0b0c0c\" stroke-width=\"1\"/></svg>");
        return new Raw(w.ToString());
    }
}
