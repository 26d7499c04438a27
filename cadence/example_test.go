package cadence_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/aftercall/aftercall/cadence"
	"github.com/aftercall/aftercall/extract"
	"github.com/aftercall/aftercall/timeexpr"
)

func printTouches(s cadence.Schedule) {
	for _, t := range s.Touches {
		line := fmt.Sprintf("%s  %-9s %-12s %s", t.At.Format("Mon Jan 2 15:04 MST"), t.Channel, t.Purpose, strings.Join(t.Moved, ", "))
		fmt.Println(strings.TrimRight(line, " "))
	}
}

// A discovery call that ended at 18:40 on the Tuesday before Thanksgiving:
// the recap still goes out tonight, the rest of the sequence skips
// Thanksgiving and the Friday after it.
func ExamplePlan() {
	ny, _ := time.LoadLocation("America/New_York")
	call := extract.Call{
		Type: extract.Discovery,
		At:   time.Date(2026, 11, 24, 18, 40, 0, 0, ny),
		Attendees: []extract.Attendee{
			{Name: "Dana Reyes", Org: "Northwind", Side: extract.Ours},
			{Name: "Priya Shah", Org: "Acme", Side: extract.Theirs},
		},
	}
	s, err := cadence.Plan(call, cadence.Options{
		Calendar: timeexpr.Calendar{Location: ny, Holidays: timeexpr.USHolidays()},
	})
	if err != nil {
		panic(err)
	}
	fmt.Println(s.Model, "for", s.Touches[0].Contact, "by", s.Touches[0].Owner)
	printTouches(s)
	// Output:
	// post-call for Priya Shah by Dana Reyes
	// Tue Nov 24 19:10 EST  email     recap
	// Mon Nov 30 10:30 EST  email     value-add
	// Thu Dec 3 13:30 EST  email     check-in
	// Mon Dec 7 10:30 EST  phone     check-in
	// Thu Dec 10 09:00 EST  email     breakup
}

// Build applies a model from a start time. Inbound model B from a missed
// call on a Friday night: six calls in alternating blocks, one voicemail,
// the breakup.
func ExampleBuild() {
	berlin, _ := time.LoadLocation("Europe/Berlin")
	s, err := cadence.Build(time.Date(2026, 10, 23, 19, 45, 0, 0, berlin), cadence.PersistenceB(), cadence.Options{
		Calendar: timeexpr.Calendar{Location: berlin, Holidays: timeexpr.GermanHolidays()},
	})
	if err != nil {
		panic(err)
	}
	printTouches(s)
	// Output:
	// Mon Oct 26 09:00 CET  phone     callback     after hours, weekend
	// Mon Oct 26 15:30 CET  phone     callback
	// Wed Oct 28 10:30 CET  voicemail callback
	// Fri Oct 30 15:30 CET  phone     callback
	// Tue Nov 3 10:30 CET  phone     callback
	// Thu Nov 5 15:30 CET  phone     callback
	// Mon Nov 9 09:00 CET  email     breakup
}

// A custom model in JSON form, with delays whose unit is explicit.
func ExampleModel() {
	m := cadence.Model{Name: "trial", Steps: []cadence.Step{
		{After: cadence.After(1, cadence.Hours), Channel: cadence.Email, Purpose: cadence.Recap},
		{After: cadence.After(2, cadence.BusinessDays), Channel: cadence.Phone, Purpose: cadence.CheckIn, Block: cadence.LateMorning},
		{After: cadence.After(2, cadence.Weeks), Channel: cadence.Email, Purpose: cadence.Breakup},
	}}
	fmt.Println(m.Validate())
	for _, st := range m.Steps {
		fmt.Printf("%-4s = %d %s, %s %s\n", st.After, st.After.N, st.After.Unit, st.Channel, st.Purpose)
	}
	// Output:
	// <nil>
	// 1h   = 1 hours, email recap
	// 2bd  = 2 business days, phone check-in
	// 2w   = 2 weeks, email breakup
}

