package email_test

import (
	"testing"
	"time"

	"github.com/aftercall/aftercall/email"
	"github.com/aftercall/aftercall/extract"
	"github.com/aftercall/aftercall/timeexpr"
)

func nyCal(t testing.TB) timeexpr.Calendar {
	return timeexpr.Calendar{Location: mustLoc(t, "America/New_York"), Holidays: timeexpr.USHolidays()}
}

func TestSendBy(t *testing.T) {
	cal := nyCal(t)
	at := func(d, h, m int) time.Time { return time.Date(2026, 11, d, h, m, 0, 0, cal.Loc()) }
	tests := []struct {
		name string
		typ  extract.CallType
		call time.Time
		want time.Time
	}{
		{"discovery: within 4 hours", extract.Discovery, at(17, 10, 0), at(17, 14, 0)},
		{"unknown type is discovery", extract.CallUnknown, at(17, 10, 0), at(17, 14, 0)},
		{"negotiation: within 2 hours", extract.Negotiation, at(17, 15, 30), at(17, 17, 30)},
		{"demo early: same day", extract.Demo, at(17, 10, 0), at(17, 13, 0)},
		{"demo late: next morning", extract.Demo, at(17, 15, 0), at(18, 12, 0)},
		{"demo on Friday afternoon: Monday morning", extract.Demo, at(20, 16, 0), at(23, 12, 0)},
		{"demo before Thanksgiving: Monday", extract.Demo, at(25, 16, 0), at(30, 12, 0)},
		{"check-in: within 24 hours", extract.CheckIn, at(17, 16, 0), at(18, 16, 0)},
		{"internal: within the hour", extract.Internal, at(17, 16, 0), at(17, 17, 0)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := email.SendBy(extract.Call{Type: tt.typ, At: tt.call}, email.Options{Calendar: cal})
			if !got.Equal(tt.want) {
				t.Errorf("SendBy(%v at %v) = %v, want %v", tt.typ, tt.call, got, tt.want)
			}
		})
	}
	custom := []email.Timing{{Type: extract.Discovery, Within: time.Hour}}
	if got := email.SendBy(extract.Call{Type: extract.Demo, At: at(17, 10, 0)}, email.Options{Calendar: cal, Timing: custom}); !got.Equal(at(17, 11, 0)) {
		t.Errorf("custom table: %v", got)
	}
}

func TestLate(t *testing.T) {
	cal := nyCal(t)
	due := time.Date(2026, 11, 18, 17, 0, 0, 0, cal.Loc()) // a Wednesday
	tests := []struct {
		name   string
		now    time.Time
		days   int
		action email.LateAction
	}{
		{"before the deadline", due.Add(-time.Hour), 0, email.SendAsIs},
		{"at the deadline", due, 0, email.SendAsIs},
		{"same evening", due.Add(4 * time.Hour), 0, email.SendAsIs},
		{"next day: 1, as is", due.AddDate(0, 0, 1), 1, email.SendAsIs},
		{"two days: apologise", due.AddDate(0, 0, 2), 2, email.Apologise},
		{"weekend does not count", due.AddDate(0, 0, 4), 2, email.Apologise},
		{"Tuesday: 4 workdays, call", due.AddDate(0, 0, 6), 4, email.CallFirst},
		{"Thanksgiving week", due.AddDate(0, 0, 9), 5, email.CallFirst},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := email.Late(due, tt.now, cal)
			if got.Days != tt.days || got.Action != tt.action {
				t.Errorf("Late(%v, %v) = %+v, want %d %v", due, tt.now, got, tt.days, tt.action)
			}
		})
	}
	sat := time.Date(2026, 11, 20, 17, 0, 0, 0, cal.Loc()).AddDate(0, 0, 1) // Friday's deadline, made Saturday
	if got := email.Late(sat.AddDate(0, 0, -1), sat, cal); got.Days != 1 {
		t.Errorf("a day later on a weekend = %+v, want 1 day", got)
	}
}

