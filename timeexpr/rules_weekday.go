package timeexpr

import (
	"strings"
	"time"
)

// Weekdays: "Friday" (the next one strictly after the reference day),
// "this Friday" (the one in the current week, today included, or the
// coming one once it has passed), "next Friday" (the one in
// next Monday-start week), "last/past Friday" (the most recent before
// today), and the abbreviations ("Tue", "Thu", "Fri."). The abbreviations
// that are also words ("mon", "wed", "sat", "sun") count only next to a
// qualifier or a date ("this Sat", "Sun 15 Sep").

const weekdayNames = `monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?|thur?s?|fri|sat|sun`

var weekdayRules = []*rule{
	{name: "weekday", on: tWeekday, apply: applyWeekday,
		pattern: `(?:(this\s+coming|this|next|last|past|coming|previous|upcoming|on|following)\s+)?(` + weekdayNames + `)\b(\.)?`},
	{name: "weekday-after-next", on: tWeekday, apply: applyWeekdayAfterNext,
		pattern: `(` + weekdayNames + `)\s+after\s+next\b`},
}

// wordlike are the abbreviations that are also English words.
var wordlike = map[string]bool{"mon": true, "wed": true, "sat": true, "sun": true}

func applyWeekday(m *match, e *env) (atom, bool) {
	name := m.group(2)
	wd, ok := weekdayOf(name)
	if !ok {
		return atom{}, false
	}
	// "Monday.com" is a product, not a day.
	if m.sub[3] != "" && len(m.after) > 0 && isLetter(m.after[0]) {
		return atom{}, false
	}
	q := m.group(1)
	// "Mon", "Wed", "Sat", "Sun" are words too: they count as days with a
	// qualifier, before a date, or capitalised at the end of a note line
	// ("Hannah sends our std DPA Mon").
	if wordlike[name] && (q == "" || q == "on") && !dateFollows(m.after) &&
		!(m.sub[2][0] >= 'A' && m.sub[2][0] <= 'Z' && lineEnd(m.after)) {
		return atom{}, false
	}
	// "one Friday during the strike", "every Monday", "Happy Friday",
	// "Monday afternoons are busy": no particular day.
	if q == "" && habitual(m.before) && lastWord(m.before) != "that" {
		return atom{}, false
	}
	// "First Tuesday back": an ordinal before a weekday counts weeks.
	switch lastWord(m.before) {
	case "first", "second", "third", "fourth", "fifth":
		if q == "" {
			return atom{}, false
		}
	}
	if next := strings.ToLower(strings.TrimLeft(m.after, " ")); q == "" && (strings.HasPrefix(next, "mornings") ||
		strings.HasPrefix(next, "afternoons") || strings.HasPrefix(next, "evenings") || strings.HasPrefix(next, "nights")) {
		return atom{}, false
	}
	d := nextWeekday(e.refDay, wd, false)
	a := dateAtom(d)
	if m.sub[3] != "" {
		a.cut = 1 // the dot of "Thu." is punctuation
	}
	a.weekday = int(wd)
	switch q {
	case "this":
		// The one in the current Monday-start week, today included; once
		// that day has passed ("this Friday" said on a Saturday), the
		// coming one: "this" never names a past day.
		a.day = addDays(weekStart(e.refDay), (int(wd)+6)%7)
		if a.day.Before(e.refDay) {
			a.day = nextWeekday(e.refDay, wd, true)
		}
	case "next":
		a.day = addDays(weekStart(e.refDay), 7+(int(wd)+6)%7)
	case "last", "past", "previous":
		a.day = addDays(nextWeekday(e.refDay, wd, true), -7)
		a.past = true
		a.weekday = -1
	}
	return a, true
}

func applyWeekdayAfterNext(m *match, e *env) (atom, bool) {
	wd, ok := weekdayOf(m.group(1))
	if !ok {
		return atom{}, false
	}
	return dateAtom(addDays(nextWeekday(e.refDay, wd, false), 7)), true
}

// nextWeekday returns the first wd after day (or on it, when today is true).
func nextWeekday(day time.Time, wd time.Weekday, today bool) time.Time {
	n := (int(wd) - int(day.Weekday()) + 7) % 7
	if n == 0 && !today {
		n = 7
	}
	return addDays(day, n)
}

// dateFollows reports whether text starts (after a comma or spaces) with a
// day number or a month name, as in "Sun, 15 Sep" or "Sat Oct 26".
func dateFollows(after string) bool {
	t := strings.TrimLeft(after, " .,")
	if t == "" {
		return false
	}
	if isDigit(t[0]) {
		return true
	}
	end := 0
	for end < len(t) && isLetter(t[end]) {
		end++
	}
	_, ok := monthOf(t[:end])
	return ok && end >= 3
}

// lineEnd reports whether text starts with the end of a line (or of the
// text), possibly after a full stop.
func lineEnd(after string) bool {
	t := strings.TrimLeft(after, " \t.")
	return t == "" || t[0] == '\n' || t[0] == '\r'
}
