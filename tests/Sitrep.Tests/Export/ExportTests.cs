using System.Globalization;
using System.Text.Json;
using CsvHelper;
using NetTopologySuite.Features;
using NetTopologySuite.Geometries;
using NetTopologySuite.IO.Converters;
using Sitrep.Export;
using Sitrep.Output;

namespace Sitrep.Tests.Export;

public class ExportTests
{
    private static readonly ActorRecord _ukraine = new("Military Forces of Ukraine (2019-)", "UKR", "MIL", "External/Other forces", "Ukrainian drones");
    private static readonly ActorRecord _civilians = new("Civilians (Russia)", "RUS", "CVL", "Civilians", "a nine-year-old boy");

    private static ExportEvent Strike(string id, double? lat = 50.5955, double? lon = 36.5873, string modality = "asserted") => new(
        new EventRecord
        {
            Id = id,
            EventType = "Explosions/Remote violence",
            SubEventType = "Air/drone strike",
            DisorderType = "Political violence",
            PloverEvent = "ASSAULT",
            PloverMode = "drone",
            CameoCode = "195",
            Actor1 = _ukraine,
            Actor2 = _civilians,
            Interaction = "External/Other forces-Civilians",
            CivilianTargeting = true,
            Country = "Russia",
            Iso3 = "RUS",
            Admin1 = "Belgorod",
            Location = "Belgorod",
            Latitude = lat,
            Longitude = lon,
            GeoPrecision = 3,
            EventDate = new DateOnly(2024, 11, 16),
            TimePrecision = 1,
            Fatalities = 1,
            Injuries = 2,
            Modality = modality,
            Notes = "On 16 November 2024, a drone attack killed a boy in Belgorod, \"officials\" said.",
            Evidence = [new SpanRecord(10, 40, "a drone attack killed a nine-year-old boy")],
        },
        [new EventSource("kursk", "Example Wire", "http://example.org/a", new DateOnly(2024, 11, 17), "Title")],
        1731801600);

    [Fact]
    public void AcledCsv_LoadsInCsvReader_With31ColumnsInAcledOrder()
    {
        var output = new StringWriter();
        var rows = new AcledCsvExporter(CountryTableFacts.Default).Write(output, [Strike("a"), Strike("b", modality: "future")]);
        Assert.Equal(1, rows);

        using var csv = new CsvReader(new StringReader(output.ToString()), CultureInfo.InvariantCulture);
        csv.Read();
        csv.ReadHeader();
        Assert.Equal(
            "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp",
            string.Join(',', csv.HeaderRecord!));
        Assert.True(csv.Read());
        Assert.Matches("^RUS[0-9]{8}$", csv.GetField("event_id_cnty"));
        Assert.Equal("2024-11-16", csv.GetField("event_date"));
        Assert.Equal(2024, csv.GetField<int>("year"));
        Assert.Equal("Air/drone strike", csv.GetField("sub_event_type"));
        Assert.Equal("Civilians targeted", csv.GetField("civilian_targeting"));
        Assert.Equal("50.5955", csv.GetField("latitude"));
        Assert.Equal(643, csv.GetField<int>("iso"));
        Assert.Equal("Europe", csv.GetField("region"));
        Assert.Equal(1, csv.GetField<int>("fatalities"));
        Assert.Contains("\"officials\"", csv.GetField("notes"));
        Assert.Equal("Example Wire", csv.GetField("source"));
        Assert.False(csv.Read(), "the future event is not an ACLED row");
    }

    [Theory]
    [InlineData("UKR", 804, "Europe")]
    [InlineData("SDN", 729, "Northern Africa")]
    [InlineData("MMR", 104, "Southeast Asia")]
    [InlineData("ZZZ", null, null)]
    public void CountryTableFacts_KnownAndUnknownCountries_IsoNumericAndAcledRegion(string iso3, int? numeric, string? region)
    {
        Assert.Equal(numeric, CountryTableFacts.Default.IsoNumeric(iso3));
        Assert.Equal(region, CountryTableFacts.Default.AcledRegion(iso3));
    }

    [Fact]
    public void AcledCsv_EventIdCnty_StableForTheSameEvent()
    {
        Assert.Equal(AcledCsvExporter.EventIdCnty(Strike("x").Event), AcledCsvExporter.EventIdCnty(Strike("x").Event));
        Assert.NotEqual(AcledCsvExporter.EventIdCnty(Strike("x").Event), AcledCsvExporter.EventIdCnty(Strike("y").Event));
    }

    [Fact]
    public void GeoJson_ParsesWithNetTopologySuite_LongitudeFirstAndNullGeometry()
    {
        var output = new StringWriter();
        GeoJsonExporter.Write(output, [Strike("located"), Strike("unlocated", lat: null, lon: null)]);
        var options = new JsonSerializerOptions { Converters = { new GeoJsonConverterFactory() } };
        var collection = JsonSerializer.Deserialize<FeatureCollection>(output.ToString(), options)!;
        Assert.Equal(2, collection.Count);
        var point = Assert.IsType<Point>(collection[0].Geometry);
        Assert.Equal(36.5873, point.X); // x = longitude
        Assert.Equal(50.5955, point.Y);
        Assert.Null(collection[1].Geometry);
        Assert.Equal("Air/drone strike", collection[0].Attributes["sub_event_type"]);

        using var raw = JsonDocument.Parse(output.ToString());
        var feature = raw.RootElement.GetProperty("features")[0];
        Assert.Equal("Feature", feature.GetProperty("type").GetString());
        Assert.Equal(JsonValueKind.Null, raw.RootElement.GetProperty("features")[1].GetProperty("geometry").ValueKind);
        Assert.Equal(1, feature.GetProperty("properties").GetProperty("source_count").GetInt32());
    }

    [Fact]
    public void Plover_RecordHasManualFieldsWithListsAndSize()
    {
        var line = PloverJsonlExporter.Serialize(Strike("p"));
        using var json = JsonDocument.Parse(line);
        var root = json.RootElement;
        foreach (var field in new[] { "id", "date", "actor", "recipient", "event", "mode", "context", "event_loc", "size", "text", "cite_info" })
        {
            Assert.True(root.TryGetProperty(field, out _), $"missing {field}");
        }

        Assert.Equal("2024-11-16", root.GetProperty("date").GetString());
        Assert.Equal("ASSAULT", root.GetProperty("event")[0].GetString());
        Assert.Equal("drone", root.GetProperty("mode")[0].GetString());
        Assert.Equal("UKR", root.GetProperty("actor")[0].GetProperty("code").GetString());
        Assert.Equal("CVL", root.GetProperty("recipient")[0].GetProperty("sector").GetString());
        Assert.Equal(1, root.GetProperty("size").GetProperty("dead").GetInt32());
        Assert.Equal(2, root.GetProperty("size").GetProperty("injured").GetInt32());
        Assert.Equal(2, root.GetProperty("event_loc").GetProperty("resolution").GetInt32());
    }

    [Fact]
    public void Plover_FutureEvent_CarriesAuxiliaryMode()
    {
        using var json = JsonDocument.Parse(PloverJsonlExporter.Serialize(Strike("f", modality: "future")));
        Assert.Contains("future", json.RootElement.GetProperty("mode").EnumerateArray().Select(m => m.GetString()));
    }
}
