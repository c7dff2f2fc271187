using System.Security.Cryptography;

namespace Minutebook.Reading;

/// <summary>Reads a text pack (the output of a PDF-to-text conversion) into cleaned lines with line and page numbers.</summary>
public static class TextPackReader
{
    public static SourcePack Read(string fileName, ReadOnlySpan<byte> bytes)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        var text = TextDecoding.Decode(bytes, out _);
        return new SourcePack(fileName, sha, "text", ReadLines(text));
    }

    public static List<SourceLine> ReadLines(string text)
    {
        var lines = new List<SourceLine>(text.Length / 60 + 16);
        int number = 0;
        foreach (var range in text.AsSpan().Split('\n'))
        {
            number++;
            var raw = text.AsSpan(range.Start.GetOffset(text.Length), range.End.GetOffset(text.Length) - range.Start.GetOffset(text.Length)).TrimEnd('\r');
            var rawString = raw.ToString();
            var cleaned = MarkupCleaner.Clean(rawString);
            var line = new SourceLine(number, cleaned.Text, rawString) { Bold = cleaned.Bold, Heading = cleaned.Heading };
            if (text.Length > 0 && number == 1 && line.Text.Length == 0 && range.End.GetOffset(text.Length) == text.Length) break;
            lines.Add(line);
        }
        if (lines.Count > 0 && lines[^1].Kind == LineKind.Blank && lines[^1].Raw.Length == 0 && text.EndsWith('\n'))
            lines.RemoveAt(lines.Count - 1);
        PageFurniture.Mark(lines);
        return lines;
    }
}
