package timeexpr

import (
	"strings"
	"time"
)

// Absolute dates: "Dec 3", "December 3rd", "3 December", "3rd of Dec",
// "12/3" (month/day; day/month when the first number cannot be a month),
// "12/3/2026", "2026-12-03", "2026/12/03", "the 3rd", "the 20th of next
// month", a month ("in October", "May 2026", "early January",
// "mid-December", "end of April") and a year ("in 2027").
//
// A date without a year is its next occurrence, today included: deadlines
// lie ahead. "May" and "March" alone are words unless a preposition or a
// number makes them months ("in May", "May 5").

const monthNames = `january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec`

const ordinalWords = `first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]first`

const dayNum = `(\d{1,2}(?:st|nd|rd|th)?|` + ordinalWords + `)`

// dayWord is a looser dayNum for the end of a range, checked by ordinalOf.
const dayWord = `(\d{1,2}(?:st|nd|rd|th)?|[a-z]+(?:[- ][a-z]+)?)`

const yearSuffix = `(?:,?[ \t]*(\d{4})\b|,[ \t]*'?(\d{2})\b|[ \t]+'?(\d{2})\b)?`

var dateRules = []*rule{
	{name: "date-iso", on: tDigit, apply: applyISO,
		pattern: `(\d{4})-(\d{1,2})-(\d{1,2})(?:[t ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s*(z|[+-]\d{2}:?\d{2}))?)?`},
	{name: "date-ymd-slash", on: tDigit, apply: applyYMD,
		pattern: `(\d{4})[/.](\d{1,2}|` + monthNames + `)[/.](\d{1,2})\b`},
	{name: "date-numeric", on: tDigit, apply: applyNumericDate,
		pattern: `(\d{1,2})([/.-])(\d{1,2})(?:[/.-](\d{4}|\d{2}))?\b`},
	{name: "date-month-year-numeric", on: tDigit, apply: applyNumericMonthYear,
		pattern: `(\d{1,2})/(\d{4})\b|(\d{4})[/-](\d{1,2})\b`},
	{name: "date-month-day", on: tMonth, apply: applyMonthDay,
		pattern: `(` + monthNames + `)\b\.?,?\s*(?:the\s+)?` + dayNum + `\b` + yearSuffix},
	{name: "date-day-month", on: tMonth, apply: applyDayMonth,
		pattern: dayNum + `(?:\s+day)?\s*(?:of\s+|-)?(` + monthNames + `)\b\.?(?:,?[ \t]*(\d{4})\b|[ \t]+'?(\d{2})\b|-(\d{2})\b)?`},
	{name: "date-day-mon-year", on: tMonth, apply: applyDayMonYear,
		pattern: `(\d{1,2})[/-](` + monthNames + `)[/-](\d{4}|\d{2})\b`},
	{name: "date-month-day-range", on: tMonth, apply: applyMonthDayRange,
		pattern: `(` + monthNames + `)\b\.?\s*` + dayNum + `\s*(?:-|–|to|through|thru|till|until)\s*` + dayWord + `\b(?:,?\s*(\d{4})\b)?`},
	{name: "date-day-range-month", on: tMonth, apply: applyDayRangeMonth,
		pattern: dayNum + `\s*(?:-|–|to|through|thru|till|until)\s*` + dayWord + `\s*(?:of\s+)?(` + monthNames + `)\b\.?(?:,?\s*(\d{4})\b)?`},
	{name: "date-nth-weekday-of-month", on: tWeekday, apply: applyNthWeekdayOf,
		pattern: `(?:the\s+)?(first|second|third|fourth|fifth|last|1st|2nd|3rd|4th|5th)\s+(` + weekdayNames + `)\s+(?:of|in)\s+(?:(` + monthNames + `)\b\.?(?:\s+(\d{4}))?|(?:the\s+)?(this|next|last|previous|current|the)\s+month)`},
	{name: "date-last-day-of-month", on: tMonth, apply: applyLastDayOf,
		pattern: `(?:the\s+)?last\s+day\s+(?:of|in)\s+(` + monthNames + `)\b\.?(?:\s+(\d{4}))?`},
	{name: "date-numeric-time", on: tDigit, apply: applyNumericDateTime,
		pattern: `(\d{1,2})/(\d{1,2})/(\d{4})[.:\-t]\s*(\d{1,2}):(\d{2})`},
	{name: "date-year-month-day", on: tMonth, apply: applyYearMonthDay,
		pattern: `(\d{4})\s+(` + monthNames + `)\.?\s+(\d{1,2})\b`},
	{name: "date-month-year", on: tMonth, apply: applyMonthYear,
		pattern: `(` + monthNames + `)\b\.?,?\s*(?:of\s+)?(\d{4})\b|(\d{4})\s+(` + monthNames + `)\b\.?`},
	{name: "date-the-nth", on: tDigit | tNumWord, apply: applyTheNth,
		pattern: `the\s+(\d{1,2}(?:st|nd|rd|th)|\d{1,2}|` + ordinalWords + `)\b(?:\s+(?:day\s+)?of\s+(?:the\s+)?(this|next|last|previous|current|following|coming)\s+month)?`},
	{name: "date-nth-of-month", on: tDigit | tNumWord | tPeriod, apply: applyNthOfMonth,
		pattern: `(?:the\s+)?(\d{1,2}(?:st|nd|rd|th)?|` + ordinalWords + `|last\s+day)\s+(?:day\s+)?of\s+(?:the\s+)?(?:(this|next|last|previous|current|following|coming)\s+)?month`},
	{name: "date-month", on: tMonth, apply: applyMonth,
		pattern: `(?:(in|of|during|early|mid|late|end\s+of|the\s+end\s+of|beginning\s+of|the\s+beginning\s+of|start\s+of|the\s+start\s+of|next|this|last|coming)[\s-]+(?:the\s+month\s+of\s+)?)?(` + monthNames + `)\b(\.)?(?:\s+(?:of\s+)?(\d{4})\b)?`},
	{name: "date-year", on: tDigit, apply: applyYear,
		pattern: `(?:(in|during|of|for)\s+)?((?:19|20)\d{2})\b`},
}

