package timeexpr

import (
	"fmt"
	"strings"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/de"
	"github.com/rickar/cal/v2/gb"
	"github.com/rickar/cal/v2/us"
)

// Calendar is the business calendar deadlines are resolved in: a zone, the
// work hours of a day, the weekend, the holidays and the fiscal year.
//
// The zero Calendar is usable: UTC, work from 09:00 to 17:00, Saturday and
// Sunday off, no holidays, fiscal year starting in January. Every zero field
// means its default, so a caller sets only what differs.
//
// A Calendar is a value: methods never modify it, and it is safe to share
// between goroutines as long as the Holidays slice is not modified.
type Calendar struct {
	// Location is the zone deadlines are expressed in. Nil means UTC; it is
	// never time.Local, so results do not depend on the machine.
	Location *time.Location `json:"-"`

	// WorkStart and WorkEnd are the start and end of work hours as offsets
	// from midnight (9*time.Hour, 17*time.Hour). Zero means 09:00 and 17:00.
	WorkStart time.Duration `json:"work_start,omitempty"`
	WorkEnd   time.Duration `json:"work_end,omitempty"`

	// Weekend is the set of days off each week. The zero set means Saturday
	// and Sunday.
	Weekend Weekdays `json:"weekend,omitempty"`

	// Holidays are the days off besides the weekend, as rickar/cal rules.
	// The observed date counts (a Saturday 4th of July makes Friday the 3rd
	// a day off). Use the presets [USHolidays], [UKHolidays] and
	// [GermanHolidays], or any rickar/cal country package.
	Holidays []*cal.Holiday `json:"-"`

	// FiscalYearStart is the first month of the fiscal year, used by
	// quarter and year phrases. Zero means January.
	FiscalYearStart time.Month `json:"fiscal_year_start,omitempty"`
}

// Weekdays is a set of days of the week.
type Weekdays uint8

// WeekdaysOf returns the set holding days.
func WeekdaysOf(days ...time.Weekday) Weekdays {
	var s Weekdays
	for _, d := range days {
		s |= 1 << (uint(d) % 7)
	}
	return s
}

// Has reports whether d is in the set.
func (s Weekdays) Has(d time.Weekday) bool { return s&(1<<(uint(d)%7)) != 0 }

// USHolidays returns the US federal holidays plus the day after
// Thanksgiving, which most US sales teams take off; rickar/cal's us.Holidays
// lacks it. Use us.Holidays directly for the federal list alone.
func USHolidays() []*cal.Holiday {
	return append(append([]*cal.Holiday(nil), us.Holidays...), us.DayAfterThanksgivingDay)
}

// UKHolidays returns the bank holidays of England and Wales.
func UKHolidays() []*cal.Holiday { return append([]*cal.Holiday(nil), gb.Holidays...) }

// GermanHolidays returns Germany's nationwide public holidays.
func GermanHolidays() []*cal.Holiday { return append([]*cal.Holiday(nil), de.Holidays...) }

// HolidaysFor returns the preset holidays of a region by its code: "US"
// ([USHolidays]), "UK" or "GB" ([UKHolidays]), "DE" ([GermanHolidays]),
// case-insensitive; "" means none. It lets flags and configuration files
// name a calendar.
func HolidaysFor(region string) ([]*cal.Holiday, error) {
	switch strings.ToUpper(region) {
	case "":
		return nil, nil
	case "US":
		return USHolidays(), nil
	case "UK", "GB":
		return UKHolidays(), nil
	case "DE":
		return GermanHolidays(), nil
	}
	return nil, fmt.Errorf("timeexpr: unknown holiday region %q (want US, UK or DE)", region)
}

// Loc returns the calendar's zone: Location, or UTC when it is nil.
func (c Calendar) Loc() *time.Location {
	if c.Location == nil {
		return time.UTC
	}
	return c.Location
}

func (c Calendar) workHours() (start, end time.Duration) {
	start, end = c.WorkStart, c.WorkEnd
	if start == 0 {
		start = 9 * time.Hour
	}
	if end == 0 {
		end = 17 * time.Hour
	}
	return start, end
}

func (c Calendar) weekend() Weekdays {
	if c.Weekend == 0 {
		return WeekdaysOf(time.Saturday, time.Sunday)
	}
	return c.Weekend
}

// day returns midnight of t's calendar day in the calendar's zone.
func (c Calendar) day(t time.Time) time.Time {
	t = t.In(c.Loc())
	return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, c.Loc())
}

