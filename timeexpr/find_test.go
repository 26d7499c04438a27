package timeexpr_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/aftercall/aftercall/timeexpr"
)

// The reference of the rule tables: Tuesday 11 March 2025, 10:00 in New
// York (the clocks went forward on Sunday 9 March).
var (
	newYork = loadZone("America/New_York")
	berlin  = loadZone("Europe/Berlin")
	nyCal   = timeexpr.Calendar{Location: newYork}
	ref     = time.Date(2025, 3, 11, 10, 0, 0, 0, newYork)
)

func loadZone(name string) *time.Location {
	l, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return l
}

// ruleCase is one phrase of a rule family: the first expression found in
// text must span phrase and be due at due (RFC 3339, "" for no deadline).
type ruleCase struct {
	name   string
	text   string
	phrase string // the matched text; "" means text itself
	due    string
	grain  timeexpr.Grain
	reason string
}

func runRuleCases(t *testing.T, cases []ruleCase, ref time.Time, cal timeexpr.Calendar) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			x, ok := timeexpr.Parse(tt.text, ref, cal)
			if !ok {
				t.Fatalf("Parse(%q) found nothing, want %s (%s)", tt.text, tt.due, tt.reason)
			}
			phrase := tt.phrase
			if phrase == "" {
				phrase = tt.text
			}
			if x.Text != phrase {
				t.Errorf("Parse(%q).Text = %q, want %q", tt.text, x.Text, phrase)
			}
			got := ""
			if !x.Due.IsZero() {
				got = x.Due.Format(time.RFC3339)
			}
			if got != tt.due {
				t.Errorf("Parse(%q).Due = %s, want %s (%s)", tt.text, got, tt.due, tt.reason)
			}
			if tt.grain != timeexpr.GrainUnknown && x.Grain != tt.grain {
				t.Errorf("Parse(%q).Grain = %s, want %s", tt.text, x.Grain, tt.grain)
			}
		})
	}
}

func TestClockRules(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"2pm", "at 2pm", "2pm", "2025-03-11T14:00:00-04:00", timeexpr.GrainMinute, "later today"},
		{"2:30 pm", "2:30 pm", "", "2025-03-11T14:30:00-04:00", timeexpr.GrainMinute, "spaced meridiem"},
		{"24-hour", "14:00", "", "2025-03-11T14:00:00-04:00", timeexpr.GrainMinute, "24-hour clock"},
		{"noon", "noon", "", "2025-03-11T12:00:00-04:00", timeexpr.GrainMinute, "noon today"},
		{"midnight", "until midnight", "until midnight", "2025-03-12T00:00:00-04:00", timeexpr.GrainMinute, "the coming 00:00"},
		{"passed", "at 9am", "9am", "2025-03-12T09:00:00-04:00", timeexpr.GrainMinute, "9am has passed: tomorrow's"},
		{"ish", "10ish", "", "2025-03-11T10:00:00-04:00", timeexpr.GrainMinute, "an approximate hour"},
		{"dot", "11.10 pm", "", "2025-03-11T23:10:00-04:00", timeexpr.GrainMinute, "dotted minutes with pm"},
		{"range", "between 3:30-4:30pm", "3:30-4:30pm", "2025-03-11T15:30:00-04:00", timeexpr.GrainMinute, "a range starts at its start"},
		{"quarter past", "a quarter past 3pm", "", "2025-03-11T15:15:00-04:00", timeexpr.GrainMinute, "relative minutes"},
		{"oclock", "at 3 o'clock", "3 o'clock", "2025-03-11T15:00:00-04:00", timeexpr.GrainMinute, "a bare 3 in business hours is 15:00"},
		{"at-end", "Let's say at 4.", "at 4", "2025-03-11T16:00:00-04:00", timeexpr.GrainMinute, "a bare hour at the end of a clause"},
	}, ref, nyCal)
}

