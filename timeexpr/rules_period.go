package timeexpr

import (
	"strings"
	"time"
)

// Periods: weeks ("this week", "next week", "EOW", "early next week", "end
// of next week", "the first week of January"), months ("end of month",
// "EOM", "next month"), quarters ("Q3", "end of Q1", "this quarter", "the
// third quarter", "Q4 2026"), halves ("H2"), years ("end of year", "next
// year") and fiscal years ("end of the fiscal year", "FY27"). A period is
// due its last workday at the end of work hours; "this" period already past
// its deadline is the next one. Quarters and halves follow the calendar's
// fiscal year start.

// position is where in a period a phrase points.
type position uint8

const (
	posWhole position = iota
	posEarly
	posMid
	posLate
	posEnd
	posBegin
)

func positionOf(s string) position {
	s = strings.Join(strings.Fields(strings.ToLower(s)), " ")
	s = strings.TrimPrefix(s, "the ")
	s = strings.TrimPrefix(s, "by the ")
	switch {
	case s == "":
		return posWhole
	case s == "early", s == "earlier":
		return posEarly
	case s == "mid", s == "middle of", s == "the middle of":
		return posMid
	case s == "late", s == "later", s == "later in", s == "latter part of":
		return posLate
	case strings.HasPrefix(s, "end"), s == "close of":
		return posEnd
	case strings.HasPrefix(s, "beginning"), strings.HasPrefix(s, "start"):
		return posBegin
	}
	return posWhole
}

const posPattern = `(early|mid|middle\s+of|late|later|later\s+in|end\s+of|the\s+end\s+of|by\s+the\s+end\s+of|beginning\s+of|the\s+beginning\s+of|start\s+of|the\s+start\s+of)[\s-]+`

const relPattern = `(this|next|nxt|last|past|previous|coming|upcoming|following|current)`

