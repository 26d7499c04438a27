package cadence_test

// Regression tests for what users of sequence tools complain about (see
// ../shared/research/CADENCE.md, section 2). Each test names the complaint.

import (
	"strings"
	"testing"
	"time"

	"github.com/rickar/cal/v2"

	"github.com/aftercall/aftercall/cadence"
	"github.com/aftercall/aftercall/extract"
	"github.com/aftercall/aftercall/timeexpr"
)

// Complaint: steps go out at the clock time of enrolment (a form filled at
// 3 am gives follow-ups at 3 am).
func TestComplaintEnrolmentClockTime(t *testing.T) {
	ny := zone(t, "America/New_York")
	o := cadence.Options{Calendar: timeexpr.Calendar{Location: ny}}
	var first []string
	for _, start := range []time.Time{
		time.Date(2026, 11, 17, 3, 0, 0, 0, ny),
		time.Date(2026, 11, 17, 15, 47, 0, 0, ny),
		time.Date(2026, 11, 17, 23, 59, 0, 0, ny),
	} {
		s, err := cadence.Build(start, cadence.PostCall(), o)
		if err != nil {
			t.Fatal(err)
		}
		var clocks []string
		for _, x := range s.Touches[1:] { // the recap follows the call itself
			clocks = append(clocks, x.At.Format("15:04"))
		}
		got := strings.Join(clocks, " ")
		if first == nil {
			first = clocks
		} else if got != strings.Join(first, " ") {
			t.Errorf("start %s: day-level touches at %s, want the same blocks as %v", start.Format("15:04"), got, first)
		}
		for _, c := range clocks {
			if c == start.Format("15:04") {
				t.Errorf("start %s: a touch at the enrolment clock time", c)
			}
		}
	}
}

// Complaint: schedules ignore daylight saving time (UTC offsets only), so a
// 10:30 touch becomes 09:30 or 11:30 after the change.
func TestComplaintDaylightSaving(t *testing.T) {
	tests := []struct {
		zone  string
		start time.Time // the days before a change
	}{
		{"America/New_York", time.Date(2026, 10, 29, 12, 0, 0, 0, time.UTC)},    // falls back 1 November
		{"America/New_York", time.Date(2026, 3, 5, 12, 0, 0, 0, time.UTC)},      // springs forward 8 March
		{"Europe/Berlin", time.Date(2026, 3, 26, 12, 0, 0, 0, time.UTC)},        // 29 March
		{"Europe/Berlin", time.Date(2026, 10, 22, 12, 0, 0, 0, time.UTC)},       // 25 October
		{"Australia/Sydney", time.Date(2026, 4, 1, 2, 0, 0, 0, time.UTC)},       // 5 April
		{"Australia/Sydney", time.Date(2026, 9, 30, 2, 0, 0, 0, time.UTC)},      // 4 October
		{"Asia/Kolkata", time.Date(2026, 3, 26, 6, 0, 0, 0, time.UTC)},          // no DST at all
		{"America/Los_Angeles", time.Date(2026, 10, 29, 20, 0, 0, 0, time.UTC)}, // 1 November
	}
	for _, tt := range tests {
		t.Run(tt.zone+"/"+tt.start.Format("2006-01-02"), func(t *testing.T) {
			loc := zone(t, tt.zone)
			m := cadence.Model{Name: "dst", Steps: []cadence.Step{
				step("1bd", cadence.Email, cadence.ValueAdd, cadence.LateMorning),
				step("4bd", cadence.Phone, cadence.CheckIn, cadence.LateMorning),
				step("2w", cadence.Email, cadence.Nurture, cadence.LateMorning),
			}}
			s, err := cadence.Build(tt.start, m, cadence.Options{Calendar: timeexpr.Calendar{Location: loc}})
			if err != nil {
				t.Fatal(err)
			}
			offsets := map[int]bool{}
			for _, x := range s.Touches {
				if got := x.At.Format("15:04"); got != "10:30" {
					t.Errorf("%s touch at %s local, want 10:30\n%s", x.Purpose, got, dump(s))
				}
				_, off := x.At.Zone()
				offsets[off] = true
			}
			if tt.zone != "Asia/Kolkata" && len(offsets) != 2 {
				t.Errorf("want touches on both sides of the change, got offsets %v\n%s", offsets, dump(s))
			}
		})
	}
}