// TestSpokenClock: spelled and British clock times, with the am/pm of a
// bare hour inferred as for digits (1-6 afternoon, 7-11 morning) and the
// next occurrence taken (the reference is 10:00).
func TestSpokenClock(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"half-ten", "see you half ten", "half ten", "2025-03-11T10:30:00-04:00", timeexpr.GrainMinute, "British half ten is 10:30"},
		{"half-past", "half past two", "", "2025-03-11T14:30:00-04:00", timeexpr.GrainMinute, "2 is an afternoon hour"},
		{"half-past-mid", "half past two we meet", "half past two", "2025-03-11T14:30:00-04:00", timeexpr.GrainMinute, "an idiom needs no clause end"},
		{"quarter-to", "quarter to three", "", "2025-03-11T14:45:00-04:00", timeexpr.GrainMinute, ""},
		{"quarter-past", "quarter past nine", "", "2025-03-12T09:15:00-04:00", timeexpr.GrainMinute, "09:15 passed today: tomorrow's"},
		{"ten-thirty-am", "ten thirty am", "", "2025-03-11T10:30:00-04:00", timeexpr.GrainMinute, ""},
		{"ten-thirty-day", "ten thirty tomorrow", "", "2025-03-12T10:30:00-04:00", timeexpr.GrainMinute, "hour and minute words with a day"},
		{"at-three-twenty", "at three twenty", "", "2025-03-11T15:20:00-04:00", timeexpr.GrainMinute, ""},
		{"at-three-day", "at three tomorrow", "", "2025-03-12T15:00:00-04:00", timeexpr.GrainMinute, "a bare spelled hour with a day"},
		{"at-three-part", "at three in the afternoon", "", "2025-03-11T15:00:00-04:00", timeexpr.GrainMinute, ""},
		{"oclock", "eleven o'clock", "", "2025-03-11T11:00:00-04:00", timeexpr.GrainMinute, ""},
		{"twenty-to", "let's meet at twenty to twelve", "twenty to twelve", "2025-03-11T11:40:00-04:00", timeexpr.GrainMinute, ""},
		{"at-eleven-am", "at eleven am", "eleven am", "2025-03-11T11:00:00-04:00", timeexpr.GrainMinute, ""},
		{"day-half-ten", "Tuesday at half ten", "", "2025-03-18T10:30:00-04:00", timeexpr.GrainMinute, "composed with a day"},
		{"day-quarter-past", "Friday at quarter past nine", "", "2025-03-14T09:15:00-04:00", timeexpr.GrainMinute, ""},
		{"five-past", "Five past four works", "Five past four", "2025-03-11T16:05:00-04:00", timeexpr.GrainMinute, ""},
		{"about", "how about twelve thirty", "about twelve thirty", "2025-03-11T12:30:00-04:00", timeexpr.GrainMinute, ""},
		{"digits-past", "at 5 past 4", "5 past 4", "2025-03-11T16:05:00-04:00", timeexpr.GrainMinute, "digits with at and past"},
		{"minutes-compound", "nine fifty nine a m", "", "2025-03-12T09:59:00-04:00", timeexpr.GrainMinute, "tens and units, spaced a m"},
		{"minutes-oh", "two oh five pm", "", "2025-03-11T14:05:00-04:00", timeexpr.GrainMinute, ""},
		{"digits-spaced", "let's do at 3 15", "at 3 15", "2025-03-11T15:15:00-04:00", timeexpr.GrainMinute, "speech-to-text spacing"},
		{"digits-spaced-day", "at 10 30 tomorrow", "", "2025-03-12T10:30:00-04:00", timeexpr.GrainMinute, ""},
		{"by-ten-thirty", "can you send it by ten thirty?", "by ten thirty", "2025-03-11T10:30:00-04:00", timeexpr.GrainMinute, "a bound and a clause end"},
	}, ref, nyCal)
	// A bare "at three" is no time without a day, a part of a day or a zone.
	for _, text := range []string{"at three", "let's say at three.", "we're at three", "half the team",
		"a quarter of our users", "three of them", "one thing", "ten percent", "we went from ten to twelve.",
		"cut it in half ten times", "we can do ten thirty", "at 3 to 4 people", "about three of them",
		"there are ten thirty-second spots", "by ten thirty-second spots", "sales grew by ten thirty percent",
		"at 3 15-minute calls", "priced at 3 15 per seat", "we ran at 2 10 a day"} {
		t.Run("none/"+text, func(t *testing.T) {
			if xs := timeexpr.Find(text, ref, nyCal); len(xs) != 0 {
				t.Errorf("Find(%q) = %v, want nothing", text, xs)
			}
		})
	}
}

func TestCasualRules(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"today", "today", "", "2025-03-11T17:00:00-04:00", timeexpr.GrainDay, "a day is due at the end of work hours"},
		{"tomorrow", "tomorrow", "", "2025-03-12T17:00:00-04:00", timeexpr.GrainDay, ""},
		{"tonight", "tonight", "", "2025-03-11T21:00:00-04:00", timeexpr.GrainHour, "tonight is 21:00"},
		{"eod", "by EOD", "", "2025-03-11T17:00:00-04:00", timeexpr.GrainHour, "end of today's work hours"},
		{"cob-day", "COB tomorrow", "", "2025-03-12T17:00:00-04:00", timeexpr.GrainHour, "COB of a named day"},
		{"first-thing", "first thing tomorrow", "", "2025-03-12T09:00:00-04:00", timeexpr.GrainHour, "start of work hours"},
		{"morning", "tomorrow morning", "", "2025-03-12T12:00:00-04:00", timeexpr.GrainHour, "a morning is due at noon"},
		{"afternoon", "this afternoon", "", "2025-03-11T17:00:00-04:00", timeexpr.GrainHour, ""},
		{"evening", "Thursday evening", "", "2025-03-13T21:00:00-04:00", timeexpr.GrainHour, ""},
		{"day-after", "the day after tomorrow", "", "2025-03-13T17:00:00-04:00", timeexpr.GrainDay, ""},
		{"after-lunch", "after lunch", "", "2025-03-11T17:00:00-04:00", timeexpr.GrainHour, "this afternoon"},
		{"this-time", "this time next week", "", "2025-03-18T10:00:00-04:00", timeexpr.GrainMinute, "same wall clock"},
	}, ref, nyCal)
}