// ratioIdioms are slash numbers that are not dates.
var ratioIdioms = map[string]bool{"24/7": true, "24/365": true}

// yearOf reads a 4-digit or 2-digit year (2-digit: 00-49 is 20xx).
func yearOf(four, two string) int {
	if four != "" {
		return atoi(four)
	}
	if two == "" {
		return -1
	}
	y := atoi(two)
	if y < 50 {
		return 2000 + y
	}
	return 1900 + y
}

// validDate reports whether y-m-d exists.
func validDate(y, m, d int) bool {
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	return t.Day() == d
}

// dayIn returns the day m/d in year y, or its next occurrence (today
// included) when y < 0.
func (e *env) dayIn(y, m, d int) (time.Time, bool) {
	if y >= 0 {
		if !validDate(y, m, d) {
			return time.Time{}, false
		}
		return e.date(y, time.Month(m), d), true
	}
	for yy := e.refDay.Year(); yy <= e.refDay.Year()+8; yy++ {
		if !validDate(yy, m, d) {
			continue
		}
		t := e.date(yy, time.Month(m), d)
		if !t.Before(e.refDay) {
			return t, true
		}
	}
	return time.Time{}, false
}

func dayAtom(e *env, y, m, d int) (atom, bool) {
	t, ok := e.dayIn(y, m, d)
	if !ok {
		return atom{}, false
	}
	a := dateAtom(t)
	a.past = t.Before(e.refDay)
	a.mon, a.mday = m, d
	if y >= 0 {
		a.year = y
	}
	return a, true
}

func numberEdge(m *match) bool {
	if n := len(m.before); n > 0 {
		c := m.before[n-1]
		if isDigit(c) || c == '/' || c == '.' || c == '-' || c == '$' || c == ':' || c == ',' && n > 1 && isDigit(m.before[n-2]) {
			return false
		}
	}
	if a := m.after; a != "" {
		c := a[0]
		if c == '/' || c == '%' || c == ':' || (c == '.' || c == '-' || c == ',') && len(a) > 1 && isDigit(a[1]) {
			return false
		}
	}
	return true
}

