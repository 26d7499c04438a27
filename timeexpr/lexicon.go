package timeexpr

import (
	"strings"
	"sync"
	"time"
	_ "time/tzdata" // zones named in phrases resolve the same on every machine

	"github.com/olebedev/when/rules/en"
)

// trigger is a set of word classes found by the scan. A window of text is
// handed to a rule only when it holds one of the rule's trigger classes.
type trigger uint16

const (
	tDigit       trigger = 1 << iota // a run of digits
	tMonth                           // month names and abbreviations
	tWeekday                         // weekday names and abbreviations
	tCasual                          // today, tomorrow, tonight, now, ...
	tPart                            // morning, noon, EOD, COB, lunch, ...
	tPeriod                          // week, month, quarter, Q1, H2, year, ...
	tUnit                            // minute, hour, day, ... (durations)
	tHoliday                         // christmas, thanksgiving, new year, ...
	tAnchor                          // call, meeting, demo, ...
	tImplied                         // ASAP, right away, immediately
	tNumWord                         // one ... twelve, couple, few, ordinals (weak)
	tZone                            // Eastern, PT, CET, ... (weak)
	tHolidayWord                     // new, eve, labor, ... (weak: holiday names' other words)
)

// strongTriggers open a window; the weak ones only count inside one.
const strongTriggers = tDigit | tMonth | tWeekday | tCasual | tPart | tPeriod | tUnit | tHoliday | tAnchor | tImplied

// tAny runs a rule in every window.
const tAny trigger = 1<<16 - 1

// triggerLexicon lists the words of each trigger class besides the ones
// taken from when's tables (months, weekdays, integer and ordinal words).
var triggerLexicon = map[trigger][]string{
	tWeekday: {"tues", "thurs", "weds", "weekday", "weekdays", "mondays", "tuesdays", "wednesdays",
		"thursdays", "fridays", "saturdays", "sundays"},
	tCasual: {"today", "tomorrow", "tomorrows", "tmrw", "tmr", "tmw", "yesterday", "tonight", "now",
		"tonite", "todays"},
	tPart: {"morning", "mornings", "afternoon", "afternoons", "evening", "evenings", "night",
		"noon", "midnight", "midday", "lunch", "eod", "cob", "eob", "eop", "play", "thing", "business",
		"close", "o'clock", "oclock", "pm"},
	tPeriod: {"week", "weeks", "wk", "wks", "weekend", "month", "months", "quarter", "quarters", "qtr", "year",
		"years", "yr", "q1", "q2", "q3", "q4", "h1", "h2", "eow", "eom", "eoq", "eoy", "fiscal",
		"fy", "bom", "boy", "summer", "fall", "autumn", "winter", "spring", "season", "seasons", "summers",
		"winters"},
	tUnit: {"minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs", "day", "days",
		"fortnight"},
	tHoliday: {"christmas", "xmas", "thanksgiving", "year's", "years", "holidays", "break",
		"holiday", "halloween", "valentine's"},
	tHolidayWord: {"new", "eve", "independence", "labor", "labour", "memorial", "boxing", "black", "cyber"},
	tAnchor: {"call", "meeting", "demo", "sync", "review", "presentation", "kickoff", "kick-off",
		"qbr", "onsite", "workshop", "session", "check-in", "standup", "catch-up", "walkthrough"},
	tImplied: {"asap", "soon", "away", "immediately"},
	tNumWord: {"couple", "few", "several", "a", "an", "thirteen", "fourteen", "fifteen",
		"twenty", "thirty", "forty", "fifty", "half", "quarter"},
	tZone: {"eastern", "pacific", "central", "mountain", "et", "est", "edt", "pt", "pst", "pdt",
		"ct", "cst", "cdt", "mt", "mst", "mdt", "gmt", "utc", "bst", "cet", "cest", "ist",
		"jst", "aest", "your", "local", "my", "our"},
}

var triggerWords = sync.OnceValue(func() map[string]trigger {
	m := map[string]trigger{}
	for w := range en.MONTH_OFFSET {
		m[strings.TrimSuffix(w, ".")] |= tMonth
	}
	m["sept"] |= tMonth
	for w := range en.WEEKDAY_OFFSET {
		m[w] |= tWeekday
	}
	for w := range en.INTEGER_WORDS {
		m[w] |= tNumWord
	}
	for w := range en.ORDINAL_WORDS {
		for _, f := range strings.FieldsFunc(w, func(r rune) bool { return r == ' ' || r == '-' }) {
			if !isDigit(f[0]) {
				m[f] |= tNumWord
			}
		}
	}
	for t, ws := range triggerLexicon {
		for _, w := range ws {
			m[w] |= t
		}
	}
	return m
})

// monthOf returns the month a (lower-case) name or abbreviation names.
func monthOf(s string) (time.Month, bool) {
	s = strings.TrimSuffix(strings.ToLower(s), ".")
	if s == "sept" {
		return time.September, true
	}
	n, ok := en.MONTH_OFFSET[s]
	return time.Month(n), ok
}