// TestCasualNoteSpellings: the abbreviations of rep notes.
func TestCasualNoteSpellings(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"tmrw", "send deck tmrw", "tmrw", "2025-03-12T17:00:00-04:00", timeexpr.GrainDay, "tomorrow"},
		{"tmw", "call back tmw", "tmw", "2025-03-12T17:00:00-04:00", timeexpr.GrainDay, "tomorrow"},
		{"2moro", "pricing by 2moro", "by 2moro", "2025-03-12T17:00:00-04:00", timeexpr.GrainDay, "tomorrow"},
		{"tonite", "recap tonite", "tonite", "2025-03-11T21:00:00-04:00", timeexpr.GrainHour, "tonight"},
		{"eod-tmrw", "SOW eod tmrw", "eod tmrw", "2025-03-12T17:00:00-04:00", timeexpr.GrainHour, "EOD of a named day"},
		{"tmrw-am", "ping legal tmrw am", "tmrw am", "2025-03-12T12:00:00-04:00", timeexpr.GrainHour, "tomorrow morning"},
		{"by-eom", "renewal by eom", "by eom", "2025-03-31T17:00:00-04:00", timeexpr.GrainDay, "the month's last workday"},
		{"eow", "MSA redlines eow", "eow", "2025-03-14T17:00:00-04:00", timeexpr.GrainDay, "this week's last workday"},
		{"nxt-wk", "demo nxt wk", "nxt wk", "2025-03-21T17:00:00-04:00", timeexpr.GrainWeek, "next week"},
		{"nxt-weekday", "QBR nxt tues", "nxt tues", "2025-03-18T17:00:00-04:00", timeexpr.GrainDay, "next week's Tuesday"},
		{"2moro-am", "call 2moro am", "2moro am", "2025-03-12T12:00:00-04:00", timeexpr.GrainHour, "tomorrow morning"},
	}, ref, nyCal)
}

// TestCloseOfBusiness: COB, close of business, end/close of play (British).
func TestCloseOfBusiness(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"cob-day", "by close of business Thursday", "", "2025-03-13T17:00:00-04:00", timeexpr.GrainHour, "Thursday's end of work hours"},
		{"cob-abbrev", "COB Thursday", "", "2025-03-13T17:00:00-04:00", timeexpr.GrainHour, ""},
		{"end-of-play-day", "end of play Friday", "", "2025-03-14T17:00:00-04:00", timeexpr.GrainHour, "British for COB"},
		{"eop-day", "by EOP Friday", "", "2025-03-14T17:00:00-04:00", timeexpr.GrainHour, ""},
		{"close-of-play", "close of play", "", "2025-03-11T17:00:00-04:00", timeexpr.GrainHour, "today's end of work hours"},
		{"end-of-play", "I'll have it by end of play", "by end of play", "2025-03-11T17:00:00-04:00", timeexpr.GrainHour, ""},
	}, ref, nyCal)
}

// TestPastMarkers: a past marker inside the phrase sets Past; the tense of
// the verb is the caller's concern.
func TestPastMarkers(t *testing.T) {
	for _, tt := range []struct {
		name, text, phrase string
		past               bool
	}{
		{"last-weekday", "we spoke last Friday", "last Friday", true},
		{"this-past", "this past Monday they signed", "this past Monday", true},
		{"earlier-today", "I sent it earlier today", "earlier today", true},
		{"earlier-this-week", "as discussed earlier this week", "earlier this week", true},
		{"yesterday-afternoon", "yesterday afternoon", "yesterday afternoon", true},
		{"ago", "a week ago", "a week ago", true},
		{"on-weekday", "we sent it on Friday", "on Friday", false},
		{"later-today", "later today", "today", false},
		{"earlier-on", "can we do earlier on Friday", "on Friday", false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			x, ok := timeexpr.Parse(tt.text, ref, nyCal)
			if !ok || x.Text != tt.phrase || x.Past != tt.past {
				t.Errorf("Parse(%q) = %v (past %v), want %q past %v", tt.text, x, x.Past, tt.phrase, tt.past)
			}
		})
	}
}

func TestParsePrefersADeadline(t *testing.T) {
	x, ok := timeexpr.Parse("Before our next call, can you send the deck by Friday?", ref, nyCal)
	if !ok || x.Text != "by Friday" {
		t.Errorf("Parse = %v, want the first dated expression, \"by Friday\"", x)
	}
	x, ok = timeexpr.Parse("Let's sync before our next call", ref, nyCal)
	if !ok || x.Anchor != "next call" {
		t.Errorf("Parse = %v, want the anchored expression when nothing is dated", x)
	}
}

func TestTodayPastWorkHours(t *testing.T) {
	evening := time.Date(2025, 3, 11, 19, 0, 0, 0, newYork)
	for _, text := range []string{"today", "by EOD", "end of day"} {
		x, ok := timeexpr.Parse(text, evening, nyCal)
		if !ok || x.Due.Format(time.RFC3339) != "2025-03-11T23:59:00-04:00" {
			t.Errorf("Parse(%q) at 19:00 = %v, want due 2025-03-11T23:59:00-04:00", text, x)
		}
	}
}

func TestCasualImpliedAndPast(t *testing.T) {
	x, ok := timeexpr.Parse("Please send the W-9 ASAP", ref, nyCal)
	if !ok || x.Explicit || x.Due.Format(time.RFC3339) != "2025-03-11T17:00:00-04:00" {
		t.Errorf("ASAP = %v (explicit %v), want implied 2025-03-11T17:00:00-04:00", x, x.Explicit)
	}
	for _, text := range []string{"yesterday", "last Friday", "3 days ago", "last week"} {
		x, ok := timeexpr.Parse(text, ref, nyCal)
		if !ok || !x.Past || x.Resolved() {
			t.Errorf("Parse(%q) = %v, past %v: want a past expression", text, x, x.Past)
		}
	}
}