func TestConfirmationQuietHours(t *testing.T) {
	cal := nyCal(t)
	la := mustLoc(t, "America/Los_Angeles")
	call := extract.Call{Type: extract.Discovery, At: time.Date(2026, 11, 17, 10, 0, 0, 0, cal.Loc()),
		Attendees: []extract.Attendee{{Name: "Dana Reyes", Side: extract.Ours}, {Name: "Priya Shah", Side: extract.Theirs}}}
	tests := []struct {
		name string
		now  time.Time
		zone *time.Location
		win  email.Window
		want time.Time
		held bool
	}{
		{"inside the window", call.At, nil, email.Window{}, call.At, false},
		{"10:00 New York is 07:00 Los Angeles", call.At, la, email.Window{}, time.Date(2026, 11, 17, 8, 0, 0, 0, la), true},
		{"21:00 is closed", time.Date(2026, 11, 17, 21, 0, 0, 0, cal.Loc()), nil, email.Window{}, time.Date(2026, 11, 18, 8, 0, 0, 0, cal.Loc()), true},
		{"20:59 is open", time.Date(2026, 11, 17, 20, 59, 0, 0, cal.Loc()), nil, email.Window{}, time.Date(2026, 11, 17, 20, 59, 0, 0, cal.Loc()), false},
		{"Florida closes at 20:00", time.Date(2026, 11, 17, 20, 30, 0, 0, cal.Loc()), nil, email.Window{From: 8 * time.Hour, To: 20 * time.Hour}, time.Date(2026, 11, 18, 8, 0, 0, 0, cal.Loc()), true},
		{"07:59 waits a minute", time.Date(2026, 11, 17, 7, 59, 0, 0, cal.Loc()), nil, email.Window{}, time.Date(2026, 11, 17, 8, 0, 0, 0, cal.Loc()), true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := email.Confirmation(call, email.Options{Calendar: cal, Now: tt.now, RecipientZone: tt.zone, TextWindow: tt.win})
			if err != nil {
				t.Fatal(err)
			}
			if !s.SendAt.Equal(tt.want) || s.Held != tt.held {
				t.Errorf("SendAt = %v held %v, want %v held %v", s.SendAt, s.Held, tt.want, tt.held)
			}
		})
	}
}

func TestConfirmationText(t *testing.T) {
	cal := nyCal(t)
	call := extract.Call{Type: extract.Discovery, At: time.Date(2026, 11, 17, 10, 0, 0, 0, cal.Loc()),
		Attendees: []extract.Attendee{{Name: "Dana Reyes", Org: "Northwind", Side: extract.Ours}, {Name: "Priya Shah", Side: extract.Theirs}},
		Items: []extract.Item{
			{Side: extract.Ours, Owner: "Dana Reyes", Action: "send the revised pricing proposal", Kind: extract.Commitment, Priority: extract.Blocking,
				Due: &extract.Due{Time: time.Date(2026, 11, 20, 17, 0, 0, 0, cal.Loc()), Explicit: true}},
			{Side: extract.Theirs, Owner: "Priya Shah", Action: "share the team’s “wish list”", Kind: extract.Commitment,
				Due: &extract.Due{Time: time.Date(2026, 11, 19, 12, 0, 0, 0, cal.Loc()), Explicit: true, Grain: timeexpr.GrainHour}},
		},
		NextMeeting: &extract.Meeting{Time: time.Date(2026, 12, 3, 14, 0, 0, 0, cal.Loc()), Phrase: "December 3rd at 2pm"},
	}
	tests := []struct {
		name string
		opt  email.Options
		want string
		segs int
	}{
		{"default", email.Options{Calendar: cal},
			`Hi Priya, thanks for the call today. Agreed: I'll send the revised pricing proposal by Fri 11/20. Next: our call Thu 12/3 2pm EST. From you: share the team's "wish list" by Thu 11/19 12pm EST. Reply here with questions or to reschedule. - Dana, Northwind`, 2},
		{"opt-out and reply path", email.Options{Calendar: cal, SMSOptOut: true, ReplyPath: "Call or text 555-0100."},
			`Hi Priya, thanks for the call today. Agreed: I'll send the revised pricing proposal by Fri 11/20. Next: our call Thu 12/3 2pm EST. From you: share the team's "wish list" by Thu 11/19 12pm EST. Call or text 555-0100. - Dana, Northwind. Reply STOP to opt out.`, 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := email.Confirmation(call, tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			if s.Text != tt.want || s.Segments != tt.segs || s.Encoding != email.GSM7 {
				t.Errorf("Confirmation =\n%q (%d segments, %v)\nwant\n%q (%d)", s.Text, s.Segments, s.Encoding, tt.want, tt.segs)
			}
		})
	}
	// A long action is shortened to stay within MaxSegments.
	long := call
	long.Items = append([]extract.Item(nil), call.Items...)
	long.Items[0].Action = "send the revised pricing proposal with the three-year option, the volume discount tiers, the onboarding plan and the security addendum for legal review"
	long.Items[1].Action = "share the team's wish list with IT, procurement, the regional sales leads and the enablement team so that everyone can weigh in before the call"
	s, err := email.Confirmation(long, email.Options{Calendar: cal, SMSOptOut: true})
	if err != nil {
		t.Fatal(err)
	}
	if s.Segments > email.MaxSegments {
		t.Errorf("long confirmation takes %d segments: %q", s.Segments, s.Text)
	}
}

