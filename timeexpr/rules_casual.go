package timeexpr

import (
	"regexp"
	"strings"
	"time"
)

// Casual days and parts of days: "today", "tomorrow", "yesterday", "the day
// after tomorrow", "now", "tonight", "this morning", "afternoon", "after
// lunch", "first thing", "end of day"/"EOD"/"COB", "this time next week",
// and the implied deadlines "ASAP", "as soon as possible", "right away".

// casualDayWords are "today", "tomorrow", "yesterday" and their note
// spellings ("tmrw", "tmw", "2moro").
const casualDayWords = `today|todays|tomorrows?|tmrw|tmr|tmw|2mor+ow|2moro|2mrw|yesterday`

var casualDayRe = regexp.MustCompile(`^(?:` + casualDayWords + `)$`)

var casualRules = []*rule{
	{name: "casual-day-after", on: tCasual | tUnit, apply: applyDayAfter,
		pattern: `(?:the\s+)?day\s+(after|before)\s+(tomorrow|yesterday)`},
	{name: "casual-day", on: tCasual | tDigit, apply: applyCasualDay,
		pattern: `(` + casualDayWords + `)\b`},
	{name: "casual-now", on: tCasual, apply: applyNow,
		pattern: `(?:right\s+now|just\s+now|now)\b`},
	{name: "casual-moment", on: tAny, apply: applyNow,
		pattern: `(?:at\s+the\s+moment|atm)\b`},
	{name: "casual-last-night", on: tPart, apply: applyLastNight,
		pattern: `(late\s+)?last\s+night\b`},
	{name: "casual-tonight", on: tCasual, apply: applyTonight,
		pattern: `(?:late\s+)?(?:tonight|tonite|this\s+night)\b`},
	{name: "casual-this-time", on: tPeriod, apply: applyThisTime,
		pattern: `this\s+time\s+(next|last)\s+(week|month|year)\b`},
	{name: "part-first-thing", on: tPart, apply: applyFirstThing,
		pattern: `first\s+thing(?:\s+in\s+the\s+morning)?\b`},
	{name: "part-eod", on: tPart | tPeriod | tUnit, apply: applyPart(partEOD),
		pattern: `(?:the\s+)?(?:end\s+of\s+(?:the\s+)?(?:business\s+|work\s+|working\s+)?day|end\s+of\s+business|(?:close|end)\s+of\s+(?:business|play)|end-of-day|eod|cob|eob|eop)\b`},
	{name: "part-lunch", on: tPart, apply: applyLunch,
		pattern: `((?:at|around|by|before|over)\s+)?lunch(time)?\b`},
	{name: "part-after-lunch", on: tPart, apply: applyPart(partAfternoon),
		pattern: `after\s+lunch\b`},
	{name: "part-of-day", on: tPart | tCasual | tWeekday, apply: applyPartOfDay,
		pattern: `(this\s+|in\s+the\s+|in\s+|the\s+|early\s+|late\s+)?(morning|afternoon|evening|night)(?:ish)?\b`},
	{name: "casual-within-the-hour", on: tUnit, apply: applyWithinThe,
		pattern: `within\s+the\s+(hour|day|business\s+day|work\s+day|week)\b`},
	{name: "part-am-pm", on: tWeekday | tCasual | tDigit, apply: applyAMPM,
		pattern: `(am|pm|a\.m\.|p\.m\.)(?:\s|$|[,.;!?])`},
	{name: "implied-asap", on: tImplied, apply: applyImplied,
		pattern: `(?:asap|a\.s\.a\.p\.?|as\s+soon\s+as\s+(?:possible|you\s+can|we\s+can|humanly\s+possible)|right\s+away|immediately|straight\s+away)`},
}

func dateAtom(day time.Time) atom {
	return atom{kind: kDate, day: day, weekday: -1}
}

func applyCasualDay(m *match, e *env) (atom, bool) {
	switch g := m.group(1); {
	case strings.HasPrefix(g, "today"):
		return dateAtom(e.refDay), true
	case strings.HasPrefix(g, "yesterday"):
		return dateAtom(addDays(e.refDay, -1)), true
	default:
		return dateAtom(addDays(e.refDay, 1)), true
	}
}

