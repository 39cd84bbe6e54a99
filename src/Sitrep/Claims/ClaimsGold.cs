using System.Collections.Immutable;
using System.Text.Json;
using Sitrep.Documents;

namespace Sitrep.Claims;

public sealed record GoldClaimant(string Name, string? Title, string? Affiliation, string? CountryIso3, string? Sector, bool Anonymous, string Text);

public sealed record GoldStance(string By, StanceKind Stance, string Evidence, int EvidenceStart);

public sealed record GoldCertainty(string Phrase, string Likelihood);

public sealed record GoldClaim(
    GoldClaimant? Claimant,
    string? Channel,
    string? Cue,
    int? CueStart,
    ClaimKind Kind,
    string Content,
    int ContentStart,
    GoldCertainty? Certainty,
    ClaimStatus Status,
    ImmutableArray<GoldStance> Stances)
{
    public TextSpan ContentSpan => new(ContentStart, ContentStart + Content.Length);

    public TextSpan? CueSpan => Cue is null || CueStart is null ? null : new TextSpan(CueStart.Value, CueStart.Value + Cue.Length);
}

/// <param name="DevOnly">From a batch written to grow the dev split only (never split into test).</param>
/// <param name="TestOnly">From a batch of fresh text written to grow the test split only (never split into dev).</param>
public sealed record GoldPassage(string Id, string Text, DateOnly? Published, string? Source, ImmutableArray<GoldClaim> Claims, bool DevOnly = false, bool TestOnly = false);

/// <summary>Reads the claims gold JSONL (data/gold/claims); a malformed record is reported as <c>file:line: problem</c>.</summary>
public static class ClaimsGold
{
    public static ImmutableArray<GoldPassage> Load(string path)
    {
        var passages = ImmutableArray.CreateBuilder<GoldPassage>();
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            try
            {
                using var json = JsonDocument.Parse(line);
                var root = json.RootElement;
                if (!root.TryGetProperty("id", out var id))
                {
                    continue; // the {"_meta": ...} header line
                }

                passages.Add(ReadPassage(id.GetString()!, root));
            }
            catch (Exception e) when (e is JsonException or FormatException or KeyNotFoundException or InvalidOperationException)
            {
                throw new FormatException($"{path}:{lineNumber}: {e.Message}", e);
            }
        }

        return passages.ToImmutable();
    }

    private static GoldPassage ReadPassage(string id, JsonElement root)
    {
        var text = root.GetProperty("text").GetString()!;
        DateOnly? published = root.TryGetProperty("published", out var p) && p.ValueKind == JsonValueKind.String ? DateOnly.Parse(p.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : null;
        var source = root.TryGetProperty("source", out var s) ? s.GetString() : null;
        var claims = ImmutableArray.CreateBuilder<GoldClaim>();
        foreach (var c in root.GetProperty("gold").GetProperty("claims").EnumerateArray())
        {
            claims.Add(ReadClaim(c));
        }

        var devOnly = root.TryGetProperty("dev_only", out var d) && d.ValueKind == JsonValueKind.True;
        var testOnly = root.TryGetProperty("test_only", out var t) && t.ValueKind == JsonValueKind.True;
        return new GoldPassage(id, text, published, source, claims.ToImmutable(), devOnly, testOnly);
    }

    private static GoldClaim ReadClaim(JsonElement c)
    {
        GoldClaimant? claimant = null;
        if (c.GetProperty("claimant") is { ValueKind: JsonValueKind.Object } who)
        {
            claimant = new GoldClaimant(
                who.GetProperty("name").GetString()!,
                OptionalString(who, "title"),
                OptionalString(who, "affiliation"),
                OptionalString(who, "country_iso3"),
                OptionalString(who, "sector"),
                who.GetProperty("anonymous").GetBoolean(),
                who.GetProperty("text").GetString()!);
        }

        var kindName = c.GetProperty("kind").GetString()!;
        var statusName = c.GetProperty("status").GetString()!;
        if (!ClaimNames.TryParseKind(kindName, out var kind) || !ClaimNames.TryParseStatus(statusName, out var status))
        {
            throw new FormatException($"unknown kind '{kindName}' or status '{statusName}'");
        }

        GoldCertainty? certainty = c.TryGetProperty("certainty", out var cert) && cert.ValueKind == JsonValueKind.Object
            ? new GoldCertainty(cert.GetProperty("phrase").GetString()!, cert.GetProperty("likelihood").GetString()!)
            : null;
        var stances = ImmutableArray.CreateBuilder<GoldStance>();
        foreach (var st in c.GetProperty("stances").EnumerateArray())
        {
            var name = st.GetProperty("stance").GetString()!;
            if (!ClaimNames.TryParseStance(name, out var stance))
            {
                throw new FormatException($"unknown stance '{name}'");
            }

            stances.Add(new GoldStance(st.GetProperty("by").GetString()!, stance, st.GetProperty("evidence").GetString()!, st.GetProperty("evidence_start").GetInt32()));
        }

        return new GoldClaim(
            claimant,
            OptionalString(c, "channel"),
            OptionalString(c, "cue"),
            c.TryGetProperty("cue_start", out var cs) && cs.ValueKind == JsonValueKind.Number ? cs.GetInt32() : null,
            kind,
            c.GetProperty("content").GetString()!,
            c.GetProperty("content_start").GetInt32(),
            certainty,
            status,
            stances.ToImmutable());
    }

    private static string? OptionalString(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;
}
