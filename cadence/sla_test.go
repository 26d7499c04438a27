package cadence_test

import (
	"testing"
	"time"

	"github.com/aftercall/aftercall/cadence"
	"github.com/aftercall/aftercall/extract"
	"github.com/aftercall/aftercall/timeexpr"
)

func TestFirstTouchDue(t *testing.T) {
	ny := zone(t, "America/New_York")
	c := timeexpr.Calendar{Location: ny, Holidays: timeexpr.USHolidays()}
	at := func(d, h, m int) time.Time { return time.Date(2026, 11, d, h, m, 0, 0, ny) }
	tests := []struct {
		name   string
		reason string
		call   extract.CallType
		lead   cadence.Lead
		end    time.Time
		due    string
		again  string
		owner  cadence.Role
	}{
		{"missed-call/in-hours", "5 minutes, then again by the end of the day", extract.CallUnknown, cadence.MissedCall, at(17, 14, 0), "Tue 11-17 14:05", "Tue 11-17 17:00", cadence.SalesOwner},
		{"missed-call/after-hours", "the clock starts at the next work start", extract.CallUnknown, cadence.MissedCall, at(17, 22, 0), "Wed 11-18 09:05", "Wed 11-18 17:00", cadence.SalesOwner},
		{"missed-call/at-work-end", "due exactly at the end of work: the second attempt is the next day", extract.CallUnknown, cadence.MissedCall, at(17, 16, 55), "Tue 11-17 17:00", "Wed 11-18 17:00", cadence.SalesOwner},
		{"high-intent/spans-the-night", "an hour of work time from 16:30 ends at 09:30 the next workday", extract.Demo, cadence.HighIntent, at(17, 16, 30), "Wed 11-18 09:30", "", cadence.SalesOwner},
		{"high-intent/over-thanksgiving", "Wednesday 16:45 plus an hour skips Thanksgiving and the Friday", extract.Demo, cadence.HighIntent, at(25, 16, 45), "Mon 11-30 09:45", "", cadence.SalesOwner},
		{"urgent/on-call", "an urgent request goes to whoever is on call", extract.CallUnknown, cadence.UrgentLead, at(17, 10, 0), "Tue 11-17 10:05", "Tue 11-17 17:00", cadence.OnCall},
		{"existing/same-day", "an existing customer: the account owner, the same business day", extract.CheckIn, cadence.Existing, at(17, 10, 0), "Tue 11-17 17:00", "", cadence.AccountOwner},
		{"warm-discovery/recap-hour", "a discovery call's recap within the hour", extract.Discovery, cadence.LeadUnknown, at(17, 10, 0), "Tue 11-17 11:00", "", cadence.SalesOwner},
		{"warm-check-in/same-day-after-hours", "a check-in call at 18:00: the end of the next workday", extract.CheckIn, cadence.Warm, at(17, 18, 0), "Wed 11-18 17:00", "", cadence.AccountOwner},
		{"warm-other/same-day", "any other call: the same business day", extract.Internal, cadence.Warm, at(17, 10, 0), "Tue 11-17 17:00", "", cadence.SalesOwner},
		{"warm-other/past-cutoff", "a call that ends 20 minutes before close: same day means the next workday", extract.Internal, cadence.Warm, at(17, 16, 40), "Wed 11-18 17:00", "", cadence.SalesOwner},
		{"existing/before-cutoff", "an hour before close is still today", extract.CheckIn, cadence.Existing, at(17, 16, 0), "Tue 11-17 17:00", "", cadence.AccountOwner},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f, ok := cadence.FirstTouchDue(tt.call, tt.lead, tt.end, c, nil)
			if !ok {
				t.Fatal("no rule matched")
			}
			if got := f.Due.Format("Mon 01-02 15:04"); got != tt.due {
				t.Errorf("%s: due %s, want %s", tt.reason, got, tt.due)
			}
			again := ""
			if !f.Again.IsZero() {
				again = f.Again.Format("Mon 01-02 15:04")
			}
			if again != tt.again {
				t.Errorf("%s: again %q, want %q", tt.reason, again, tt.again)
			}
			if f.SLA.Owner != tt.owner {
				t.Errorf("owner %s, want %s", f.SLA.Owner, tt.owner)
			}
		})
	}
	if _, ok := cadence.FirstTouchDue(extract.Demo, cadence.HighIntent, at(17, 9, 0), c, []cadence.SLA{{Lead: cadence.MissedCall}}); ok {
		t.Error("a table without a matching rule matched")
	}
}

