using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Sitrep.Common;

/// <summary>
/// Dates as the contract, the store, the exports and the gold files write them: ISO 8601 calendar dates
/// (yyyy-MM-dd), culture-invariant, nothing before or after. One place, so every reader and writer agrees.
/// </summary>
public static class IsoDate
{
    public const string Format = "yyyy-MM-dd";

    /// <summary>"2024-11-16", or null for no date.</summary>
    public static string? Write(DateOnly? date) => date?.ToString(Format, CultureInfo.InvariantCulture);

    /// <summary>Reads an exact yyyy-MM-dd date; false for anything else (null, other forms, impossible dates).</summary>
    public static bool TryRead([NotNullWhen(true)] string? text, out DateOnly date) =>
        DateOnly.TryParseExact(text, Format, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>Reads a date the writer guarantees is yyyy-MM-dd (the store's own columns, gold files); null stays null.</summary>
    public static DateOnly? Read(string? text) =>
        text is null ? null : DateOnly.ParseExact(text, Format, CultureInfo.InvariantCulture);
}