var periodRules = []*rule{
	{name: "period-week", on: tPeriod, apply: applyRelPeriod(unitWeek),
		pattern: `(?:` + posPattern + `)?(?:the\s+)?` + relPattern + `\s+(?:week|wk)\b`},
	{name: "period-week-after-next", on: tPeriod, apply: applyWeekAfterNext,
		pattern: `(?:the\s+)?week\s+after\s+next\b`},
	{name: "period-in-the-week", on: tPeriod, apply: applyBarePosPeriod(unitWeek),
		pattern: posPattern + `(?:in\s+)?the\s+week\b`},
	{name: "period-end-of-week", on: tPeriod, apply: applyBarePeriod(unitWeek, posEnd),
		pattern: `(?:the\s+)?end\s+of\s+(?:the\s+)?(?:work\s+)?week\b|eow\b`},
	{name: "period-nth-week-of-month", on: tPeriod, apply: applyNthWeekOf,
		pattern: `(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|last)\s+week\s+(?:of|in)\s+(?:(` + monthNames + `)\b\.?(?:\s+(\d{4}))?|(?:the\s+)?(this|next|the)\s+month\b)`},
	{name: "period-weekend", on: tPeriod, apply: applyWeekend,
		pattern: `(this\s+past|this|next|last|past|the)\s+weekend\b`},
	{name: "period-month", on: tPeriod, apply: applyRelPeriod(unitMonth),
		pattern: `(?:` + posPattern + `)?(?:the\s+)?` + relPattern + `\s+month\b`},
	{name: "period-end-of-month", on: tPeriod, apply: applyBarePeriod(unitMonth, posEnd),
		pattern: `(?:the\s+)?end\s+of\s+(?:the\s+)?month\b|eom\b|month[- ]end\b`},
	{name: "period-mid-month", on: tPeriod, apply: applyBarePeriod(unitMonth, posMid),
		pattern: `mid[- ]?month\b|(?:the\s+)?middle\s+of\s+(?:the\s+)?month\b`},
	{name: "period-begin-of-month", on: tPeriod, apply: applyBarePeriod(unitMonth, posBegin),
		pattern: `(?:the\s+)?(?:beginning|start)\s+of\s+(?:the\s+)?month\b|bom\b`},
	{name: "period-quarter", on: tPeriod, apply: applyRelPeriod(unitQuarter),
		pattern: `(?:` + posPattern + `)?(?:the\s+)?` + relPattern + `\s+(?:fiscal\s+)?(?:quarter|qtr)\b`},
	{name: "period-end-of-quarter", on: tPeriod, apply: applyBarePeriod(unitQuarter, posEnd),
		pattern: `(?:the\s+)?end\s+of\s+(?:the\s+)?(?:fiscal\s+)?(?:quarter|qtr)\b|eoq\b|quarter[- ]end\b`},
	{name: "period-qn", on: tPeriod, apply: applyNamedQuarter,
		pattern: `(?:` + posPattern + `)?(?:(?:fiscal|fy)\s*)?(q[1-4])\b(?:\s*(?:of\s+)?(?:fy\s*)?(\d{4}|'\d{2}|fy\d{2}))?`},
	{name: "period-yyqn", on: tPeriod | tDigit, apply: applyYearQuarter,
		pattern: `(\d{4}|\d{2})\s*q([1-4])\b`},
	{name: "period-nth-quarter", on: tPeriod, apply: applyOrdinalQuarter,
		pattern: `(?:` + posPattern + `)?(?:the\s+)?(first|1st|second|2nd|third|3rd|fourth|4th|last)\s+(?:fiscal\s+)?(?:quarter|qtr)\b(?:\s+(?:of\s+)?(\d{4}))?`},
	{name: "period-half", on: tPeriod, apply: applyHalf,
		pattern: `(?:` + posPattern + `)?(?:(h[12])\b(?:\s*(\d{4}))?|(first|second|1st|2nd)\s+half(?:\s+of\s+(?:the\s+)?(?:(this|next)\s+)?(?:(year)|(\d{4})))?)`},
	{name: "period-year", on: tPeriod, apply: applyRelPeriod(unitYear),
		pattern: `(?:` + posPattern + `)?(?:the\s+)?` + relPattern + `\s+(?:calendar\s+)?(?:year|yr)\b`},
	{name: "period-fiscal-year", on: tPeriod, apply: applyRelPeriod(unitFiscalYear),
		pattern: `(?:` + posPattern + `)?(?:the\s+)?` + relPattern + `\s+(?:fiscal\s+year|fy)\b`},
	{name: "period-end-of-year", on: tPeriod, apply: applyBarePeriod(unitYear, posEnd),
		pattern: `(?:the\s+)?end\s+of\s+(?:the\s+)?(?:calendar\s+)?year\b|eoy\b|year[- ]end\b`},
	{name: "period-begin-of-year", on: tPeriod, apply: applyBarePeriod(unitYear, posBegin),
		pattern: `(?:the\s+)?(?:beginning|start)\s+of\s+(?:the\s+)?year\b|boy\b`},
	{name: "period-end-of-fiscal-year", on: tPeriod, apply: applyBarePeriod(unitFiscalYear, posEnd),
		pattern: `(?:the\s+)?end\s+of\s+(?:the\s+)?(?:fiscal\s+year|fy)\b|fiscal\s+year[- ]end\b|fy[- ]end\b`},
	{name: "period-season", on: tPeriod, apply: applySeason,
		pattern: `(?:(this|next|last|past|previous|current|coming|the|in|by|over|during|until|before|after|early|late)\s+)?(summer|fall|autumn|winter|spring|season)s?\b`},
	{name: "period-fy", on: tPeriod | tDigit, apply: applyFY,
		pattern: `(?:` + posPattern + `)?fy\s*'?(\d{2}|\d{4})\b`},
}

type unit uint8

const (
	unitWeek unit = iota
	unitMonth
	unitQuarter
	unitHalf
	unitYear
	unitFiscalYear
)

func (u unit) grain() Grain {
	switch u {
	case unitWeek:
		return GrainWeek
	case unitMonth:
		return GrainMonth
	case unitQuarter, unitHalf:
		return GrainQuarter
	}
	return GrainYear
}

// months returns the length of a month-based unit and the month it is
// aligned to (fiscal start for quarters, halves and fiscal years).
func (e *env) months(u unit) (n int, align time.Month) {
	switch u {
	case unitMonth:
		return 1, time.January
	case unitQuarter:
		return 3, e.cal.fiscalStart()
	case unitHalf:
		return 6, e.cal.fiscalStart()
	case unitFiscalYear:
		return 12, e.cal.fiscalStart()
	}
	return 12, time.January
}

