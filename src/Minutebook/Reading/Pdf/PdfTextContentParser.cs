using System.Buffers;
using System.Globalization;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Graphics.Operations;
using UglyToad.PdfPig.Graphics.Operations.SpecialGraphicsState;
using UglyToad.PdfPig.Graphics.Operations.TextObjects;
using UglyToad.PdfPig.Graphics.Operations.TextPositioning;
using UglyToad.PdfPig.Graphics.Operations.TextShowing;
using UglyToad.PdfPig.Graphics.Operations.TextState;
using UglyToad.PdfPig.Logging;
using UglyToad.PdfPig.Parser;
using UglyToad.PdfPig.Tokens;

namespace Minutebook.Reading.Pdf;

/// <summary>
/// Parses a page's content stream into the operations that place text, and nothing else: the graphics state
/// (q, Q, cm, gs), text objects and state (BT, ET, Tc, Tw, Tz, TL, Tf, Tr, Ts), positioning (Td, TD, Tm, T*),
/// showing (Tj, TJ, ', "), form XObjects (Do) and Type 3 glyph metrics (d0, d1). Paths, colours, images, shadings
/// and marked content are skipped without building tokens or operations for them. Strings keep their raw bytes.
/// <para>Replaces PdfPig's general content parser for <see cref="TextOnlyProcessor"/>: that one builds a token
/// object for every number and operator (operators through a lock shared by all threads) and an operation for
/// every path segment, most of which text extraction throws away. Malformed content never throws: an operator
/// with missing operands is dropped, unknown bytes are skipped.</para>
/// </summary>
internal sealed class PdfTextContentParser : IPageContentParser
{
    public static readonly PdfTextContentParser Instance = new();

