using System.Collections.Immutable;
using Sitrep.Common;

namespace Sitrep.Places;

/// <summary>A point on a map (degrees).</summary>
public readonly record struct GeoPoint(double Latitude, double Longitude);

/// <summary>A stretch of a front in one first-level division during a period (<see cref="To"/> null: ongoing).</summary>
public sealed record FrontlinePeriod(string CountryIso2, DateOnly From, DateOnly? To, string Admin1Key, ImmutableArray<GeoPoint> Towns);

/// <summary>
/// Where wars were fought and when (data/gazetteer/frontlines.tsv): towns along each front, by period. A war report
/// naming a village that several regions share most likely means the one near the front, so the geocoder gives
/// readings close to these towns a small bonus (<see cref="PlaceContext.Hotspots"/>), weaker than anything the
/// article says about its own regions.
/// </summary>
public sealed class Frontlines
{
    private static readonly Lazy<Frontlines> _default = new(() => Load(Gazetteer.Default), LazyThreadSafetyMode.ExecutionAndPublication);

    public Frontlines(ImmutableArray<FrontlinePeriod> periods) => Periods = periods;

    public static Frontlines Default => _default.Value;

    public ImmutableArray<FrontlinePeriod> Periods { get; }

    /// <summary>The towns along the fronts of <paramref name="date"/>; without a date, of every period.</summary>
    public ImmutableArray<GeoPoint> TownsAt(DateOnly? date) =>
        [.. Periods.Where(p => date is not { } d || (p.From <= d && (p.To is not { } to || d <= to))).SelectMany(p => p.Towns).Distinct()];

    public static Frontlines Load(Gazetteer gazetteer, string? path = null)
    {
        path ??= DataFiles.Require("gazetteer/frontlines.tsv");
        var periods = ImmutableArray.CreateBuilder<FrontlinePeriod>();
        foreach (var (line, lineNo) in Gazetteer.DataLines(path))
        {
            var cols = line.Split('\t');
            if (cols.Length != 5 ||
                !IsoDate.TryRead(cols[1], out var from))
            {
                throw new FormatException($"{path}:{lineNo}: expected 'country<TAB>from yyyy-mm-dd<TAB>to (or empty)<TAB>admin1<TAB>town|town...'.");
            }

            DateOnly? to = null;
            if (cols[2].Length > 0)
            {
                to = IsoDate.TryRead(cols[2], out var t)
                    ? t
                    : throw new FormatException($"{path}:{lineNo}: '{cols[2]}' is not a date (yyyy-mm-dd).");
            }

            var iso2 = cols[0].Trim();
            var admin1 = gazetteer.Admin1.FirstOrDefault(a => a.CountryIso2 == iso2 && string.Equals(a.AcledName, cols[3].Trim(), StringComparison.OrdinalIgnoreCase))
                ?? throw new FormatException($"{path}:{lineNo}: '{cols[3]}' is not a first-level division of {iso2} in the gazetteer.");
            var towns = ImmutableArray.CreateBuilder<GeoPoint>();
            foreach (var name in cols[4].Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                GazetteerPlace? best = null;
                foreach (var c in gazetteer.Lookup(name))
                {
                    if (c.Kind == PlaceKind.PopulatedPlace && gazetteer.Places[c.Index] is var p && p.Admin1Key == admin1.Code &&
                        (best is null || p.Population > best.Population))
                    {
                        best = p;
                    }
                }

                if (best is null)
                {
                    throw new FormatException($"{path}:{lineNo}: no town '{name}' in {admin1.AcledName} ({iso2}) in the gazetteer.");
                }

                towns.Add(new GeoPoint(best.Latitude, best.Longitude));
            }

            periods.Add(new FrontlinePeriod(iso2, from, to, admin1.Code, towns.ToImmutable()));
        }

        return new Frontlines(periods.ToImmutable());
    }
}
