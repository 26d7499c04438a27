package timeexpr

import (
	"strings"
	"time"
)

// Holidays named in speech: "Christmas", "Christmas Eve", "New Year's",
// "the new year", "Thanksgiving", "Black Friday", "Cyber Monday", "the
// Fourth of July", "Labor Day", "Memorial Day", "Halloween", "Boxing Day". Each is its next occurrence,
// today included; "before Christmas" and "after Thanksgiving" take their
// bound from the modifier rules. "The holidays" and "the break" are the
// next run of the calendar's holidays (an anchor when it has none).

// holiday is a holiday's date in a year.
type holiday struct {
	pattern string
	date    func(y int) (time.Month, int)
}

// nthWeekday returns the day of the n-th (n < 0: last) weekday wd of m.
func nthWeekday(y int, m time.Month, wd time.Weekday, n int) int {
	if n < 0 {
		last := time.Date(y, m+1, 0, 0, 0, 0, 0, time.UTC)
		return last.Day() - (int(last.Weekday())-int(wd)+7)%7
	}
	first := time.Date(y, m, 1, 0, 0, 0, 0, time.UTC)
	return 1 + (int(wd)-int(first.Weekday())+7)%7 + 7*(n-1)
}

func fixedDay(m time.Month, d int) func(int) (time.Month, int) {
	return func(int) (time.Month, int) { return m, d }
}

// holidays is the table of spoken holidays, longest names first.
var holidays = []holiday{
	{`christmas\s+eve|xmas\s+eve`, fixedDay(time.December, 24)},
	{`christmas(?:\s+day)?|xmas`, fixedDay(time.December, 25)},
	{`boxing\s+day`, fixedDay(time.December, 26)},
	{`new\s+year'?s?\s+eve`, fixedDay(time.December, 31)},
	{`new\s+year'?s?(?:\s+day)?|the\s+new\s+year`, fixedDay(time.January, 1)},
	{`thanksgiving(?:\s+day)?`, func(y int) (time.Month, int) {
		return time.November, nthWeekday(y, time.November, time.Thursday, 4)
	}},
	{`black\s+friday`, func(y int) (time.Month, int) {
		return time.November, nthWeekday(y, time.November, time.Thursday, 4) + 1
	}},
	{`cyber\s+monday`, func(y int) (time.Month, int) {
		d := time.Date(y, time.November, nthWeekday(y, time.November, time.Thursday, 4)+4, 0, 0, 0, 0, time.UTC)
		return d.Month(), d.Day()
	}},
	{`(?:the\s+)?(?:4th|fourth)\s+of\s+july|independence\s+day`, fixedDay(time.July, 4)},
	{`labou?r\s+day`, func(y int) (time.Month, int) {
		return time.September, nthWeekday(y, time.September, time.Monday, 1)
	}},
	{`memorial\s+day`, func(y int) (time.Month, int) {
		return time.May, nthWeekday(y, time.May, time.Monday, -1)
	}},
	{`halloween`, fixedDay(time.October, 31)},
	{`valentine'?s(?:\s+day)?`, fixedDay(time.February, 14)},
}

var holidayRules = func() []*rule {
	rs := []*rule{{name: "holiday-season", on: tHoliday, apply: applyHolidaySeason,
		pattern: `(?:(over|during)\s+)?the\s+(holidays|holiday\s+(?:season|break)|(?:christmas|xmas|winter|year[- ]end|new\s+year'?s?)\s+(?:holidays|break)|break)\b`}}
	for _, h := range holidays {
		rs = append(rs, &rule{name: "holiday", on: tHoliday | tHolidayWord, apply: applyHoliday(h),
			pattern: `(?:` + h.pattern + `)\b(?:\s+(\d{4})\b)?`})
	}
	return rs
}()

func applyHoliday(h holiday) func(*match, *env) (atom, bool) {
	return func(m *match, e *env) (atom, bool) {
		// "Happy Thanksgiving", "Merry Christmas" are greetings.
		if w := lastWord(m.before); w == "happy" || w == "merry" {
			return atom{}, false
		}
		if y := atoi(m.sub[1]); y > 0 {
			mo, d := h.date(y)
			return dayAtom(e, y, int(mo), d)
		}
		for y := e.refDay.Year(); y <= e.refDay.Year()+1; y++ {
			mo, d := h.date(y)
			t := e.date(y, mo, d)
			if !t.Before(e.refDay) {
				return dateAtom(t), true
			}
		}
		return atom{}, false
	}
}

// seasonBounds are the words before "the holidays" or "the break" that make
// it a deadline: "before", "after", "by", "until", "ahead of", "prior to".
var seasonBounds = map[string]bool{
	"before": true, "b4": true, "after": true, "by": true, "until": true, "till": true, "til": true,
	"of": true, "to": true,
}

// applyHolidaySeason reads "the holidays", "the holiday break", "the
// Christmas break", and "the break" after a bound ("before the break").
// With a calendar that has holidays they are the next run of days off that
// starts with a holiday after the reference day: "before the holidays" is
// due the last workday before it, "after the holidays" the first workday
// after it, "over the holidays" its last day, "by the holidays" like
// "before". Without holidays, or with no bound, they are an anchor the
// caller resolves.
func applyHolidaySeason(m *match, e *env) (atom, bool) {
	over := m.sub[1] != ""
	bounded := over || seasonBounds[lastWord(m.before)]
	name := strings.Join(strings.Fields(m.group(2)), " ")
	if name == "break" && !bounded {
		return atom{}, false // "take a break", "the break room"
	}
	first, end, ok := e.holidayRun()
	if !ok || !bounded {
		return atom{kind: kAnchor, anchor: name, weekday: -1}, true
	}
	a := atom{kind: kPeriod, start: first, end: end, grain: GrainDay, weekday: -1}
	a.due = e.cal.WorkdayEnd(addDays(end, -1))
	// "by the holidays", "until the break": a deadline before they start.
	a.startBound = !over
	return a, true
}

// holidayRun returns the first day of the next holiday after the reference
// day in the calendar's holidays (by observed date) and the end (exclusive)
// of the run of days off it starts: the holiday and the weekend days and
// holidays that follow it. ok is false when the calendar has no holidays.
func (e *env) holidayRun() (first, end time.Time, ok bool) {
	if !e.run.done {
		e.run.first, e.run.end, e.run.ok = e.findHolidayRun()
		e.run.done = true
	}
	return e.run.first, e.run.end, e.run.ok
}

func (e *env) findHolidayRun() (first, end time.Time, ok bool) {
	y := e.refDay.Year()
	for _, year := range [...]int{y, y + 1} {
		for _, h := range e.cal.Holidays {
			_, obs := h.Calc(year)
			if obs.IsZero() {
				continue
			}
			d := e.date(obs.Date())
			if d.After(e.refDay) && (first.IsZero() || d.Before(first)) {
				first = d
			}
		}
	}
	if first.IsZero() {
		return first, first, false
	}
	end = addDays(first, 1)
	for i := 0; i < 366 && !e.cal.IsWorkday(end); i++ {
		end = addDays(end, 1)
	}
	return first, end, true
}
