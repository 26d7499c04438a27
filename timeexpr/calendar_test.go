package timeexpr_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/rickar/cal/v2/us"

	"github.com/aftercall/aftercall/timeexpr"
)

func mustLoad(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

func TestCalendarZeroValue(t *testing.T) {
	var c timeexpr.Calendar
	if c.Loc() != time.UTC {
		t.Errorf("zero Calendar.Loc() = %v, want UTC", c.Loc())
	}
	fri := time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)
	if got, want := c.WorkdayEnd(fri), time.Date(2026, 11, 20, 17, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("WorkdayEnd(%v) = %v, want %v", fri, got, want)
	}
	if got, want := c.WorkdayStart(fri), time.Date(2026, 11, 20, 9, 0, 0, 0, time.UTC); !got.Equal(want) {
		t.Errorf("WorkdayStart(%v) = %v, want %v", fri, got, want)
	}
	if c.IsWorkday(fri.AddDate(0, 0, 1)) {
		t.Error("zero Calendar treats Saturday as a workday")
	}
	// Thanksgiving is no holiday without holidays configured.
	if !c.IsWorkday(time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)) {
		t.Error("zero Calendar has a holiday")
	}
}

func TestCalendarHolidays(t *testing.T) {
	ny := mustLoad(t, "America/New_York")
	london := mustLoad(t, "Europe/London")
	berlin := mustLoad(t, "Europe/Berlin")
	usCal := timeexpr.Calendar{Location: ny, Holidays: timeexpr.USHolidays()}
	federal := timeexpr.Calendar{Location: ny, Holidays: us.Holidays}
	ukCal := timeexpr.Calendar{Location: london, Holidays: timeexpr.UKHolidays()}
	deCal := timeexpr.Calendar{Location: berlin, Holidays: timeexpr.GermanHolidays()}

	tests := []struct {
		name    string
		cal     timeexpr.Calendar
		day     time.Time
		workday bool
	}{
		{"US Thanksgiving", usCal, time.Date(2026, 11, 26, 10, 0, 0, 0, ny), false},
		{"US day after Thanksgiving in the sales preset", usCal, time.Date(2026, 11, 27, 10, 0, 0, 0, ny), false},
		{"US day after Thanksgiving is a federal workday", federal, time.Date(2026, 11, 27, 10, 0, 0, 0, ny), true},
		{"US Wednesday before Thanksgiving", usCal, time.Date(2026, 11, 25, 10, 0, 0, 0, ny), true},
		{"US July 4th on a Saturday is observed Friday", usCal, time.Date(2026, 7, 3, 10, 0, 0, 0, ny), false},
		{"US Christmas", usCal, time.Date(2026, 12, 25, 10, 0, 0, 0, ny), false},
		{"US New Year 2028 on a Saturday is observed on Friday 31 December 2027", usCal, time.Date(2027, 12, 31, 10, 0, 0, 0, ny), false},
		{"UK Boxing Day 2026 on a Saturday moves to Monday 28th", ukCal, time.Date(2026, 12, 28, 10, 0, 0, 0, london), false},
		{"UK ordinary Tuesday", ukCal, time.Date(2026, 12, 29, 10, 0, 0, 0, london), true},
		{"DE Second Christmas Day", deCal, time.Date(2026, 12, 26, 10, 0, 0, 0, berlin), false},
		{"DE Day of German Unity", deCal, time.Date(2027, 10, 4, 10, 0, 0, 0, berlin), true},
		{"DE Good Friday 2027", deCal, time.Date(2027, 3, 26, 10, 0, 0, 0, berlin), false},
		// The day is the calendar's: 03:00 UTC on Friday 27 Nov is still
		// Thanksgiving Thursday in New York.
		{"day taken in the calendar's zone", usCal, time.Date(2026, 11, 27, 3, 0, 0, 0, time.UTC), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.cal.IsWorkday(tt.day); got != tt.workday {
				t.Errorf("IsWorkday(%v) = %v, want %v", tt.day, got, tt.workday)
			}
		})
	}
}

func TestCalendarHolidayName(t *testing.T) {
	ny := mustLoad(t, "America/New_York")
	c := timeexpr.Calendar{Location: ny, Holidays: timeexpr.USHolidays()}
	h, ok := c.Holiday(time.Date(2026, 11, 26, 12, 0, 0, 0, ny))
	if !ok || h.Name != "Thanksgiving Day" {
		t.Errorf("Holiday(2026-11-26) = %v, %v; want Thanksgiving Day", h, ok)
	}
	if h, ok := c.Holiday(time.Date(2026, 11, 24, 12, 0, 0, 0, ny)); ok {
		t.Errorf("Holiday(2026-11-24) = %v, want none", h.Name)
	}
}

