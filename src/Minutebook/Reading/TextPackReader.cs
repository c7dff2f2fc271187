using System.Security.Cryptography;
using System.Text;

namespace Minutebook.Reading;

/// <summary>Reads a text pack (the output of a PDF-to-text conversion) into cleaned lines with line and page numbers.</summary>
public static class TextPackReader
{
    public static SourcePack Read(string fileName, ReadOnlySpan<byte> bytes)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        // each line is decoded on its own (no string of the whole file): '\n' is the same byte in UTF-8 and Windows-1252
        var encoding = TextDecoding.EncodingOf(bytes, out var body);
        return new SourcePack(fileName, sha, "text", ReadLines(body, encoding));
    }

    /// <summary>The lines of a decoded text (the same lines <see cref="Read"/> gives for its bytes).</summary>
    public static List<SourceLine> ReadLines(string text)
    {
        var lines = new List<SourceLine>(text.AsSpan().Count('\n') + 1);
        var span = text.AsSpan();
        int number = 0, start = 0;
        while (true)
        {
            int newline = span[start..].IndexOf('\n');
            int end = newline < 0 ? span.Length : start + newline;
            number++;
            var line = NewLine(number, span[start..end].TrimEnd('\r').ToString());
            if (span.Length > 0 && number == 1 && line.Text.Length == 0 && end == span.Length) break;
            lines.Add(line);
            if (newline < 0) break;
            start = end + 1;
        }
        return Finish(lines, text.EndsWith('\n'));
    }

    /// <summary>The lines of the bytes of a text (after any byte order mark) in the given encoding.</summary>
    public static List<SourceLine> ReadLines(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        // sized from the count of newlines (a fast vectorised count), so the list never grows by copying
        var lines = new List<SourceLine>(bytes.Count((byte)'\n') + 1);
        int number = 0, start = 0;
        while (true)
        {
            int newline = bytes[start..].IndexOf((byte)'\n');
            int end = newline < 0 ? bytes.Length : start + newline;
            number++;
            var line = NewLine(number, encoding.GetString(bytes[start..end].TrimEnd((byte)'\r')));
            if (bytes.Length > 0 && number == 1 && line.Text.Length == 0 && end == bytes.Length) break;
            lines.Add(line);
            if (newline < 0) break;
            start = end + 1;
        }
        return Finish(lines, bytes.Length > 0 && bytes[^1] == (byte)'\n');
    }

    private static SourceLine NewLine(int number, string raw)
    {
        var cleaned = MarkupCleaner.Clean(raw);
        return new SourceLine(number, cleaned.Text, raw) { Bold = cleaned.Bold, Heading = cleaned.Heading };
    }

    private static List<SourceLine> Finish(List<SourceLine> lines, bool endsWithNewline)
    {
        if (lines.Count > 0 && lines[^1].Kind == LineKind.Blank && lines[^1].Raw.Length == 0 && endsWithNewline)
            lines.RemoveAt(lines.Count - 1);
        PageFurniture.Mark(lines);
        return lines;
    }
}