func applyDayAfter(m *match, e *env) (atom, bool) {
	n := 2
	if m.group(2) == "yesterday" {
		n = -2
	}
	if (m.group(1) == "after") != (n > 0) {
		return atom{}, false
	}
	return dateAtom(addDays(e.refDay, n)), true
}

func instant(t time.Time) atom {
	t = t.Truncate(time.Minute)
	return atom{kind: kPeriod, start: t, end: t.Add(time.Minute), due: t, grain: GrainMinute, weekday: -1}
}

// applyNow reads "now", "right now"; "for now", "by now", "until now",
// "from now on" and "now that" say nothing about when.
func applyNow(m *match, e *env) (atom, bool) {
	switch lastWord(m.before) {
	case "for", "by", "until", "till", "as", "of", "from", "since", "than":
		if strings.HasPrefix(strings.ToLower(m.text), "now") {
			return atom{}, false
		}
	}
	if t := strings.ToLower(strings.TrimLeft(m.after, " ")); strings.HasPrefix(t, "on ") || strings.HasPrefix(t, "on,") ||
		strings.HasPrefix(t, "on.") || strings.HasPrefix(t, "that ") || strings.HasPrefix(t, "and then") {
		return atom{}, false
	}
	return instant(e.ref), true
}

func applyLastNight(m *match, e *env) (atom, bool) {
	y := addDays(e.refDay, -1)
	h := 21
	if m.sub[1] != "" {
		h = 23
	}
	s := time.Date(y.Year(), y.Month(), y.Day(), h, 0, 0, 0, e.cal.Loc())
	return atom{kind: kPeriod, start: s, end: e.refDay, due: s, grain: GrainHour, past: true, weekday: -1}, true
}

func applyTonight(_ *match, e *env) (atom, bool) {
	a := atom{kind: kPart, part: partNight, this: true, weekday: -1}
	return a, true
}

func applyThisTime(m *match, e *env) (atom, bool) {
	n := 1
	if m.group(1) == "last" {
		n = -1
	}
	var t time.Time
	switch m.group(2) {
	case "week":
		t = e.ref.AddDate(0, 0, 7*n)
	case "month":
		t = e.ref.AddDate(0, n, 0)
	default:
		t = e.ref.AddDate(n, 0, 0)
	}
	a := instant(t)
	a.past = n < 0
	return a, true
}

func applyPart(p part) func(*match, *env) (atom, bool) {
	return func(*match, *env) (atom, bool) {
		return atom{kind: kPart, part: p, weekday: -1}, true
	}
}

// applyFirstThing reads "first thing (in the morning)"; "the first thing
// she'll ask" is no time.
func applyFirstThing(m *match, _ *env) (atom, bool) {
	if w := lastWord(m.before); w == "the" || w == "a" || w == "my" || w == "our" || w == "your" || w == "their" || w == "his" || w == "her" {
		return atom{}, false
	}
	return atom{kind: kPart, part: partFirstThing, weekday: -1}, true
}

// applyLunch reads "at lunch", "lunchtime", "tomorrow lunch"; "paying for
// lunch" is no time.
func applyLunch(m *match, _ *env) (atom, bool) {
	if m.sub[1] == "" && m.sub[2] == "" && !dateWord(lastWord(m.before)) {
		return atom{}, false
	}
	return atom{kind: kPart, part: partLunch, weekday: -1}, true
}

// dateWord reports whether w names a day: "tomorrow", "tmrw", "today",
// "Monday".
func dateWord(w string) bool {
	if w == "tonight" || w == "tonite" || casualDayRe.MatchString(w) {
		return true
	}
	_, ok := weekdayOf(w)
	return ok && len(w) > 3
}

// lastWord returns the last word of text, lower-cased.
func lastWord(text string) string {
	t := strings.TrimRight(text, " \t")
	i := len(t)
	for i > 0 && (isLetter(t[i-1]) || t[i-1] == '\'') {
		i--
	}
	return strings.ToLower(t[i:])
}

