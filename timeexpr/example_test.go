package timeexpr_test

import (
	"fmt"
	"time"

	"github.com/aftercall/aftercall/timeexpr"
)

func ExampleFind() {
	ny, _ := time.LoadLocation("America/New_York")
	cal := timeexpr.Calendar{Location: ny}
	ref := time.Date(2025, 3, 11, 10, 0, 0, 0, ny) // a Tuesday morning
	text := "I'll send the deck by Friday. Can we talk next Tuesday at 10? Budget lands in Q3, and legal wants it ASAP."
	for _, e := range timeexpr.Find(text, ref, cal) {
		fmt.Printf("%-20q %s  %-7s explicit=%v\n", e.Text, e.Due.Format("Mon Jan 2 15:04"), e.Grain, e.Explicit)
	}
	// Output:
	// "by Friday"          Fri Mar 14 17:00  day     explicit=true
	// "next Tuesday at 10" Tue Mar 18 10:00  minute  explicit=true
	// "Q3"                 Tue Sep 30 17:00  quarter explicit=true
	// "ASAP"               Tue Mar 11 17:00  hour    explicit=false
}

func ExampleParse() {
	ny, _ := time.LoadLocation("America/New_York")
	ref := time.Date(2025, 3, 14, 15, 30, 0, 0, ny) // Friday afternoon
	x, ok := timeexpr.Parse("Let's reconnect early next week", ref, timeexpr.Calendar{Location: ny})
	fmt.Println(ok, x.Text)
	fmt.Println("names", x.Start.Format("Mon Jan 2"), "to", x.End.Format("Mon Jan 2"))
	fmt.Println("due", x.Due.Format(time.RFC3339))
	// Output:
	// true early next week
	// names Mon Mar 17 to Mon Mar 24
	// due 2025-03-18T17:00:00-04:00
}

func ExampleParse_anchored() {
	ref := time.Date(2025, 10, 8, 14, 15, 0, 0, time.UTC)
	x, _ := timeexpr.Parse("Let's lock pricing before the demo", ref, timeexpr.Calendar{})
	fmt.Printf("%q anchor=%q resolved=%v\n", x.Text, x.Anchor, x.Resolved())
	x, _ = timeexpr.Parse("I'll send the agenda before the demo on Thursday at 2pm", ref, timeexpr.Calendar{})
	fmt.Printf("%q anchor=%q due=%s\n", x.Text, x.Anchor, x.Due.Format(time.RFC3339))
	// Output:
	// "before the demo" anchor="demo" resolved=false
	// "before the demo on Thursday at 2pm" anchor="demo" due=2025-10-09T14:00:00Z
}

func ExampleParse_zone() {
	berlin, _ := time.LoadLocation("Europe/Berlin")
	ref := time.Date(2025, 3, 28, 10, 0, 0, 0, berlin)
	x, _ := timeexpr.Parse("Send the signed copy by 5pm Eastern", ref, timeexpr.Calendar{Location: berlin})
	fmt.Println(x.Text, "->", x.Due.Format(time.RFC3339))
	// Output:
	// by 5pm Eastern -> 2025-03-28T22:00:00+01:00
}

func ExampleCalendar() {
	ny, _ := time.LoadLocation("America/New_York")
	cal := timeexpr.Calendar{Location: ny, Holidays: timeexpr.USHolidays()}
	wed := time.Date(2025, 11, 26, 11, 0, 0, 0, ny) // the day before Thanksgiving
	fmt.Println("workday:", cal.IsWorkday(wed))
	fmt.Println("next workday:", cal.NextWorkday(wed).Format("Mon Jan 2 15:04"))
	fmt.Println("plus 2 workdays:", cal.AddWorkdays(wed, 2).Format("Mon Jan 2 15:04"))
	fmt.Println("end of work:", cal.WorkdayEnd(wed).Format("15:04"))
	first := time.Date(2025, 12, 1, 0, 0, 0, 0, ny)
	fmt.Println("last workday of December:", cal.LastWorkdayIn(first, first.AddDate(0, 1, 0)).Format("Mon Jan 2 15:04"))
	// Output:
	// workday: true
	// next workday: Mon Dec 1 09:00
	// plus 2 workdays: Tue Dec 2 11:00
	// end of work: 17:00
	// last workday of December: Wed Dec 31 17:00
}

func ExampleFind_holidays() {
	london, _ := time.LoadLocation("Europe/London")
	ref := time.Date(2025, 12, 10, 10, 0, 0, 0, london)
	text := "Can we sign before the holidays? If not, let's pick it up after the holidays. Tuesday at half ten works too."
	for _, cal := range []timeexpr.Calendar{{Location: london, Holidays: timeexpr.UKHolidays()}, {Location: london}} {
		for _, e := range timeexpr.Find(text, ref, cal) {
			if e.Anchor != "" {
				fmt.Printf("%q anchored to %q\n", e.Text, e.Anchor)
				continue
			}
			fmt.Printf("%q %s (%s)\n", e.Text, e.Due.Format("Mon Jan 2 15:04"), e.Bound)
		}
	}
	// Output:
	// "before the holidays" Wed Dec 24 17:00 (before)
	// "after the holidays" Mon Dec 29 17:00 (after)
	// "Tuesday at half ten" Tue Dec 16 10:30 (by)
	// "before the holidays" anchored to "holidays"
	// "after the holidays" anchored to "holidays"
	// "Tuesday at half ten" Tue Dec 16 10:30 (by)
}
