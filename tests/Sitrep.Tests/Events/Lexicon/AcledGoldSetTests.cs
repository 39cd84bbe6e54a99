using System.Globalization;
using System.Text.Json;
using Sitrep.Actors;
using Sitrep.Common;
using Sitrep.Events.Lexicon;

namespace Sitrep.Tests.Events.Lexicon;

/// <summary>The ACLED-style gold set in data/gold/events: well-formed, complete, and its splits disjoint.</summary>
public sealed class AcledGoldSetTests
{
    private static readonly string[] _splits = ["dev", "test"];

    private static List<(string Split, int Line, JsonElement Record)> Records()
    {
        var records = new List<(string, int, JsonElement)>();
        foreach (var split in _splits)
        {
            var path = DataFiles.Require($"gold/events/acled_style.{split}.jsonl");
            var line = 0;
            foreach (var text in File.ReadLines(path))
            {
                line++;
                using var doc = JsonDocument.Parse(text);
                records.Add((split, line, doc.RootElement.Clone()));
            }
        }

        return records;
    }

    private static IEnumerable<(string Split, string Id, JsonElement Event)> Events() =>
        Records().SelectMany(r => r.Record.GetProperty("gold").GetProperty("events").EnumerateArray()
            .Select(e => (r.Split, r.Record.GetProperty("id").GetString()!, e)));

    [Fact]
    public void GoldSet_Size_AtLeast150ReportsAnd25Negatives()
    {
        var records = Records();
        var negatives = records.Count(r => r.Record.GetProperty("gold").GetProperty("events").GetArrayLength() == 0);

        Assert.True(records.Count >= 150, $"{records.Count} reports");
        Assert.True(negatives >= 25, $"{negatives} negative reports");
        var dev = records.Count(r => r.Split == "dev");
        // Batches 3 to 6 (adversarial wire copy) are dev-only by design, so the test split stays as first reported;
        // with batch 6 (round 8) the dev share is 0.80, so the upper bound moved from 0.8 to 0.85.
        Assert.InRange(dev / (double)records.Count, 0.5, 0.85);
    }

    [Fact]
    public void GoldSet_Ids_AreUniqueAndSplitsDisjoint()
    {
        var records = Records();
        var ids = records.Select(r => r.Record.GetProperty("id").GetString()).ToList();
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());

        var dev = records.Where(r => r.Split == "dev").Select(r => r.Record.GetProperty("text").GetString()).ToHashSet(StringComparer.Ordinal);
        Assert.DoesNotContain(records.Where(r => r.Split == "test"), r => dev.Contains(r.Record.GetProperty("text").GetString()!));
    }

    [Fact]
    public void GoldSet_Records_HaveTheContractInputShape()
    {
        foreach (var (split, line, record) in Records())
        {
            var where = $"acled_style.{split}.jsonl:{line}";
            Assert.False(string.IsNullOrWhiteSpace(record.GetProperty("text").GetString()), where);
            Assert.True(DateOnly.TryParseExact(record.GetProperty("published").GetString(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _), where);
            Assert.False(string.IsNullOrWhiteSpace(record.GetProperty("source").GetString()), where);
            Assert.Equal(JsonValueKind.Array, record.GetProperty("gold").GetProperty("events").ValueKind);
        }
    }

    [Fact]
    public void GoldSet_EverySubEventType_AppearsInBothSplits()
    {
        var codebook = TriggerLexicon.Default.Codebook;
        var events = Events().ToList();

        foreach (var split in _splits)
        {
            var present = events.Where(e => e.Split == split).Select(e => e.Event.GetProperty("sub_event_type").GetString()).ToHashSet();
            Assert.All(codebook.SubEventTypes, s => Assert.Contains(s.SubEventType, present));
        }
    }

    [Fact]
    public void GoldSet_Events_AreValidAcledCoding()
    {
        var codebook = TriggerLexicon.Default.Codebook;
        var records = Records().ToDictionary(r => r.Record.GetProperty("id").GetString()!, r => r.Record);
        foreach (var (_, id, e) in Events())
        {
            var sub = codebook.Find(e.GetProperty("sub_event_type").GetString()!);
            Assert.True(sub is not null, $"{id}: unknown sub-event type");
            Assert.Equal(sub.EventType, e.GetProperty("event_type").GetString());

            var record = records[id];
            Assert.Contains(e.GetProperty("evidence").GetString()!, record.GetProperty("text").GetString()!, StringComparison.Ordinal);
            var date = DateOnly.ParseExact(e.GetProperty("event_date").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            var published = DateOnly.ParseExact(record.GetProperty("published").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture);
            Assert.True(date <= published, $"{id}: event after publication");
            Assert.InRange(e.GetProperty("time_precision").GetInt32(), 1, 3);
            Assert.True(e.GetProperty("fatalities").GetInt32() >= 0, id);
            Assert.Equal("asserted", e.GetProperty("modality").GetString());
            Assert.False(string.IsNullOrWhiteSpace(e.GetProperty("country").GetString()), id);
        }
    }

    [Fact]
    public void GoldSet_Actors_FollowAcledNamesAndKnownCountries()
    {
        var dictionary = ActorDictionary.Default;
        foreach (var (_, id, e) in Events())
        {
            foreach (var slot in new[] { "actor1", "actor2" })
            {
                var actor = e.GetProperty(slot);
                if (actor.ValueKind == JsonValueKind.Null)
                {
                    continue;
                }

                var name = actor.GetProperty("name").GetString()!;
                var iso3 = actor.GetProperty("country_iso3").GetString()!;
                Assert.False(string.IsNullOrWhiteSpace(actor.GetProperty("sector").GetString()), $"{id} {slot}");
                Assert.True(dictionary.Countries.ContainsKey(iso3) || ActorDictionary.InternationalCodes.Contains(iso3), $"{id} {slot}: unknown country {iso3}");
                if (name.StartsWith("Civilians (", StringComparison.Ordinal) || name.StartsWith("Protesters (", StringComparison.Ordinal) || name.StartsWith("Rioters (", StringComparison.Ordinal))
                {
                    // Generic actors carry the country named in parentheses.
                    Assert.EndsWith($"({dictionary.Countries[iso3].Name})", name, StringComparison.Ordinal);
                }
            }

            if (e.GetProperty("event_type").GetString() == "Violence against civilians")
            {
                // ACLED: in violence against civilians the target is always actor 2.
                Assert.StartsWith("Civilians (", e.GetProperty("actor2").GetProperty("name").GetString(), StringComparison.Ordinal);
            }
        }
    }
}
