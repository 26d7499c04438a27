package cadence_test

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aftercall/aftercall/cadence"
	"github.com/aftercall/aftercall/extract"
	"github.com/aftercall/aftercall/timeexpr"
)

// replanCall is a discovery call with two people on the prospect's side.
func replanCall(t testing.TB) (extract.Call, cadence.Options) {
	ny := zone(t, "America/New_York")
	call := extract.Call{
		Type: extract.Discovery,
		At:   time.Date(2026, 11, 17, 11, 0, 0, 0, ny),
		Attendees: []extract.Attendee{
			{Name: "Dana Reyes", Org: "Northwind", Side: extract.Ours},
			{Name: "Priya Shah", Org: "Acme", Side: extract.Theirs},
			{Name: "Marcus Lee", Org: "Acme", Side: extract.Theirs},
		},
		Items: []extract.Item{{Side: extract.Theirs, Owner: "Priya Shah", Action: "send the security questionnaire"}},
	}
	return call, cadence.Options{Calendar: timeexpr.Calendar{Location: ny, Holidays: timeexpr.USHolidays()}}
}

// brief renders touches as "Mon 01-02 15:04 channel purpose contact".
func brief(s cadence.Schedule) []string {
	var out []string
	for _, x := range s.Touches {
		out = append(out, strings.Join([]string{x.At.Format("Mon 01-02 15:04"), x.Channel.String(), x.Purpose.String(), x.Contact}, " "))
	}
	return out
}

