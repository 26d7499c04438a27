package timeexpr

import (
	"strings"
	"time"
)

// Durations: "in 3 days", "within 48 hours", "in a couple of days", "in a
// few weeks", "in 3 business days", "next business day", "two weeks from
// now", "5 days later", "3 days ago". Hours and minutes are elapsed time
// (across a clock change the wall clock shifts); days, weeks, months and
// years are calendar dates, due at the end of work hours; business days
// count the calendar's workdays after the reference day.

// fractionPattern are the counts of "in 1/4 hour", "in half an hour", "in
// three-quarters of an hour", "in 2 and an half hours".
const fractionPattern = `(1/4|1/2|3/4|\d+\s+and\s+an?\s+half|an?\s+quarter\s+of\s+an?|quarter\s+of\s+an?|three[- ]quarters\s+of\s+an?|half\s+an?|an?\s+half)`

const countPattern = `(\d+(?:\.\d+)?|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|twenty|thirty|forty[- ]eight|seventy[- ]two|twenty[- ]four|sixty|ninety|a\s+couple\s+of|couple\s+of|a\s+couple|a\s+few|few|several)`

// shortUnits are the units of signed and chained durations ("+2 months,
// 5 days", "-3y", "+15min").
const shortUnits = `minutes?|mins?|min|hours?|hrs?|hr|days?|weeks?|months?|mo|years?|yrs?|m|h|d|w|y`

const unitPattern = `((?:business|working|work|biz)\s+days?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|yrs?|fortnights?|seconds?|secs?|h|d|w|mon|mo|y)\b`

var durationRules = []*rule{
	{name: "duration-in", on: tUnit | tPeriod | tDigit, apply: applyDurationIn,
		pattern: `(in(?:\s+the\s+next)?|within(?:\s+the\s+next)?|after|over\s+the\s+next|give\s+it)\s+(?:(?:about|around|approximately|roughly|just|another|only|less\s+than|under)\s*)?(?:~\s*)?` + countPattern + `\s*(?:more\s+)?` + unitPattern + `(?:\s+and\s+a\s+half)?`},
	{name: "duration-in-fraction", on: tUnit | tDigit, apply: applyDurationIn,
		pattern: `(in|within|in\s+the\s+next|within\s+the\s+next)\s+(?:(?:about|around|approximately|roughly|just|another|only|less\s+than|under)\s*)?` + fractionPattern + `\s*` + unitPattern},
	{name: "duration-fraction-from-now", on: tUnit | tDigit | tCasual, apply: applyDurationFrom,
		pattern: fractionPattern + `\s*` + unitPattern + `\s+(from\s+now|from\s+today|later|hence|out|ago|earlier|back)\b`},
	{name: "duration-in-range", on: tUnit | tPeriod | tDigit, apply: applyDurationRange,
		pattern: `(in|within)\s+(\d+|[a-z]+)\s*(?:-|–|to|or)\s*(\d+|[a-z]+)\s*` + unitPattern},
	{name: "duration-from-now", on: tUnit | tPeriod | tDigit | tCasual, apply: applyDurationFrom,
		pattern: countPattern + `\s*` + unitPattern + `\s+(from\s+now|from\s+today|later|hence|out|ago|earlier|back)\b`},
	{name: "duration-offset", on: tUnit | tPeriod | tDigit, apply: applyOffset,
		pattern: countPattern + `\s*` + unitPattern + `\s+(from|after|before)\b`},
	{name: "duration-upcoming", on: tPeriod | tUnit, apply: applyUpcoming,
		pattern: `(?:` + countPattern + `\s+upcoming|upcoming\s+` + countPattern + `)\s+(days?|weeks?|months?|quarters?|years?)\b`},
	{name: "duration-weekdays-from-now", on: tWeekday, apply: applyWeekdaysFromNow,
		pattern: countPattern + `\s+(mondays|tuesdays|wednesdays|thursdays|fridays|saturdays|sundays)\s+(from\s+(?:now|today)|ago|back)\b`},
	{name: "duration-next-business-day", on: tUnit | tPart | tWeekday, apply: applyNextBusinessDay,
		pattern: `(?:the\s+)?(next|following|last|previous)\s+(?:business\s+day|working\s+day|work\s+day|weekday)\b`},
	{name: "duration-next-n", on: tUnit | tPeriod, apply: applyNextN,
		pattern: `(next|last|past|previous|coming|upcoming)\s+` + countPattern + `?\s*` + unitPattern},
	{name: "duration-signed", on: tDigit, apply: applySigned,
		pattern: `([+-])\s*(\d+)\s*(` + shortUnits + `)(?:\s*,?\s*(\d+)\s*(` + shortUnits + `))?\b`},
	{name: "duration-more", on: tDigit, apply: applyMore,
		pattern: `(\d+)\s*(` + shortUnits + `)\b`},
	{name: "duration-next-quarters", on: tPeriod, apply: applyNextQuarters,
		pattern: `next\s+` + countPattern + `\s+quarters?\b`},
	{name: "duration-offset-casual", on: tCasual, apply: applyOffsetCasual,
		pattern: countPattern + `\s*` + unitPattern + `\s+(after|before|from)\s+(tomorrow|today|yesterday)\b`},
}