// weekdayOf returns the weekday a name or abbreviation names.
func weekdayOf(s string) (time.Weekday, bool) {
	s = strings.TrimSuffix(strings.ToLower(s), ".")
	switch s {
	case "tues":
		return time.Tuesday, true
	case "thurs":
		return time.Thursday, true
	case "weds":
		return time.Wednesday, true
	}
	n, ok := en.WEEKDAY_OFFSET[s]
	return time.Weekday(n), ok
}

// smallNumbers extends when's INTEGER_WORDS for counts in durations.
var smallNumbers = map[string]int{
	"a": 1, "an": 1, "one": 1, "single": 1, "couple": 2, "a couple": 2, "a couple of": 2,
	"couple of": 2, "few": 3, "a few": 3, "several": 7, "thirteen": 13, "fourteen": 14,
	"fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	"twenty": 20, "thirty": 30, "forty": 40, "forty-five": 45, "fifty": 50, "sixty": 60,
	"ninety": 90, "hundred": 100, "twenty-four": 24, "forty-eight": 48, "seventy-two": 72,
}

// countOf reads a count: digits, when's integer words, or the words above.
// Decimal fractions ("1.5") are returned as a float.
func countOf(s string) (float64, bool) {
	s = strings.ToLower(strings.Join(strings.Fields(s), " "))
	if s == "" {
		return 0, false
	}
	if isDigit(s[0]) {
		whole, frac, dot := strings.Cut(s, ".")
		n := atoi(whole)
		if n < 0 {
			return 0, false
		}
		f := float64(n)
		if dot {
			d := atoi(frac)
			if d < 0 || len(frac) > 3 {
				return 0, false
			}
			div := 1.0
			for range frac {
				div *= 10
			}
			f += float64(d) / div
		}
		return f, true
	}
	if n, ok := en.INTEGER_WORDS[s]; ok {
		return float64(n), true
	}
	if n, ok := smallNumbers[s]; ok {
		return float64(n), true
	}
	return 0, false
}

// ordinalOf reads a day of the month: "3", "3rd", "third", "twenty-fourth".
func ordinalOf(s string) int {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return -1
	}
	if isDigit(s[0]) {
		s = strings.TrimRight(s, "stndrhSTNDRH")
		return atoi(s)
	}
	s = strings.ReplaceAll(s, " ", "-")
	if n, ok := en.ORDINAL_WORDS[s]; ok {
		return n
	}
	return -1
}

// zoneNames maps the zones a phrase may name to a location. Names of a
// region ("Eastern", "ET", "PT") follow its daylight saving time; names of
// a standard or daylight offset ("EST", "PDT", "CET") are that fixed
// offset, as chrono and Duckling read them. "your time" and "local time"
// are the calendar's zone.
var zoneNames = sync.OnceValue(func() map[string]*time.Location {
	load := func(name string) *time.Location {
		l, err := time.LoadLocation(name)
		if err != nil {
			return nil
		}
		return l
	}
	fixed := func(name string, h, m int) *time.Location {
		return time.FixedZone(name, (h*60+m)*60)
	}
	ny, chi, den, la := load("America/New_York"), load("America/Chicago"), load("America/Denver"), load("America/Los_Angeles")
	return map[string]*time.Location{
		"eastern": ny, "et": ny, "eastern time": ny,
		"central": chi, "ct": chi, "central time": chi,
		"mountain": den, "mt": den, "mountain time": den,
		"pacific": la, "pt": la, "pacific time": la,
		"est": fixed("EST", -5, 0), "edt": fixed("EDT", -4, 0),
		"cst": fixed("CST", -6, 0), "cdt": fixed("CDT", -5, 0),
		"mst": fixed("MST", -7, 0), "mdt": fixed("MDT", -6, 0),
		"pst": fixed("PST", -8, 0), "pdt": fixed("PDT", -7, 0),
		"gmt": time.UTC, "utc": time.UTC, "z": time.UTC,
		"bst": fixed("BST", 1, 0), "cet": fixed("CET", 1, 0), "cest": fixed("CEST", 2, 0),
		"ist": fixed("IST", 5, 30), "jst": fixed("JST", 9, 0), "aest": fixed("AEST", 10, 0),
	}
})

// zonePattern matches the zone names of zoneNames plus "your/local time".
const zonePattern = `(?:gmt|utc)\s*[+-]\d{1,2}(?::?\d{2})?\b|(?:eastern|central|mountain|pacific)(?:\s+(?:standard\s+|daylight\s+)?time)?|` +
	`(?:et|est|edt|ct|cst|cdt|mt|mst|mdt|pt|pst|pdt|gmt|utc|bst|cet|cest|ist|jst|aest)\b|` +
	`(?:your|my|our|local)\s+time`