// period returns the unit containing day t, moved by n units.
func (e *env) period(u unit, t time.Time, n int) (start, end time.Time) {
	if u == unitWeek {
		s := addDays(weekStart(t), 7*n)
		return s, addDays(s, 7)
	}
	size, align := e.months(u)
	idx := t.Year()*12 + int(t.Month()) - 1
	off := ((idx-int(align-1))%size + size) % size
	idx = idx - off + n*size
	start = e.date(idx/12, time.Month(idx%12+1), 1)
	return start, start.AddDate(0, size, 0)
}

// periodAtom turns [s, end) into a period atom at position pos.
func (e *env) periodAtom(u unit, s, end time.Time, pos position) atom {
	a := atom{kind: kPeriod, start: s, end: end, grain: u.grain(), weekday: -1}
	a.week = u == unitWeek && pos == posWhole
	last := e.lastWorkday(s, end)
	a.due = last
	switch pos {
	case posEarly:
		switch u {
		case unitWeek:
			a.due = e.cal.WorkdayEnd(addDays(s, 1)) // Tuesday
		case unitMonth:
			a.due = e.cal.WorkdayEnd(addDays(s, 9)) // the 10th
		default:
			size, _ := e.months(u)
			a.due = e.lastWorkday(s, s.AddDate(0, max(1, size/3), 0))
		}
	case posMid:
		switch u {
		case unitWeek:
			a.start = addDays(s, 2)
			a.due = e.cal.WorkdayEnd(a.start) // Wednesday
		case unitMonth:
			a.start = addDays(s, 14)
			a.due = e.cal.WorkdayEnd(a.start) // the 15th
		default:
			size, _ := e.months(u)
			a.start = addDays(s.AddDate(0, size/2, 0), 14)
			a.due = e.cal.WorkdayEnd(a.start)
		}
		a.grain = GrainDay
	case posLate, posEnd:
		a.start = e.cal.day(last)
		a.endOf = true
		if pos == posEnd {
			a.grain = GrainDay
		}
	case posBegin:
		first := e.cal.day(e.cal.NextWorkTime(s))
		if !first.Before(end) {
			first = s
		}
		a.due = e.cal.WorkdayEnd(first)
		a.grain = GrainDay
	}
	a.past = !a.end.After(e.ref) || a.due.Before(e.ref) && pos != posWhole && pos != posBegin && pos != posEarly
	if pos == posWhole {
		a.past = !end.After(e.ref)
	}
	return a
}

// relOffset reads this/next/last as a unit offset.
func relOffset(rel string) int {
	switch rel {
	case "next", "nxt", "coming", "upcoming", "following":
		return 1
	case "last", "past", "previous":
		return -1
	}
	return 0
}

func applyRelPeriod(u unit) func(*match, *env) (atom, bool) {
	return func(m *match, e *env) (atom, bool) {
		pos := positionOf(m.sub[1])
		n := relOffset(m.group(2))
		s, end := e.period(u, e.refDay, n)
		a := e.periodAtom(u, s, end, pos)
		// "this week" past its last workday is next week's (DESIGN).
		if n == 0 && a.due.Before(e.ref) && (pos == posWhole || pos == posEnd || pos == posLate) {
			s, end = e.period(u, e.refDay, 1)
			a = e.periodAtom(u, s, end, pos)
		}
		return a, true
	}
}

func applyWeekAfterNext(_ *match, e *env) (atom, bool) {
	s, end := e.period(unitWeek, e.refDay, 2)
	return e.periodAtom(unitWeek, s, end, posWhole), true
}

// applyBarePosPeriod reads "later in the week", "early in the month":
// a position in the current period.
func applyBarePosPeriod(u unit) func(*match, *env) (atom, bool) {
	return func(m *match, e *env) (atom, bool) {
		return applyBarePeriod(u, positionOf(m.sub[1]))(m, e)
	}
}

func applyBarePeriod(u unit, pos position) func(*match, *env) (atom, bool) {
	return func(m *match, e *env) (atom, bool) {
		s, end := e.period(u, e.refDay, 0)
		a := e.periodAtom(u, s, end, pos)
		if pos != posBegin && pos != posEarly && a.due.Before(e.ref) {
			s, end = e.period(u, e.refDay, 1)
			a = e.periodAtom(u, s, end, pos)
		}
		return a, true
	}
}