func TestWeekdayRules(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"bare", "Friday", "", "2025-03-14T17:00:00-04:00", timeexpr.GrainDay, "the next Friday"},
		{"bare-today", "Tuesday", "", "2025-03-18T17:00:00-04:00", timeexpr.GrainDay, "strictly after the reference day"},
		{"this", "this Friday", "", "2025-03-14T17:00:00-04:00", timeexpr.GrainDay, "this week's"},
		{"this-today", "this Tuesday", "", "2025-03-11T17:00:00-04:00", timeexpr.GrainDay, "this week's may be today"},
		{"next", "next Friday", "", "2025-03-21T17:00:00-04:00", timeexpr.GrainDay, "next Monday-start week's"},
		{"in-week", "Friday next week", "", "2025-03-21T17:00:00-04:00", timeexpr.GrainDay, "re-anchored weekday"},
		{"of-week", "Wednesday of next week", "", "2025-03-19T17:00:00-04:00", timeexpr.GrainDay, ""},
		{"abbrev", "Thu.", "Thu", "2025-03-13T17:00:00-04:00", timeexpr.GrainDay, "an abbreviation that is no word"},
		{"or", "Tuesday or Wednesday works", "Tuesday or Wednesday", "2025-03-18T17:00:00-04:00", timeexpr.GrainDay, "alternatives keep the first"},
		{"clock", "Thursday at 2", "", "2025-03-13T14:00:00-04:00", timeexpr.GrainMinute, "bare hour with a day"},
		{"tues", "demo tues", "tues", "2025-03-18T17:00:00-04:00", timeexpr.GrainDay, "note spelling"},
		{"thurs", "follow up thurs", "thurs", "2025-03-13T17:00:00-04:00", timeexpr.GrainDay, "note spelling"},
		{"weds", "till weds", "", "2025-03-12T17:00:00-04:00", timeexpr.GrainDay, "note spelling"},
		{"b4-fri", "quote b4 fri", "b4 fri", "2025-03-13T17:00:00-04:00", timeexpr.GrainDay, "before Friday: Thursday"},
		{"sat-nth", "workshop sat 5th", "sat 5th", "2025-04-05T17:00:00-04:00", timeexpr.GrainDay, "the next 5th on a Saturday"},
		{"weekday-nth", "Friday 13th", "", "2025-06-13T17:00:00-04:00", timeexpr.GrainDay, "the next 13th on a Friday"},
		{"on-sat", "install on sat", "on sat", "2025-03-15T17:00:00-04:00", timeexpr.GrainDay, "on + a word-like abbreviation at a clause end"},
		{"on-sat-at", "go-live on Sat at 10", "on Sat at 10", "2025-03-15T10:00:00-04:00", timeexpr.GrainMinute, "with a clock time"},
	}, ref, nyCal)
}

// TestWeekdayThisAfterItsDay: "this <weekday>" never names a past day.
func TestWeekdayThisAfterItsDay(t *testing.T) {
	sat := time.Date(2025, 3, 15, 11, 0, 0, 0, newYork)
	runRuleCases(t, []ruleCase{
		{"friday-on-saturday", "this Friday", "", "2025-03-21T17:00:00-04:00", timeexpr.GrainDay, "this week's Friday has passed: the coming one"},
		{"monday-on-saturday", "by this Monday", "", "2025-03-17T17:00:00-04:00", timeexpr.GrainDay, "the coming Monday"},
		{"saturday-on-saturday", "this Saturday", "", "2025-03-15T17:00:00-04:00", timeexpr.GrainDay, "this <weekday> on that day is today"},
		{"sunday-on-saturday", "this Sunday", "", "2025-03-16T17:00:00-04:00", timeexpr.GrainDay, "still ahead in this week"},
	}, sat, nyCal)
	runRuleCases(t, []ruleCase{
		{"monday-on-tuesday", "this Monday", "", "2025-03-17T17:00:00-04:00", timeexpr.GrainDay, "passed yesterday: next Monday"},
	}, ref, nyCal)
}

func TestDateRules(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"mon-d", "Dec 3", "", "2025-12-03T17:00:00-05:00", timeexpr.GrainDay, "standard time in December"},
		{"month-ord", "December 3rd", "", "2025-12-03T17:00:00-05:00", timeexpr.GrainDay, ""},
		{"d-month", "3 December", "", "2025-12-03T17:00:00-05:00", timeexpr.GrainDay, ""},
		{"ord-of", "the 3rd of December", "3rd of December", "2025-12-03T17:00:00-05:00", timeexpr.GrainDay, ""},
		{"slash", "12/3", "", "2025-12-03T17:00:00-05:00", timeexpr.GrainDay, "month/day"},
		{"slash-dm", "28/07", "", "2025-07-28T17:00:00-04:00", timeexpr.GrainDay, "day/month when the first is no month"},
		{"iso", "2026-12-03", "", "2026-12-03T17:00:00-05:00", timeexpr.GrainDay, ""},
		{"nth", "by the 3rd", "", "2025-04-03T17:00:00-04:00", timeexpr.GrainDay, "the 3rd has passed this month"},
		{"nth-ahead", "on the 20th", "the 20th", "2025-03-20T17:00:00-04:00", timeexpr.GrainDay, ""},
		{"saturday", "by the 15th", "", "2025-03-15T17:00:00-04:00", timeexpr.GrainDay, "a named day keeps its date on a weekend"},
		{"before", "before the 20th", "", "2025-03-19T17:00:00-04:00", timeexpr.GrainDay, "the last workday before"},
		{"month", "in October", "", "2025-10-31T17:00:00-04:00", timeexpr.GrainMonth, "the month's last workday"},
		{"mid", "mid-December", "", "2025-12-15T17:00:00-05:00", timeexpr.GrainDay, "the 15th"},
		{"early", "early January", "", "2026-01-10T17:00:00-05:00", timeexpr.GrainDay, "the 10th, kept on a Saturday"},
		{"may", "May 5", "", "2025-05-05T17:00:00-04:00", timeexpr.GrainDay, "may with a day is the month"},
		{"end-of-month-name", "end of April", "", "2025-04-30T17:00:00-04:00", timeexpr.GrainDay, ""},
		{"year", "in 2027", "", "2027-12-31T17:00:00-05:00", timeexpr.GrainYear, "the year's last workday"},
	}, ref, nyCal)
}

