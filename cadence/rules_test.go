package cadence_test

import (
	"slices"
	"testing"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/us"

	"github.com/aftercall/aftercall/cadence"
	"github.com/aftercall/aftercall/timeexpr"
)

// want is one expected touch: its local time ("Mon 01-02 15:04"), channel,
// purpose and the moves it records.
type want struct {
	at      string
	channel cadence.Channel
	purpose cadence.Purpose
	moved   []string
}

func step(after string, ch cadence.Channel, p cadence.Purpose, b cadence.Block) cadence.Step {
	d, err := cadence.ParseDelay(after)
	if err != nil {
		panic(err)
	}
	return cadence.Step{After: d, Channel: ch, Purpose: p, Block: b}
}

func TestBuildRules(t *testing.T) {
	ny := zone(t, "America/New_York")
	usCal := timeexpr.Calendar{Location: ny, Holidays: timeexpr.USHolidays()}
	federal := timeexpr.Calendar{Location: ny, Holidays: append([]*cal.Holiday(nil), us.Holidays...)}
	early := timeexpr.Calendar{Location: ny, WorkStart: 7 * time.Hour, WorkEnd: 15 * time.Hour}
	tue := func(h, m int) time.Time { return time.Date(2026, 11, 17, h, m, 0, 0, ny) } // Tuesday 17 November 2026
	tests := []struct {
		name   string
		reason string
		start  time.Time
		steps  []cadence.Step
		opt    cadence.Options
		want   []want
	}{
		{
			name:   "recap/after-hours-before-21",
			reason: "a recap follows the call even after hours, as long as it is before 21:00",
			start:  tue(18, 30),
			steps:  []cadence.Step{step("30m", cadence.Email, cadence.Recap, 0)},
			opt:    cadence.Options{Calendar: usCal},
			want:   []want{{"Tue 11-17 19:00", cadence.Email, cadence.Recap, nil}},
		},
		{
			name:   "recap/after-21-waits-for-next-workday",
			reason: "past 21:00 the recap waits for the start of the next work hours",
			start:  tue(20, 45),
			steps:  []cadence.Step{step("30m", cadence.Email, cadence.Recap, 0)},
			opt:    cadence.Options{Calendar: usCal},
			want:   []want{{"Wed 11-18 09:00", cadence.Email, cadence.Recap, []string{"quiet hours"}}},
		},
		{
			name:   "recap/friday-night-waits-for-monday",
			reason: "the next workday after a Friday night is Monday",
			start:  time.Date(2026, 11, 20, 22, 0, 0, 0, ny),
			steps:  []cadence.Step{step("30m", cadence.Email, cadence.Recap, 0)},
			opt:    cadence.Options{Calendar: usCal},
			want:   []want{{"Mon 11-23 09:00", cadence.Email, cadence.Recap, []string{"quiet hours", "weekend"}}},
		},
		{
			name:   "recap/before-8-waits-for-work-start",
			reason: "before 08:00 the recap waits for the same day's work hours",
			start:  tue(6, 0),
			steps:  []cadence.Step{step("30m", cadence.Email, cadence.Recap, 0)},
			opt:    cadence.Options{Calendar: usCal},
			want:   []want{{"Tue 11-17 09:00", cadence.Email, cadence.Recap, []string{"quiet hours"}}},
		},
		{
			name:   "recap/long-delay-is-not-prompt",
			reason: "a recap due 5 hours later is an ordinary touch: work hours apply",
			start:  tue(15, 0),
			steps:  []cadence.Step{step("5h", cadence.Email, cadence.Recap, 0)},
			opt:    cadence.Options{Calendar: usCal},
			want:   []want{{"Wed 11-18 09:00", cadence.Email, cadence.Recap, []string{"after hours"}}},
		},
		{
			name:   "confirmation/text-within-minutes-at-night",
			reason: "the confirmation text goes at 20:35, inside texting hours",
			start:  tue(20, 30),
			steps:  []cadence.Step{step("5m", cadence.SMS, cadence.Confirmation, 0)},
			opt:    cadence.Options{Calendar: usCal},
			want:   []want{{"Tue 11-17 20:35", cadence.SMS, cadence.Confirmation, nil}},
		},
		{
			name:   "work-hours/callback-after-hours-waits",
			reason: "a call back counted in minutes that falls after work hours waits for the next work start",
			start:  tue(16, 58),
			steps:  []cadence.Step{step("5m", cadence.Phone, cadence.Callback, 0)},
			opt:    cadence.Options{Calendar: usCal},
			want:   []want{{"Wed 11-18 09:00", cadence.Phone, cadence.Callback, []string{"after hours"}}},
		},
		{
			name:   "holiday/calendar-days-skip-thanksgiving-and-friday",
			reason: "two calendar days from Tuesday 24 November is Thanksgiving; the preset takes Friday off too",
			start:  time.Date(2026, 11, 24, 11, 0, 0, 0, ny),
			steps:  []cadence.Step{step("2d", cadence.Email, cadence.ValueAdd, cadence.LateMorning)},
			opt:    cadence.Options{Calendar: usCal},
			want: []want{{"Mon 11-30 10:30", cadence.Email, cadence.ValueAdd,
				[]string{"holiday: Thanksgiving Day", "holiday: Day After Thanksgiving Day", "weekend"}}},
		},
		{
			name:   "holiday/bridge-day-by-default",
			reason: "the federal list lacks the day after Thanksgiving; the default bridge days add it",
			start:  time.Date(2026, 11, 24, 11, 0, 0, 0, ny),
			steps:  []cadence.Step{step("3d", cadence.Email, cadence.ValueAdd, cadence.LateMorning)},
			opt:    cadence.Options{Calendar: federal},
			want:   []want{{"Mon 11-30 10:30", cadence.Email, cadence.ValueAdd, []string{"holiday: Day After Thanksgiving Day", "weekend"}}},
		},
		{
			name:   "holiday/bridge-days-off",
			reason: "NoBridgeDays keeps the federal list as it is",
			start:  time.Date(2026, 11, 24, 11, 0, 0, 0, ny),
			steps:  []cadence.Step{step("3d", cadence.Email, cadence.ValueAdd, cadence.LateMorning)},
			opt:    cadence.Options{Calendar: federal, NoBridgeDays: true},
			want:   []want{{"Fri 11-27 10:30", cadence.Email, cadence.ValueAdd, nil}},
		},
		{
			name:   "holiday/skip-days",
			reason: "a caller's own day off counts like a holiday",
			start:  tue(11, 0),
			steps:  []cadence.Step{step("1bd", cadence.Email, cadence.ValueAdd, cadence.LateMorning)},
			opt: cadence.Options{Calendar: usCal, SkipDays: []*cal.Holiday{
				{Name: "Offsite", Month: time.November, Day: 18, Func: cal.CalcDayOfMonth}}},
			want: []want{{"Thu 11-19 10:30", cadence.Email, cadence.ValueAdd, nil}},
		},
		{
			name:   "sms/quiet-hours-before-8",
			reason: "work starts at 07:00 but texts wait for 08:00",
			start:  tue(12, 0),
			steps:  []cadence.Step{step("1bd", cadence.SMS, cadence.CheckIn, 0)},
			opt:    cadence.Options{Calendar: early},
			want:   []want{{"Wed 11-18 08:00", cadence.SMS, cadence.CheckIn, []string{"quiet hours"}}},
		},
		{
			name:   "sms/no-consent-sends-email",
			reason: "NoSMS turns texts into emails and says so",
			start:  tue(12, 0),
			steps:  []cadence.Step{step("5m", cadence.SMS, cadence.Confirmation, 0)},
			opt:    cadence.Options{Calendar: usCal, NoSMS: true},
			want:   []want{{"Tue 11-17 12:05", cadence.Email, cadence.Confirmation, []string{"no SMS consent: email instead"}}},
		},
		{
			name:   "phone/vary-block",
			reason: "two calls asking for the late morning: the second moves to the late afternoon",
			start:  tue(12, 0),
			steps: []cadence.Step{
				step("1bd", cadence.Phone, cadence.CheckIn, cadence.LateMorning),
				step("3bd", cadence.Phone, cadence.CheckIn, cadence.LateMorning)},
			opt: cadence.Options{Calendar: usCal},
			want: []want{
				{"Wed 11-18 10:30", cadence.Phone, cadence.CheckIn, nil},
				{"Fri 11-20 15:30", cadence.Phone, cadence.CheckIn, []string{"block"}}},
		},
		{
			name:   "spacing/no-daily-hammering",
			reason: "after the first day, touches skip a workday between them",
			start:  tue(12, 0),
			steps: []cadence.Step{
				step("5m", cadence.Phone, cadence.Callback, 0),
				step("1bd", cadence.Email, cadence.CheckIn, cadence.LateMorning),
				step("2bd", cadence.Email, cadence.ValueAdd, cadence.LateMorning),
				step("3bd", cadence.Email, cadence.CheckIn, cadence.LateMorning)},
			opt: cadence.Options{Calendar: usCal},
			want: []want{
				{"Tue 11-17 12:05", cadence.Phone, cadence.Callback, nil},
				{"Wed 11-18 10:30", cadence.Email, cadence.CheckIn, nil},
				{"Fri 11-20 10:30", cadence.Email, cadence.ValueAdd, []string{"spacing"}},
				{"Tue 11-24 10:30", cadence.Email, cadence.CheckIn, []string{"spacing"}}},
		},
		{
			name:   "spacing/urgent-allows-daily",
			reason: "an urgent call may be followed up every day",
			start:  tue(12, 0),
			steps: []cadence.Step{
				step("5m", cadence.Phone, cadence.Callback, 0),
				step("1bd", cadence.Email, cadence.CheckIn, cadence.LateMorning),
				step("2bd", cadence.Email, cadence.ValueAdd, cadence.LateMorning),
				step("3bd", cadence.Email, cadence.CheckIn, cadence.LateMorning)},
			opt: cadence.Options{Calendar: usCal, Urgent: true},
			want: []want{
				{"Tue 11-17 12:05", cadence.Phone, cadence.Callback, nil},
				{"Wed 11-18 10:30", cadence.Email, cadence.CheckIn, nil},
				{"Thu 11-19 10:30", cadence.Email, cadence.ValueAdd, nil},
				{"Fri 11-20 10:30", cadence.Email, cadence.CheckIn, nil}},
		},
		{
			name:   "spacing/min-gap",
			reason: "two touches asking for the same minute are 15 minutes apart",
			start:  tue(12, 0),
			steps: []cadence.Step{
				step("10m", cadence.Phone, cadence.Callback, 0),
				step("10m", cadence.SMS, cadence.Confirmation, 0)},
			opt: cadence.Options{Calendar: usCal},
			want: []want{
				{"Tue 11-17 12:10", cadence.Phone, cadence.Callback, nil},
				{"Tue 11-17 12:25", cadence.SMS, cadence.Confirmation, []string{"spacing"}}},
		},
		{
			name:   "breakup/always-last",
			reason: "a breakup asking for an earlier day than a check-in still comes last",
			start:  tue(12, 0),
			steps: []cadence.Step{
				step("4bd", cadence.Email, cadence.CheckIn, cadence.LateMorning),
				step("1bd", cadence.Email, cadence.Breakup, cadence.Morning)},
			opt: cadence.Options{Calendar: usCal},
			want: []want{
				{"Mon 11-23 10:30", cadence.Email, cadence.CheckIn, nil},
				{"Wed 11-25 09:00", cadence.Email, cadence.Breakup, []string{"spacing"}}},
		},
		{
			name:   "block/day-zero-block-already-past",
			reason: "a same-day step whose block the call ran past goes to the next workday's block",
			start:  tue(16, 0),
			steps:  []cadence.Step{step("0bd", cadence.Phone, cadence.CheckIn, cadence.LateMorning)},
			opt:    cadence.Options{Calendar: usCal},
			want:   []want{{"Wed 11-18 10:30", cadence.Phone, cadence.CheckIn, []string{"block already past"}}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := cadence.Build(tt.start, cadence.Model{Name: tt.name, Steps: tt.steps}, tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			var got []want
			for _, x := range s.Touches {
				got = append(got, want{x.At.Format("Mon 01-02 15:04"), x.Channel, x.Purpose, x.Moved})
			}
			if len(got) != len(tt.want) {
				t.Fatalf("%s: got %d touches, want %d\n%s", tt.reason, len(got), len(tt.want), dump(s))
			}
			for i := range got {
				g, w := got[i], tt.want[i]
				if g.at != w.at || g.channel != w.channel || g.purpose != w.purpose || !slices.Equal(g.moved, w.moved) {
					t.Errorf("%s\ntouch %d = %v, want %v", tt.reason, i, g, w)
				}
			}
			checkInvariants(t, s, tt.opt, 0)
		})
	}
}