func applyISO(m *match, e *env) (atom, bool) {
	if !numberEdge(m) && m.sub[4] == "" {
		return atom{}, false
	}
	y, mo, d := atoi(m.sub[1]), atoi(m.sub[2]), atoi(m.sub[3])
	if mo > 12 && d <= 12 {
		mo, d = d, mo
	}
	if !validDate(y, mo, d) {
		return atom{}, false
	}
	if m.sub[4] == "" {
		return dayAtom(e, y, mo, d)
	}
	loc := e.cal.Loc()
	if z := m.sub[7]; z != "" {
		if z == "Z" || z == "z" {
			loc = time.UTC
		} else {
			z = strings.ReplaceAll(z, ":", "")
			off := (atoi(z[1:3])*60 + atoi(z[3:5])) * 60
			if z[0] == '-' {
				off = -off
			}
			loc = time.FixedZone("", off)
		}
	}
	h, mi := atoi(m.sub[4]), atoi(m.sub[5])
	if h > 23 || mi > 59 {
		return atom{}, false
	}
	t := time.Date(y, time.Month(mo), d, h, mi, 0, 0, loc).In(e.cal.Loc())
	a := instant(t)
	a.past = t.Before(e.ref)
	return a, true
}

func applyYMD(m *match, e *env) (atom, bool) {
	if !numberEdge(m) {
		return atom{}, false
	}
	y, d := atoi(m.sub[1]), atoi(m.sub[3])
	mo := atoi(m.sub[2])
	if mo < 0 {
		mm, ok := monthOf(m.sub[2])
		if !ok {
			return atom{}, false
		}
		mo = int(mm)
	}
	if mo > 12 && d <= 12 {
		mo, d = d, mo
	}
	return dayAtom(e, y, mo, d)
}

func applyNumericDate(m *match, e *env) (atom, bool) {
	if !numberEdge(m) {
		return atom{}, false
	}
	sep := m.sub[2]
	a, b := atoi(m.sub[1]), atoi(m.sub[3])
	y := yearOf(map[bool]string{true: m.sub[4]}[len(m.sub[4]) == 4], map[bool]string{true: m.sub[4]}[len(m.sub[4]) == 2])
	// Dots and dashes need a year ("10.31.1974", "07-27-2022"): without one
	// they are versions, scores and ranges ("2.3", "3-4").
	if sep != "/" && y < 0 {
		return atom{}, false
	}
	// A slash with a one-digit second number and no year is a ratio more
	// often than a date ("24/7", "9/5") unless the first is a month.
	mo, d := a, b
	if !validDate(2000, mo, d) {
		// Day/month when the first cannot be a month ("28/07", "28/2"),
		// except in idioms ("24/7").
		if !ratioIdioms[m.sub[1]+sep+m.sub[3]] || y >= 0 {
			mo, d = b, a
		}
	}
	if !validDate(2000, mo, d) {
		return atom{}, false
	}
	if y >= 0 {
		return dayAtom(e, y, mo, d)
	}
	return dayAtom(e, -1, mo, d)
}

func applyNumericMonthYear(m *match, e *env) (atom, bool) {
	if !numberEdge(m) {
		return atom{}, false
	}
	mo, y := atoi(m.sub[1]), atoi(m.sub[2])
	if m.sub[3] != "" {
		y, mo = atoi(m.sub[3]), atoi(m.sub[4])
	}
	if mo < 1 || mo > 12 || y < 1000 {
		return atom{}, false
	}
	return monthPeriod(e, y, time.Month(mo)), true
}

func applyMonthDay(m *match, e *env) (atom, bool) {
	mo, ok := monthOf(m.sub[1])
	d := ordinalOf(m.sub[2])
	if !ok || d < 1 || d > 31 {
		return atom{}, false
	}
	// "March 3" yes; "may 3 people" no: a bare number after "may" or
	// "march" must not be followed by a noun.
	if (mo == time.May || mo == time.March) && isDigit(m.sub[2][0]) && len(m.sub[2]) <= 2 &&
		m.sub[3]+m.sub[4]+m.sub[5] == "" && strings.ToLower(m.sub[1][:1]) == m.sub[1][:1] &&
		!clauseEnd(m.after) && !strings.HasPrefix(strings.TrimLeft(m.after, " "), "at") {
		return atom{}, false
	}
	// "Oct 26, 10:00", "Dec 3 12 noon": the number after is an hour.
	if two := m.sub[4] + m.sub[5]; two != "" && hourFollows(m.after) {
		a, ok := namedDay(e, -1, int(mo), d)
		j := strings.LastIndex(m.text, two)
		for j > 0 && (m.text[j-1] == ' ' || m.text[j-1] == '\'' || m.text[j-1] == ',') {
			j--
		}
		a.cut = len(m.text) - j
		return a, ok
	}
	// "July 13-15" is a range from the 13th; "Dec 3/4" is no date.
	if a := m.after; !(strings.HasPrefix(a, "-") && len(a) > 1 && isDigit(a[1])) && !numberEdge(&match{after: a}) {
		return atom{}, false
	}
	return namedDay(e, yearOf(m.sub[3], m.sub[4]+m.sub[5]), int(mo), d)
}

