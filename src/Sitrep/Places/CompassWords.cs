namespace Sitrep.Places;

/// <summary>
/// Lower-case compass words ("north", "northern", "south-western"), read by the geocoder (a bearing adjective before a
/// division's name: "Ecuador's southern Azuay province") and by fusion (the quarter of a town a report names: "west
/// Belfast"). A closed class of the language, so it is kept here rather than in a data file.
/// </summary>
public static class CompassWords
{
    /// <summary>The quarter a compass word names ("northern" and "north" are one quarter: "north"), or null.</summary>
    public static string? Quarter(ReadOnlySpan<char> word) => word switch
    {
        "north" or "northern" => "north",
        "south" or "southern" => "south",
        "east" or "eastern" => "east",
        "west" or "western" => "west",
        "northeast" or "northeastern" or "north-east" or "north-eastern" => "north-east",
        "northwest" or "northwestern" or "north-west" or "north-western" => "north-west",
        "southeast" or "southeastern" or "south-east" or "south-eastern" => "south-east",
        "southwest" or "southwestern" or "south-west" or "south-western" => "south-west",
        _ => null,
    };

    /// <summary>"northern", "south-eastern", "southwestern": a bearing adjective ("modern" and "pattern" end alike but are none).</summary>
    public static bool IsAdjective(ReadOnlySpan<char> word) =>
        word.EndsWith("ern", StringComparison.Ordinal) && Quarter(word) is not null;
}