// After replans for what happened: going dark changes the channel, then
// the contact, then ends with the breakup; a reply stops everything.
// (Wednesday 11 November is Veterans Day: business days skip it.)
func ExampleSchedule_After() {
	ny, _ := time.LoadLocation("America/New_York")
	call := extract.Call{
		Type: extract.Demo,
		At:   time.Date(2026, 11, 10, 11, 0, 0, 0, ny),
		Attendees: []extract.Attendee{
			{Name: "Priya Shah", Side: extract.Theirs},
			{Name: "Marcus Lee", Side: extract.Theirs},
		},
	}
	s, _ := cadence.Plan(call, cadence.Options{Calendar: timeexpr.Calendar{Location: ny, Holidays: timeexpr.USHolidays()}})
	dark := func(d int) cadence.Event {
		return cadence.Event{Kind: cadence.WentDark, At: time.Date(2026, 11, d, 12, 0, 0, 0, ny)}
	}
	s, _ = s.After(dark(13))
	s, _ = s.After(dark(18))
	for _, t := range s.Touches {
		fmt.Printf("%s  %-5s %-9s %s\n", t.At.Format("Mon Jan 2 15:04"), t.Channel, t.Purpose, t.Contact)
	}
	s, _ = s.After(cadence.Event{Kind: cadence.Replied, At: time.Date(2026, 11, 19, 8, 0, 0, 0, ny)})
	fmt.Println(s.End, len(s.Touches), "touches")
	// Output:
	// Tue Nov 10 11:30  email recap     Priya Shah
	// Fri Nov 13 10:30  email value-add Priya Shah
	// Wed Nov 18 13:30  phone check-in  Marcus Lee
	// Fri Nov 20 10:30  phone check-in  Marcus Lee
	// Wed Nov 25 09:00  email breakup   Marcus Lee
	// replied 3 touches
}

// The schedule as an iCalendar file: tasks for touches, events with a
// reminder for booked callbacks, METHOD:PUBLISH, CRLF line endings.
func ExampleSchedule_ICS() {
	ny, _ := time.LoadLocation("America/New_York")
	s, _ := cadence.Build(time.Date(2026, 11, 17, 14, 0, 0, 0, ny), cadence.Model{Name: "callback", Steps: []cadence.Step{
		{After: cadence.After(1, cadence.BusinessDays), Channel: cadence.Phone, Purpose: cadence.Callback, Block: cadence.LateMorning, Booked: true},
	}}, cadence.Options{Calendar: timeexpr.Calendar{Location: ny}, Contact: "Priya Shah"})
	b, _ := s.ICS(cadence.ICSOptions{Stamp: time.Date(2026, 11, 17, 19, 0, 0, 0, time.UTC)})
	fmt.Print(strings.ReplaceAll(string(b), "\r\n", "\n"))
	// Output:
	// BEGIN:VCALENDAR
	// VERSION:2.0
	// PRODID:-//aftercall//cadence//EN
	// METHOD:PUBLISH
	// CALSCALE:GREGORIAN
	// BEGIN:VEVENT
	// UID:d89330eb47da646d@aftercall.invalid
	// DTSTAMP:20261117T190000Z
	// DTSTART:20261118T153000Z
	// DTEND:20261118T154500Z
	// SUMMARY:Callback (phone): Priya Shah
	// STATUS:TENTATIVE
	// BEGIN:VALARM
	// ACTION:DISPLAY
	// TRIGGER:-PT15M
	// DESCRIPTION:Callback (phone): Priya Shah
	// END:VALARM
	// END:VEVENT
	// END:VCALENDAR
}

// First-touch SLAs count work time: a missed call at 22:00 is due five
// minutes into the next workday, and again by its end.
func ExampleFirstTouchDue() {
	ny, _ := time.LoadLocation("America/New_York")
	c := timeexpr.Calendar{Location: ny, Holidays: timeexpr.USHolidays()}
	f, _ := cadence.FirstTouchDue(extract.CallUnknown, cadence.MissedCall, time.Date(2026, 11, 25, 22, 0, 0, 0, ny), c, nil)
	fmt.Println(f.Due.Format("Mon Jan 2 15:04"), "then", f.Again.Format("Mon Jan 2 15:04"), "by the", f.SLA.Owner)
	l := f.Late(time.Date(2026, 11, 30, 11, 0, 0, 0, ny), c, nil)
	fmt.Println(l.By, l.Severity, l.Remedy)
	// Output:
	// Mon Nov 30 09:05 then Mon Nov 30 17:00 by the sales-owner
	// 1h55m0s very-late escalate
}

// Measure turns follow-up records into the metrics that change behaviour.
func ExampleMeasure() {
	ny, _ := time.LoadLocation("America/New_York")
	at := func(d, h, m int) time.Time { return time.Date(2026, 11, d, h, m, 0, 0, ny) }
	m := cadence.Measure([]cadence.Record{
		{Lead: "a", Start: at(16, 10, 0), Outcome: cadence.Booked, Attempts: []cadence.Attempt{
			{At: at(16, 10, 4), Channel: cadence.Phone, Result: cadence.ResultNoAnswer},
			{At: at(16, 15, 40), Channel: cadence.Phone, Result: cadence.ResultBooked},
		}},
		{Lead: "b", Start: at(16, 11, 0), Outcome: cadence.Open},
	}, timeexpr.Calendar{Location: ny})
	fmt.Println("first touch median", m.FirstTouch.Median, "leakage", m.Leakage.Hits, "of", m.Leakage.Of)
	for _, b := range m.ConnectByBlock {
		fmt.Println(b.Block, b.Hits, "of", b.Of)
	}
	// Output:
	// first touch median 4m0s leakage 1 of 2
	// morning 0 of 1
	// late-afternoon 1 of 1
}