func TestPeriodRules(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"eow", "by EOW", "", "2025-03-14T17:00:00-04:00", timeexpr.GrainDay, "this week's last workday"},
		{"next-week", "next week", "", "2025-03-21T17:00:00-04:00", timeexpr.GrainWeek, ""},
		{"early-next-week", "early next week", "", "2025-03-18T17:00:00-04:00", timeexpr.GrainWeek, "Tuesday"},
		{"mid-next-week", "mid next week", "", "2025-03-19T17:00:00-04:00", timeexpr.GrainDay, "Wednesday"},
		{"eom", "end of month", "", "2025-03-31T17:00:00-04:00", timeexpr.GrainDay, ""},
		{"end-next-month", "end of next month", "", "2025-04-30T17:00:00-04:00", timeexpr.GrainDay, ""},
		{"q3", "in Q3", "Q3", "2025-09-30T17:00:00-04:00", timeexpr.GrainQuarter, ""},
		{"end-q1", "end of Q1", "", "2025-03-31T17:00:00-04:00", timeexpr.GrainDay, ""},
		{"h2", "H2", "", "2025-12-31T17:00:00-05:00", timeexpr.GrainQuarter, "halves are Jul-Dec"},
		{"next-quarter", "next quarter", "", "2025-06-30T17:00:00-04:00", timeexpr.GrainQuarter, ""},
		{"eoy", "end of year", "", "2025-12-31T17:00:00-05:00", timeexpr.GrainDay, ""},
		{"first-week", "the first week of April", "", "2025-04-04T17:00:00-04:00", timeexpr.GrainWeek, "the week holding April 1"},
		{"season", "by this summer", "", "2025-09-22T17:00:00-04:00", timeexpr.GrainDay, "summer runs Jun 21 to Sep 22"},
	}, ref, nyCal)
}

func TestFiscalPeriods(t *testing.T) {
	cal := timeexpr.Calendar{Location: newYork, FiscalYearStart: time.February}
	runRuleCases(t, []ruleCase{
		{"q1", "Q1", "", "2025-04-30T17:00:00-04:00", timeexpr.GrainQuarter, "fiscal Q1 is Feb-Apr"},
		{"end-of-quarter", "end of the quarter", "", "2025-04-30T17:00:00-04:00", timeexpr.GrainDay, ""},
		{"fiscal-year", "end of the fiscal year", "", "2026-01-30T17:00:00-05:00", timeexpr.GrainDay, "Feb 2025 - Jan 2026"},
	}, ref, cal)
}

func TestDurationRules(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"days", "in 3 days", "", "2025-03-14T17:00:00-04:00", timeexpr.GrainDay, "calendar days, end of work hours"},
		{"hours", "within 48 hours", "", "2025-03-13T10:00:00-04:00", timeexpr.GrainMinute, "elapsed time"},
		{"an-hour", "in an hour", "", "2025-03-11T11:00:00-04:00", timeexpr.GrainMinute, ""},
		{"weeks", "in 2 weeks", "", "2025-03-25T17:00:00-04:00", timeexpr.GrainDay, ""},
		{"business", "in 3 business days", "", "2025-03-14T17:00:00-04:00", timeexpr.GrainDay, "Wed, Thu, Fri"},
		{"next-business", "next business day", "", "2025-03-12T17:00:00-04:00", timeexpr.GrainDay, ""},
		{"couple", "in a couple of days", "", "2025-03-13T17:00:00-04:00", timeexpr.GrainDay, "two"},
		{"few", "in a few days", "", "2025-03-14T17:00:00-04:00", timeexpr.GrainDay, "three"},
		{"from-now", "two weeks from now", "", "2025-03-25T17:00:00-04:00", timeexpr.GrainDay, ""},
	}, ref, nyCal)
}

func TestHolidayRules(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"before-christmas", "before Christmas", "", "2025-12-24T17:00:00-05:00", timeexpr.GrainDay, "last workday before Dec 25"},
		{"after-thanksgiving", "after Thanksgiving", "", "2025-11-28T17:00:00-05:00", timeexpr.GrainDay, "first workday after Nov 27"},
		{"new-year", "after the new year", "", "2026-01-02T17:00:00-05:00", timeexpr.GrainDay, ""},
		{"black-friday", "We need this live before Black Friday", "before Black Friday", "2025-11-27T17:00:00-05:00", timeexpr.GrainDay, "the day after Thanksgiving"},
	}, ref, nyCal)
	us := timeexpr.Calendar{Location: newYork, Holidays: timeexpr.USHolidays()}
	runRuleCases(t, []ruleCase{
		{"us-thanksgiving", "after Thanksgiving", "", "2025-12-01T17:00:00-05:00", timeexpr.GrainDay, "the day after Thanksgiving is off"},
	}, ref, us)
	x, ok := timeexpr.Parse("before the holidays", ref, nyCal)
	if !ok || x.Anchor != "holidays" || x.Resolved() {
		t.Errorf("Parse(before the holidays) = %v, want an unresolved anchor", x)
	}
}

