package cadence_test

import (
	"math/rand"
	"testing"
	"time"

	"github.com/rickar/cal/v2"

	"github.com/aftercall/aftercall/cadence"
	"github.com/aftercall/aftercall/extract"
	"github.com/aftercall/aftercall/timeexpr"
)

var propertyZones = []string{"America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Sydney",
	"America/Los_Angeles", "Europe/London", "UTC", "Pacific/Auckland"}

// randomOptions returns options over a random zone, holidays, work hours and
// flags.
func randomOptions(t testing.TB, r *rand.Rand) cadence.Options {
	o := cadence.Options{Calendar: timeexpr.Calendar{Location: zone(t, propertyZones[r.Intn(len(propertyZones))])}}
	switch r.Intn(5) {
	case 0:
		o.Calendar.Holidays = timeexpr.USHolidays()
	case 1:
		o.Calendar.Holidays = timeexpr.UKHolidays()
	case 2:
		o.Calendar.Holidays = timeexpr.GermanHolidays()
	case 3:
		for range 1 + r.Intn(20) {
			o.Calendar.Holidays = append(o.Calendar.Holidays, &cal.Holiday{Name: "random",
				Month: time.Month(1 + r.Intn(12)), Day: 1 + r.Intn(28), Func: cal.CalcDayOfMonth})
		}
	}
	switch r.Intn(4) {
	case 1:
		o.Calendar.WorkStart, o.Calendar.WorkEnd = 8*time.Hour, 16*time.Hour
	case 2:
		o.Calendar.WorkStart, o.Calendar.WorkEnd = 10*time.Hour, 18*time.Hour+30*time.Minute
	}
	if r.Intn(6) == 0 {
		// Sunday to Thursday weeks.
		o.Calendar.Weekend = timeexpr.WeekdaysOf(time.Friday, time.Saturday)
	}
	o.Urgent = r.Intn(5) == 0
	o.NoSMS = r.Intn(5) == 0
	o.NoBridgeDays = r.Intn(4) == 0
	if r.Intn(5) == 0 {
		o.SkipDays = []*cal.Holiday{{Name: "offsite", Month: time.Month(1 + r.Intn(12)), Day: 1 + r.Intn(28), Func: cal.CalcDayOfMonth}}
	}
	return o
}

// randomModel returns a built-in model or a random valid one.
func randomModel(r *rand.Rand) cadence.Model {
	if r.Intn(2) == 0 {
		ms := cadence.Models()
		return ms[r.Intn(len(ms))]
	}
	m := cadence.Model{Name: "random"}
	n := 1 + r.Intn(9)
	voicemail := false
	for i := range n {
		st := cadence.Step{
			After:   cadence.After(r.Intn(30), cadence.Unit(r.Intn(5))),
			Channel: cadence.Channel(1 + r.Intn(5)),
			Purpose: cadence.Purpose(1 + r.Intn(7)),
			Block:   cadence.Block(r.Intn(6)),
		}
		if st.After.Unit == cadence.Minutes {
			st.After.N *= 10
		}
		if st.Channel == cadence.Voicemail {
			if voicemail {
				st.Channel = cadence.Phone
			}
			voicemail = true
		}
		if st.Purpose == cadence.Breakup && i != n-1 {
			st.Purpose = cadence.Nurture
		}
		m.Steps = append(m.Steps, st)
	}
	if r.Intn(2) == 0 {
		m.Steps[n-1].Purpose = cadence.Breakup
	}
	return m
}

// randomStart returns a time in 2026-2028 at any minute of any day,
// including weekends, nights and the days the clocks change.
func randomStart(r *rand.Rand, loc *time.Location) time.Time {
	return time.Date(2026+r.Intn(3), time.Month(1+r.Intn(12)), 1+r.Intn(31), r.Intn(24), r.Intn(60), 0, 0, loc)
}

func TestPropertyBuild(t *testing.T) {
	r := rand.New(rand.NewSource(6))
	for i := range 1500 {
		o := randomOptions(t, r)
		m := randomModel(r)
		if err := m.Validate(); err != nil {
			t.Fatalf("random model invalid: %v", err)
		}
		start := randomStart(r, o.Calendar.Loc())
		s, err := cadence.Build(start, m, o)
		if err != nil {
			t.Fatalf("case %d: Build: %v", i, err)
		}
		if len(s.Touches) != len(m.Steps) {
			t.Fatalf("case %d: %d touches for %d steps", i, len(s.Touches), len(m.Steps))
		}
		if bad := invariants(s, o, 0, time.Time{}); len(bad) > 0 {
			t.Errorf("case %d: %s from %s in %s (urgent %v):\n%v\n%s", i, m.Name, start, o.Calendar.Loc(), o.Urgent, bad, dump(s))
			return
		}
		for _, x := range s.Touches {
			if x.At.Before(start) {
				t.Fatalf("case %d: touch before the start:\n%s", i, dump(s))
			}
		}
	}
}