// lookback is how long ago (in days) a date named by its month may lie and still be
// the past one: "Jan 4" said on Jan 6 is two days ago, "Dec 20" said on
// Jan 6 is next October.
const lookback = 14

// namedDay is dayAtom for dates written with a month name: without a year
// they are the next occurrence, or the last one when it passed less than
// lookback days ago.
func namedDay(e *env, y, m, d int) (atom, bool) {
	if y < 0 && validDate(e.refDay.Year(), m, d) {
		for _, yy := range []int{e.refDay.Year(), e.refDay.Year() - 1} {
			if !validDate(yy, m, d) {
				continue
			}
			t := e.date(yy, time.Month(m), d)
			if t.Before(e.refDay) && !t.Before(addDays(e.refDay, -lookback)) {
				a := dateAtom(t)
				a.past = true
				a.mon, a.mday = m, d
				return a, true
			}
		}
	}
	return dayAtom(e, y, m, d)
}

func applyDayMonth(m *match, e *env) (atom, bool) {
	d := ordinalOf(m.sub[1])
	mo, ok := monthOf(m.sub[2])
	if !ok || d < 1 || d > 31 {
		return atom{}, false
	}
	if n := len(m.before); n > 0 && (isDigit(m.before[n-1]) || m.before[n-1] == '$' || m.before[n-1] == '.') {
		return atom{}, false
	}
	// "3 may" in "I think 3 may work" is not a date.
	if (mo == time.May || mo == time.March) && m.sub[3] == "" && m.sub[4] == "" && m.sub[5] == "" &&
		strings.ToLower(m.sub[2][:1]) == m.sub[2][:1] && !clauseEnd(m.after) {
		return atom{}, false
	}
	two := m.sub[4]
	if two == "" {
		two = m.sub[5]
	}
	// "5 May 12:00": the 12 is an hour, not a year.
	if m.sub[4] != "" && hourFollows(m.after) {
		a, ok := namedDay(e, -1, int(mo), d)
		j := strings.LastIndex(m.text, m.sub[4])
		for j > 0 && (m.text[j-1] == ' ' || m.text[j-1] == '\'') {
			j--
		}
		a.cut = len(m.text) - j
		return a, ok
	}
	return namedDay(e, yearOf(m.sub[3], two), int(mo), d)
}

func applyDayMonYear(m *match, e *env) (atom, bool) {
	mo, _ := monthOf(m.sub[2])
	y := yearOf(map[bool]string{true: m.sub[3]}[len(m.sub[3]) == 4], map[bool]string{true: m.sub[3]}[len(m.sub[3]) == 2])
	return dayAtom(e, y, int(mo), atoi(m.sub[1]))
}

// applyMonthDayRange reads the start of "Dec 3-5", "May eighth - tenth,
// 2010".
func applyMonthDayRange(m *match, e *env) (atom, bool) {
	mo, ok := monthOf(m.sub[1])
	d1, d2 := ordinalOf(m.sub[2]), ordinalOf(m.sub[3])
	if !ok || d1 < 1 || d2 < 1 || d1 > 31 || d2 > 31 || d1 >= d2 {
		return atom{}, false
	}
	if !boundaryAfter(m.after) {
		return atom{}, false
	}
	return namedDay(e, yearOf(m.sub[4], ""), int(mo), d1)
}

