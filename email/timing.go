package email

import (
	"time"

	"github.com/aftercall/aftercall/extract"
	"github.com/aftercall/aftercall/internal/enum"
	"github.com/aftercall/aftercall/timeexpr"
)

// Timing is the follow-up deadline for one call type.
type Timing struct {
	Type extract.CallType `json:"type"`
	// Within is how long after the call the recap must go out.
	Within time.Duration `json:"within"`
	// NextMorning allows the next workday morning (by the start of work
	// hours plus Within) when the call ends too late for the same day.
	NextMorning bool `json:"next_morning,omitempty"`
	// Priority is the guidance's word for it: "critical", "high",
	// "medium", "internal".
	Priority string `json:"priority"`
}

// DefaultTiming returns the follow-up timing table of the guidance:
// discovery within 2–4 hours (the table holds the outer bound), demo the
// same day or the next morning, negotiation within 2 hours, check-in or
// QBR within 24 hours, an internal debrief immediately (within an hour). A
// call of unknown type is treated as a discovery call.
func DefaultTiming() []Timing {
	return []Timing{
		{Type: extract.Discovery, Within: 4 * time.Hour, Priority: "high"},
		{Type: extract.Demo, Within: 3 * time.Hour, NextMorning: true, Priority: "high"},
		{Type: extract.Negotiation, Within: 2 * time.Hour, Priority: "critical"},
		{Type: extract.CheckIn, Within: 24 * time.Hour, Priority: "medium"},
		{Type: extract.Internal, Within: time.Hour, Priority: "internal"},
	}
}

// timing returns the row of the table for t, falling back to the
// discovery row, then to 4 hours.
func timing(table []Timing, t extract.CallType) Timing {
	if table == nil {
		table = DefaultTiming()
	}
	for _, want := range []extract.CallType{t, extract.Discovery} {
		for _, row := range table {
			if row.Type == want {
				return row
			}
		}
	}
	return Timing{Type: t, Within: 4 * time.Hour, Priority: "high"}
}

// SendBy returns when the recap of call must go out: the call's reference
// time plus the timing table's Within for its type. For a NextMorning type
// (demo) whose deadline would fall after the end of the workday, it is the
// next workday's start of work hours plus Within, still a morning.
func SendBy(call extract.Call, opt Options) time.Time {
	row := timing(opt.Timing, call.Type)
	at := call.At.In(opt.Calendar.Loc())
	by := at.Add(row.Within)
	if row.NextMorning {
		cal := opt.Calendar
		if end := cal.WorkdayEnd(at); by.After(end) || !cal.IsWorkday(at) {
			// The same day is over: the next morning, at most Within into it.
			by = cal.NextWorkday(at).Add(min(row.Within, 3*time.Hour))
		}
	}
	return by
}

// LateAction is what to do about a late follow-up. The zero LateAction is
// SendAsIs.
type LateAction uint8

// Late actions.
const (
	SendAsIs  LateAction = iota // on time, or one workday late: no acknowledgement
	Apologise                   // 2–3 workdays late: open with a short apology
	CallFirst                   // 4+ workdays late: call, then send the recap
)

var lateNames = enum.Names{"send", "apologise", "call"}

func (a LateAction) String() string { return lateNames.String("LateAction", int(a)) }

// MarshalText implements encoding.TextMarshaler.
func (a LateAction) MarshalText() ([]byte, error) {
	return lateNames.Marshal("email", "late action", int(a))
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (a *LateAction) UnmarshalText(b []byte) error {
	i, err := lateNames.Unmarshal("email", "late action", b)
	if err == nil {
		*a = LateAction(i)
	}
	return err
}

// Lateness says how late a follow-up is.
type Lateness struct {
	// Days is the number of workdays from the send-by day to the day the
	// draft is made: 0 when it is made on time or the same day; at least
	// 1 when made on a later day, even a weekend.
	Days   int        `json:"days"`
	Action LateAction `json:"action"`
}

// Late returns how late a follow-up due at sendBy is when made at now.
// Days count workdays in cal (holidays and weekends do not count), so a
// Friday call followed up on Monday is one day late.
func Late(sendBy, now time.Time, cal timeexpr.Calendar) Lateness {
	if !now.After(sendBy) {
		return Lateness{}
	}
	loc := cal.Loc()
	s, n := sendBy.In(loc), now.In(loc)
	sd := time.Date(s.Year(), s.Month(), s.Day(), 0, 0, 0, 0, loc)
	nd := time.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, loc)
	if !nd.After(sd) {
		return Lateness{}
	}
	days := 0
	for d := sd.AddDate(0, 0, 1); !d.After(nd) && days < 1000; d = d.AddDate(0, 0, 1) {
		if cal.IsWorkday(d) {
			days++
		}
	}
	days = max(days, 1)
	l := Lateness{Days: days}
	switch {
	case days >= 4:
		l.Action = CallFirst
	case days >= 2:
		l.Action = Apologise
	}
	return l
}