// at returns the wall-clock offset d after midnight on t's day. It uses
// time.Date rather than adding a duration, so 17:00 stays 17:00 on the day
// the clocks change.
func (c Calendar) at(t time.Time, d time.Duration) time.Time {
	t = t.In(c.Loc())
	d = d.Truncate(time.Minute)
	return time.Date(t.Year(), t.Month(), t.Day(), int(d/time.Hour), int(d%time.Hour/time.Minute), 0, 0, c.Loc())
}

// IsHoliday reports whether t's day, in the calendar's zone, is one of the
// calendar's holidays (by its observed date).
func (c Calendar) IsHoliday(t time.Time) bool {
	_, ok := c.Holiday(t)
	return ok
}

// Holiday returns the holiday observed on t's day, if any.
func (c Calendar) Holiday(t time.Time) (*cal.Holiday, bool) {
	t = t.In(c.Loc())
	y, m, d := t.Date()
	// A holiday observed on another year's date (New Year's Day on a
	// Saturday observed on 31 December) is found through the next year.
	for _, year := range [...]int{y, y + 1} {
		for _, h := range c.Holidays {
			_, obs := h.Calc(year)
			if obs.IsZero() {
				continue
			}
			// rickar/cal computes dates in its default zone: compare the
			// calendar date only.
			oy, om, od := obs.Date()
			if oy == y && om == m && od == d {
				return h, true
			}
		}
	}
	return nil, false
}

// IsWorkday reports whether t's day, in the calendar's zone, is neither a
// weekend day nor a holiday.
func (c Calendar) IsWorkday(t time.Time) bool {
	t = t.In(c.Loc())
	return !c.weekend().Has(t.Weekday()) && !c.IsHoliday(t)
}

// NextWorkday returns the start of work hours on the first workday strictly
// after t's day.
func (c Calendar) NextWorkday(t time.Time) time.Time {
	return c.WorkdayStart(c.AddWorkdays(c.day(t), 1))
}

// PrevWorkday returns the end of work hours on the last workday strictly
// before t's day.
func (c Calendar) PrevWorkday(t time.Time) time.Time {
	return c.WorkdayEnd(c.AddWorkdays(c.day(t), -1))
}

// AddWorkdays moves t by n workdays (backwards when n is negative), keeping
// its wall-clock time. Counting starts from t's day whether or not it is a
// workday: Saturday plus one workday is Monday. AddWorkdays(t, 0) is t.
func (c Calendar) AddWorkdays(t time.Time, n int) time.Time {
	t = t.In(c.Loc())
	step := 1
	if n < 0 {
		step, n = -1, -n
	}
	// A calendar whose every day is off has no workdays to count: stop
	// after a year without one rather than loop forever.
	for idle := 0; n > 0 && idle < 366; {
		t = t.AddDate(0, 0, step)
		if c.IsWorkday(t) {
			n--
			idle = 0
		} else {
			idle++
		}
	}
	return t
}

// WorkdayStart returns the start of work hours on t's day.
func (c Calendar) WorkdayStart(t time.Time) time.Time {
	start, _ := c.workHours()
	return c.at(t, start)
}

// WorkdayEnd returns the end of work hours on t's day: the default
// deadline of a phrase that names a day.
func (c Calendar) WorkdayEnd(t time.Time) time.Time {
	_, end := c.workHours()
	return c.at(t, end)
}

// InWorkHours reports whether t lies on a workday within work hours
// (start inclusive, end exclusive).
func (c Calendar) InWorkHours(t time.Time) bool {
	return c.IsWorkday(t) && !t.Before(c.WorkdayStart(t)) && t.Before(c.WorkdayEnd(t))
}

// NextWorkTime returns t when it lies in work hours, else the start of the
// next work hours after it.
func (c Calendar) NextWorkTime(t time.Time) time.Time {
	t = t.In(c.Loc())
	if c.IsWorkday(t) {
		if t.Before(c.WorkdayStart(t)) {
			return c.WorkdayStart(t)
		}
		if t.Before(c.WorkdayEnd(t)) {
			return t
		}
	}
	return c.NextWorkday(t)
}

// LastWorkdayIn returns the end of work hours on the last workday in the
// half-open interval [from, to) of days, or the zero time when it holds none.
func (c Calendar) LastWorkdayIn(from, to time.Time) time.Time {
	first := c.day(from)
	for d := c.day(to).AddDate(0, 0, -1); !d.Before(first); d = d.AddDate(0, 0, -1) {
		if c.IsWorkday(d) {
			return c.WorkdayEnd(d)
		}
	}
	return time.Time{}
}

// fiscalStart returns the fiscal year start month (January when unset).
func (c Calendar) fiscalStart() time.Month {
	if c.FiscalYearStart < time.January || c.FiscalYearStart > time.December {
		return time.January
	}
	return c.FiscalYearStart
}