func TestPropertyAfter(t *testing.T) {
	r := rand.New(rand.NewSource(66))
	kinds := []cadence.EventKind{cadence.Replied, cadence.MeetingBooked, cadence.Bounced, cadence.NoAnswer,
		cadence.VoicemailLeft, cadence.WentDark, cadence.OutOfOffice}
	for i := range 800 {
		o := randomOptions(t, r)
		o.Contact, o.Owner = "Pat", "Dana"
		m := randomModel(r)
		s, err := cadence.Build(randomStart(r, o.Calendar.Loc()), m, o)
		if err != nil {
			t.Fatal(err)
		}
		for range 1 + r.Intn(4) {
			if len(s.Touches) == 0 {
				break
			}
			// An event between two touches, or just after one.
			k := r.Intn(len(s.Touches))
			at := s.Touches[k].At.Add(time.Duration(r.Intn(48*60)) * time.Minute)
			ev := cadence.Event{Kind: kinds[r.Intn(len(kinds))], At: at, Channel: cadence.Channel(r.Intn(3))}
			if r.Intn(2) == 0 {
				ev.Until = at.Add(time.Duration(r.Intn(30*24)) * time.Hour)
			}
			past := 0
			for _, x := range s.Touches {
				if !x.At.After(at) {
					past++
				}
			}
			before := s
			s, err = s.After(ev)
			if err != nil {
				t.Fatal(err)
			}
			if before.End == cadence.EndReplied || before.End == cadence.EndBooked {
				// A stopped schedule ignores events.
				if len(s.Touches) != len(before.Touches) || len(s.Events) != len(before.Events) {
					t.Fatalf("case %d: a stopped schedule changed after %s", i, ev.Kind)
				}
				continue
			}
			for j := range past {
				if j >= len(s.Touches) || !s.Touches[j].At.Equal(before.Touches[j].At) || s.Touches[j].Channel != before.Touches[j].Channel {
					t.Fatalf("case %d: %s changed history touch %d:\nbefore\n%s\nafter\n%s", i, ev.Kind, j, dump(before), dump(s))
				}
			}
			for j := past; j < len(s.Touches); j++ {
				if !s.Touches[j].At.After(at) {
					t.Fatalf("case %d: %s put touch %d at or before the event %s:\n%s", i, ev.Kind, j, at, dump(s))
				}
				if ev.Kind == cadence.OutOfOffice {
					back := ev.Until
					if !back.After(at) {
						back = at.Add(cadence.OutOfOfficeDefault)
					}
					if s.Touches[j].At.Before(back) {
						t.Fatalf("case %d: touch %d at %s while the contact is away until %s:\n%s", i, j, s.Touches[j].At, back, dump(s))
					}
				}
			}
			var lastCall time.Time
			if ev.Kind == cadence.NoAnswer || ev.Kind == cadence.VoicemailLeft {
				lastCall = at
			}
			if bad := invariants(s, o, past, lastCall); len(bad) > 0 {
				t.Fatalf("case %d: after %s at %s: %v\nbefore\n%s\nafter\n%s", i, ev.Kind, at, bad, dump(before), dump(s))
			}
			again, err := s.After(ev)
			if err != nil || len(again.Touches) != len(s.Touches) || len(again.Events) != len(s.Events) {
				t.Fatalf("case %d: applying %s twice changed the schedule", i, ev.Kind)
			}
		}
	}
}

