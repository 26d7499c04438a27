package cadence

import (
	"testing"
	"time"

	"github.com/rickar/cal/v2"

	"github.com/aftercall/aftercall/timeexpr"
)

// TestDayOffMatchesCalendar checks the planner's day cache against
// timeexpr.Calendar, day by day, for 2025-2029 in several calendars.
func TestDayOffMatchesCalendar(t *testing.T) {
	ny, _ := time.LoadLocation("America/New_York")
	london, _ := time.LoadLocation("Europe/London")
	berlin, _ := time.LoadLocation("Europe/Berlin")
	calendars := map[string]timeexpr.Calendar{
		"us":      {Location: ny, Holidays: timeexpr.USHolidays()},
		"uk":      {Location: london, Holidays: timeexpr.UKHolidays()},
		"de":      {Location: berlin, Holidays: timeexpr.GermanHolidays()},
		"none":    {},
		"sun-thu": {Location: ny, Weekend: timeexpr.WeekdaysOf(time.Friday, time.Saturday), Holidays: []*cal.Holiday{{Name: "x", Month: time.March, Day: 3, Func: cal.CalcDayOfMonth}}},
	}
	for name, c := range calendars {
		t.Run(name, func(t *testing.T) {
			p := Options{Calendar: c}.resolve().working()
			ec := p.cal
			for d := time.Date(2025, 1, 1, 12, 0, 0, 0, c.Loc()); d.Year() < 2030; d = d.AddDate(0, 0, 1) {
				got := p.dayOff(d)
				if got.off == ec.IsWorkday(d) {
					t.Fatalf("%s: off %v, calendar workday %v", d.Format("2006-01-02"), got.off, ec.IsWorkday(d))
				}
				h, ok := ec.Holiday(d)
				if ok != (got.why != "" && got.why != "weekend") {
					t.Fatalf("%s: %q, calendar holiday %v", d.Format("2006-01-02"), got.why, ok)
				}
				if ok && got.why != "holiday: "+h.Name {
					t.Fatalf("%s: %q, calendar says %s", d.Format("2006-01-02"), got.why, h.Name)
				}
			}
		})
	}
}