func TestAfter(t *testing.T) {
	call, o := replanCall(t)
	ny := o.Calendar.Loc()
	at := func(m time.Month, d, h, min int) time.Time { return time.Date(2026, m, d, h, min, 0, 0, ny) }
	post, err := cadence.Plan(call, o)
	if err != nil {
		t.Fatal(err)
	}
	wantPost := []string{
		"Tue 11-17 11:30 email recap Priya Shah",
		"Thu 11-19 10:30 email value-add Priya Shah",
		"Tue 11-24 13:30 email check-in Priya Shah",
		"Mon 11-30 10:30 phone check-in Priya Shah",
		"Thu 12-03 09:00 email breakup Priya Shah",
	}
	if got := brief(post); !slices.Equal(got, wantPost) {
		t.Fatalf("plan:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(wantPost, "\n"))
	}
	o.Model = cadence.PersistenceB()
	calls, err := cadence.Plan(call, o)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		reason string
		from   cadence.Schedule
		events []cadence.Event
		want   []string
		end    cadence.End
		moved  string // a Moved entry some touch must carry
	}{
		{
			name:   "replied-stops",
			reason: "a reply stops everything after it; what was sent stays",
			from:   post,
			events: []cadence.Event{{Kind: cadence.Replied, At: at(11, 20, 9, 12)}},
			want:   wantPost[:2],
			end:    cadence.EndReplied,
		},
		{
			name:   "meeting-booked-stops",
			reason: "a booked meeting stops the sequence",
			from:   post,
			events: []cadence.Event{{Kind: cadence.MeetingBooked, At: at(11, 18, 16, 0), Meeting: at(12, 1, 14, 0)}},
			want:   wantPost[:1],
			end:    cadence.EndBooked,
		},
		{
			name:   "bounced-email-moves-channel",
			reason: "after a bounce, the emails still to come go by phone or LinkedIn",
			from:   post,
			events: []cadence.Event{{Kind: cadence.Bounced, At: at(11, 20, 9, 0)}},
			want: []string{wantPost[0], wantPost[1],
				"Tue 11-24 13:30 phone check-in Priya Shah",
				"Mon 11-30 10:30 phone check-in Priya Shah",
				"Thu 12-03 09:00 linkedin breakup Priya Shah"},
			end:   cadence.EndBreakup,
			moved: "email bounced: phone instead",
		},
		{
			name:   "no-answer-changes-block",
			reason: "no answer in the late afternoon: the next call, also late afternoon, moves to the late morning",
			from:   calls,
			events: []cadence.Event{{Kind: cadence.NoAnswer, At: at(11, 20, 15, 45)}},
			want: []string{
				"Tue 11-17 11:05 phone callback Priya Shah",
				"Wed 11-18 15:30 phone callback Priya Shah",
				"Fri 11-20 10:30 voicemail callback Priya Shah",
				"Tue 11-24 10:30 phone callback Priya Shah",
				"Mon 11-30 15:30 phone callback Priya Shah",
				"Wed 12-02 10:30 phone callback Priya Shah",
				"Fri 12-04 09:00 email breakup Priya Shah"},
			end:   cadence.EndBreakup,
			moved: "no answer in the late-afternoon: trying the late-morning",
		},
		{
			name:   "voicemail-left-once",
			reason: "a voicemail was left on the second attempt: the planned voicemail becomes a plain call",
			from:   calls,
			events: []cadence.Event{{Kind: cadence.VoicemailLeft, At: at(11, 18, 15, 35)}},
			want: []string{
				"Tue 11-17 11:05 phone callback Priya Shah",
				"Wed 11-18 15:30 phone callback Priya Shah",
				"Fri 11-20 10:30 phone callback Priya Shah",
				"Tue 11-24 15:30 phone callback Priya Shah",
				"Mon 11-30 10:30 phone callback Priya Shah",
				"Wed 12-02 15:30 phone callback Priya Shah",
				"Fri 12-04 09:00 email breakup Priya Shah"},
			end:   cadence.EndBreakup,
			moved: "voicemail already left: call without one",
		},
		{
			name:   "out-of-office-pauses",
			reason: "an out-of-office reply is no reply: what falls in the absence moves to the return, in order and spaced",
			from:   post,
			events: []cadence.Event{{Kind: cadence.OutOfOffice, At: at(11, 20, 9, 0), Until: at(12, 7, 9, 0)}},
			want: []string{wantPost[0], wantPost[1],
				"Mon 12-07 13:30 email check-in Priya Shah",
				"Wed 12-09 10:30 phone check-in Priya Shah",
				"Fri 12-11 09:00 email breakup Priya Shah"},
			end:   cadence.EndBreakup,
			moved: "out of office until Mon 7 Dec",
		},
		{
			name:   "out-of-office-without-date",
			reason: "no return date: a two-week pause",
			from:   post,
			events: []cadence.Event{{Kind: cadence.OutOfOffice, At: at(11, 30, 9, 0)}},
			want: []string{wantPost[0], wantPost[1], wantPost[2],
				"Mon 12-14 10:30 phone check-in Priya Shah",
				"Wed 12-16 09:00 email breakup Priya Shah"},
			end:   cadence.EndBreakup,
			moved: "out of office until Mon 14 Dec",
		},
		{
			name:   "went-dark-1-changes-channel",
			reason: "the first time they go dark, the email check-in becomes a call",
			from:   post,
			events: []cadence.Event{{Kind: cadence.WentDark, At: at(11, 20, 12, 0)}},
			want: []string{wantPost[0], wantPost[1],
				"Tue 11-24 13:30 phone check-in Priya Shah",
				"Mon 11-30 10:30 phone check-in Priya Shah",
				"Thu 12-03 09:00 email breakup Priya Shah"},
			end:   cadence.EndBreakup,
			moved: "went dark on email: phone instead",
		},
		{
			name:   "went-dark-2-changes-contact",
			reason: "the second time, the rest goes to the other stakeholder from the call",
			from:   post,
			events: []cadence.Event{{Kind: cadence.WentDark, At: at(11, 20, 12, 0)}, {Kind: cadence.WentDark, At: at(11, 25, 12, 0)}},
			want: []string{wantPost[0], wantPost[1],
				"Tue 11-24 13:30 phone check-in Priya Shah",
				"Mon 11-30 10:30 phone check-in Marcus Lee",
				"Thu 12-03 09:00 email breakup Marcus Lee"},
			end:   cadence.EndBreakup,
			moved: "went dark: another stakeholder from the call",
		},
		{
			name:   "went-dark-3-breakup",
			reason: "the third time, only the breakup is left, a workday clear of the last call",
			from:   post,
			events: []cadence.Event{{Kind: cadence.WentDark, At: at(11, 20, 12, 0)}, {Kind: cadence.WentDark, At: at(11, 25, 12, 0)},
				{Kind: cadence.WentDark, At: at(11, 30, 16, 0)}},
			want: []string{wantPost[0], wantPost[1],
				"Tue 11-24 13:30 phone check-in Priya Shah",
				"Mon 11-30 10:30 phone check-in Marcus Lee",
				"Wed 12-02 09:00 email breakup Marcus Lee"},
			end: cadence.EndBreakup,
		},
		{
			name:   "went-dark-twice-without-stakeholders",
			reason: "with nobody else to try, the second went-dark ends with the breakup",
			from:   mustBuild(t, call.At, cadence.PostCall(), cadence.Options{Calendar: o.Calendar, Contact: "Priya Shah"}),
			events: []cadence.Event{{Kind: cadence.WentDark, At: at(11, 20, 12, 0)}, {Kind: cadence.WentDark, At: at(11, 25, 12, 0)}},
			want: []string{wantPost[0], wantPost[1],
				"Tue 11-24 13:30 phone check-in Priya Shah",
				"Mon 11-30 09:00 email breakup Priya Shah"},
			end: cadence.EndBreakup,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s := tt.from
			for _, ev := range tt.events {
				var err error
				if s, err = s.After(ev); err != nil {
					t.Fatal(err)
				}
			}
			if got := brief(s); !slices.Equal(got, tt.want) {
				t.Errorf("%s\ngot\n%s\nwant\n%s", tt.reason, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			if s.End != tt.end {
				t.Errorf("End = %s, want %s", s.End, tt.end)
			}
			if tt.moved != "" && !slices.ContainsFunc(s.Touches, func(x cadence.Touch) bool { return slices.Contains(x.Moved, tt.moved) }) {
				t.Errorf("no touch records %q\n%s", tt.moved, dump(s))
			}
			if len(s.Events) != len(tt.events) {
				t.Errorf("Events = %d, want %d", len(s.Events), len(tt.events))
			}
			// The input schedule is a value: replanning never changes it.
			if got := brief(tt.from); !slices.Equal(got, brief(tt.from)) || len(tt.from.Events) != 0 {
				t.Errorf("After modified its receiver")
			}
		})
	}
}

func mustBuild(t testing.TB, start time.Time, m cadence.Model, o cadence.Options) cadence.Schedule {
	t.Helper()
	s, err := cadence.Build(start, m, o)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func TestAfterErrors(t *testing.T) {
	call, o := replanCall(t)
	s, err := cadence.Plan(call, o)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		ev   cadence.Event
		want error
		msg  string
	}{
		{"unknown-kind", cadence.Event{At: call.At}, cadence.ErrEvent, "cadence: unknown event kind 0"},
		{"out-of-range-kind", cadence.Event{Kind: 42, At: call.At}, cadence.ErrEvent, "cadence: unknown event kind 42"},
		{"no-time", cadence.Event{Kind: cadence.Replied}, cadence.ErrEventTime, "cadence: event has no time"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.After(tt.ev)
			if !errors.Is(err, tt.want) || err.Error() != tt.msg {
				t.Errorf("After(%+v) error = %v, want %q", tt.ev, err, tt.msg)
			}
		})
	}
}

func TestAfterIdempotent(t *testing.T) {
	call, o := replanCall(t)
	s, _ := cadence.Plan(call, o)
	ev := cadence.Event{Kind: cadence.WentDark, At: time.Date(2026, 11, 20, 12, 0, 0, 0, o.Calendar.Loc())}
	once, _ := s.After(ev)
	twice, _ := once.After(ev)
	if !slices.Equal(brief(once), brief(twice)) || twice.Dark != 1 {
		t.Errorf("the same went-dark event twice: dark %d\n%s\nthen\n%s", twice.Dark, dump(once), dump(twice))
	}
}