// durationUnit is what a unit word counts.
type durationUnit uint8

const (
	duMinute durationUnit = iota
	duHour
	duDay
	duBusinessDay
	duWeek
	duMonth
	duYear
	duSecond
)

func durationUnitOf(s string) durationUnit {
	s = strings.ToLower(s)
	switch {
	case strings.Contains(s, " "):
		return duBusinessDay
	case strings.HasPrefix(s, "mi"):
		return duMinute
	case strings.HasPrefix(s, "mo"):
		return duMonth
	case strings.HasPrefix(s, "h"):
		return duHour
	case strings.HasPrefix(s, "d"):
		return duDay
	case strings.HasPrefix(s, "w"):
		return duWeek
	case strings.HasPrefix(s, "f"):
		return duWeek // fortnight, doubled below
	case strings.HasPrefix(s, "y"):
		return duYear
	}
	return duSecond
}

// shift returns the expression n units after (or before, n < 0) the
// reference.
func (e *env) shift(n float64, u durationUnit, fortnight bool) (atom, bool) {
	if fortnight {
		n *= 2
	}
	if n > 10000 || n < -10000 {
		return atom{}, false
	}
	at, fine, ok := e.shiftFrom(e.ref, n, u)
	if !ok {
		return atom{}, false
	}
	a := durationAtom(e, at, fine)
	if n < 0 {
		a.sign = -1
	}
	return a, true
}

// durationAtom is the atom of a moved reference: an instant when a unit
// below a day took part, else the day (due at the end of work hours).
func durationAtom(e *env, at time.Time, fine bool) atom {
	var a atom
	if fine {
		a = instant(at)
	} else {
		a = dateAtom(e.cal.day(at))
	}
	a.past = !fine && a.day.Before(e.refDay) || fine && at.Before(e.ref.Truncate(time.Minute))
	a.at, a.fine, a.sign = at, fine, 1
	return a
}

// shiftFrom moves t by n units: elapsed time for hours and less, calendar
// arithmetic (keeping the clock) for days and more.
func (e *env) shiftFrom(t time.Time, n float64, u durationUnit) (time.Time, bool, bool) {
	switch u {
	case duSecond:
		return t.Add(time.Duration(n * float64(time.Second))), true, true
	case duMinute:
		return t.Add(time.Duration(n * float64(time.Minute))), true, true
	case duHour:
		return t.Add(time.Duration(n * float64(time.Hour))), true, true
	}
	whole := int(n)
	if float64(whole) != n {
		if u == duDay {
			return t.Add(time.Duration(n * 24 * float64(time.Hour))), true, true
		}
		return t, false, false
	}
	switch u {
	case duDay:
		return t.AddDate(0, 0, whole), false, true
	case duBusinessDay:
		// Counting workdays costs a step per day: beyond two years of
		// them a phrase is no deadline.
		if whole > 520 || whole < -520 {
			return t, false, false
		}
		return e.cal.AddWorkdays(t, whole), false, true
	case duWeek:
		return t.AddDate(0, 0, 7*whole), false, true
	case duMonth:
		return t.AddDate(0, whole, 0), false, true
	case duYear:
		return t.AddDate(whole, 0, 0), false, true
	}
	return t, false, false
}

// amountOf reads the fractions of a count: "1/4", "half an", "a quarter
// of an", "three-quarters of an", "2 and an half".
func amountOf(s string) (float64, bool) {
	w := strings.Join(strings.Fields(strings.ToLower(s)), " ")
	switch {
	case w == "1/4" || strings.Contains(w, "quarter of") && !strings.HasPrefix(w, "three"):
		return 0.25, true
	case w == "1/2" || strings.HasPrefix(w, "half"):
		return 0.5, true
	case strings.HasSuffix(w, " half") && !strings.Contains(w, " and "):
		return 1.5, true
	case w == "3/4" || strings.HasPrefix(w, "three-quarters") || strings.HasPrefix(w, "three quarters"):
		return 0.75, true
	case strings.HasSuffix(w, " half") && strings.Contains(w, " and "):
		n := atoi(strings.Fields(w)[0])
		return float64(n) + 0.5, n >= 0
	}
	return countOf(s)
}

