package cadence

import (
	"time"

	"github.com/aftercall/aftercall/internal/enum"
)

// Touch is one planned contact with the prospect.
type Touch struct {
	// At is when the touch is due, in the prospect's zone.
	At      time.Time `json:"at"`
	Channel Channel   `json:"channel"`
	Purpose Purpose   `json:"purpose"`
	// Owner is who on our side makes the touch; Contact is who on their side
	// it goes to. Either is "" when nobody is known.
	Owner   string `json:"owner"`
	Contact string `json:"contact"`
	// Reason says why the touch is there (the step's note).
	Reason string `json:"reason"`
	// Moved lists, in order, why rules moved the touch from the time its
	// step asked for: "weekend", "holiday: <name>", "before hours",
	// "after hours", "quiet hours", "spacing", "block", "block already
	// past" (a same-day block the call ran past), and, after a
	// replan, what the event changed. Empty when nothing moved it.
	Moved []string `json:"moved,omitempty"`
	// Block is the time block the touch landed in (OffHours for a prompt
	// touch sent after hours).
	Block Block `json:"block,omitempty"`
	// Prompt marks the recap or confirmation that follows the call at once,
	// even after hours, as long as it is before 21:00 local.
	Prompt bool `json:"prompt,omitempty"`
	// Booked marks a time agreed with the prospect (a scheduled callback).
	Booked bool `json:"booked,omitempty"`
	// After is the delay the step asked for; see [Delay].
	After Delay `json:"after"`
	// Step is the index of the model step the touch came from, or -1 for a
	// touch the model does not have: the confirmation text Plan adds for a
	// booked meeting, or a touch a replan added.
	Step int `json:"step"`
	// RepAt is At in the rep's zone, when Options.RepZone is set: what the
	// rep's task list shows. It never decides when the touch happens.
	RepAt time.Time `json:"rep_at,omitzero"`
}

// End says why a schedule ends where it does. The zero End, EndOpen, means
// its model has no breakup: the sequence just stops.
type End uint8

// Ends.
const (
	EndOpen    End = iota
	EndBreakup     // the last touch is the breakup
	EndMeeting     // the call booked a meeting: the sequence stops before its day, and the meeting replans
	EndReplied     // the prospect replied: nothing more is sent
	EndBooked      // a meeting was booked after the call: nothing more is sent
	EndNoTouch     // nobody to follow up (an internal call)
)

var endNames = enum.Names{"open", "breakup", "next-meeting", "replied", "meeting-booked", "no-touch"}

func (e End) String() string               { return endNames.String("End", int(e)) }
func (e End) MarshalText() ([]byte, error) { return endNames.Marshal("cadence", "end", int(e)) }
func (e *End) UnmarshalText(b []byte) error {
	return endNames.Set("cadence", "end", b, (*uint8)(e))
}

// Meeting is a meeting already agreed with the prospect.
type Meeting struct {
	At       time.Time     `json:"at"`
	Duration time.Duration `json:"duration"`
	Title    string        `json:"title"`
	Invitees []string      `json:"invitees,omitempty"`
}

// Schedule is a planned follow-up: the touches in time order, what the
// call booked, and how the sequence ends. [Plan] and [Build] return one;
// [Schedule.After] returns the schedule replanned for an event.
//
// The zero Schedule has no touches. A Schedule carries the options it was
// built with (unexported, so After can replan in the same calendar); one
// decoded from JSON has none and replans in the zero Options' calendar
// (UTC). Compare two schedules by their JSON encoding or with
// cmpopts.IgnoreUnexported(Schedule{}).
type Schedule struct {
	// Model is the name of the model the touches came from.
	Model string `json:"model"`
	// Start is when the schedule counts from: the end of the call.
	Start   time.Time `json:"start"`
	Touches []Touch   `json:"touches"`
	// Meeting is the meeting the call booked, or nil.
	Meeting *Meeting `json:"meeting,omitempty"`
	End     End      `json:"end"`
	// Stakeholders are the other people on the prospect's side, in the
	// order a going-dark replan turns to them.
	Stakeholders []string `json:"stakeholders,omitempty"`
	// Dark counts the went-dark events applied so far: 1 changed the
	// channel, 2 the contact, 3 ended with the breakup.
	Dark int `json:"dark,omitempty"`
	// Events are the events applied, in order.
	Events []Event `json:"events,omitempty"`
	// FirstTouch is when the first follow-up is due by its SLA (Plan
	// only; nil from Build).
	FirstTouch *FirstTouch `json:"first_touch,omitempty"`

	opt *plan
}

// Next returns the first touch due after t, and false when none is.
func (s Schedule) Next(t time.Time) (Touch, bool) {
	for _, x := range s.Touches {
		if x.At.After(t) {
			return x, true
		}
	}
	return Touch{}, false
}