// Complaint: the rep's zone is used instead of the prospect's.
func TestComplaintRepZoneVersusProspectZone(t *testing.T) {
	sydney, ny := zone(t, "Australia/Sydney"), zone(t, "America/New_York")
	// The call ended at 17:00 in New York: 09:00 the next morning in Sydney.
	end := time.Date(2026, 11, 17, 17, 0, 0, 0, ny)
	o := cadence.Options{Calendar: timeexpr.Calendar{Location: sydney}, RepZone: ny}
	s, err := cadence.Build(end, cadence.PersistenceB(), o)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, s, o, 0)
	c := o.Calendar
	for _, x := range s.Touches {
		if x.At.Location() != sydney {
			t.Errorf("touch in %s, want the prospect's Australia/Sydney", x.At.Location())
		}
		if !c.InWorkHours(x.At) {
			t.Errorf("touch at %s is outside the prospect's work hours", x.At)
		}
		if x.RepAt.Location() != ny || !x.RepAt.Equal(x.At) {
			t.Errorf("RepAt = %s, want the same instant in New York", x.RepAt)
		}
	}
	// The first call back goes 5 minutes after the call: 09:05 in Sydney,
	// which is 17:05 for the rep, not the next New York morning.
	if got := s.Touches[0].At.Format("Mon 15:04"); got != "Wed 09:05" {
		t.Errorf("first call back at %s Sydney time, want Wed 09:05", got)
	}
}

// Complaint: holidays are an afterthought (business-day settings that do
// not skip holidays; federal days only; embarrassing emails on Thanksgiving).
func TestComplaintHolidays(t *testing.T) {
	tests := []struct {
		name     string
		zone     string
		holidays []*cal.Holiday
		start    time.Time
		skip     []string // dates ("01-02") no touch may land on
	}{
		{"us/thanksgiving-week", "America/New_York", nil, time.Date(2026, 11, 23, 10, 0, 0, 0, time.UTC), []string{"11-26", "11-27"}},
		{"us/christmas-and-new-year", "America/Chicago", nil, time.Date(2026, 12, 21, 16, 0, 0, 0, time.UTC), []string{"12-24", "12-25", "12-31", "01-01"}},
		{"uk/boxing-day-substitute", "Europe/London", nil, time.Date(2026, 12, 21, 10, 0, 0, 0, time.UTC), []string{"12-24", "12-25", "12-28", "12-31", "01-01"}},
		{"de/unity-day-and-christmas", "Europe/Berlin", nil, time.Date(2026, 9, 28, 10, 0, 0, 0, time.UTC), []string{"10-03"}},
	}
	presets := map[string][]*cal.Holiday{"us": timeexpr.USHolidays(), "uk": timeexpr.UKHolidays(), "de": timeexpr.GermanHolidays()}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			o := cadence.Options{Calendar: timeexpr.Calendar{Location: zone(t, tt.zone), Holidays: presets[tt.name[:2]]}}
			for _, m := range cadence.Models() {
				s, err := cadence.Build(tt.start, m, o)
				if err != nil {
					t.Fatal(err)
				}
				for _, x := range s.Touches {
					for _, d := range tt.skip {
						if x.At.Format("01-02") == d && !x.Prompt {
							t.Errorf("%s: %s %s on %s, a day off", m.Name, x.Channel, x.Purpose, d)
						}
					}
				}
				checkInvariants(t, s, o, 0)
			}
		})
	}
}

// Complaint: delays whose meaning (calendar days, business days, schedule
// days) is unclear. Here each unit says what it counts.
func TestComplaintBusinessVersusCalendarDays(t *testing.T) {
	ny := zone(t, "America/New_York")
	fri := time.Date(2026, 11, 13, 11, 0, 0, 0, ny)
	o := cadence.Options{Calendar: timeexpr.Calendar{Location: ny, Holidays: timeexpr.USHolidays()}}
	tests := []struct {
		after string
		want  string
		moved string
	}{
		{"2d", "Mon 11-16 10:30", "weekend"}, // Sunday, moved to Monday: the move is recorded
		{"2bd", "Tue 11-17 10:30", ""},       // two workdays: Monday, Tuesday
		{"3d", "Mon 11-16 10:30", ""},        // Monday itself
		{"1w", "Fri 11-20 10:30", ""},        // the same weekday
		{"2w", "Mon 11-30 10:30", "holiday: Day After Thanksgiving Day"},
		{"48h", "Mon 11-16 10:30", "weekend"}, // elapsed time lands on Sunday 11:00; the move goes to the step's block
	}
	for _, tt := range tests {
		t.Run(tt.after, func(t *testing.T) {
			s, err := cadence.Build(fri, cadence.Model{Name: tt.after, Steps: []cadence.Step{
				step(tt.after, cadence.Email, cadence.ValueAdd, cadence.LateMorning)}}, o)
			if err != nil {
				t.Fatal(err)
			}
			x := s.Touches[0]
			if got := x.At.Format("Mon 01-02 15:04"); got != tt.want {
				t.Errorf("%s from Friday = %s, want %s", tt.after, got, tt.want)
			}
			if tt.moved != "" && (len(x.Moved) == 0 || x.Moved[0] != tt.moved) {
				t.Errorf("%s: moved %v, want %q first", tt.after, x.Moved, tt.moved)
			}
			if tt.moved == "" && len(x.Moved) > 0 {
				t.Errorf("%s: moved %v, want no move", tt.after, x.Moved)
			}
			if x.After.String() != tt.after {
				t.Errorf("touch After = %s, want %s", x.After, tt.after)
			}
		})
	}
}

