using Sitrep.Fusion;
using Sitrep.Output;

namespace Sitrep.Tests.Fusion;

/// <summary>The fuser remembers the matcher's result for a pair of stored reports instead of asking it again.</summary>
public class FuserMatchCacheTests
{
    private static MemberEvent Member(string article, string evidence, DateOnly? published = null)
    {
        var day = new DateOnly(2023, 5, 9);
        return new MemberEvent(
            new EventRecord
            {
                Id = article + "/ev0",
                EventType = "Battles",
                SubEventType = "Armed clash",
                PloverEvent = "ASSAULT",
                Country = "Mali",
                Iso3 = "MLI",
                Admin1 = "Mopti",
                Location = "Sevare",
                Latitude = 14.5328,
                Longitude = -4.0964,
                GeoPrecision = 1,
                EventDate = day,
                DateStart = day,
                DateEnd = day,
                TimePrecision = 1,
                Evidence = [new SpanRecord(0, evidence.Length, evidence)],
            },
            article,
            "Outlet " + article,
            null,
            published ?? day.AddDays(1));
    }

    private static readonly FusionCandidate _stored = new(
        "F1",
        [
            Member("a", "Soldiers and jihadist fighters exchanged fire for hours at the edge of Sevare on Tuesday."),
            Member("b", "Heavy fighting between the army and militants was reported in Sevare on Tuesday evening."),
        ]);

    [Fact]
    public void Choose_SamePairsAskedAgain_MatcherAskedOncePerPair()
    {
        var fuser = new EventFuser();
        var incoming = Member("c", "The army said it repelled an attack by militants on Sevare on Tuesday.");

        var first = fuser.Choose(incoming, [_stored]);
        Assert.Equal(2, fuser.MatchesComputed);

        var again = fuser.Choose(incoming, [_stored]);
        Assert.Equal(first, again);
        Assert.Equal(2, fuser.MatchesComputed);
        Assert.Equal(2, fuser.CachedMatches);
    }

    [Fact]
    public void Choose_SameRecordPublishedAnotherDay_AskedAgainAndScoredAsTheFreshFuser()
    {
        var fuser = new EventFuser();
        var incoming = Member("c", "The army said it repelled an attack by militants on Sevare on Tuesday.");
        fuser.Choose(incoming, [_stored]);

        // The matcher reads the publication day too: the cached result of the same record must not answer for it.
        var later = incoming with { Published = new DateOnly(2023, 6, 30) };
        var cached = fuser.Choose(later, [_stored]);
        Assert.Equal(4, fuser.MatchesComputed);
        Assert.Equal(new EventFuser().Choose(later, [_stored]), cached);
    }
}