func TestLateAt(t *testing.T) {
	ny := zone(t, "America/New_York")
	c := timeexpr.Calendar{Location: ny, Holidays: timeexpr.USHolidays()}
	at := func(d, h, m int) time.Time { return time.Date(2026, 11, d, h, m, 0, 0, ny) }
	tests := []struct {
		name     string
		touch    cadence.Touch
		done     time.Time
		by       time.Duration
		severity cadence.Severity
		remedy   cadence.Remedy
	}{
		{"on-time", cadence.Touch{At: at(17, 10, 30), Purpose: cadence.ValueAdd}, at(17, 10, 40), 10 * time.Minute, cadence.OnTime, cadence.NoRemedy},
		{"late-send-now", cadence.Touch{At: at(17, 10, 30), Purpose: cadence.ValueAdd}, at(17, 11, 30), time.Hour, cadence.Late, cadence.SendNow},
		{"very-late-acknowledge", cadence.Touch{At: at(17, 10, 30), Purpose: cadence.CheckIn}, at(18, 10, 0), 7*time.Hour + 30*time.Minute, cadence.VeryLate, cadence.Acknowledge},
		{"overnight-counts-work-time", cadence.Touch{At: at(17, 16, 30), Purpose: cadence.CheckIn}, at(18, 9, 10), 40 * time.Minute, cadence.Late, cadence.SendNow},
		{"weekend-does-not-count", cadence.Touch{At: at(20, 16, 0), Purpose: cadence.CheckIn}, at(23, 9, 30), 90 * time.Minute, cadence.Late, cadence.SendNow},
		{"missed-value-add-skip", cadence.Touch{At: at(17, 10, 30), Purpose: cadence.ValueAdd}, at(20, 10, 30), 24 * time.Hour, cadence.Missed, cadence.Skip},
		{"missed-recap-still-sent", cadence.Touch{At: at(17, 10, 30), Purpose: cadence.Recap}, at(20, 10, 30), 24 * time.Hour, cadence.Missed, cadence.Acknowledge},
		{"callback-escalates", cadence.Touch{At: at(17, 10, 0), Purpose: cadence.Callback}, at(17, 11, 30), 90 * time.Minute, cadence.VeryLate, cadence.Escalate},
		{"callback-escalates-later-too", cadence.Touch{At: at(17, 10, 0), Purpose: cadence.Callback}, at(19, 11, 30), 17*time.Hour + 30*time.Minute, cadence.VeryLate, cadence.Escalate},
		{"prompt-counts-wall-time", cadence.Touch{At: at(17, 19, 0), Purpose: cadence.Recap, Prompt: true}, at(17, 20, 30), 90 * time.Minute, cadence.Late, cadence.SendNow},
		{"early-is-on-time", cadence.Touch{At: at(17, 10, 30), Purpose: cadence.ValueAdd}, at(17, 9, 0), 0, cadence.OnTime, cadence.NoRemedy},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			l := cadence.LateAt(tt.touch, tt.done, c, nil)
			if l.By != tt.by || l.Severity != tt.severity || l.Remedy != tt.remedy {
				t.Errorf("LateAt = by %s %s %s, want by %s %s %s", l.By, l.Severity, l.Remedy, tt.by, tt.severity, tt.remedy)
			}
			if tt.remedy != cadence.NoRemedy && l.Advice == "" {
				t.Error("no advice")
			}
		})
	}
	f, _ := cadence.FirstTouchDue(extract.CallUnknown, cadence.MissedCall, at(17, 14, 0), c, nil)
	if l := f.Late(at(17, 15, 30), c, nil); l.Remedy != cadence.Escalate || l.By != 85*time.Minute {
		t.Errorf("missed call answered 85 minutes late: %+v, want escalate", l)
	}
}
