using Minutebook.Store.Ingest;
using Minutebook.Store.Queries;
using static Minutebook.Tests.Store.Records;

namespace Minutebook.Tests.Store;

/// <summary>The meetings list read a page at a time (LIMIT and OFFSET) with the count of the whole list, on both engines.</summary>
public class MeetingPageTests
{
    private const string Hwb = "Health and Wellbeing Board";
    private const string Icb = "Integrated Care Partnership";

    /// <summary>Seven board meetings (one a month) and three partnership meetings.</summary>
    private static void Fill(TestStore t)
    {
        var packs = new List<PreparedPack>();
        for (int i = 1; i <= 7; i++)
            packs.Add(Pack($"hwb-{i}.txt", Agenda(Hwb, "Northfield Borough Council", $"2024-{i:00}-15", "Apologies")).Prepared($"board {i}"));
        for (int i = 1; i <= 3; i++)
            packs.Add(Pack($"icp-{i}.txt", Agenda(Icb, "Northfield ICB", $"2024-{i:00}-20", "Apologies")).Prepared($"partnership {i}"));
        new Ingestor(t.Store).Write(packs);
    }

    [Theory, OnSqlite, OnPostgres]
    public void Pages_of_the_meetings_list_follow_its_order_without_gaps_or_repeats(string engine)
    {
        using var t = StoreEngines.Create(engine);
        Fill(t);
        var all = t.Store.Meetings().Select(m => m.Id).ToList();
        Assert.Equal(10, all.Count);
        Assert.Equal(10, t.Store.CountMeetings());
        var paged = new List<long>();
        for (int offset = 0; offset < 12; offset += 4)
        {
            var page = t.Store.Meetings(new MeetingQuery { Offset = offset, Limit = 4 });
            Assert.Equal(Math.Min(4, Math.Max(0, 10 - offset)), page.Count);
            paged.AddRange(page.Select(m => m.Id));
        }
        Assert.Equal(all, paged);
        Assert.Empty(t.Store.Meetings(new MeetingQuery { Offset = 10, Limit = 4 }));
        // newest first
        var dates = t.Store.Meetings(new MeetingQuery { Limit = 3 }).Select(m => m.Date).ToList();
        Assert.Equal([new DateOnly(2024, 7, 15), new DateOnly(2024, 6, 15), new DateOnly(2024, 5, 15)], dates);
    }

    [Theory, OnSqlite, OnPostgres]
    public void The_count_and_the_pages_of_a_filtered_list_agree(string engine)
    {
        using var t = StoreEngines.Create(engine);
        Fill(t);
        var query = new MeetingQuery { Body = "integrated care", Limit = 2 };
        Assert.Equal(3, t.Store.CountMeetings(query));
        var first = t.Store.Meetings(query);
        var second = t.Store.Meetings(new MeetingQuery { Body = "integrated care", Limit = 2, Offset = 2 });
        Assert.Equal(2, first.Count);
        Assert.Single(second);
        Assert.All(first.Concat(second), m => Assert.Equal(Icb, m.Body));
        Assert.Equal(7, t.Store.CountMeetings(new MeetingQuery { Body = "wellbeing", Limit = 1 }));
        Assert.Equal(2, t.Store.CountMeetings(new MeetingQuery { From = new DateOnly(2024, 6, 1) }));
        Assert.Equal(0, t.Store.CountMeetings(new MeetingQuery { Body = "no such committee" }));
        Assert.Empty(t.Store.Meetings(new MeetingQuery { Body = "no such committee" }));
    }
}