// applyDayRangeMonth reads the start of "10 - 22 August", "22-23 Feb".
func applyDayRangeMonth(m *match, e *env) (atom, bool) {
	d1, d2 := ordinalOf(m.sub[1]), ordinalOf(m.sub[2])
	mo, ok := monthOf(m.sub[3])
	if !ok || d1 < 1 || d2 < 1 || d1 > 31 || d2 > 31 || d1 >= d2 {
		return atom{}, false
	}
	if n := len(m.before); n > 0 && (isDigit(m.before[n-1]) || m.before[n-1] == '$') {
		return atom{}, false
	}
	return namedDay(e, yearOf(m.sub[4], ""), int(mo), d1)
}

func applyYearMonthDay(m *match, e *env) (atom, bool) {
	mo, _ := monthOf(m.sub[2])
	return dayAtom(e, atoi(m.sub[1]), int(mo), atoi(m.sub[3]))
}

func applyMonthYear(m *match, e *env) (atom, bool) {
	name, y := m.sub[1], m.sub[2]
	if name == "" {
		name, y = m.sub[4], m.sub[3]
	}
	mo, ok := monthOf(name)
	if !ok {
		return atom{}, false
	}
	// "may 2026" as a verb before a number is rare; a lower-case "may" with
	// a year still reads as the month.
	a := monthPeriod(e, atoi(y), mo)
	a.year = atoi(y)
	return a, true
}

// theNthFollowers may follow "the 3rd" when it is a date: a clause end, a
// preposition, or a time.
func theNthFollows(after string) bool {
	if clauseEnd(after) {
		return true
	}
	w := strings.ToLower(strings.TrimLeft(after, " "))
	for _, p := range []string{"at ", "and ", "or ", "to ", "through ", "thru ", "till ", "until ", "by ", "before ", "after ", "of ", "-"} {
		if strings.HasPrefix(w, p) {
			return true
		}
	}
	return false
}

func applyTheNth(m *match, e *env) (atom, bool) {
	d := ordinalOf(m.sub[1])
	if d < 1 || d > 31 {
		return atom{}, false
	}
	rel := m.group(2)
	// "the second call", "the 2nd floor": an ordinal is a date only when
	// it ends the phrase or names its month.
	if rel == "" {
		if !isDigit(m.sub[1][0]) {
			return atom{}, false
		}
		if len(m.sub[1]) <= 2 { // "the 15" without a suffix
			return atom{}, false
		}
		if !theNthFollows(m.after) {
			return atom{}, false
		}
		// "the 3rd of December" is the day-month rule's.
		return nthNext(e, d)
	}
	return nthOfRelMonth(e, d, rel)
}

func applyNthOfMonth(m *match, e *env) (atom, bool) {
	if strings.HasPrefix(m.group(1), "last") {
		first := e.date(e.refDay.Year(), e.refDay.Month(), 1)
		switch m.group(2) {
		case "next", "following", "coming":
			first = first.AddDate(0, 1, 0)
		case "last", "previous":
			first = first.AddDate(0, -1, 0)
		}
		return dateAtom(addDays(first.AddDate(0, 1, 0), -1)), true
	}
	d := ordinalOf(m.sub[1])
	if d < 1 || d > 31 {
		return atom{}, false
	}
	if m.group(2) == "" {
		return nthNext(e, d) // "the first of the month": the next 1st
	}
	return nthOfRelMonth(e, d, m.group(2))
}

func nthOfRelMonth(e *env, d int, rel string) (atom, bool) {
	first := e.date(e.refDay.Year(), e.refDay.Month(), 1)
	switch rel {
	case "next", "following", "coming":
		first = first.AddDate(0, 1, 0)
	case "last", "previous":
		first = first.AddDate(0, -1, 0)
	}
	return dayAtom(e, first.Year(), int(first.Month()), d)
}

// nthNext returns the next day numbered d, today included: this month's
// or, when it has passed or does not exist, the next month that has it.
func nthNext(e *env, d int) (atom, bool) {
	first := e.date(e.refDay.Year(), e.refDay.Month(), 1)
	for i := 0; i < 13; i++ {
		mo := first.AddDate(0, i, 0)
		if !validDate(mo.Year(), int(mo.Month()), d) {
			continue
		}
		t := e.date(mo.Year(), mo.Month(), d)
		if !t.Before(e.refDay) {
			a := dateAtom(t)
			a.mday = d // a day of the month alone, which a weekday may move
			return a, true
		}
	}
	return atom{}, false
}

