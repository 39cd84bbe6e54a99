using Sitrep.Time;
using static Sitrep.Tests.Time.TimeTestText;

namespace Sitrep.Tests.Time;

public class TimeResolverTests
{
    // 2024-11-17 is a Sunday. Sentences are in the style of wire reports from several conflicts.
    [Theory]
    // Absolute days in every common form
    [InlineData("Russian troops shelled Kherson on November 16, 2024, the governor said.", "2024-11-17", "November 16, 2024", "2024-11-16", "2024-11-16", "2024-11-16", 1)]
    [InlineData("The attack took place on 16 November 2024 near Pokrovsk.", "2024-11-17", "16 November 2024", "2024-11-16", "2024-11-16", "2024-11-16", 1)]
    [InlineData("Ukrainian drones struck the depot on Nov. 16, officials said.", "2024-11-17", "Nov. 16", "2024-11-16", "2024-11-16", "2024-11-16", 1)]
    [InlineData("Fighting resumed on 16 Nov in the village of Kurakhove.", "2024-11-17", "16 Nov", "2024-11-16", "2024-11-16", "2024-11-16", 1)]
    [InlineData("A report dated 2024-11-16 lists three dead.", "2024-11-17", "2024-11-16", "2024-11-16", "2024-11-16", "2024-11-16", 1)]
    [InlineData("The ministry said on 16.11.2024 that the bridge was hit.", "2024-11-17", "16.11.2024", "2024-11-16", "2024-11-16", "2024-11-16", 1)]
    [InlineData("The statement of 16/11/2024 confirmed the losses.", "2024-11-17", "16/11/2024", "2024-11-16", "2024-11-16", "2024-11-16", 1)]
    [InlineData("Shelling resumed on Nov 16th after a two-day lull.", "2024-11-17", "Nov 16th", "2024-11-16", "2024-11-16", "2024-11-16", 1)]
    [InlineData("Jihadists attacked the convoy on the 16th of November near Djibo.", "2024-11-17", "the 16th of November", "2024-11-16", "2024-11-16", "2024-11-16", 1)]
    [InlineData("The airstrike happened on Thursday, Nov. 14, according to residents.", "2024-11-17", "Thursday, Nov. 14", "2024-11-14", "2024-11-14", "2024-11-14", 1)]
    [InlineData("Militants attacked the base on March 3, 2023, killing four.", "2024-11-17", "March 3, 2023", "2023-03-03", "2023-03-03", "2023-03-03", 1)]
    [InlineData("The convoy was hit on 3 March, the UN said.", "2024-11-17", "3 March", "2024-03-03", "2024-03-03", "2024-03-03", 1)]
    [InlineData("The Wagner column moved north on 24 June 2023.", "2024-11-17", "24 June 2023", "2023-06-24", "2023-06-24", "2023-06-24", 1)]
    [InlineData("On Sept. 30 the army announced the withdrawal.", "2024-11-17", "Sept. 30", "2024-09-30", "2024-09-30", "2024-09-30", 1)]
    [InlineData("Residents fled on the morning of 16 November.", "2024-11-17", "the morning of 16 November", "2024-11-16", "2024-11-16", "2024-11-16", 1)]
    [InlineData("MORE THAN 100 SOLDIERS WERE KILLED IN AUG. 13 BATTLE", "2014-08-28", "AUG. 13", "2014-08-13", "2014-08-13", "2014-08-13", 1)]
    [InlineData("Talks are scheduled for November 20 in Istanbul.", "2024-11-17", "November 20", "2024-11-20", "2024-11-20", "2024-11-20", 1)]
    [InlineData("Houthi forces fired missiles at a tanker on Dec. 31.", "2025-01-02", "Dec. 31", "2024-12-31", "2024-12-31", "2024-12-31", 1)]
    [InlineData("The shelter was struck on 29 February, the mayor said.", "2025-03-01", "29 February", "2024-02-29", "2024-02-29", "2024-02-29", 1)]
    [InlineData("On Feb. 29, 2024 the brigade withdrew from Avdiivka.", "2024-11-17", "Feb. 29, 2024", "2024-02-29", "2024-02-29", "2024-02-29", 1)]
    // Months and parts of months
    [InlineData("The offensive began in October 2024.", "2024-11-17", "October 2024", "2024-10-01", "2024-10-31", "2024-10-15", 3)]
    [InlineData("Western officials in October reported that troops had arrived.", "2024-11-17", "October", "2024-10-01", "2024-10-31", "2024-10-15", 3)]
    [InlineData("Clashes intensified in mid-October around Vuhledar.", "2024-11-17", "mid-October", "2024-10-11", "2024-10-20", "2024-10-15", 3)]
    [InlineData("Troops were deployed in early November.", "2024-11-17", "early November", "2024-11-01", "2024-11-10", "2024-11-01", 3)]
    [InlineData("The town fell late last month.", "2024-11-17", "late last month", "2024-10-21", "2024-10-31", "2024-10-31", 3)]
    [InlineData("Aid deliveries stopped early last month.", "2024-11-17", "early last month", "2024-10-01", "2024-10-10", "2024-10-01", 3)]
    [InlineData("The village was captured last month.", "2024-11-17", "last month", "2024-10-01", "2024-10-31", "2024-10-15", 3)]
    [InlineData("In May, the army withdrew from the border.", "2024-11-17", "May", "2024-05-01", "2024-05-31", "2024-05-15", 3)]
    [InlineData("Rebels seized the town in early May 2023.", "2024-11-17", "early May 2023", "2023-05-01", "2023-05-10", "2023-05-01", 3)]
    [InlineData("The ceasefire collapsed at the end of January.", "2024-11-17", "the end of January", "2024-01-21", "2024-01-31", "2024-01-31", 3)]
    [InlineData("M23 fighters entered Goma in late January.", "2025-02-10", "late January", "2025-01-21", "2025-01-31", "2025-01-31", 3)]
    [InlineData("Israeli strikes on Gaza intensified in December.", "2025-01-05", "December", "2024-12-01", "2024-12-31", "2024-12-15", 3)]
    [InlineData("Israeli strikes on Gaza intensified in January.", "2025-01-05", "January", "2025-01-01", "2025-01-31", "2025-01-15", 3)]
    [InlineData("A crowd attacked the embassy gates in November of last year.", "2024-03-02", "November of last year", "2023-11-01", "2023-11-30", "2023-11-15", 3)]
    [InlineData("Gangs have controlled the port since early March of this year.", "2024-11-17", "early March of this year", "2024-03-01", "2024-03-10", "2024-03-01", 3)]
    // Weekdays
    [InlineData("Speaking in his daily address on Saturday, Zelenskyy said the troops had arrived.", "2024-11-17", "Saturday", "2024-11-16", "2024-11-16", "2024-11-16", 1)]
    [InlineData("A drone hit a bus early on Tuesday, the governor said.", "2024-11-17", "early on Tuesday", "2024-11-12", "2024-11-12", "2024-11-12", 1)]
    [InlineData("Explosions were heard in Kyiv on Saturday night.", "2024-11-17", "Saturday night", "2024-11-16", "2024-11-17", "2024-11-16", 1)]
    [InlineData("RSF fighters stormed El Fasher on Sunday.", "2024-11-17", "Sunday", "2024-11-17", "2024-11-17", "2024-11-17", 1)]
    [InlineData("The attack took place in the early hours of Sunday.", "2024-11-18", "the early hours of Sunday", "2024-11-17", "2024-11-17", "2024-11-17", 1)]
    [InlineData("Israeli strikes killed 20 people in Gaza on Tuesday, the health ministry said.", "2024-10-30", "Tuesday", "2024-10-29", "2024-10-29", "2024-10-29", 1)]
    [InlineData("The explosion occurred late on Friday.", "2024-11-17", "late on Friday", "2024-11-15", "2024-11-15", "2024-11-15", 1)]
    [InlineData("The strike on Wednesday evening destroyed a substation.", "2024-11-17", "Wednesday evening", "2024-11-13", "2024-11-13", "2024-11-13", 1)]
    [InlineData("Tuesday's strike killed three.", "2024-11-17", "Tuesday", "2024-11-12", "2024-11-12", "2024-11-12", 1)]
    [InlineData("Russia launched 90 drones overnight into Sunday.", "2024-11-18", "overnight into Sunday", "2024-11-16", "2024-11-17", "2024-11-17", 1)]
    // The eve of a day: the day before the day named; of a weekday, the latest such eve on or before publication
    [InlineData("Two candidates were shot dead on the eve of Saturday's vote.", "2024-11-17", "the eve of Saturday", "2024-11-15", "2024-11-15", "2024-11-15", 1)]
    [InlineData("A grenade exploded at a rally on the eve of Sunday's runoff.", "2024-11-16", "the eve of Sunday", "2024-11-16", "2024-11-16", "2024-11-16", 1)]
    [InlineData("Gunmen raided a polling station on the eve of the 20 November election.", "2024-11-22", "the eve of the 20 November", "2024-11-19", "2024-11-19", "2024-11-19", 1)]
    // Days relative to publication
    [InlineData("A missile struck Odesa yesterday.", "2024-11-17", "yesterday", "2024-11-16", "2024-11-16", "2024-11-16", 1)]
    [InlineData("The governor said today that two people were killed.", "2024-11-17", "today", "2024-11-17", "2024-11-17", "2024-11-17", 1)]
    [InlineData("Russia launched 120 drones overnight, the air force said.", "2024-11-17", "overnight", "2024-11-16", "2024-11-17", "2024-11-16", 1)]
    [InlineData("Air defences were active last night over Kyiv.", "2024-11-17", "last night", "2024-11-16", "2024-11-17", "2024-11-16", 1)]
    [InlineData("Shelling hit the central market this morning.", "2024-11-17", "this morning", "2024-11-17", "2024-11-17", "2024-11-17", 1)]
    [InlineData("Police said gunmen torched a market in the early hours, killing two traders.", "2024-11-17", "the early hours", "2024-11-17", "2024-11-17", "2024-11-17", 1)]
    [InlineData("Rebels shelled the town in the small hours, residents said.", "2024-11-17", "the small hours", "2024-11-17", "2024-11-17", "2024-11-17", 1)]
    [InlineData("Yesterday morning a shell hit the school.", "2024-11-17", "Yesterday morning", "2024-11-16", "2024-11-16", "2024-11-16", 1)]
    [InlineData("The day before yesterday a convoy was ambushed.", "2024-11-17", "The day before yesterday", "2024-11-15", "2024-11-15", "2024-11-15", 1)]
    [InlineData("Two days ago a convoy was ambushed near Gao.", "2024-11-17", "Two days ago", "2024-11-15", "2024-11-15", "2024-11-15", 1)]
    [InlineData("Police said 3 days ago that the suspects were held.", "2024-11-17", "3 days ago", "2024-11-14", "2024-11-14", "2024-11-14", 1)]
    [InlineData("The curfew begins tonight.", "2024-11-17", "tonight", "2024-11-17", "2024-11-18", "2024-11-17", 1)]
    // Weeks, nights, ranges
    [InlineData("Hundreds of troops were moved last week.", "2024-11-17", "last week", "2024-11-04", "2024-11-10", "2024-11-07", 2)]
    [InlineData("Fighting has intensified this week.", "2024-11-17", "this week", "2024-11-11", "2024-11-17", "2024-11-14", 2)]
    [InlineData("A drone struck a bus a week ago.", "2024-11-17", "a week ago", "2024-11-04", "2024-11-10", "2024-11-07", 2)]
    [InlineData("Kyiv reported the strike earlier this month.", "2024-11-17", "earlier this month", "2024-11-01", "2024-11-16", "2024-11-08", 3)]
    [InlineData("Several strikes were reported over the weekend.", "2024-11-17", "the weekend", "2024-11-16", "2024-11-17", "2024-11-16", 2)]
    [InlineData("Shelling killed five people last weekend.", "2024-11-19", "last weekend", "2024-11-16", "2024-11-17", "2024-11-16", 2)]
    [InlineData("Strikes hit Kyiv on the night of 16 to 17 November.", "2024-11-18", "the night of 16 to 17 November", "2024-11-16", "2024-11-17", "2024-11-16", 1)]
    [InlineData("The air force said the attack came overnight on 17 November.", "2024-11-18", "overnight on 17 November", "2024-11-16", "2024-11-17", "2024-11-17", 1)]
    [InlineData("Heavy fighting took place between 10 and 12 November.", "2024-11-17", "between 10 and 12 November", "2024-11-10", "2024-11-12", "2024-11-11", 2)]
    [InlineData("The army shelled the area from Nov. 10 to 12.", "2024-11-17", "from Nov. 10 to 12", "2024-11-10", "2024-11-12", "2024-11-11", 2)]
    [InlineData("Fighting around Maungdaw on Tuesday and Wednesday killed 20 people.", "2024-10-10", "Tuesday and Wednesday", "2024-10-08", "2024-10-09", "2024-10-08", 2)]
    [InlineData("Russia attacked Kharkiv in the night to Sunday, officials said.", "2024-11-18", "the night to Sunday", "2024-11-16", "2024-11-17", "2024-11-17", 1)]
    [InlineData("Protests continued from Monday to Wednesday.", "2024-11-17", "from Monday to Wednesday", "2024-11-11", "2024-11-13", "2024-11-12", 2)]
    [InlineData("Civilian casualties were reported on 19-20 July.", "2015-07-20", "19-20 July", "2015-07-19", "2015-07-20", "2015-07-19", 2)]
    [InlineData("Fighting raged on July 19-20, 2015 near Donetsk.", "2024-11-17", "July 19-20, 2015", "2015-07-19", "2015-07-20", "2015-07-19", 2)]
    [InlineData("Gunfire was heard between 30 November and 2 December.", "2024-12-05", "between 30 November and 2 December", "2024-11-30", "2024-12-02", "2024-12-01", 2)]
    [InlineData("The siege lasted from 28 December 2023 to 3 January 2024, the UN said.", "2024-11-17", "from 28 December 2023 to 3 January 2024", "2023-12-28", "2024-01-03", "2023-12-31", 2)]
    [InlineData("Curfews were imposed 4 March to 6 March, police said.", "2024-11-17", "4 March to 6 March", "2024-03-04", "2024-03-06", "2024-03-05", 2)]
    [InlineData("Artillery fire killed two in the past 24 hours, the ministry said.", "2024-11-17", "the past 24 hours", "2024-11-16", "2024-11-17", "2024-11-16", 2)]
    [InlineData("18 killed in Ukraine fighting in past 24 hours: official", "2015-02-13", "past 24 hours", "2015-02-12", "2015-02-13", "2015-02-12", 2)]
    [InlineData("Twelve soldiers were killed over the past week.", "2024-11-17", "the past week", "2024-11-10", "2024-11-17", "2024-11-13", 2)]
    [InlineData("Three civilians died in the last 48 hours.", "2024-11-17", "the last 48 hours", "2024-11-15", "2024-11-17", "2024-11-16", 2)]
    [InlineData("Two DPR servicemen were killed over last week, the command said.", "2016-07-22", "last week", "2016-07-15", "2016-07-22", "2016-07-18", 2)]
    [InlineData("Since Monday, 40 people have died in Khartoum.", "2024-11-17", "Since Monday", "2024-11-11", "2024-11-17", "2024-11-14", 2)]
    // Vaguer than a month: resolved, but no event date
    [InlineData("Ukrainian forces have held positions in Kursk since August.", "2024-11-17", "since August", "2024-08-01", "2024-11-17", "", 0)]
    [InlineData("The conflict has displaced millions since 2014.", "2024-11-17", "since 2014", "2014-01-01", "2024-11-17", "", 0)]
    [InlineData("Restrictions have tightened since the beginning of 1999.", "2001-05-01", "since the beginning of 1999", "1999-01-01", "2001-05-01", "", 0)]
    [InlineData("Report on the human rights situation in Ukraine 16 August to 15 November 2018", "2018-12-17", "16 August to 15 November 2018", "2018-08-16", "2018-11-15", "", 0)]
    [InlineData("Fighting in 2022 displaced thousands.", "2024-11-17", "2022", "2022-01-01", "2022-12-31", "", 0)]
    [InlineData("Attacks on shipping rose sharply last year.", "2024-11-17", "last year", "2023-01-01", "2023-12-31", "", 0)]
    public void Parse_NewsExpression_ResolvesToExpectedDates(string sentence, string published, string expression, string start, string end, string eventDate, int precision)
    {
        var found = TimeDetector.Default.Detect(sentence);
        var mention = Assert.Single(found);
        Assert.Equal(expression, sentence[mention.Span.Start..mention.Span.End]);
        Assert.Equal(expression, mention.Text);

        var resolution = TimeResolver.Resolve(mention, Date(published));
        Assert.True(resolution.IsResolved, resolution.ToString());
        var value = resolution.Value!;
        Assert.Equal(Date(start), value.DateStart);
        Assert.Equal(Date(end), value.DateEnd);
        Assert.Equal(Date(eventDate), value.EventDate);
        Assert.Equal(precision == 0 ? null : precision, value.AcledTimePrecision);
        Assert.Equal(precision == 0, value.VaguenessDetail is not null);
    }
}
