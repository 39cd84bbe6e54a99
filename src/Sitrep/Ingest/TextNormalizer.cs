using System.Text;

namespace Sitrep.Ingest;

/// <summary>
/// Puts received text into the form Sitrep analyses: Unicode NFC, '\n' line ends, no BOM or NUL characters.
/// Curly quotes and dashes are kept as they are (the text layer understands them).
/// </summary>
public static class TextNormalizer
{
    public static string Normalize(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            text = text[1..];
        }

        if (text.Contains('\r'))
        {
            text = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');
        }

        if (text.Contains('\0'))
        {
            text = text.Replace("\0", string.Empty, StringComparison.Ordinal);
        }

        return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
    }
}
