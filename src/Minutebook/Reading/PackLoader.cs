namespace Minutebook.Reading;

/// <summary>
/// Opens a source file, decides its format from its content (not its name) and reads it into a <see cref="SourcePack"/>.
/// Every failure is an <see cref="InputException"/> with a one-line reason.
/// </summary>
public static class PackLoader
{
    /// <summary>Largest text file accepted; the largest real packs are a few MB of text.</summary>
    public const long MaxTextBytes = 64L * 1024 * 1024;
    /// <summary>Largest PDF accepted.</summary>
    public const long MaxPdfBytes = 512L * 1024 * 1024;

    public static SourcePack Load(string path)
    {
        var name = Path.GetFileName(path);
        if (Directory.Exists(path)) throw new InputException(path, "is a directory, not a file");
        if (!File.Exists(path)) throw new InputException(path, "no such file");
        long length;
        try { length = new FileInfo(path).Length; }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new InputException(path, Reason(e)); }
        if (length == 0) throw new InputException(path, "the file is empty");

        byte[] head = new byte[Math.Min(length, 1024)];
        try
        {
            using var stream = File.OpenRead(path);
            stream.ReadExactly(head);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new InputException(path, Reason(e)); }

        bool isPdf = head.AsSpan().IndexOf("%PDF-"u8) is >= 0 and < 1024;
        long max = isPdf ? MaxPdfBytes : MaxTextBytes;
        if (length > max)
            throw new InputException(path, $"the file is {length / (1024 * 1024)} MB, larger than the {max / (1024 * 1024)} MB Minutebook reads");

        byte[] bytes;
        try { bytes = File.ReadAllBytes(path); }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException) { throw new InputException(path, Reason(e)); }
        return Read(name, bytes, path);
    }

    /// <summary>Reads bytes already in memory; <paramref name="displayPath"/> names the source in errors.</summary>
    public static SourcePack Read(string fileName, byte[] bytes, string? displayPath = null)
    {
        displayPath ??= fileName;
        if (bytes.Length == 0) throw new InputException(displayPath, "the file is empty");
        if (bytes.AsSpan(0, Math.Min(bytes.Length, 1024)).IndexOf("%PDF-"u8) >= 0)
            return Pdf.PdfPackReader.Read(displayPath, bytes);
        if (TextDecoding.LooksBinary(bytes))
            throw new InputException(displayPath, "is a binary file, not a text or PDF board pack");
        var pack = TextPackReader.Read(fileName, bytes);
        if (pack.Lines.All(l => l.Kind == LineKind.Blank))
            throw new InputException(displayPath, "the file holds no text (only white space)");
        return pack;
    }

    private static string Reason(Exception e) => e switch
    {
        UnauthorizedAccessException => "permission denied",
        _ => e.Message.ReplaceLineEndings(" "),
    };
}