func applyNthWeekOf(m *match, e *env) (atom, bool) {
	var first time.Time
	if rel := m.group(4); rel != "" {
		first = e.date(e.refDay.Year(), e.refDay.Month(), 1)
		if rel == "next" {
			first = first.AddDate(0, 1, 0)
		}
	} else {
		mo, ok := monthOf(m.sub[2])
		if !ok {
			return atom{}, false
		}
		y := e.nextMonth(mo, false)
		if m.sub[3] != "" {
			y = atoi(m.sub[3])
		}
		first = e.date(y, mo, 1)
	}
	var ws time.Time
	switch m.group(1) {
	case "last":
		ws = weekStart(addDays(first.AddDate(0, 1, 0), -1))
	default:
		n := map[string]int{"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3}[m.group(1)]
		ws = addDays(weekStart(first), 7*n)
	}
	return e.periodAtom(unitWeek, ws, addDays(ws, 7), posWhole), true
}

func applyWeekend(m *match, e *env) (atom, bool) {
	ws := weekStart(e.refDay)
	q := strings.Join(strings.Fields(m.group(1)), " ")
	past := q == "last" || q == "past" || q == "this past"
	switch {
	case q == "next":
		ws = addDays(ws, 7)
	case past:
		ws = addDays(ws, -7)
	}
	sat := addDays(ws, 5)
	mon := addDays(ws, 7)
	if !past && !mon.After(e.ref) {
		sat, mon = addDays(sat, 7), addDays(mon, 7)
	}
	a := atom{kind: kPeriod, start: sat, end: mon, due: e.cal.WorkdayEnd(addDays(sat, 1)), grain: GrainDay, weekday: -1}
	a.past = !mon.After(e.ref)
	return a, true
}

// namedPeriod returns the n-th (0-based) quarter or half of the fiscal year
// that holds it next: the one not yet over, or in the given year.
func (e *env) namedPeriod(u unit, n, year int) (time.Time, time.Time) {
	size, align := e.months(u)
	if year > 0 {
		// Fiscal year Y ends in Y: it starts in Y-1 unless aligned to January.
		y := year
		if align != time.January {
			y--
		}
		s := e.date(y, align, 1).AddDate(0, n*size, 0)
		return s, s.AddDate(0, size, 0)
	}
	fy, _ := e.period(unitFiscalYear, e.refDay, 0)
	if u == unitYear {
		fy, _ = e.period(unitYear, e.refDay, 0)
	}
	if align == time.January {
		fy = e.date(e.refDay.Year(), time.January, 1)
	}
	s := fy.AddDate(0, n*size, 0)
	end := s.AddDate(0, size, 0)
	if !end.After(e.refDay) {
		s, end = s.AddDate(1, 0, 0), end.AddDate(1, 0, 0)
	}
	return s, end
}

func quarterYear(s string) int {
	s = strings.TrimPrefix(strings.TrimPrefix(strings.ToLower(s), "fy"), "'")
	if s == "" {
		return -1
	}
	if len(s) == 2 {
		return 2000 + atoi(s)
	}
	return atoi(s)
}

// adjectival reports whether a period name is used as a modifier of a noun
// ("the Q3 export", "our H1 plan"): it names no deadline.
func adjectival(m *match) bool {
	switch lastWord(m.before) {
	case "the", "our", "your", "their", "my", "his", "her":
	default:
		return false
	}
	t := strings.TrimLeft(m.after, " ")
	if t == "" || !isLetter(t[0]) {
		return false
	}
	w := strings.ToLower(t[:strings.IndexFunc(t+" ", func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z') })])
	switch w {
	case "and", "or", "of", "to", "at", "by", "for", "is", "was", "will", "in", "results", "close", "end":
		return false
	}
	return true
}

func applyNamedQuarter(m *match, e *env) (atom, bool) {
	if m.sub[1] == "" && m.sub[3] == "" && adjectival(m) {
		return atom{}, false
	}
	pos := positionOf(m.sub[1])
	n := int(m.group(2)[1] - '1')
	s, end := e.namedPeriod(unitQuarter, n, quarterYear(m.sub[3]))
	return e.periodAtom(unitQuarter, s, end, pos), true
}

func applyYearQuarter(m *match, e *env) (atom, bool) {
	if !numberEdge(m) {
		return atom{}, false
	}
	s, end := e.namedPeriod(unitQuarter, int(m.sub[2][0]-'1'), quarterYear(m.sub[1]))
	return e.periodAtom(unitQuarter, s, end, posWhole), true
}

func applyOrdinalQuarter(m *match, e *env) (atom, bool) {
	pos := positionOf(m.sub[1])
	n := map[string]int{"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3, "last": 3}[m.group(2)]
	s, end := e.namedPeriod(unitQuarter, n, quarterYear(m.sub[3]))
	return e.periodAtom(unitQuarter, s, end, pos), true
}

func applyHalf(m *match, e *env) (atom, bool) {
	if m.sub[1] == "" && m.sub[2] != "" && m.sub[3] == "" && adjectival(m) {
		return atom{}, false
	}
	pos := positionOf(m.sub[1])
	n := 0
	year := -1
	if h := m.group(2); h != "" {
		n = int(h[1] - '1')
		year = quarterYear(m.sub[3])
	} else {
		if w := m.group(4); w == "second" || w == "2nd" {
			n = 1
		}
		// "the second half" alone is too vague ("second half of the call").
		if m.sub[6] == "" && m.sub[7] == "" {
			return atom{}, false
		}
		if m.sub[7] != "" {
			year = atoi(m.sub[7])
		} else if m.group(5) == "next" {
			s, _ := e.period(unitFiscalYear, e.refDay, 1)
			year = s.Year()
			if fs := e.cal.fiscalStart(); fs != time.January {
				year++
			}
		}
	}
	s, end := e.namedPeriod(unitHalf, n, year)
	return e.periodAtom(unitHalf, s, end, pos), true
}

func applyFY(m *match, e *env) (atom, bool) {
	pos := positionOf(m.sub[1])
	y := quarterYear(m.sub[2])
	_, align := e.months(unitFiscalYear)
	start := y
	if align != time.January {
		start--
	}
	s := e.date(start, align, 1)
	return e.periodAtom(unitFiscalYear, s, s.AddDate(1, 0, 0), pos), true
}

// seasons start (northern hemisphere, astronomical): spring 20 March,
// summer 21 June, fall 23 September, winter 21 December.
var seasonStarts = [4]struct {
	m time.Month
	d int
}{{time.March, 20}, {time.June, 21}, {time.September, 23}, {time.December, 21}}

// season returns the season holding t moved by n seasons.
func (e *env) season(t time.Time, n int) (time.Time, time.Time) {
	y := t.Year()
	idx := -1 // winter of the year before
	for i, s := range seasonStarts {
		if !t.Before(e.date(y, s.m, s.d)) {
			idx = i
		}
	}
	k := y*4 + idx + n
	start := func(k int) time.Time {
		yy, i := k/4, k%4
		if i < 0 {
			yy, i = yy-1, i+4
		}
		return e.date(yy, seasonStarts[i].m, seasonStarts[i].d)
	}
	if idx < 0 {
		k = (y-1)*4 + 3 + n
	}
	return start(k), start(k + 1)
}

// applySeason reads "this summer", "next season", "by fall", "in the
// winter": the season, due its last workday. "Spring" and "fall" need a
// qualifier ("we fall behind" is no time).
func applySeason(m *match, e *env) (atom, bool) {
	q, name := m.group(1), m.group(2)
	if q == "" && (name == "fall" || name == "spring" || name == "season") {
		return atom{}, false
	}
	if q == "the" && name == "season" {
		return atom{}, false
	}
	if name == "autumn" {
		name = "fall"
	}
	n := relOffset(q)
	s, end := e.season(e.refDay, n)
	if name != "season" {
		want := map[string]time.Month{"spring": time.March, "summer": time.June, "fall": time.September, "winter": time.December}[name]
		// The named season: this one or the next one of that name (the
		// last one with "last").
		for k := 0; k < 4 && s.Month() != want; k++ {
			if n < 0 {
				s, end = e.season(addDays(s, -1), 0)
			} else {
				s, end = e.season(end, 0)
			}
		}
		if n > 0 {
			s, end = e.season(end, 0)
			for k := 0; k < 4 && s.Month() != want; k++ {
				s, end = e.season(end, 0)
			}
		}
	}
	a := atom{kind: kPeriod, start: s, end: end, due: e.lastWorkday(s, end), grain: GrainDay, weekday: -1}
	switch q {
	case "early":
		a.due = e.lastWorkday(s, s.AddDate(0, 1, 0))
	case "late":
		a.start = e.cal.day(a.due)
	}
	a.past = !end.After(e.ref)
	return a, true
}
