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
		pattern: `(?:(this\s+coming|this\s+past|this|next|nxt|last|past|coming|previous|upcoming|on|following)\s+)?(` + weekdayNames + `)\b(\.)?`},
	{name: "weekday-nth", on: tWeekday, apply: applyWeekdayNth,
		pattern: `(?:on\s+)?(` + weekdayNames + `)\b\.?,?\s+(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)\b`},
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
	if wordlike[name] && (q == "" || q == "on" && !dayEnds(m.after)) && !dateFollows(m.after) &&
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
	case "next", "nxt":
		a.day = addDays(weekStart(e.refDay), 7+(int(wd)+6)%7)
	case "last", "past", "previous", "this past":
		a.day = addDays(nextWeekday(e.refDay, wd, true), -7)
		a.past = true
		a.weekday = -1
	}
	return a, true
}

// applyWeekdayNth reads "Tuesday 12th", "Sat the 5th": the next such day
// of the month that falls on that weekday.
func applyWeekdayNth(m *match, e *env) (atom, bool) {
	wd, ok := weekdayOf(m.group(1))
	if !ok || !theNthFollows(m.after) { // "Tuesday 2nd floor"
		return atom{}, false
	}
	a, ok := nthNext(e, atoi(m.sub[2]))
	if !ok {
		return atom{}, false
	}
	day, ok := onWeekday(a.day, a.mday, wd)
	if !ok {
		return atom{}, false
	}
	a.day = day
	return a, true
}

// onWeekday returns the first day numbered mday, from day on (day is one),
// that falls on wd, within a year.
func onWeekday(day time.Time, mday int, wd time.Weekday) (time.Time, bool) {
	for k := 0; k < 14; k++ {
		t := day.AddDate(0, k, 0)
		if t.Day() == mday && t.Weekday() == wd {
			return t, true
		}
	}
	return day, false
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

// dayEnds reports whether the text after "on Sat" makes the abbreviation a
// day: the end of a clause or a time of that day ("on sat.", "on Sat at
// 10", "on sun morning"), not a noun ("on sun protection").
func dayEnds(after string) bool {
	t := strings.TrimLeft(after, " \t")
	if t == "" || !isLetter(t[0]) {
		return true
	}
	n := 0
	for n < len(t) && isLetter(t[n]) {
		n++
	}
	switch strings.ToLower(t[:n]) {
	case "at", "morning", "afternoon", "evening", "night", "am", "pm", "eod", "cob", "then", "or", "and":
		return true
	}
	return false
}

// lineEnd reports whether text starts with the end of a line (or of the
// text), possibly after a full stop.
func lineEnd(after string) bool {
	t := strings.TrimLeft(after, " \t.")
	return t == "" || t[0] == '\n' || t[0] == '\r'
}