func TestCalendarWorkdayArithmetic(t *testing.T) {
	ny := mustLoad(t, "America/New_York")
	c := timeexpr.Calendar{Location: ny, Holidays: timeexpr.USHolidays()}
	at := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, ny) }

	tests := []struct {
		name string
		got  time.Time
		want time.Time
	}{
		{"NextWorkday skips Thanksgiving and the day after", c.NextWorkday(at(2026, 11, 25, 15, 0)), at(2026, 11, 30, 9, 0)},
		{"NextWorkday from Friday evening", c.NextWorkday(at(2026, 12, 4, 18, 30)), at(2026, 12, 7, 9, 0)},
		{"PrevWorkday from Monday", c.PrevWorkday(at(2026, 11, 30, 10, 0)), at(2026, 11, 25, 17, 0)},
		{"AddWorkdays 3 from Tuesday before Thanksgiving keeps the clock", c.AddWorkdays(at(2026, 11, 24, 14, 30), 3), at(2026, 12, 1, 14, 30)},
		{"AddWorkdays 1 from Saturday", c.AddWorkdays(at(2026, 12, 5, 11, 0), 1), at(2026, 12, 7, 11, 0)},
		{"AddWorkdays -2 from Monday", c.AddWorkdays(at(2026, 12, 7, 11, 0), -2), at(2026, 12, 3, 11, 0)},
		{"AddWorkdays 0 is identity", c.AddWorkdays(at(2026, 12, 6, 11, 0), 0), at(2026, 12, 6, 11, 0)},
		{"NextWorkTime inside hours", c.NextWorkTime(at(2026, 12, 2, 11, 15)), at(2026, 12, 2, 11, 15)},
		{"NextWorkTime before hours", c.NextWorkTime(at(2026, 12, 2, 7, 0)), at(2026, 12, 2, 9, 0)},
		{"NextWorkTime after hours", c.NextWorkTime(at(2026, 12, 2, 17, 0)), at(2026, 12, 3, 9, 0)},
		{"NextWorkTime on a holiday", c.NextWorkTime(at(2026, 12, 25, 10, 0)), at(2026, 12, 28, 9, 0)},
		{"LastWorkdayIn November 2026", c.LastWorkdayIn(at(2026, 11, 1, 0, 0), at(2026, 12, 1, 0, 0)), at(2026, 11, 30, 17, 0)},
		{"LastWorkdayIn Thanksgiving week", c.LastWorkdayIn(at(2026, 11, 23, 0, 0), at(2026, 11, 30, 0, 0)), at(2026, 11, 25, 17, 0)},
		{"LastWorkdayIn a weekend is zero", c.LastWorkdayIn(at(2026, 11, 28, 0, 0), at(2026, 11, 30, 0, 0)), time.Time{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if !tt.got.Equal(tt.want) {
				t.Errorf("got %v, want %v", tt.got, tt.want)
			}
		})
	}
}

// TestCalendarDST checks that deadlines are wall-clock times: the end of work
// on the day clocks change is 17:00, not 16:00 or 18:00.
func TestCalendarDST(t *testing.T) {
	for _, tt := range []struct {
		zone string
		day  time.Time // a day the clocks change, given as UTC noon
	}{
		{"America/New_York", time.Date(2026, 3, 8, 12, 0, 0, 0, time.UTC)},
		{"America/New_York", time.Date(2026, 11, 1, 12, 0, 0, 0, time.UTC)},
		{"Europe/Berlin", time.Date(2026, 3, 29, 12, 0, 0, 0, time.UTC)},
		{"Europe/Berlin", time.Date(2026, 10, 25, 12, 0, 0, 0, time.UTC)},
	} {
		t.Run(tt.zone+" "+tt.day.Format("2006-01-02"), func(t *testing.T) {
			loc := mustLoad(t, tt.zone)
			c := timeexpr.Calendar{Location: loc}
			// Friday before the change, 10:00, plus one workday: Monday 10:00.
			fri := time.Date(tt.day.Year(), tt.day.Month(), tt.day.Day()-2, 10, 0, 0, 0, loc)
			mon := c.AddWorkdays(fri, 1)
			if h, m, _ := mon.Clock(); h != 10 || m != 0 || mon.Weekday() != time.Monday {
				t.Errorf("AddWorkdays(%v, 1) = %v, want Monday 10:00", fri, mon)
			}
			sun := time.Date(tt.day.Year(), tt.day.Month(), tt.day.Day(), 12, 0, 0, 0, loc)
			if h, _, _ := c.WorkdayEnd(sun).Clock(); h != 17 {
				t.Errorf("WorkdayEnd(%v) = %v, want 17:00", sun, c.WorkdayEnd(sun))
			}
		})
	}
}