// Complaint: the sequence continues after the prospect engaged.
func TestComplaintContinuingAfterEngagement(t *testing.T) {
	ny := zone(t, "America/New_York")
	o := cadence.Options{Calendar: timeexpr.Calendar{Location: ny, Holidays: timeexpr.USHolidays()}}
	start := time.Date(2026, 11, 17, 11, 0, 0, 0, ny)
	s, err := cadence.Build(start, cadence.PostCall(), o)
	if err != nil {
		t.Fatal(err)
	}
	reply := s.Touches[1].At.Add(3 * time.Hour)
	for _, k := range []cadence.EventKind{cadence.Replied, cadence.MeetingBooked} {
		got, err := s.After(cadence.Event{Kind: k, At: reply})
		if err != nil {
			t.Fatal(err)
		}
		for _, x := range got.Touches {
			if x.At.After(reply) {
				t.Errorf("%s: a %s touch at %s, after the prospect engaged at %s", k, x.Purpose, x.At, reply)
			}
		}
		// Later events change nothing.
		again, _ := got.After(cadence.Event{Kind: cadence.WentDark, At: reply.AddDate(0, 0, 14)})
		if len(again.Touches) != len(got.Touches) {
			t.Errorf("%s: a went-dark event after engagement added touches", k)
		}
	}

	// A call that booked its next meeting: no chase on or after the
	// meeting's day, no breakup.
	call := extract.Call{Type: extract.Discovery, At: start,
		NextMeeting: &extract.Meeting{Time: time.Date(2026, 11, 24, 14, 0, 0, 0, ny), Phrase: "next Tuesday at 2"}}
	p, err := cadence.Plan(call, o)
	if err != nil {
		t.Fatal(err)
	}
	if p.End != cadence.EndMeeting {
		t.Errorf("End = %s, want next-meeting", p.End)
	}
	for _, x := range p.Touches {
		if !x.At.Before(day(call.NextMeeting.Time)) || x.Purpose == cadence.Breakup {
			t.Errorf("%s %s at %s with a meeting booked for %s", x.Channel, x.Purpose, x.At, call.NextMeeting.Time)
		}
	}
}

// Complaint: touches move without saying why. Every touch that is not at
// the time its step asked for records at least one reason.
func TestComplaintMovesSayWhy(t *testing.T) {
	ny := zone(t, "America/New_York")
	o := cadence.Options{Calendar: timeexpr.Calendar{Location: ny, Holidays: timeexpr.USHolidays()}}
	for _, start := range []time.Time{
		time.Date(2026, 11, 25, 22, 30, 0, 0, ny), // the night before Thanksgiving
		time.Date(2026, 12, 24, 16, 50, 0, 0, ny), // Christmas Eve
		time.Date(2026, 7, 3, 12, 0, 0, 0, ny),    // observed Independence Day
	} {
		for _, m := range cadence.Models() {
			s, err := cadence.Build(start, m, o)
			if err != nil {
				t.Fatal(err)
			}
			for _, x := range s.Touches {
				asked := askedTime(t, start, m.Steps[x.Step], effective(o))
				if !x.At.Equal(asked) && len(x.Moved) == 0 {
					t.Errorf("%s from %s: %s %s at %s, asked for %s, with no reason", m.Name, start, x.Channel, x.Purpose,
						x.At.Format("Mon 01-02 15:04"), asked.Format("Mon 01-02 15:04"))
				}
			}
		}
	}
}

// askedTime is the time a step asks for before any rule, computed
// independently of the package.
func askedTime(t *testing.T, start time.Time, st cadence.Step, c timeexpr.Calendar) time.Time {
	t.Helper()
	blocks := map[cadence.Block][2]int{cadence.AnyBlock: {9, 0}, cadence.Morning: {9, 0}, cadence.LateMorning: {10, 30},
		cadence.Midday: {12, 0}, cadence.EarlyAfternoon: {13, 30}, cadence.LateAfternoon: {15, 30}}
	d := day(start)
	switch st.After.Unit {
	case cadence.Minutes:
		return start.Add(time.Duration(st.After.N) * time.Minute)
	case cadence.Hours:
		return start.Add(time.Duration(st.After.N) * time.Hour)
	case cadence.Days:
		d = d.AddDate(0, 0, st.After.N)
	case cadence.Weeks:
		d = d.AddDate(0, 0, 7*st.After.N)
	case cadence.BusinessDays:
		d = c.AddWorkdays(d, st.After.N)
	}
	hm := blocks[st.Block]
	return time.Date(d.Year(), d.Month(), d.Day(), hm[0], hm[1], 0, 0, start.Location())
}
