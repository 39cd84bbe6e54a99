namespace Sitrep.Documents;

/// <summary>
/// A half-open range [Start, End) of UTF-16 code units in a document's unchanged text.
/// Every annotation in Sitrep points back to the words it came from through one of these.
/// </summary>
public readonly record struct TextSpan(int Start, int End)
{
    public int Length => End - Start;

    public bool IsEmpty => End <= Start;

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool Overlaps(TextSpan other) => other.Start < End && Start < other.End;

    public string Slice(string text) => text.Substring(Start, Length);

    public ReadOnlySpan<char> AsSpan(string text) => text.AsSpan(Start, Length);

    public static TextSpan Cover(TextSpan a, TextSpan b) => new(Math.Min(a.Start, b.Start), Math.Max(a.End, b.End));

    public override string ToString() => $"[{Start},{End})";
}
