using System.Text;

namespace Minutebook.Reading;

/// <summary>Decodes the bytes of a text pack: UTF-8 (with or without BOM), falling back to Windows-1252.</summary>
public static class TextDecoding
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    static TextDecoding() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    /// <summary>Decodes the bytes; <paramref name="encodingName"/> says which encoding was used.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes, out string encodingName)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        try
        {
            encodingName = "utf-8";
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            encodingName = "windows-1252";
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }

    /// <summary>
    /// The encoding of the bytes, as <see cref="Decode"/> decides it (UTF-8 when they are valid UTF-8, else Windows-1252),
    /// and the bytes to decode (without the UTF-8 byte order mark).
    /// </summary>
    public static Encoding EncodingOf(ReadOnlySpan<byte> bytes, out ReadOnlySpan<byte> body)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        body = bytes;
        return System.Text.Unicode.Utf8.IsValid(bytes) ? StrictUtf8 : Encoding.GetEncoding(1252);
    }

    /// <summary>True when the bytes look like a binary file rather than text (NUL bytes or many control characters).</summary>
    public static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        if (sample.IndexOf((byte)0) >= 0) return true;
        int control = 0;
        foreach (var b in sample)
            if (b < 0x20 && b != (byte)'\n' && b != (byte)'\r' && b != (byte)'\t' && b != 0x0C) control++;
        return sample.Length > 0 && control * 20 > sample.Length;
    }
}