func TestCalendarCustomWeekAndHours(t *testing.T) {
	dubai := mustLoad(t, "Asia/Dubai")
	c := timeexpr.Calendar{
		Location:  dubai,
		WorkStart: 8*time.Hour + 30*time.Minute,
		WorkEnd:   18 * time.Hour,
		Weekend:   timeexpr.WeekdaysOf(time.Saturday, time.Sunday, time.Friday),
	}
	thu := time.Date(2026, 11, 19, 19, 0, 0, 0, dubai)
	if got, want := c.NextWorkday(thu), time.Date(2026, 11, 23, 8, 30, 0, 0, dubai); !got.Equal(want) {
		t.Errorf("NextWorkday(%v) = %v, want %v", thu, got, want)
	}
	if got, want := c.WorkdayEnd(thu), time.Date(2026, 11, 19, 18, 0, 0, 0, dubai); !got.Equal(want) {
		t.Errorf("WorkdayEnd(%v) = %v, want %v", thu, got, want)
	}
	if !c.InWorkHours(time.Date(2026, 11, 19, 8, 30, 0, 0, dubai)) || c.InWorkHours(time.Date(2026, 11, 19, 18, 0, 0, 0, dubai)) {
		t.Error("InWorkHours: start must be inclusive and end exclusive")
	}
}

// A calendar with no workdays must not hang.
func TestCalendarNoWorkdays(t *testing.T) {
	c := timeexpr.Calendar{Weekend: timeexpr.WeekdaysOf(0, 1, 2, 3, 4, 5, 6)}
	done := make(chan time.Time)
	go func() { done <- c.AddWorkdays(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC), 5) }()
	select {
	case <-done:
	case <-time.After(5 * time.Second):
		t.Fatal("AddWorkdays did not return on a calendar without workdays")
	}
}

func TestGrainText(t *testing.T) {
	for g := timeexpr.GrainUnknown; g <= timeexpr.GrainYear; g++ {
		b, err := g.MarshalText()
		if err != nil {
			t.Fatalf("%v.MarshalText: %v", g, err)
		}
		var back timeexpr.Grain
		if err := back.UnmarshalText(b); err != nil || back != g {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", b, back, err, g)
		}
		if g.String() != string(b) {
			t.Errorf("%d: String() = %q, MarshalText = %q", g, g.String(), b)
		}
	}
	if _, err := timeexpr.Grain(99).MarshalText(); err == nil || err.Error() != "timeexpr: invalid grain 99" {
		t.Errorf("Grain(99).MarshalText() error = %v", err)
	}
	var g timeexpr.Grain
	if err := g.UnmarshalText([]byte("fortnight")); err == nil || err.Error() != `timeexpr: unknown grain "fortnight"` {
		t.Errorf("UnmarshalText(fortnight) error = %v", err)
	}
	b, _ := json.Marshal(struct{ G timeexpr.Grain }{timeexpr.GrainQuarter})
	if string(b) != `{"G":"quarter"}` {
		t.Errorf("JSON = %s", b)
	}
}

func TestBoundText(t *testing.T) {
	for _, b := range []timeexpr.Bound{timeexpr.BoundBy, timeexpr.BoundBefore, timeexpr.BoundAfter} {
		text, err := b.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back timeexpr.Bound
		if err := back.UnmarshalText(text); err != nil || back != b {
			t.Errorf("UnmarshalText(%q) = %v, %v; want %v", text, back, err, b)
		}
	}
	var b timeexpr.Bound = timeexpr.BoundAfter
	if err := b.UnmarshalText(nil); err != nil || b != timeexpr.BoundBy {
		t.Errorf("UnmarshalText(empty) = %v, %v; want by", b, err)
	}
}

func TestHolidaysFor(t *testing.T) {
	for _, tt := range []struct {
		region  string
		n       int // holidays in the preset
		wantErr string
	}{
		{"", 0, ""},
		{"US", len(timeexpr.USHolidays()), ""},
		{"us", len(timeexpr.USHolidays()), ""},
		{"UK", len(timeexpr.UKHolidays()), ""},
		{"GB", len(timeexpr.UKHolidays()), ""},
		{"DE", len(timeexpr.GermanHolidays()), ""},
		{"FR", 0, `timeexpr: unknown holiday region "FR" (want US, UK or DE)`},
	} {
		t.Run(tt.region, func(t *testing.T) {
			hs, err := timeexpr.HolidaysFor(tt.region)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr {
					t.Fatalf("HolidaysFor(%q) error = %v, want %q", tt.region, err, tt.wantErr)
				}
				return
			}
			if err != nil || len(hs) != tt.n {
				t.Fatalf("HolidaysFor(%q) = %d holidays, %v; want %d", tt.region, len(hs), err, tt.n)
			}
		})
	}
}
