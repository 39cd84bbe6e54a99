using System.Text;
using Sitrep.Export;

namespace Sitrep.Cli.Commands;

/// <summary>Plain-text tables for people and RFC 4180 CSV for programs.</summary>
internal static class Table
{
    public static void WriteText(TextWriter output, IReadOnlyList<string> columns, IEnumerable<string?[]> rows, string footer)
    {
        const int MaxWidth = 48;
        var materialised = rows.Select(r => r.Select(v => Clip(v ?? string.Empty, MaxWidth)).ToArray()).ToList();
        var widths = columns.Select((c, i) => Math.Max(c.Length, materialised.Count == 0 ? 0 : materialised.Max(r => r[i].Length))).ToArray();
        output.WriteLine(string.Join("  ", columns.Select((c, i) => c.PadRight(widths[i]))).TrimEnd());
        output.WriteLine(string.Join("  ", widths.Select(w => new string('-', w))));
        foreach (var row in materialised)
        {
            output.WriteLine(string.Join("  ", row.Select((v, i) => v.PadRight(widths[i]))).TrimEnd());
        }

        output.WriteLine(footer);
    }

    public static void WriteCsv(TextWriter output, IReadOnlyList<string> columns, IEnumerable<string?[]> rows)
    {
        output.WriteLine(string.Join(',', columns.Select(Csv.Quote)));
        foreach (var row in rows)
        {
            output.WriteLine(string.Join(',', row.Select(Csv.Quote)));
        }
    }

    private static string Clip(string value, int width)
    {
        var flat = new StringBuilder(value.Length);
        foreach (var c in value)
        {
            flat.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }

        return flat.Length <= width ? flat.ToString() : flat.ToString(0, width - 1) + "…";
    }
}