// monthPeriod returns the month m of year y as a period: due its last
// workday at the end of work hours.
func monthPeriod(e *env, y int, m time.Month) atom {
	s := e.date(y, m, 1)
	end := s.AddDate(0, 1, 0)
	a := atom{kind: kPeriod, start: s, end: end, due: e.lastWorkday(s, end), grain: GrainMonth, weekday: -1, mon: int(m)}
	a.past = !end.After(e.refDay)
	return a
}

// lastWorkday returns the end of work hours on the last workday of
// [from, to), or on the last day when there is no workday.
func (e *env) lastWorkday(from, to time.Time) time.Time {
	if t := e.cal.LastWorkdayIn(from, to); !t.IsZero() {
		return t
	}
	return e.cal.WorkdayEnd(addDays(to, -1))
}

// nextMonth returns the next occurrence of month m whose end is after
// today (the current month included); after says to skip the current one.
func (e *env) nextMonth(m time.Month, skipCurrent bool) int {
	y := e.refDay.Year()
	if m < e.refDay.Month() || skipCurrent && m == e.refDay.Month() {
		y++
	}
	return y
}

func applyMonth(m *match, e *env) (atom, bool) {
	name := m.group(2)
	mo, ok := monthOf(name)
	if !ok {
		return atom{}, false
	}
	pre := strings.Join(strings.Fields(m.group(1)), " ")
	pre = strings.TrimPrefix(pre, "the ")
	word := name == "may" || name == "march" || name == "mar"
	// "We may need", "march forward": "may" and "march" are words unless a
	// preposition or a year makes them months.
	if pre == "" && m.sub[4] == "" && (!boundWordBefore(m.before) || word && strings.HasSuffix(strings.TrimRight(strings.ToLower(m.before), " "), " to")) {
		// "May" alone as a whole phrase or sentence: capitalised, between
		// punctuation.
		alone := m.sub[2][0] >= 'A' && m.sub[2][0] <= 'Z' &&
			(m.after == "" || strings.ContainsRune(".,;!?)", rune(m.after[0]))) &&
			(strings.TrimSpace(m.before) == "" || strings.ContainsRune(".,;!?(:", rune(strings.TrimSpace(m.before)[len(strings.TrimSpace(m.before))-1])))
		if word && !alone {
			return atom{}, false
		}
		// "April Chen, our CTO": a capitalised word after the name.
		t := strings.TrimLeft(m.after, " ")
		if m.sub[3] == "" && len(t) > 0 && 'A' <= t[0] && t[0] <= 'Z' && len(m.after) > len(t) {
			return atom{}, false
		}
		if len(name) <= 3 && m.sub[3] == "" && !clauseEnd(m.after) {
			return atom{}, false
		}
	}
	var y int
	if m.sub[4] != "" {
		y = atoi(m.sub[4])
	} else {
		switch pre {
		case "next":
			y = e.nextMonth(mo, true)
		case "last":
			y = e.refDay.Year()
			if mo >= e.refDay.Month() {
				y--
			}
		default:
			y = e.nextMonth(mo, false)
		}
	}
	a := monthPeriod(e, y, mo)
	if m.sub[4] != "" {
		a.year = y
	}
	switch pre {
	case "early", "beginning of", "start of":
		a.due = e.cal.WorkdayEnd(e.date(y, mo, 10))
		a.grain = GrainDay
	case "mid":
		a.start = e.date(y, mo, 15)
		a.due = e.cal.WorkdayEnd(a.start)
		a.grain = GrainDay
	case "late":
		a.start = e.date(y, mo, 21)
		a.grain = GrainDay
	case "end of":
		a.start = e.cal.day(a.due)
		a.endOf = true
		a.grain = GrainDay
	}
	return a, true
}