// TestPropertyPlan plans random calls: random people, and half the time a
// booked next meeting. The rules hold, no touch reaches the meeting, and a
// call with a meeting ends without a breakup but with a confirmation text.
func TestPropertyPlan(t *testing.T) {
	r := rand.New(rand.NewSource(606))
	names := []string{"Dana Reyes", "Priya Shah", "Marcus Lee", "Lena Vogel", "Arjun Mehta", "Grace Hall"}
	types := []extract.CallType{extract.CallUnknown, extract.Discovery, extract.Demo, extract.Negotiation, extract.CheckIn}
	for i := range 600 {
		o := randomOptions(t, r)
		if r.Intn(3) == 0 {
			o.Model = randomModel(r)
		}
		call := extract.Call{Type: types[r.Intn(len(types))], At: randomStart(r, o.Calendar.Loc())}
		for _, n := range names[:r.Intn(len(names))] {
			call.Attendees = append(call.Attendees, extract.Attendee{Name: n, Side: extract.Side(1 + r.Intn(2))})
		}
		if r.Intn(2) == 0 {
			call.NextMeeting = &extract.Meeting{Time: call.At.Add(time.Duration(1+r.Intn(30*24)) * time.Hour)}
		}
		s, err := cadence.Plan(call, o)
		if err != nil {
			t.Fatal(err)
		}
		if bad := invariants(s, o, 0, time.Time{}); len(bad) > 0 {
			t.Fatalf("case %d: %v\n%s", i, bad, dump(s))
		}
		if s.FirstTouch == nil {
			t.Fatalf("case %d: no first-touch SLA", i)
		}
		if o.Model.IsZero() && len(s.Touches) > 0 && s.Touches[0].At.After(s.FirstTouch.Due) {
			t.Fatalf("case %d: first touch at %s, after its SLA due %s (%s)\n%s", i, s.Touches[0].At, s.FirstTouch.Due, s.FirstTouch.SLA.Note, dump(s))
		}
		if call.NextMeeting == nil {
			continue
		}
		if s.End != cadence.EndMeeting || s.Meeting == nil {
			t.Fatalf("case %d: End %s with a meeting booked", i, s.End)
		}
		confirmed := false
		for _, x := range s.Touches {
			meetDay := day(call.NextMeeting.Time.In(x.At.Location()))
			if !x.At.Before(call.NextMeeting.Time) || x.Purpose == cadence.Breakup || !x.Prompt && !x.At.Before(meetDay) {
				t.Fatalf("case %d: %s at %s with the meeting at %s\n%s", i, x.Purpose, x.At, call.NextMeeting.Time, dump(s))
			}
			confirmed = confirmed || x.Purpose == cadence.Confirmation
		}
		ownConfirmation := false
		for _, st := range o.Model.Steps {
			ownConfirmation = ownConfirmation || st.Purpose == cadence.Confirmation
		}
		text := call.At.Add(5 * time.Minute)
		inHours := clockOf(text) >= cadence.QuietEnd && clockOf(text) < cadence.QuietStart
		if !confirmed && !ownConfirmation && inHours && text.Before(call.NextMeeting.Time) {
			t.Fatalf("case %d: no confirmation text for a meeting at %s\n%s", i, call.NextMeeting.Time, dump(s))
		}
	}
}

// TestConcurrentAfter replans one schedule from many goroutines: run with
// -race, it shows the shared schedule is never written.
func TestConcurrentAfter(t *testing.T) {
	call, o := replanCall(t)
	s, err := cadence.Plan(call, o)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := s.After(cadence.Event{Kind: cadence.WentDark, At: call.At.AddDate(0, 0, 3)})
	done := make(chan cadence.Schedule)
	for range 8 {
		go func() {
			got, _ := s.After(cadence.Event{Kind: cadence.WentDark, At: call.At.AddDate(0, 0, 3)})
			done <- got
		}()
	}
	for range 8 {
		if got := <-done; len(got.Touches) != len(want.Touches) || !got.Touches[2].At.Equal(want.Touches[2].At) || got.Touches[2].Channel != want.Touches[2].Channel {
			t.Errorf("concurrent replans differ:\n%s\n%s", dump(got), dump(want))
		}
	}
}

func TestScheduleNext(t *testing.T) {
	call, o := replanCall(t)
	s, _ := cadence.Plan(call, o)
	if x, ok := s.Next(call.At); !ok || x.Purpose != cadence.Recap {
		t.Errorf("Next(start) = %v, %v, want the recap", x.Purpose, ok)
	}
	if x, ok := s.Next(s.Touches[0].At); !ok || x.Purpose != cadence.ValueAdd {
		t.Errorf("Next(recap) = %v, %v, want the value-add", x.Purpose, ok)
	}
	if _, ok := s.Next(s.Touches[len(s.Touches)-1].At); ok {
		t.Error("Next after the last touch found one")
	}
}
