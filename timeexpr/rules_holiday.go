package timeexpr

import (
	"strings"
	"time"
)

// Holidays named in speech: "Christmas", "Christmas Eve", "New Year's",
// "the new year", "Thanksgiving", "Black Friday", "Cyber Monday", "the
// Fourth of July", "Labor Day", "Memorial Day", "Halloween", "Boxing Day". Each is its next occurrence,
// today included; "before Christmas" and "after Thanksgiving" take their
// bound from the modifier rules. "The holidays" names no day: it is an
// anchor the caller resolves.

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
		pattern: `the\s+(?:holidays|holiday\s+season|holiday\s+break)\b`}}
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

func applyHolidaySeason(m *match, _ *env) (atom, bool) {
	return atom{kind: kAnchor, anchor: strings.ToLower(strings.TrimPrefix(strings.Join(strings.Fields(m.text), " "), "the ")), weekday: -1}, true
}