func applyDurationIn(m *match, e *env) (atom, bool) {
	n, ok := amountOf(m.sub[2])
	if !ok {
		switch w := strings.Join(strings.Fields(strings.ToLower(m.sub[2])), " "); {
		case strings.HasPrefix(w, "half"):
			n = 0.5
		case strings.HasSuffix(w, "half"):
			n = 1.5
		default:
			return atom{}, false
		}
	}
	unitWord := strings.ToLower(m.sub[3])
	// Single-letter units only right after digits ("in 2h", "in 3d").
	if len(unitWord) <= 2 && (!isDigit(m.sub[2][0]) || strings.HasSuffix(m.text[:len(m.text)-len(unitWord)], " ")) && !strings.Contains(m.sub[2], "/") {
		return atom{}, false
	}
	if strings.HasSuffix(strings.ToLower(m.text), "and a half") {
		n += 0.5
	}
	return e.shift(n, durationUnitOf(unitWord), strings.HasPrefix(unitWord, "f"))
}

func applyDurationFrom(m *match, e *env) (atom, bool) {
	if n := len(m.before); n > 0 && (isDigit(m.before[n-1]) || m.before[n-1] == '.') {
		return atom{}, false
	}
	n, ok := amountOf(m.sub[1])
	if !ok {
		return atom{}, false
	}
	unitWord := strings.ToLower(m.sub[2])
	if len(unitWord) <= 2 && !isDigit(m.sub[1][0]) {
		return atom{}, false
	}
	switch strings.Fields(m.group(3))[0] {
	case "ago", "earlier", "back":
		n = -n
	}
	return e.shift(n, durationUnitOf(unitWord), strings.HasPrefix(unitWord, "f"))
}

func applyNextBusinessDay(m *match, e *env) (atom, bool) {
	if g := m.group(1); g == "last" || g == "previous" {
		a := dateAtom(e.cal.AddWorkdays(e.refDay, -1))
		a.past = true
		return a, true
	}
	return dateAtom(e.cal.AddWorkdays(e.refDay, 1)), true
}

// applyNextN reads "next 2 weeks", "last 3 days", "next hour": the
// reference moved by that much ("next week" and "next month" are periods).
func applyNextN(m *match, e *env) (atom, bool) {
	n := 1.0
	if m.sub[2] != "" {
		var ok bool
		if n, ok = countOf(m.sub[2]); !ok {
			return atom{}, false
		}
	}
	unitWord := strings.ToLower(m.sub[3])
	u := durationUnitOf(unitWord)
	if len(unitWord) <= 2 || m.sub[2] == "" && u != duHour && u != duDay && u != duMinute {
		return atom{}, false
	}
	if m.sub[2] == "" && u == duDay && strings.Contains(unitWord, " ") {
		return atom{}, false // "next business day" is its own rule
	}
	switch m.group(1) {
	case "last", "past", "previous":
		n = -n
	}
	return e.shift(n, u, strings.HasPrefix(unitWord, "f"))
}

func shortUnitOf(s string) durationUnit {
	switch strings.ToLower(s) {
	case "m":
		return duMinute
	case "h":
		return duHour
	case "y":
		return duYear
	}
	return durationUnitOf(s)
}

func applySigned(m *match, e *env) (atom, bool) {
	if n := len(m.before); n > 0 && (isWord(m.before[n-1]) || m.before[n-1] == '$') {
		return atom{}, false
	}
	n := float64(atoi(m.sub[2]))
	if m.sub[1] == "-" {
		n = -n
	}
	u := shortUnitOf(m.sub[3])
	a, ok := e.shift(n, u, false)
	if ok && m.sub[4] != "" {
		// "-2hr5min": the second part has the sign of the first.
		n2 := float64(atoi(m.sub[4]))
		if n < 0 {
			n2 = -n2
		}
		t, fine, ok2 := e.shiftFrom(a.at, n2, shortUnitOf(m.sub[5]))
		if !ok2 {
			return atom{}, false
		}
		sign := a.sign
		a = durationAtom(e, t, a.fine || fine)
		a.sign = sign
		return a, true // chained: no longer a simple signed shift
	}
	a.signed, a.moreN, a.moreU = true, n, u
	return a, ok
}

// applyMore reads a bare count and unit; it counts only right after a
// duration, which it extends ("+2 months, 5 days", "next 2 weeks 3 days").
func applyMore(m *match, _ *env) (atom, bool) {
	if n := len(m.before); n > 0 && (isWord(m.before[n-1]) || m.before[n-1] == '$' || m.before[n-1] == '.') {
		return atom{}, false
	}
	return atom{kind: kMod, more: true, moreN: float64(atoi(m.sub[1])), moreU: shortUnitOf(m.sub[2]), weekday: -1}, true
}

func applyNextQuarters(m *match, e *env) (atom, bool) {
	f, ok := countOf(m.sub[1])
	n := int(f)
	if !ok || float64(n) != f || n < 1 || n > 100 {
		return atom{}, false
	}
	s, end := e.period(unitQuarter, e.refDay, n)
	return e.periodAtom(unitQuarter, s, end, posWhole), true
}