// TestHolidaySeason: "the holidays" and "the break" are the next run of the
// calendar's holidays after the reference day; without holidays they are
// an anchor.
func TestHolidaySeason(t *testing.T) {
	dec := time.Date(2025, 12, 10, 10, 0, 0, 0, newYork)
	us := timeexpr.Calendar{Location: newYork, Holidays: timeexpr.USHolidays()}
	runRuleCases(t, []ruleCase{
		{"before", "before the holidays", "", "2025-12-24T17:00:00-05:00", timeexpr.GrainDay, "the last workday before Christmas"},
		{"by", "signed by the holidays", "by the holidays", "2025-12-24T17:00:00-05:00", timeexpr.GrainDay, "a deadline before they start"},
		{"ahead-of", "ahead of the holidays", "", "2025-12-24T17:00:00-05:00", timeexpr.GrainDay, ""},
		{"over", "over the holidays", "", "2025-12-25T17:00:00-05:00", timeexpr.GrainDay, "the run's last day"},
		{"after", "after the holidays", "", "2025-12-26T17:00:00-05:00", timeexpr.GrainDay, "the first workday after the run"},
		{"break", "before the break", "", "2025-12-24T17:00:00-05:00", timeexpr.GrainDay, ""},
		{"christmas-break", "after the Christmas break", "", "2025-12-26T17:00:00-05:00", timeexpr.GrainDay, ""},
		{"before-christmas", "before Christmas", "", "2025-12-24T17:00:00-05:00", timeexpr.GrainDay, "a named holiday is unchanged"},
		{"after-new-year", "after the new year", "", "2026-01-02T17:00:00-05:00", timeexpr.GrainDay, ""},
		{"after-thanksgiving", "after Thanksgiving", "", "2026-11-30T17:00:00-05:00", timeexpr.GrainDay, "next year's; its Friday is off"},
	}, dec, us)
	uk := timeexpr.Calendar{Location: newYork, Holidays: timeexpr.UKHolidays()}
	runRuleCases(t, []ruleCase{
		{"uk-after", "after the holidays", "", "2025-12-29T17:00:00-05:00", timeexpr.GrainDay, "Christmas, Boxing Day and the weekend are one run"},
		{"uk-over", "over the holidays", "", "2025-12-28T17:00:00-05:00", timeexpr.GrainDay, "the run's last day, a Sunday"},
	}, dec, uk)
	for _, tt := range []struct{ name, text, anchor string }{
		{"no-holidays", "before the holidays", "holidays"},
		{"no-holidays-break", "after the break", "break"},
		{"no-holidays-over", "over the holidays", "holidays"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			x, ok := timeexpr.Parse(tt.text, dec, nyCal)
			if !ok || x.Anchor != tt.anchor || !x.Due.IsZero() {
				t.Errorf("Parse(%q) = %v, want the anchor %q without times", tt.text, x, tt.anchor)
			}
		})
	}
	for _, text := range []string{"Let's take a break", "Meet me in the break room", "Prices break even in May"} {
		t.Run("none/"+text, func(t *testing.T) {
			for _, x := range timeexpr.Find(text, dec, us) {
				if strings.Contains(strings.ToLower(x.Text), "break") {
					t.Errorf("Find(%q) = %v, want no break", text, x)
				}
			}
		})
	}
	x, ok := timeexpr.Parse("the holidays are slow", dec, us)
	if !ok || x.Anchor != "holidays" || !x.Due.IsZero() {
		t.Errorf("Parse(the holidays are slow) = %v, want an anchor: no bound, no deadline", x)
	}
}

// TestAnchorStopsAtSentenceEnd: an anchor is dated only by a date in its
// own sentence.
func TestAnchorStopsAtSentenceEnd(t *testing.T) {
	for _, text := range []string{"Let's lock it before the demo. Thursday at 2pm works for the call.",
		"Let's lock it before the demo? Thursday at 2pm works for the call."} {
		xs := timeexpr.Find(text, ref, nyCal)
		if len(xs) != 2 || xs[0].Text != "before the demo" || !xs[0].Due.IsZero() || xs[1].Text != "Thursday at 2pm" {
			t.Errorf("Find(%q) = %v, want the anchor alone, then Thursday at 2pm", text, xs)
		}
	}
}

func TestAnchorRules(t *testing.T) {
	for _, tt := range []struct{ text, anchor, due string }{
		{"before our next call", "next call", ""},
		{"Let's lock pricing before the demo", "demo", ""},
		{"I'll send the agenda before the demo on Thursday at 2pm", "demo", "2025-03-13T14:00:00-04:00"},
	} {
		x, ok := timeexpr.Parse(tt.text, ref, nyCal)
		got := ""
		if !x.Due.IsZero() {
			got = x.Due.Format(time.RFC3339)
		}
		if !ok || x.Anchor != tt.anchor || got != tt.due {
			t.Errorf("Parse(%q) = %v anchor %q due %q, want anchor %q due %q", tt.text, x, x.Anchor, got, tt.anchor, tt.due)
		}
	}
}

