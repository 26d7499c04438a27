package cadence_test

import (
	"fmt"
	"slices"
	"testing"
	"time"

	"github.com/aftercall/aftercall/cadence"
	"github.com/aftercall/aftercall/timeexpr"
)

func zone(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// effective returns the calendar the rules place touches in: the options'
// calendar plus bridge days and skip days.
func effective(o cadence.Options) timeexpr.Calendar {
	c := o.Calendar
	c.Holidays = slices.Clone(c.Holidays)
	if !o.NoBridgeDays {
		c.Holidays = append(c.Holidays, cadence.BridgeDays(o.Calendar)...)
	}
	c.Holidays = append(c.Holidays, o.SkipDays...)
	return c
}

func clockOf(t time.Time) time.Duration {
	h, m, s := t.Clock()
	return time.Duration(h)*time.Hour + time.Duration(m)*time.Minute + time.Duration(s)*time.Second
}

func day(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

// invariants returns the rules s breaks, as readable lines. from is the
// index of the first touch the spacing rules apply to (0 for a fresh plan,
// the number of history touches after a replan); lastCall, when set, is a
// call made after the history touches, which the next call's block varies
// from.
func invariants(s cadence.Schedule, o cadence.Options, from int, lastCall time.Time) []string {
	c := effective(o)
	var bad []string
	fail := func(i int, format string, args ...any) {
		x := s.Touches[i]
		bad = append(bad, fmt.Sprintf("touch %d (%s %s %s at %s): %s", i, x.Channel, x.Purpose,
			x.Block, x.At.Format("Mon 2006-01-02 15:04 MST"), fmt.Sprintf(format, args...)))
	}
	for i, x := range s.Touches {
		if x.At.Location() != c.Loc() {
			fail(i, "zone %s, want the prospect's %s", x.At.Location(), c.Loc())
		}
		ck := clockOf(x.At.In(c.Loc()))
		switch {
		case x.Prompt:
			sameOrNext := !day(x.At).After(day(s.Start.AddDate(0, 0, 1)))
			if !(ck >= cadence.QuietEnd && ck < cadence.QuietStart && sameOrNext) && !c.InWorkHours(x.At) {
				fail(i, "prompt touch neither in texting hours right after the call nor in work hours")
			}
		case !c.InWorkHours(x.At):
			fail(i, "outside work hours on a workday (holiday %v)", c.IsHoliday(x.At))
		}
		if x.Channel == cadence.SMS && (ck < cadence.QuietEnd || ck >= cadence.QuietStart) {
			fail(i, "text in quiet hours")
		}
		if x.Purpose == cadence.Breakup && i != len(s.Touches)-1 {
			fail(i, "breakup not last")
		}
		if i == 0 || i < from {
			continue
		}
		prev := s.Touches[i-1]
		if x.At.Sub(prev.At) < cadence.MinGap {
			fail(i, "only %s after the previous touch", x.At.Sub(prev.At))
		}
		if !o.Urgent && x.After.IsDayLevel() {
			for j := i - 1; j >= 0; j-- {
				p := s.Touches[j]
				if !p.After.IsDayLevel() {
					continue
				}
				if !day(x.At).After(day(c.AddWorkdays(day(p.At), 1))) {
					fail(i, "daily touches: touch %d on %s", j, p.At.Format("Mon 01-02"))
				}
				break
			}
		}
		if x.Channel == cadence.Phone || x.Channel == cadence.Voicemail {
			for j := i - 1; j >= 0; j-- {
				p := s.Touches[j]
				if p.Channel != cadence.Phone && p.Channel != cadence.Voicemail {
					continue
				}
				prevAt := p.At
				if j < from && lastCall.After(prevAt) {
					prevAt = lastCall.In(p.At.Location())
				}
				if cadence.BlockOf(prevAt) == cadence.BlockOf(x.At) {
					fail(i, "same block as the previous call %d", j)
				}
				break
			}
		}
	}
	return bad
}

func checkInvariants(t *testing.T, s cadence.Schedule, o cadence.Options, from int) {
	t.Helper()
	if bad := invariants(s, o, from, time.Time{}); len(bad) > 0 {
		for _, b := range bad {
			t.Error(b)
		}
		t.Log(dump(s))
	}
}

func dump(s cadence.Schedule) string {
	out := fmt.Sprintf("%s from %s, end %s\n", s.Model, s.Start.Format(time.RFC3339), s.End)
	for _, x := range s.Touches {
		out += fmt.Sprintf("  %s %-9s %-12s %-15s %-14s %v\n", x.At.Format("Mon 2006-01-02 15:04 MST"),
			x.Channel, x.Purpose, x.Block, x.Contact, x.Moved)
	}
	return out
}
