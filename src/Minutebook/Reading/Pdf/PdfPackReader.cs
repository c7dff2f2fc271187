using System.Security.Cryptography;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace Minutebook.Reading.Pdf;

/// <summary>
/// Reads a PDF board paper with PdfPig into the same lines-with-provenance as a text pack: per page, words into
/// physical lines (<see cref="PdfPageLines"/>), table rows rebuilt from word positions (<see cref="PdfTableRows"/>);
/// over the file, page furniture and printed page numbers (<see cref="PdfPageFurniture"/>); then paragraphs
/// (<see cref="PdfParagraphs"/>). Every failure is a one-line <see cref="InputException"/>.
/// </summary>
public static class PdfPackReader
{
    /// <summary>Most pages read from one file: the largest real agenda packs run to several hundred.</summary>
    public const int MaxPages = 2000;

    public static SourcePack Read(string displayPath, byte[] bytes) => Read(displayPath, bytes, MaxPages);

    internal static SourcePack Read(string displayPath, byte[] bytes, int maxPages)
    {
        var sha = Convert.ToHexStringLower(SHA256.HashData(bytes));
        if (!HasEndMarker(bytes))
            throw new InputException(displayPath, "is a truncated or damaged PDF (its end-of-file marker is missing); download it again");
        List<List<PdfLine>> pages;
        double[] heights;
        try
        {
            using var document = PdfDocument.Open(bytes, new ParsingOptions { UseLenientParsing = true, SkipMissingFonts = true, ClipPaths = false });
            document.AddPageFactory<PdfTextPage, PdfTextPageFactory>();
            int count = document.NumberOfPages;
            if (count == 0) throw new InputException(displayPath, "is a PDF with no pages");
            if (count > maxPages)
                throw new InputException(displayPath, $"has {count} pages, more than the {maxPages} Minutebook reads from one file; split it into its documents");
            pages = new List<List<PdfLine>>(count);
            heights = new double[count];
            for (int p = 1; p <= count; p++)
            {
                var page = document.GetPage<PdfTextPage>(p);
                heights[p - 1] = page.Height;
                var lines = PdfPageLines.Read(page, p);
                PdfTableRows.Mark(lines);
                pages.Add(lines);
            }
        }
        catch (InputException) { throw; }
        catch (PdfDocumentEncryptedException)
        {
            throw new InputException(displayPath, "is an encrypted (password-protected) PDF; save an unprotected copy to read it");
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InputException(displayPath, $"is a damaged PDF that cannot be read ({OneLine(e.Message)})");
        }

        int words = 0;
        foreach (var page in pages) foreach (var line in page) words += line.Segments.Count;
        if (words == 0)
            throw new InputException(displayPath, $"has no text layer in its {pages.Count} page{(pages.Count == 1 ? "" : "s")} (scanned images?); it would need OCR before Minutebook can read it");

        PdfPageFurniture.Mark(pages, heights);
        var lines2 = PdfParagraphs.Build(pages, BodySize(pages));
        return new SourcePack(Path.GetFileName(displayPath), sha, "pdf", lines2) { PageCount = pages.Count };
    }

    /// <summary>"%%EOF" near the end: a file cut short in transfer lacks it.</summary>
    private static bool HasEndMarker(byte[] bytes)
    {
        int from = Math.Max(0, bytes.Length - 4096);
        return bytes.AsSpan(from).IndexOf("%%EOF"u8) >= 0;
    }

    /// <summary>The font size of most letters: the body text.</summary>
    private static double BodySize(List<List<PdfLine>> pages)
    {
        var sizes = new Dictionary<double, int>();
        foreach (var page in pages)
            foreach (var line in page)
                sizes[line.Size] = sizes.GetValueOrDefault(line.Size) + line.Text.Length;
        return sizes.Count == 0 ? 12 : sizes.MaxBy(kv => kv.Value).Key;
    }

    private static string OneLine(string message)
    {
        var s = message.ReplaceLineEndings(" ").Trim();
        return s.Length > 160 ? s[..160] + "…" : s;
    }
}