func TestModifierRules(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"by", "by Friday", "", "2025-03-14T17:00:00-04:00", timeexpr.GrainDay, "by keeps the day"},
		{"no-later", "no later than Thursday", "", "2025-03-13T17:00:00-04:00", timeexpr.GrainDay, ""},
		{"eastern", "by 5pm Eastern", "", "2025-03-11T17:00:00-04:00", timeexpr.GrainMinute, "the calendar's own zone"},
		{"pt", "9am PT", "", "2025-03-11T12:00:00-04:00", timeexpr.GrainMinute, "09:00 PDT"},
		{"cet", "3pm CET", "", "2025-03-11T10:00:00-04:00", timeexpr.GrainMinute, "15:00 +01:00"},
		{"your-time", "10am your time", "", "2025-03-11T10:00:00-04:00", timeexpr.GrainMinute, "the calendar's zone"},
	}, ref, nyCal)
}

func TestComposition(t *testing.T) {
	runRuleCases(t, []ruleCase{
		{"day-at-hour", "Tuesday at 10", "", "2025-03-18T10:00:00-04:00", timeexpr.GrainMinute, "bare 10 is 10:00"},
		{"first-thing-day", "first thing Monday", "", "2025-03-17T09:00:00-04:00", timeexpr.GrainHour, ""},
		{"date-time", "December 3rd at 2pm", "", "2025-12-03T14:00:00-05:00", timeexpr.GrainMinute, ""},
		{"next-day-part", "next Friday morning", "", "2025-03-21T12:00:00-04:00", timeexpr.GrainHour, ""},
		{"time-day", "3pm tomorrow", "", "2025-03-12T15:00:00-04:00", timeexpr.GrainMinute, ""},
		{"zone-day", "Call at 3pm PT on Monday", "3pm PT on Monday", "2025-03-17T18:00:00-04:00", timeexpr.GrainMinute, ""},
		{"by-time-today", "Send the redlines by 5pm today", "by 5pm today", "2025-03-11T17:00:00-04:00", timeexpr.GrainMinute, ""},
		{"midnight-of-day", "free time ends tomorrow at midnight", "tomorrow at midnight", "2025-03-13T00:00:00-04:00", timeexpr.GrainMinute, "the end of tomorrow"},
		{"full-stop", "Let's talk again in October.", "in October", "2025-10-31T17:00:00-04:00", timeexpr.GrainMonth, "the sentence's full stop is not part of the phrase"},
		{"week-of", "the week of the 24th", "", "2025-03-28T17:00:00-04:00", timeexpr.GrainWeek, "the week holding the 24th"},
		{"offset", "a week from Friday", "", "2025-03-21T17:00:00-04:00", timeexpr.GrainDay, "a day moved by an offset"},
		{"nth-weekday", "the first Tuesday of April", "", "2025-04-01T17:00:00-04:00", timeexpr.GrainDay, ""},
		{"day-am", "I'll ping you Monday AM", "Monday AM", "2025-03-17T12:00:00-04:00", timeexpr.GrainHour, "AM after a day is its morning"},
		{"count-range", "in 2-3 days", "", "2025-03-14T17:00:00-04:00", timeexpr.GrainDay, "a range of counts ends at the longer"},
		{"within-the-hour", "within the hour", "", "2025-03-11T11:00:00-04:00", timeexpr.GrainMinute, ""},
		{"same-time", "Right, same time next Thursday then.", "same time next Thursday", "2025-03-20T10:00:00-04:00", timeexpr.GrainMinute, "the reference's clock"},
		{"half-ten", "Let's catch up on Tuesday the 15th at half ten", "on Tuesday the 15th at half ten", "2025-04-15T10:30:00-04:00", timeexpr.GrainMinute, "British half past"},
		{"note-mon", "Hannah sends our std DPA Mon\n", "Mon", "2025-03-17T17:00:00-04:00", timeexpr.GrainDay, "a capitalised abbreviation ending a note line"},
		{"nxt-wk", "intro sarah to jason nxt wk", "nxt wk", "2025-03-21T17:00:00-04:00", timeexpr.GrainWeek, "note shorthand"},
		{"weekday-nth", "Tuesday the 15th works", "Tuesday the 15th", "2025-04-15T17:00:00-04:00", timeexpr.GrainDay, "the next 15th that is a Tuesday"},
		{"no-cue-year", "by the eighth of January.\n\n32\n00:03:41,000", "by the eighth of January", "2026-01-08T17:00:00-05:00", timeexpr.GrainDay, "an SRT cue number is no year"},
	}, ref, nyCal)
}

// TestFindAll checks that Find returns every expression, in order, with
// offsets into the text.
func TestFindAll(t *testing.T) {
	text := "I'll send the deck by Friday, and we can talk next Tuesday at 10am. Budget lands in Q3."
	es := timeexpr.Find(text, ref, nyCal)
	var got []string
	for _, e := range es {
		if text[e.Span.Start:e.Span.End] != e.Text {
			t.Errorf("span %v of %q is %q", e.Span, e.Text, text[e.Span.Start:e.Span.End])
		}
		got = append(got, fmt.Sprintf("%s|%s", e.Text, e.Due.Format(time.RFC3339)))
	}
	want := []string{
		"by Friday|2025-03-14T17:00:00-04:00",
		"next Tuesday at 10am|2025-03-18T10:00:00-04:00",
		"Q3|2025-09-30T17:00:00-04:00",
	}
	if fmt.Sprint(got) != fmt.Sprint(want) {
		t.Errorf("Find(%q) =\n%v\nwant\n%v", text, got, want)
	}
	if es := timeexpr.Find("", ref, nyCal); es != nil {
		t.Errorf("Find(\"\") = %v, want nil", es)
	}
}