func TestNoTime(t *testing.T) {
	var c extract.Call
	if _, err := email.Recap(c, email.Options{}); err != email.ErrNoTime {
		t.Errorf("Recap: %v", err)
	}
	if _, err := email.Internal(c, email.Options{}); err != email.ErrNoTime {
		t.Errorf("Internal: %v", err)
	}
	if _, err := email.Confirmation(c, email.Options{}); err != email.ErrNoTime {
		t.Errorf("Confirmation: %v", err)
	}
	for name, fn := range map[string]func(extract.Call, email.Options) (email.Draft, error){
		"Voicemail": email.Voicemail, "CheckIn": email.CheckIn, "Breakup": email.Breakup,
	} {
		if _, err := fn(c, email.Options{}); err != email.ErrNoTime {
			t.Errorf("%s: %v", name, err)
		}
	}
}

// TestConfirmationOneSegment: a text that only just spills into a second
// segment is reworded to fit one.
func TestConfirmationOneSegment(t *testing.T) {
	cal := nyCal(t)
	call := extract.Call{Type: extract.Discovery, At: time.Date(2026, 11, 17, 10, 0, 0, 0, cal.Loc()),
		Attendees: []extract.Attendee{{Name: "Dana Reyes", Side: extract.Ours}, {Name: "Priya Shah", Side: extract.Theirs}},
		Items: []extract.Item{
			{Side: extract.Ours, Owner: "Dana Reyes", Action: "send the deck", Due: &extract.Due{Time: time.Date(2026, 11, 20, 17, 0, 0, 0, cal.Loc()), Explicit: true}},
			{Side: extract.Theirs, Owner: "Priya Shah", Action: "sign the MSA"},
		},
		NextMeeting: &extract.Meeting{Time: time.Date(2026, 12, 3, 14, 0, 0, 0, cal.Loc())},
	}
	s, err := email.Confirmation(call, email.Options{Calendar: cal})
	if err != nil {
		t.Fatal(err)
	}
	want := "Hi Priya, thanks for today. Agreed: I'll send the deck by Fri 11/20. Next: our call Thu 12/3 2pm EST. From you: sign the MSA. Questions? Reply here. - Dana"
	if s.Text != want || s.Segments != 1 {
		t.Errorf("Confirmation = %q (%d segments, %d units), want %q in one", s.Text, s.Segments, s.Units, want)
	}
}