// lastToken returns the last run of letters and digits of text,
// lower-cased: "2moro" where lastWord gives "moro".
func lastToken(text string) string {
	t := strings.TrimRight(text, " \t")
	i := len(t)
	for i > 0 && isWord(t[i-1]) {
		i--
	}
	return strings.ToLower(t[i:])
}

// notTimeBefore are the words before a bare part of a day or a weekday
// that make it a noun, not a time: "the whole afternoon", "one Friday".
var notTimeBefore = map[string]bool{
	"the": true, "a": true, "an": true, "one": true, "that": true, "whole": true, "all": true,
	"every": true, "each": true, "some": true, "any": true, "good": true, "entire": true,
	"nice": true, "long": true, "lazy": true, "quiet": true, "busy": true, "happy": true,
	"merry": true, "your": true, "rest": true, "my": true, "our": true, "their": true,
}

// habitual reports whether the words before a part of a day or a weekday
// make it no particular one: "a Friday afternoon", "every Monday".
func habitual(before string) bool {
	w := lastWord(before)
	if notTimeBefore[w] && w != "the" {
		return true
	}
	if _, ok := weekdayOf(w); ok && len(w) > 3 {
		b := strings.TrimRight(before, " \t")
		return notTimeBefore[lastWord(b[:len(b)-len(w)])]
	}
	return false
}

func applyPartOfDay(m *match, _ *env) (atom, bool) {
	a := atom{kind: kPart, weekday: -1}
	if m.sub[1] == "" {
		// "the whole afternoon", "Good morning", and "Morning, everyone"
		// (a greeting at the start of a turn) are no times.
		if notTimeBefore[lastWord(m.before)] || habitual(m.before) {
			return a, false
		}
		b := strings.TrimRight(m.before, " \t")
		turnStart := b == "" || strings.HasSuffix(b, ":") || strings.HasSuffix(b, "\n") || strings.HasSuffix(b, ">")
		if turnStart && m.text[0] >= 'A' && m.text[0] <= 'Z' && (strings.HasPrefix(m.after, ",") || strings.HasPrefix(m.after, "!")) {
			return a, false
		}
	}
	switch m.group(2) {
	case "morning":
		a.part = partMorning
	case "afternoon":
		a.part = partAfternoon
	case "evening":
		a.part = partEvening
	default:
		a.part = partNight
		// "night" alone is a noun more often than a time ("a late night").
		if pre := m.group(1); pre != "this " && pre != "tonight" && !strings.HasPrefix(pre, "in") && pre != "late " {
			if w := lastWord(m.before); w != "at" && !dateWord(w) {
				return a, false
			}
		}
	}
	a.this = strings.HasPrefix(m.group(1), "this")
	return a, true
}

func applyImplied(_ *match, e *env) (atom, bool) {
	a := atom{kind: kImplied, implicit: true, weekday: -1}
	return a, true
}

// applyWithinThe reads "within the hour" (an hour from now), "within the
// day" (end of today's work hours) and "within the week" (this week).
func applyWithinThe(m *match, e *env) (atom, bool) {
	switch w := m.group(1); {
	case w == "hour":
		return instant(e.ref.Add(time.Hour)), true
	case w == "week":
		return applyBarePeriod(unitWeek, posEnd)(m, e)
	default:
		return atom{kind: kPart, part: partEOD, weekday: -1}, true
	}
}

// applyAMPM reads the "AM" of "Monday AM" as its morning and "PM" as its
// afternoon; only right after a day.
func applyAMPM(m *match, _ *env) (atom, bool) {
	if !dateWord(lastToken(m.before)) { // "Monday AM", "tmrw am", "2moro pm"
		return atom{}, false
	}
	a := atom{kind: kPart, part: partMorning, weekday: -1}
	if m.group(1)[0] == 'p' {
		a.part = partAfternoon
	}
	a.cut = len(m.text) - len(m.sub[1])
	return a, true
}
