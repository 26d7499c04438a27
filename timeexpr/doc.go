// Package timeexpr finds the time expressions of sales talk in a text and
// resolves each to a deadline in a business [Calendar].
//
// It is the one place where aftercall computes dates: extract attaches its
// results to commitments, cadence plans follow-ups with its Calendar.
//
//	cal := timeexpr.Calendar{Location: ny, Holidays: timeexpr.USHolidays()}
//	for _, e := range timeexpr.Find("I'll send the deck by Friday, let's talk next Tuesday at 10", ref, cal) {
//		fmt.Println(e.Text, e.Due) // "by Friday" Fri 17:00, "next Tuesday at 10" Tue 10:00
//	}
//
// # What it finds
//
// [Find] returns every expression of a text, in order, with the byte offsets
// of its phrase (text[e.Span.Start:e.Span.End] == e.Text); [Parse] returns
// the first. An [Expr] holds the interval the phrase names (Start, End), the
// deadline it sets (Due), its precision ([Grain]), how the deadline relates
// to the interval ([Bound]), whether it is explicit, the event it is anchored
// to, and whether it lies in the past.
//
// The phrases, by rule family (one file each, rules_*.go):
//
//   - clock times: "2pm", "2:30 pm", "14:00", "11.10 pm", "noon", "midnight",
//     "10ish", "3 o'clock", "a quarter past 3pm", "3:30-4:30pm" (its
//     start), "same time" (the reference's clock, with a day), and a bare
//     "at 10" next to a day, a part of a day or a zone; spelled and
//     British ones: "half ten" (10:30), "half past two", "quarter to
//     three", "twenty to twelve", "five past four", "ten thirty am",
//     "nine fifty-nine a m", "two oh five pm", "at three twenty", "by ten
//     thirty.", "eleven o'clock", speech-to-text's "at 3 15", and "at
//     three" or "ten thirty" next to a day or a
//     part of a day ("Tuesday at half ten", "at three tomorrow"). A spelled
//     number is read as a clock only next to a clock word ("at", "half",
//     "past", "to", "o'clock", am/pm, a minute word), so "three of them",
//     "one thing" and "ten percent" cost nothing;
//   - casual days and parts of days: "today", "tomorrow", "the day after
//     tomorrow", "tonight", "this morning", "Thursday afternoon", "after
//     lunch", "first thing", "end of day", "EOD", "COB", "close of
//     business Thursday", "end of play" and "close of play" (British),
//     "EOP", the note spellings "tmrw", "tmw", "2moro", "tonite", the past
//     marker "earlier today", and the implied "ASAP", "as soon as
//     possible", "right away";
//   - weekdays: "Friday", "this Friday", "next Friday", "nxt tues", "last
//     Friday", "this past Monday", "Friday next week", "Monday AM", "Tue",
//     "tues", "thurs", "weds", "Thu.", "Sat 5th" and "Tuesday 12th" (the
//     next such date on that weekday), and the abbreviations that are also
//     words ("sat", "sun", "mon", "wed") only with a qualifier ("this
//     Sat"), a date ("Sat 5th"), as "on sat" at a clause end or before a
//     time ("on Sat at 10"), or in notes capitalised at the end of a line;
//   - dates: "Dec 3", "December 3rd", "3 December", "the 3rd of December",
//     "12/3", "12/3/2026", "2026-12-03", "the 3rd", "the 20th of next month",
//     "Tuesday the 12th" (the next 12th that is a Tuesday), "the first
//     Tuesday of April", months ("in October", "May 2026", "early January",
//     "mid-December", "end of April") and years ("in 2027");
//   - periods: "EOW", "this week", "next week", "early/mid/end of next week",
//     "the first week of January", "the week of the 24th", "end of month",
//     "EOM", "next month", "nxt wk",
//     "Q3", "end of Q1", "this/next quarter", "the third quarter", "H2",
//     "end of year", "end of the fiscal year", "FY27", seasons ("this
//     summer", "by fall");
//   - durations: "in 3 days", "within 48 hours", "in a couple of days", "in a
//     few weeks", "in 2-3 days", "in 3 business days", "next business day",
//     "two weeks from now", "a week from Friday", "within the hour", "+2
//     months, 5 days", "3 days ago";
//   - holidays named in speech: "Christmas", "New Year's", "the new year",
//     "Thanksgiving", "the Fourth of July", "Labor Day", "Memorial Day",
//     "before/over/after the holidays", "before the break";
//   - anchors: "before our next call", "by the demo", "ahead of the
//     kickoff", "for next time";
//   - modifiers: "by", "before", "after", "no later than", "until", and zones
//     after a clock time ("5pm Eastern", "9am PT", "3pm CET", "10am your
//     time").
//
// A composition layer joins adjacent phrases separated only by a connector
// ("at", "on", ",", "of", "in the"): "Tuesday at 10", "first thing Monday",
// "December 3rd at 2pm", "next Friday morning", "3pm PT on Monday",
// "before the demo on Thursday at 2pm". Alternatives and ranges ("Tuesday
// or Wednesday", "Monday to Friday", "3-4pm") keep the first.
//
// Ordinary words and numbers are not times: "may" and "march" as verbs,
// "second", "sat", "sun", "wed" as words, "20 seats", "$12,000", "version
// 2.3", "SOC 2", phone numbers, "24/7", "9 to 5", "1:1", "3 of them", "P1",
// transcript timestamps ("[00:12:34]", SRT and WebVTT cue lines, Otter's
// "Erin Walsh  0:03"), greetings ("Morning, everyone", "Happy Friday"),
// habitual and indefinite days ("every Monday", "Monday afternoons", "one
// Friday during the strike", "the whole afternoon"), nouns ("the first
// thing she'll ask", "paying for lunch") and period names used as
// modifiers ("the Q3 export"). An expression never runs across lines.
//
// # Deadline conventions
//
// The due time is the end of the interval the phrase names, in business
// terms, in the calendar's zone (aftercall's DESIGN.md):
//
//	phrase                                         due
//	explicit clock time ("at 2pm", "Tuesday at 10") that instant
//	a day ("Friday", "tomorrow", "Dec 3", "the 15th", "in two days")
//	                                               that day at the end of work hours (17:00)
//	"today", "end of day", "EOD", "COB"            today 17:00 (23:59 once past 17:00)
//	"tonight"                                      today 21:00
//	morning / afternoon / evening of a day         12:00 / 17:00 / 21:00
//	"first thing <day>"                            that day at the start of work hours
//	"end of week", "EOW", "this week"              the week's last workday 17:00 (next week's once past)
//	"next week", "end of next week"                next week's last workday 17:00
//	"early next week" / "mid next week"            next week's Tuesday / Wednesday 17:00
//	"end of month", "this month", "next month"     the month's last workday 17:00
//	"end of Q1", "end of the quarter", "end of year"
//	                                               the period's last workday 17:00
//	"within 48 hours", "in 3 hours"                the reference plus that (elapsed) time
//	"in a couple of days" / "in a few days"        the reference date + 2 / + 3 days, 17:00
//	a bare weekday ("Friday")                      the next one strictly after the reference day
//	"this Friday"                                  the one in the current week (may be today);
//	                                               the coming one once that day has passed
//	"next Friday"                                  the one in next week (weeks start on Monday)
//	"before our next call", "before the demo"      anchored: the event's start when the text dates it
//	"ASAP", "right away"                           implied: end of today's work hours (next workday's
//	                                               once past); Explicit is false
//
// Where DESIGN is silent the package follows the rules of its evaluation
// data (../shared/eval/timeexpr/README.md): a named day keeps its date on a
// weekend; "before <date>" is due the last workday before it and "after
// <date>" the first workday after it (Bound says so); "in Q3", "H2", a
// month name are due the period's last workday; "early <month>" is the
// 10th, "mid-<month>" the 15th; "A or B" is A; "no later than X" is X; a
// bare clock time is its next occurrence and "midnight" the coming 00:00
// ("Friday at midnight" is the end of Friday); a range of counts ("in 2-3
// days") is due at its longer end;
// mornings, afternoons and evenings start at 09:00, 13:00 and 18:00; hours
// are elapsed time and days calendar days; business days count the
// calendar's workdays after the reference day; a bare hour from 1 to 6 is
// an afternoon hour ("Thursday at 2" is 14:00). A date without a year is
// its next occurrence, except that a date written with its month's name
// that passed less than two weeks ago is the past one ("Jan 4" said on Jan
// 6). "The holidays" and, after a bound, "the break" are the next run of
// the calendar's holidays after the reference day (the first holiday and
// the days off that follow it): "before the holidays" and "by the
// holidays" are due the last workday before the run, "after the holidays"
// the first workday after it, "over the holidays" the run's last day, all
// at 17:00. With no holidays in the calendar, or with no bound ("the
// holidays are slow"), they are an anchor ("holidays", "break") without
// times.
//
// Day arithmetic uses [time.Time.AddDate] and [time.Date], never multiples
// of 24 hours, so a 17:00 deadline stays 17:00 across a clock change.
//
// # The calendar
//
// A [Calendar] is a zone, work hours (default 09:00-17:00), a weekend
// (default Saturday and Sunday), holidays (rickar/cal rules, with the
// presets [USHolidays], [UKHolidays] and [GermanHolidays]) and the month the
// fiscal year starts in. Its zero value is usable: UTC, 09:00-17:00,
// Monday to Friday, no holidays, calendar quarters. Quarters, halves and
// fiscal years follow FiscalYearStart; "end of year" is the calendar year.
// Its methods ([Calendar.IsWorkday], [Calendar.NextWorkday],
// [Calendar.AddWorkdays], [Calendar.WorkdayEnd], [Calendar.LastWorkdayIn],
// ...) are what callers need to place their own deadlines.
//
// # Zones
//
// Results are in the calendar's zone. A zone named in the phrase fixes the
// instant: "5pm Eastern" said in Berlin is 17:00 in New York, written in
// Berlin's offset. Region names ("Eastern", "ET", "Pacific", "PT",
// "Central", "Mountain") follow their daylight saving time; offset names
// ("EST", "PDT", "CET", "CEST", "BST", "IST", "JST", "GMT", "UTC") are that
// fixed offset; "your time" and "local time" are the calendar's zone. Zone
// data is embedded (time/tzdata), so results do not depend on the machine.
//
// # Where it differs from when, chrono and Duckling
//
// The rules follow olebedev/when's design (a Rule interface, regexp rules
// with an applier, per-family tables) and reuse its lexicon tables (month,
// weekday, integer and ordinal words); each rule is a when rules.Rule and
// can run inside a when.Parser. The engine differs: when runs every regexp
// over the whole text and keeps one cluster of matches; timeexpr scans the
// text once for trigger words, tries each rule only at the word starts of
// small windows around them (after a two- and three-byte prefilter), keeps
// the longest non-overlapping matches and composes them, so its cost is
// linear in the text and it finds every expression, not the first.
//
// The conventions are deadline conventions, and differ from the peers' on
// purpose: "by X" is due at X (Duckling: the interval from now to X); "end
// of the month" names its last workday (Duckling: the last third); "in 7
// days" is a calendar date (Duckling keeps the clock); a bare weekday is the next one (chrono takes the nearest, when
// this week's); "next Saturday" is next week's (when: the coming one);
// parts of days start at 09:00, 13:00, 18:00 and 21:00 (chrono: 06:00,
// 15:00, 20:00, 22:00; when: 08:00, 15:00, 18:00, 23:00; Duckling: 00:00,
// 12:00, 18:00); "this Tuesday" said on a Wednesday is the coming
// Tuesday (when: the past one); "this week" said on a weekend is the coming week; a past
// clock time is tomorrow's; dates without a year lie ahead (chrono takes
// the nearest); slash dates are month/day (when's common rules: day/month),
// day/month only when the first number cannot be a month. The evaluation
// test lists each peer case where this makes a difference.
//
// # Determinism and concurrency
//
// Find and Parse are pure: the same text, reference time and calendar give
// the same result, and nothing reads the clock, the environment or files.
// The rule set is compiled once, on first use (sync.OnceValue), and is
// read-only afterwards: Find is safe for concurrent use. Empty text gives no
// expressions; invalid UTF-8 and long noise give no panic, and the cost
// grows linearly with the text.
package timeexpr