// TestFalsePositives lists ordinary words and numbers that must not be
// read as times.
func TestFalsePositives(t *testing.T) {
	for _, text := range []string{
		"We may need more seats",
		"May I ask who else is on the buying committee?",
		"We march forward with the rollout either way",
		"We don't want to mar the launch",
		"Let's set up a second call with legal",
		"It's a second-tier priority for them",
		"Sat with the team for hours on the integration",
		"The sun was out and we were all wed to the plan",
		"They're looking at 20 seats at $12,000",
		"We're on version 2.3 of the API",
		"Can you share your SOC 2 report?",
		"Call me at 555-0142",
		"Call me at (415) 555-0142 or 1-800-555-0199",
		"Our support team runs 24/7",
		"It's built for the 9 to 5 crowd",
		"I have a 1:1 with my manager",
		"3 of them signed already",
		"It's a P1 ticket",
		"Our first priority is SSO",
		"The deal is worth about 1.5 million",
		"The platform handles 10,000 requests per second",
		"We track everything in Monday.com",
		"Our office is at 1200 Market Street, Suite 300",
		"We need ISO 27001 before we can proceed",
		"April Chen, our CTO, will join the evaluation",
		"Pricing is $49 per user per month",
		"We had 3 to 4 people on the pilot",
		"Our SLA is 99.9% uptime",
		"We'll need a few more seats once the team grows",
		"The room fits 12 people",
		"We're at 80% capacity",
		"A 5-10% discount is possible",
		"I'll send it over once legal signs off",
		"We sell in 12 countries",
		"[00:01:04] Owen Fischer: Morning, everyone.",
		"Good morning, thanks for joining",
		"The first thing my data team will ask about is lineage",
		"Who's paying for lunch?",
		"I spent the whole afternoon on the phone",
		"I remember one Friday during the strike",
		"Every Monday we review the pipeline",
		"[00:17:03] Grace Liu: Good.",
		"[00:02] Marisol Vega: Morning! Can you hear me?",
		"Hey, good afternoon! Happy Friday, everybody.",
		"Happy Thanksgiving, Dana.",
		"I know Monday afternoons are rough",
		"Thanks for jumping on at short notice. On a Friday afternoon, no less.",
		"Enjoy the rest of your Monday.",
		"Erin Walsh  0:03\nHey Denise! Hi",
		"<v Oliver Grant>Morning, everyone. Can you hear me?",
		"I'll send you the Q3 export first",
		"ask product if BYOC is on the H1 plan",
		"First Tuesday back we regroup",
		"We sat on it for a month",
		"Focus on sun protection in the ad",
		"It has a role to play in the rollout",
		"Their office is on the 2nd floor",
		"They were on sat comms for the rig",
		"Video is fine for now",
		"From now on we use the new form",
		"Now that legal has it, we wait",
		"We fall behind every quarter",
		"It's a busy season for us",
	} {
		if es := timeexpr.Find(text, ref, nyCal); len(es) > 0 {
			t.Errorf("Find(%q) = %v, want nothing", text, es)
		}
	}
}

// TestDST checks that a day's 17:00 stays 17:00 on both sides of a clock
// change, in New York and in Berlin, and that hours are elapsed time.
func TestDST(t *testing.T) {
	for _, tt := range []struct {
		name string
		ref  time.Time
		text string
		want string
	}{
		{"ny-spring", time.Date(2025, 3, 7, 12, 0, 0, 0, newYork), "by Monday", "2025-03-10T17:00:00-04:00"},
		{"ny-spring-days", time.Date(2025, 3, 7, 12, 0, 0, 0, newYork), "in 3 days", "2025-03-10T17:00:00-04:00"},
		{"ny-fall", time.Date(2025, 10, 31, 12, 0, 0, 0, newYork), "by Monday", "2025-11-03T17:00:00-05:00"},
		{"ny-fall-eow", time.Date(2025, 10, 31, 18, 0, 0, 0, newYork), "by EOW", "2025-11-07T17:00:00-05:00"},
		{"berlin-spring", time.Date(2025, 3, 28, 10, 0, 0, 0, berlin), "by Monday", "2025-03-31T17:00:00+02:00"},
		{"berlin-fall", time.Date(2025, 10, 24, 10, 0, 0, 0, berlin), "next Monday", "2025-10-27T17:00:00+01:00"},
		{"ny-hours", time.Date(2025, 3, 7, 11, 0, 0, 0, newYork), "within 48 hours", "2025-03-09T12:00:00-04:00"},
		{"berlin-hours", time.Date(2025, 3, 28, 10, 0, 0, 0, berlin), "within 72 hours", "2025-03-31T11:00:00+02:00"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			cal := timeexpr.Calendar{Location: tt.ref.Location()}
			x, ok := timeexpr.Parse(tt.text, tt.ref, cal)
			if !ok || x.Due.Format(time.RFC3339) != tt.want {
				t.Errorf("Parse(%q) at %s = %v, want due %s", tt.text, tt.ref, x, tt.want)
			}
		})
	}
}

func TestInvalidUTF8(t *testing.T) {
	text := "by Fri\xffday \xc3\x28 at 2pm \xe2\x82 next week \x80"
	for _, e := range timeexpr.Find(text, ref, nyCal) {
		if text[e.Span.Start:e.Span.End] != e.Text {
			t.Errorf("span %v does not hold %q", e.Span, e.Text)
		}
	}
}