// applyOffsetCasual reads "2 days after tomorrow", "a week before today".
func applyOffsetCasual(m *match, e *env) (atom, bool) {
	n, ok := countOf(m.sub[1])
	if !ok || n != float64(int(n)) {
		return atom{}, false
	}
	u := durationUnitOf(m.sub[2])
	if u < duDay {
		return atom{}, false
	}
	if m.group(3) == "before" {
		n = -n
	}
	base := e.refDay
	switch m.group(4) {
	case "tomorrow":
		base = addDays(base, 1)
	case "yesterday":
		base = addDays(base, -1)
	}
	a := dateAtom(e.shiftDay(base, int(n), u))
	a.past = a.day.Before(e.refDay)
	return a, true
}

// applyOffset reads the "two weeks from" of "two weeks from Friday", "2
// days after next Friday", "2 months before 02/02"; the composition layer
// moves the date that follows.
func applyOffset(m *match, _ *env) (atom, bool) {
	n, ok := countOf(m.sub[1])
	if !ok || n != float64(int(n)) {
		return atom{}, false
	}
	u := durationUnitOf(m.sub[2])
	if u != duDay && u != duWeek && u != duMonth && u != duYear && u != duBusinessDay {
		return atom{}, false
	}
	if u == duWeek && strings.HasPrefix(strings.ToLower(m.sub[2]), "f") {
		n *= 2
	}
	if m.group(3) == "before" {
		n = -n
	}
	return atom{kind: kMod, offset: int(n), offsetUnit: u, weekday: -1}, true
}

// shiftDay moves a day by an offset atom's count of its unit.
func (e *env) shiftDay(d time.Time, n int, u durationUnit) time.Time {
	switch u {
	case duWeek:
		return addDays(d, 7*n)
	case duMonth:
		return d.AddDate(0, n, 0)
	case duYear:
		return d.AddDate(n, 0, 0)
	case duBusinessDay:
		return e.cal.AddWorkdays(d, max(-520, min(520, n)))
	}
	return addDays(d, n)
}

// applyUpcoming reads Duckling's "upcoming two weeks", "2 upcoming
// months": the period that many units ahead.
func applyUpcoming(m *match, e *env) (atom, bool) {
	c := m.sub[1]
	if c == "" {
		c = m.sub[2]
	}
	f, ok := countOf(c)
	n := int(f)
	if !ok || float64(n) != f || n < 1 || n > 1000 {
		return atom{}, false
	}
	switch w := strings.ToLower(m.sub[3]); {
	case strings.HasPrefix(w, "day"):
		return dateAtom(addDays(e.refDay, n)), true
	case strings.HasPrefix(w, "week"):
		s, end := e.period(unitWeek, e.refDay, n)
		return e.periodAtom(unitWeek, s, end, posWhole), true
	case strings.HasPrefix(w, "month"):
		s, end := e.period(unitMonth, e.refDay, n)
		return e.periodAtom(unitMonth, s, end, posWhole), true
	case strings.HasPrefix(w, "quarter"):
		s, end := e.period(unitQuarter, e.refDay, n)
		return e.periodAtom(unitQuarter, s, end, posWhole), true
	default:
		s, end := e.period(unitYear, e.refDay, n)
		return e.periodAtom(unitYear, s, end, posWhole), true
	}
}

// applyWeekdaysFromNow reads "3 Fridays from now": the third Friday after
// today.
func applyWeekdaysFromNow(m *match, e *env) (atom, bool) {
	f, ok := countOf(m.sub[1])
	wd, ok2 := weekdayOf(strings.TrimSuffix(m.group(2), "s"))
	n := int(f)
	if !ok || !ok2 || n < 1 || n > 520 {
		return atom{}, false
	}
	if g := m.group(3); g == "ago" || g == "back" {
		// "2 Thursdays ago": the second Thursday before today.
		a := dateAtom(addDays(nextWeekday(e.refDay, wd, true), -7*n))
		a.past = true
		return a, true
	}
	return dateAtom(addDays(nextWeekday(e.refDay, wd, false), 7*(n-1))), true
}

// applyDurationRange reads "in 2-3 days", "within two to three weeks": the
// interval ends at the longer one, which is the deadline.
func applyDurationRange(m *match, e *env) (atom, bool) {
	lo, ok1 := countOf(m.sub[2])
	hi, ok2 := countOf(m.sub[3])
	if !ok1 || !ok2 || lo >= hi {
		return atom{}, false
	}
	unitWord := strings.ToLower(m.sub[4])
	if len(unitWord) <= 2 {
		return atom{}, false
	}
	return e.shift(hi, durationUnitOf(unitWord), strings.HasPrefix(unitWord, "f"))
}