    public IReadOnlyList<IGraphicsStateOperation> Parse(int pageNumber, IInputBytes inputBytes, ILog log)
    {
        int length = (int)inputBytes.Length;
        if (length == 0) return [];
        var buffer = ArrayPool<byte>.Shared.Rent(length);
        try
        {
            inputBytes.Seek(0);
            int read = 0;
            while (read < length)
            {
                int n = inputBytes.Read(buffer.AsSpan(read, length - read));
                if (n <= 0) break;
                read += n;
            }
            return new Scanner(buffer.AsSpan(0, read)).Run();
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private enum Kind : byte { Number, Name, String, Array, Other }

    private struct Operand
    {
        public Kind Kind;
        public double Number;
        public object? Value; // NameToken, byte[] or List<IToken>
    }

    private ref struct Scanner(ReadOnlySpan<byte> data)
    {
        private readonly ReadOnlySpan<byte> _data = data;
        private int _pos;
        private readonly List<IGraphicsStateOperation> _operations = new(Math.Max(16, data.Length / 24));
        private Operand[] _operands = new Operand[8];
        private int _count;

        public List<IGraphicsStateOperation> Run()
        {
            while (true)
            {
                SkipWhiteSpaceAndComments();
                if (_pos >= _data.Length) break;
                byte b = _data[_pos];
                if (IsNumberStart(b)) PushOperand(new Operand { Kind = Kind.Number, Number = ReadNumber() });
                else if (b == '/') PushOperand(new Operand { Kind = Kind.Name, Value = ReadName() });
                else if (b == '(') PushOperand(new Operand { Kind = Kind.String, Value = ReadLiteralString() });
                else if (b == '<')
                {
                    if (_pos + 1 < _data.Length && _data[_pos + 1] == '<') { SkipDictionary(); PushOperand(new Operand { Kind = Kind.Other }); }
                    else PushOperand(new Operand { Kind = Kind.String, Value = ReadHexString() });
                }
                else if (b == '[') PushOperand(new Operand { Kind = Kind.Array, Value = ReadArray() });
                else if (b is (byte)']' or (byte)'>' or (byte)')' or (byte)'{' or (byte)'}') _pos++; // stray delimiter
                else Operator();
            }
            return _operations;
        }

        private void PushOperand(Operand operand)
        {
            if (_count == _operands.Length) Array.Resize(ref _operands, _count * 2);
            _operands[_count++] = operand;
        }

        private void Operator()
        {
            int start = _pos;
            while (_pos < _data.Length && IsRegular(_data[_pos])) _pos++;
            var op = _data[start.._pos];
            if (op.Length == 0) { _pos++; _count = 0; return; }
            if (op.SequenceEqual("true"u8) || op.SequenceEqual("false"u8) || op.SequenceEqual("null"u8))
            {
                PushOperand(new Operand { Kind = Kind.Other });
                return;
            }
            var operation = Build(op);
            if (operation is not null) _operations.Add(operation);
            if (op.SequenceEqual("BI"u8)) SkipInlineImage();
            _count = 0;
        }

        private IGraphicsStateOperation? Build(ReadOnlySpan<byte> op)
        {
            switch (op.Length)
            {
                case 1:
                    switch (op[0])
                    {
                        case (byte)'q': return Push.Value;
                        case (byte)'Q': return Pop.Value;
                        case (byte)'\'': return Bytes(0) is { } s1 ? new MoveToNextLineShowText(s1) : null;
                        case (byte)'"':
                            return Bytes(0) is { } s2 && Number(2) is double aw && Number(1) is double ac ? new MoveToNextLineShowTextWithSpacing(aw, ac, s2) : null;
                    }
                    return null;
                case 2:
                    byte a = op[0], c = op[1];
                    if (a == 'T')
                    {
                        switch (c)
                        {
                            case (byte)'j': return Bytes(0) is { } s ? new ShowText(s) : null;
                            case (byte)'J': return Top(0) is { Kind: Kind.Array, Value: List<IToken> items } ? new ShowTextsWithPositioning(items) : null;
                            case (byte)'f': return Number(0) is double size && Top(1) is { Kind: Kind.Name, Value: NameToken font } ? new SetFontAndSize(font, size) : null;
                            case (byte)'d': return Number(1) is double tx && Number(0) is double ty ? new MoveToNextLineWithOffset(tx, ty) : null;
                            case (byte)'D': return Number(1) is double dx && Number(0) is double dy ? new MoveToNextLineWithOffsetSetLeading(dx, dy) : null;
                            case (byte)'m': return Numbers(6) is { } m ? new SetTextMatrix(m) : null;
                            case (byte)'*': return MoveToNextLine.Value;
                            case (byte)'c': return Number(0) is double cs ? new SetCharacterSpacing(cs) : null;
                            case (byte)'w': return Number(0) is double ws ? new SetWordSpacing(ws) : null;
                            case (byte)'z': return Number(0) is double hs ? new SetHorizontalScaling(hs) : null;
                            case (byte)'L': return Number(0) is double tl ? new SetTextLeading(tl) : null;
                            case (byte)'s': return Number(0) is double rise ? new SetTextRise(rise) : null;
                            case (byte)'r': return Number(0) is double mode ? new SetTextRenderingMode((int)mode) : null;
                        }
                        return null;
                    }
                    if (a == 'B' && c == 'T') return BeginText.Value;
                    if (a == 'E' && c == 'T') return EndText.Value;
                    if (a == 'c' && c == 'm') return Numbers(6) is { } ctm ? new ModifyCurrentTransformationMatrix(ctm) : null;
                    if (a == 'g' && c == 's') return Top(0) is { Kind: Kind.Name, Value: NameToken gs } ? new SetGraphicsStateParametersFromDictionary(gs) : null;
                    if (a == 'D' && c == 'o') return Top(0) is { Kind: Kind.Name, Value: NameToken xobject } ? new InvokeNamedXObject(xobject) : null;
                    if (a == 'd' && c == '0') return Numbers(2) is { } w0 ? new Type3SetGlyphWidth(w0[0], w0[1]) : null;
                    if (a == 'd' && c == '1') return Numbers(6) is { } w1 ? new Type3SetGlyphWidthAndBoundingBox(w1[0], w1[1], w1[2], w1[3], w1[4], w1[5]) : null;
                    return null;
            }
            return null;
        }

        /// <summary>The operand <paramref name="fromTop"/> places below the top of the stack.</summary>
        private readonly Operand? Top(int fromTop) => _count > fromTop ? _operands[_count - 1 - fromTop] : null;

        private readonly double? Number(int fromTop) => Top(fromTop) is { Kind: Kind.Number } o ? o.Number : null;

        private readonly ReadOnlyMemory<byte>? Bytes(int fromTop) => Top(fromTop) is { Kind: Kind.String, Value: byte[] b } ? b : null;

        /// <summary>The last <paramref name="n"/> operands, all numbers, in order.</summary>
        private readonly double[]? Numbers(int n)
        {
            if (_count < n) return null;
            var values = new double[n];
            for (int i = 0; i < n; i++)
            {
                var o = _operands[_count - n + i];
                if (o.Kind != Kind.Number) return null;
                values[i] = o.Number;
            }
            return values;
        }

        private List<IToken> ReadArray()
        {
            _pos++; // '['
            var items = new List<IToken>();
            while (true)
            {
                SkipWhiteSpaceAndComments();
                if (_pos >= _data.Length) break;
                byte b = _data[_pos];
                if (b == ']') { _pos++; break; }
                if (IsNumberStart(b)) items.Add(new NumericToken(ReadNumber()));
                else if (b == '(') items.Add(new StringToken("", StringToken.Encoding.Iso88591, ReadLiteralString()));
                else if (b == '<')
                {
                    if (_pos + 1 < _data.Length && _data[_pos + 1] == '<') SkipDictionary();
                    else items.Add(new StringToken("", StringToken.Encoding.Iso88591, ReadHexString()));
                }
                else if (b == '[') ReadArray(); // nested arrays do not show text
                else if (b == '/') ReadName();
                else if (IsRegular(b)) { while (_pos < _data.Length && IsRegular(_data[_pos])) _pos++; }
                else _pos++;
            }
            return items;
        }

        private double ReadNumber()
        {
            int start = _pos;
            if (_data[_pos] is (byte)'+' or (byte)'-') _pos++;
            while (_pos < _data.Length && _data[_pos] is (byte)'+' or (byte)'-') _pos++; // "--5": lenient, as readers are
            while (_pos < _data.Length && (IsDigit(_data[_pos]) || _data[_pos] == '.')) _pos++;
            var text = _data[start.._pos];
            // skip any further sign characters run into the number
            int signs = 0;
            while (signs < text.Length && text[signs] is (byte)'+' or (byte)'-') signs++;
            bool negative = text[..signs].Count((byte)'-') % 2 == 1;
            var digits = text[signs..];
            if (digits.Length == 0 || (digits.Length == 1 && digits[0] == '.')) return 0;
            // a second '.' ends the number where a reader would ("1.2.3" reads 1.2)
            int dot = digits.IndexOf((byte)'.');
            if (dot >= 0)
            {
                int second = digits[(dot + 1)..].IndexOf((byte)'.');
                if (second >= 0) digits = digits[..(dot + 1 + second)];
            }
            double value = double.TryParse(digits, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var v) ? v : 0;
            return negative ? -value : value;
        }

        private NameToken ReadName()
        {
            _pos++; // '/'
            int start = _pos;
            while (_pos < _data.Length && IsRegular(_data[_pos])) _pos++;
            var raw = _data[start.._pos];
            Span<char> chars = raw.Length <= 256 ? stackalloc char[raw.Length] : new char[raw.Length];
            int n = 0;
            for (int i = 0; i < raw.Length; i++)
            {
                if (raw[i] == '#' && i + 2 < raw.Length && IsHex(raw[i + 1]) && IsHex(raw[i + 2]))
                {
                    chars[n++] = (char)(HexValue(raw[i + 1]) * 16 + HexValue(raw[i + 2]));
                    i += 2;
                }
                else chars[n++] = (char)raw[i];
            }
            return Name(chars[..n]);
        }

        /// <summary>Names repeat on every page (fonts, graphics states): one token per name and thread.</summary>
        [ThreadStatic] private static Dictionary<string, NameToken>? t_names;

        private static NameToken Name(ReadOnlySpan<char> name)
        {
            var names = t_names ??= new Dictionary<string, NameToken>(StringComparer.Ordinal);
            var lookup = names.GetAlternateLookup<ReadOnlySpan<char>>();
            if (lookup.TryGetValue(name, out var token)) return token;
            if (names.Count > 4096) names.Clear();
            var text = new string(name);
            token = NameToken.Create(text);
            names[text] = token;
            return token;
        }

        private byte[] ReadLiteralString()
        {
            _pos++; // '('
            var bytes = new ArrayBufferWriter<byte>(32);
            int depth = 1;
            while (_pos < _data.Length)
            {
                byte b = _data[_pos++];
                if (b == '\\')
                {
                    if (_pos >= _data.Length) break;
                    byte e = _data[_pos++];
                    switch (e)
                    {
                        case (byte)'n': Add(bytes, (byte)'\n'); break;
                        case (byte)'r': Add(bytes, (byte)'\r'); break;
                        case (byte)'t': Add(bytes, (byte)'\t'); break;
                        case (byte)'b': Add(bytes, (byte)'\b'); break;
                        case (byte)'f': Add(bytes, (byte)'\f'); break;
                        case (byte)'\r': if (_pos < _data.Length && _data[_pos] == '\n') _pos++; break; // a line continued
                        case (byte)'\n': break;
                        default:
                            if (e is >= (byte)'0' and <= (byte)'7')
                            {
                                int value = e - '0';
                                for (int k = 0; k < 2 && _pos < _data.Length && _data[_pos] is >= (byte)'0' and <= (byte)'7'; k++)
                                    value = value * 8 + (_data[_pos++] - '0');
                                Add(bytes, (byte)value);
                            }
                            else Add(bytes, e); // \( \) \\ and an unknown escape: the character itself
                            break;
                    }
                    continue;
                }
                if (b == '(') depth++;
                else if (b == ')' && --depth == 0) break;
                if (b == '\r')
                {
                    // an end of line inside a string reads as one line feed
                    if (_pos < _data.Length && _data[_pos] == '\n') _pos++;
                    Add(bytes, (byte)'\n');
                    continue;
                }
                Add(bytes, b);
            }
            return bytes.WrittenSpan.ToArray();
        }

        private static void Add(ArrayBufferWriter<byte> writer, byte b)
        {
            writer.GetSpan(1)[0] = b;
            writer.Advance(1);
        }

        private byte[] ReadHexString()
        {
            _pos++; // '<'
            int start = _pos;
            int digits = 0;
            while (_pos < _data.Length && _data[_pos] != '>')
            {
                if (IsHex(_data[_pos])) digits++;
                _pos++;
            }
            var hex = _data[start.._pos];
            if (_pos < _data.Length) _pos++; // '>'
            var bytes = new byte[(digits + 1) / 2];
            int n = 0;
            foreach (var h in hex)
            {
                if (!IsHex(h)) continue;
                int v = HexValue(h);
                if (n % 2 == 0) bytes[n / 2] = (byte)(v << 4);
                else bytes[n / 2] |= (byte)v;
                n++;
            }
            return bytes;
        }

        /// <summary>A dictionary operand (marked-content properties): skipped whole, nested and with strings inside.</summary>
        private void SkipDictionary()
        {
            int depth = 0;
            while (_pos < _data.Length)
            {
                byte b = _data[_pos];
                if (b == '<' && _pos + 1 < _data.Length && _data[_pos + 1] == '<') { depth++; _pos += 2; continue; }
                if (b == '>' && _pos + 1 < _data.Length && _data[_pos + 1] == '>') { _pos += 2; if (--depth == 0) return; continue; }
                if (b == '(') { ReadLiteralString(); continue; }
                if (b == '<') { ReadHexString(); continue; }
                if (b == '%') { SkipWhiteSpaceAndComments(); continue; }
                _pos++;
            }
        }

        /// <summary>BI … ID binary data EI: the data may hold any bytes, so skip to an "EI" between white space.</summary>
        private void SkipInlineImage()
        {
            // the image dictionary up to "ID"
            while (true)
            {
                SkipWhiteSpaceAndComments();
                if (_pos >= _data.Length) return;
                byte b = _data[_pos];
                if (b == '/') { ReadName(); continue; }
                if (b == '(') { ReadLiteralString(); continue; }
                if (b == '<') { if (_pos + 1 < _data.Length && _data[_pos + 1] == '<') SkipDictionary(); else ReadHexString(); continue; }
                if (b == '[') { ReadArray(); continue; }
                if (IsNumberStart(b)) { ReadNumber(); continue; }
                int start = _pos;
                while (_pos < _data.Length && IsRegular(_data[_pos])) _pos++;
                if (_pos == start) { _pos++; continue; }
                if (_data[start.._pos].SequenceEqual("ID"u8)) break;
            }
            _pos++; // the single white-space byte after ID
            while (_pos + 1 < _data.Length)
            {
                if (_data[_pos] == 'E' && _data[_pos + 1] == 'I' && IsWhiteSpace(_data[_pos - 1])
                    && (_pos + 2 >= _data.Length || IsWhiteSpace(_data[_pos + 2]) || IsDelimiter(_data[_pos + 2])))
                {
                    _pos += 2;
                    return;
                }
                _pos++;
            }
            _pos = _data.Length;
        }

        private void SkipWhiteSpaceAndComments()
        {
            while (_pos < _data.Length)
            {
                byte b = _data[_pos];
                if (IsWhiteSpace(b)) { _pos++; continue; }
                if (b == '%')
                {
                    while (_pos < _data.Length && _data[_pos] is not ((byte)'\r' or (byte)'\n')) _pos++;
                    continue;
                }
                break;
            }
        }
    }

    private static bool IsWhiteSpace(byte b) => b is 0 or 9 or 10 or 12 or 13 or 32;

    private static bool IsDelimiter(byte b) => b is (byte)'(' or (byte)')' or (byte)'<' or (byte)'>' or (byte)'[' or (byte)']' or (byte)'{' or (byte)'}' or (byte)'/' or (byte)'%';

    private static bool IsRegular(byte b) => !IsWhiteSpace(b) && !IsDelimiter(b);

    private static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

    private static bool IsNumberStart(byte b) => IsDigit(b) || b is (byte)'+' or (byte)'-' or (byte)'.';

    private static bool IsHex(byte b) => IsDigit(b) || b is >= (byte)'a' and <= (byte)'f' or >= (byte)'A' and <= (byte)'F';

    private static int HexValue(byte b) => b <= '9' ? b - '0' : (b | 0x20) - 'a' + 10;
}
