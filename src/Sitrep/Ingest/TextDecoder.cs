using System.Text;

namespace Sitrep.Ingest;

/// <summary>
/// Turns bytes into text. A byte-order mark decides (UTF-8, UTF-16 LE/BE, UTF-32). Without one, valid UTF-8 is
/// UTF-8. Bytes that are not UTF-8 and hold no UTF-8 multi-byte sequence at all are a legacy single-byte
/// encoding: Windows-1251 when high bytes form Cyrillic words, Windows-1252 otherwise. Bytes that mix valid UTF-8
/// sequences with invalid ones are corrupt UTF-8 and are refused rather than guessed at.
/// </summary>
public static class TextDecoder
{
    static TextDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public readonly record struct Decoded(string? Text, string? Error, string EncodingName);

    private static readonly UTF8Encoding _strictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static Decoded Decode(ReadOnlySpan<byte> bytes)
    {
        var bom = DetectBom(bytes, out var bomLength);
        if (bom is not null)
        {
            try
            {
                var strict = (Encoding)bom.Clone();
                strict.DecoderFallback = DecoderFallback.ExceptionFallback;
                return new(strict.GetString(bytes[bomLength..]), null, bom.WebName);
            }
            catch (DecoderFallbackException e)
            {
                return new(null, $"invalid {bom.WebName} text (byte-order mark present): {e.Message}", bom.WebName);
            }
        }

        if (LooksBinary(bytes))
        {
            return new(null, "binary content, not text (contains NUL or control bytes)", "binary");
        }

        try
        {
            return new(_strictUtf8.GetString(bytes), null, "utf-8");
        }
        catch (DecoderFallbackException)
        {
            var badAt = FirstInvalidUtf8(bytes);
            if (HasUtf8MultiByteSequence(bytes))
            {
                return new(null, $"invalid UTF-8 (bad byte 0x{bytes[badAt]:X2} at offset {badAt}); re-save the file as UTF-8", "utf-8");
            }

            var legacy = LooksCyrillic(bytes) ? Encoding.GetEncoding(1251) : Encoding.GetEncoding(1252);
            return new(legacy.GetString(bytes), null, legacy.WebName);
        }
    }

    private static Encoding? DetectBom(ReadOnlySpan<byte> b, out int length)
    {
        (Encoding? encoding, length) = b switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (new UTF8Encoding(false), 3),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (new UTF32Encoding(bigEndian: false, byteOrderMark: false), 4),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4),
            [0xFF, 0xFE, ..] => (new UnicodeEncoding(bigEndian: false, byteOrderMark: false), 2),
            [0xFE, 0xFF, ..] => ((Encoding)new UnicodeEncoding(bigEndian: true, byteOrderMark: false), 2),
            _ => (null, 0),
        };
        return encoding;
    }

    /// <summary>NUL bytes, or many C0 control bytes other than tab/newline/return/form feed, in the first 8 KB.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 8192)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (byte)'\t' and not (byte)'\n' and not (byte)'\r' and not 0x0C and not 0x1B)
            {
                controls++;
            }
        }

        return sample.Length > 0 && controls * 20 > sample.Length;
    }

    private static int FirstInvalidUtf8(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? 0 : Math.Min(read, bytes.Length - 1);
    }

    private static bool HasUtf8MultiByteSequence(ReadOnlySpan<byte> bytes)
    {
        for (var i = 0; i + 1 < bytes.Length; i++)
        {
            var lead = bytes[i];
            var need = lead >= 0xF0 && lead <= 0xF4 ? 3 : lead >= 0xE0 ? 2 : lead >= 0xC2 && lead <= 0xDF ? 1 : 0;
            if (need == 0 || i + need >= bytes.Length)
            {
                continue;
            }

            var ok = true;
            for (var k = 1; k <= need; k++)
            {
                ok &= (bytes[i + k] & 0xC0) == 0x80;
            }

            if (ok && lead >= 0xC2)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>In Windows-1251, 0xC0-0xFF are Cyrillic letters and come in runs; in 1252 they are accents in Latin words.</summary>
    private static bool LooksCyrillic(ReadOnlySpan<byte> bytes)
    {
        int high = 0, highRuns = 0, asciiLetters = 0;
        var previousHigh = false;
        foreach (var b in bytes)
        {
            var isHigh = b >= 0xC0;
            if (isHigh)
            {
                high++;
                if (previousHigh)
                {
                    highRuns++;
                }
            }
            else if (b is >= (byte)'A' and <= (byte)'Z' or >= (byte)'a' and <= (byte)'z')
            {
                asciiLetters++;
            }

            previousHigh = isHigh;
        }

        return high > 0 && highRuns * 2 >= high && high * 2 >= asciiLetters / 4;
    }
}