func applyYear(m *match, e *env) (atom, bool) {
	y := atoi(m.sub[2])
	if !boundaryAfter(m.after) || !numberEdge(m) {
		return atom{}, false
	}
	bare := false
	if m.sub[1] == "" && !boundWordBefore(m.before) {
		// A year right after a time or a zone completes a date ("Thu Oct
		// 26 11:00:09 2023"); anywhere else a bare number is no year.
		b := strings.TrimRight(m.before, " ")
		i := strings.LastIndexAny(b, " \t\n,") + 1
		last := strings.ToLower(b[i:])
		if !strings.Contains(last, ":") && zoneNames()[last] == nil || last == "" {
			return atom{}, false
		}
		bare = true
	}
	s := e.date(y, time.January, 1)
	end := s.AddDate(1, 0, 0)
	a := atom{kind: kPeriod, start: s, end: end, due: e.lastWorkday(s, end), grain: GrainYear, weekday: -1, year: y, yearOnly: bare}
	a.past = !end.After(e.refDay)
	return a, true
}

// boundWordBefore reports whether text ends with a word that makes the
// next one a time: "by", "before", "after", "until", "since", "from", ...
func boundWordBefore(before string) bool {
	b := strings.ToLower(strings.TrimRight(before, " "))
	for _, w := range []string{"by", "before", "after", "until", "till", "since", "through", "from", "to", "thru", "than", "of", "in", "fiscal", "fy"} {
		if strings.HasSuffix(b, w) && (len(b) == len(w) || !isLetter(b[len(b)-len(w)-1])) {
			return true
		}
	}
	return false
}

// hourFollows reports whether the text after a number makes it an hour
// ("12:00", "10 o'clock", "9 am"), not a two-digit year.
func hourFollows(after string) bool {
	if strings.HasPrefix(after, ":") || strings.HasPrefix(after, ".") && len(after) > 1 && isDigit(after[1]) || meridiemFollows(after) {
		return true
	}
	t := strings.ToLower(strings.TrimLeft(after, " "))
	return strings.HasPrefix(t, "o'clock") || strings.HasPrefix(t, "oclock") || strings.HasPrefix(t, "o clock") ||
		strings.HasPrefix(t, "h ") || t == "h" || strings.HasPrefix(t, "noon") || strings.HasPrefix(t, "sharp")
}

var ordinalIndex = map[string]int{"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3,
	"fourth": 4, "4th": 4, "fifth": 5, "5th": 5, "last": -1}

// monthOrRel returns the first day of a month named by name (next
// occurrence, or in year) or by this/next/last month.
func (e *env) monthOrRel(name, year, rel string) (time.Time, bool) {
	if rel != "" {
		first := e.date(e.refDay.Year(), e.refDay.Month(), 1)
		switch rel {
		case "next":
			first = first.AddDate(0, 1, 0)
		case "last", "previous":
			first = first.AddDate(0, -1, 0)
		}
		return first, true
	}
	mo, ok := monthOf(name)
	if !ok {
		return time.Time{}, false
	}
	y := e.nextMonth(mo, false)
	if year != "" {
		y = atoi(year)
	}
	return e.date(y, mo, 1), true
}

// applyNthWeekdayOf reads "the first Tuesday of October", "the last
// Friday in March 2026", "the second Monday of next month".
func applyNthWeekdayOf(m *match, e *env) (atom, bool) {
	wd, ok := weekdayOf(m.group(2))
	n := ordinalIndex[m.group(1)]
	first, ok2 := e.monthOrRel(m.group(3), m.sub[4], m.group(5))
	if !ok || !ok2 || n == 0 {
		return atom{}, false
	}
	d := nthWeekday(first.Year(), first.Month(), wd, n)
	if !validDate(first.Year(), int(first.Month()), d) {
		return atom{}, false
	}
	return dayAtom(e, first.Year(), int(first.Month()), d)
}

func applyLastDayOf(m *match, e *env) (atom, bool) {
	first, ok := e.monthOrRel(m.group(1), m.sub[2], "")
	if !ok {
		return atom{}, false
	}
	last := addDays(first.AddDate(0, 1, 0), -1)
	return dayAtom(e, last.Year(), int(last.Month()), last.Day())
}

func applyNumericDateTime(m *match, e *env) (atom, bool) {
	mo, d, y, h, mi := atoi(m.sub[1]), atoi(m.sub[2]), atoi(m.sub[3]), atoi(m.sub[4]), atoi(m.sub[5])
	if !validDate(y, mo, d) || h > 23 || mi > 59 {
		return atom{}, false
	}
	t := time.Date(y, time.Month(mo), d, h, mi, 0, 0, e.cal.Loc())
	a := instant(t)
	a.past = t.Before(e.ref)
	return a, true
}
