package cadence

import (
	"errors"
	"fmt"
	"slices"
	"time"

	"github.com/aftercall/aftercall/internal/enum"
)

// EventKind is what happened to a schedule. The zero EventKind is
// EventUnknown, which After rejects.
type EventKind uint8

// Event kinds.
const (
	EventUnknown EventKind = iota
	// Replied: the prospect answered (any channel). The sequence stops.
	Replied
	// MeetingBooked: a meeting is on the calendar. The sequence stops.
	MeetingBooked
	// Bounced: an email bounced, or a number or profile failed (Event's
	// Channel says which; zero means email). Later touches on that
	// channel to that contact move to another channel (a callback that
	// becomes an email becomes a check-in asking for a time to talk).
	Bounced
	// NoAnswer: a call went unanswered. The next call moves to another
	// time block if it was in the same one.
	NoAnswer
	// VoicemailLeft: the one voicemail was left. Later voicemail steps
	// become plain calls.
	VoicemailLeft
	// WentDark: no response by the event's time. The first time changes
	// the channel, the second the contact (the next stakeholder), the
	// third (or the second with nobody left to try) ends with the breakup.
	WentDark
	// OutOfOffice: an automatic reply says the contact is away until
	// Event.Until (zero: for OutOfOfficeDefault). It is not a reply: the
	// touches due while they are away move to their return, in order.
	OutOfOffice
)

// OutOfOfficeDefault is how long an out-of-office pause lasts when the
// reply names no return date.
const OutOfOfficeDefault = 14 * 24 * time.Hour

var eventNames = enum.Names{"", "replied", "meeting-booked", "bounced", "no-answer", "voicemail-left", "went-dark", "out-of-office"}

func (k EventKind) String() string { return eventNames.String("EventKind", int(k)) }
func (k EventKind) MarshalText() ([]byte, error) {
	return eventNames.Marshal("cadence", "event kind", int(k))
}
func (k *EventKind) UnmarshalText(b []byte) error {
	return eventNames.Set("cadence", "event kind", b, (*uint8)(k))
}

// Event is something that happened after the call, at a given time (when
// it happened, not when it was processed).
type Event struct {
	Kind EventKind `json:"kind"`
	At   time.Time `json:"at"`
	// Channel is the channel that bounced (Bounced); zero means email.
	Channel Channel `json:"channel,omitempty"`
	// Contact is who bounced (Bounced); "" means the schedule's contact.
	Contact string `json:"contact,omitempty"`
	// Meeting is the booked meeting's time (MeetingBooked), if known.
	Meeting time.Time `json:"meeting,omitzero"`
	// Until is when an away contact is back (OutOfOffice), if known.
	Until time.Time `json:"until,omitzero"`
}

// Errors After returns.
var (
	ErrEvent     = errors.New("cadence: unknown event kind")
	ErrEventTime = errors.New("cadence: event has no time")
)

// After returns the schedule replanned for ev. Touches due at or before
// ev.At are history and never change; the rules of [Build] still hold for
// the touches after it.
//
// After is a pure function of the schedule and the event: applying the same
// event twice changes nothing the second time, and a schedule that has
// stopped (replied or booked) ignores later events.
func (s Schedule) After(ev Event) (Schedule, error) {
	if ev.Kind == EventUnknown || int(ev.Kind) >= len(eventNames) {
		return s, fmt.Errorf("%w %d", ErrEvent, ev.Kind)
	}
	if ev.At.IsZero() {
		return s, ErrEventTime
	}
	if s.End == EndReplied || s.End == EndBooked || s.End == EndNoTouch {
		return s, nil
	}
	for _, e := range s.Events {
		if e.Kind == ev.Kind && e.At.Equal(ev.At) && e.Channel == ev.Channel && e.Contact == ev.Contact && e.Until.Equal(ev.Until) {
			return s, nil
		}
	}
	stored := s.opt
	if stored == nil {
		stored = Options{}.resolve()
	}
	p := stored.working()
	ev.At = ev.At.In(p.cal.Loc())
	p.floor = ev.At
	out := s
	out.opt = stored
	out.Events = append(slices.Clip(s.Events), ev)
	out.Stakeholders = slices.Clone(s.Stakeholders)
	if s.Meeting != nil {
		m := *s.Meeting
		out.Meeting = &m
	}
	cut := len(s.Touches)
	for i, t := range s.Touches {
		if t.At.After(ev.At) {
			cut = i
			break
		}
	}
	past := slices.Clone(s.Touches[:cut])
	next := make([]pending, 0, len(s.Touches)-cut)
	for _, t := range s.Touches[cut:] {
		t.Moved = slices.Clone(t.Moved)
		next = append(next, pending{Touch: t, want: t.Block, raw: t.At})
	}

	switch ev.Kind {
	case Replied, MeetingBooked:
		out.End = EndReplied
		if ev.Kind == MeetingBooked {
			out.End = EndBooked
			if !ev.Meeting.IsZero() {
				out.Meeting = &Meeting{At: ev.Meeting.In(p.cal.Loc()), Duration: 30 * time.Minute, Title: "Meeting"}
			}
		}
		out.Touches = past
		return out, nil
	case Bounced:
		ch := ev.Channel
		if ch == ChannelUnknown {
			ch = Email
		}
		who := ev.Contact
		if who == "" {
			who = p.contact
		}
		for i := range next {
			x := &next[i]
			if (x.Channel == ch || ch == Phone && x.Channel == Voicemail) && x.Contact == who {
				x.Channel = otherChannel(ch, x.Purpose)
				x.Moved = addMove(x.Moved, fmt.Sprintf("%s bounced: %s instead", ch, x.Channel))
				if x.Purpose == Callback && !x.Channel.calls() {
					// A written callback asks for a time to talk.
					x.Purpose = CheckIn
				}
			}
		}
	case NoAnswer:
		b := BlockOf(ev.At)
		for i := range next {
			x := &next[i]
			if !x.Channel.calls() {
				continue
			}
			if BlockOf(x.At) == b {
				alt := b.alternate()
				x.Moved = addMove(x.Moved, fmt.Sprintf("no answer in the %s: trying the %s", b, alt))
				notBefore := ev.At.Add(MinGap)
				if i > 0 {
					notBefore = next[i-1].At.Add(MinGap)
				} else if len(past) > 0 && past[len(past)-1].At.Add(MinGap).After(notBefore) {
					notBefore = past[len(past)-1].At.Add(MinGap)
				}
				p.switchBlock(x, alt, notBefore)
			}
			break
		}
	case OutOfOffice:
		back := ev.Until
		if back.IsZero() || !back.After(ev.At) {
			back = ev.At.Add(OutOfOfficeDefault)
		}
		back = back.In(p.cal.Loc())
		// Nothing may move back into the absence, not even to vary a
		// call's block.
		p.floor = back.Add(-time.Minute)
		note := "out of office until " + back.Format("Mon 2 Jan")
		for i := range next {
			x := &next[i]
			if x.At.Before(back) {
				x.Moved = addMove(x.Moved, note)
				t := p.blockTime(back, x.want)
				if t.Before(back) {
					t = back
				}
				x.At = p.place(x, t)
			}
		}
	case VoicemailLeft:
		for i := range next {
			if next[i].Channel == Voicemail {
				next[i].Channel = Phone
				next[i].Moved = addMove(next[i].Moved, "voicemail already left: call without one")
			}
		}
	case WentDark:
		out.Dark++
		stage := out.Dark
		if stage == 2 && len(out.Stakeholders) == 0 {
			stage = 3
		}
		if stage == 1 && len(next) == 0 {
			stage = 3
		}
		switch stage {
		case 1:
			used := dominant(past, next)
			for i := range next {
				x := &next[i]
				if (x.Channel == used || used == Phone && x.Channel == Voicemail) && x.Purpose != Breakup {
					x.Channel = otherChannel(used, x.Purpose)
					x.Moved = addMove(x.Moved, fmt.Sprintf("went dark on %s: %s instead", used, x.Channel))
				}
			}
		case 2:
			who := out.Stakeholders[0]
			out.Stakeholders = out.Stakeholders[1:]
			for i := range next {
				next[i].Contact = who
				next[i].Moved = addMove(next[i].Moved, "went dark: another stakeholder from the call")
			}
		default:
			if n := len(past); n > 0 && past[n-1].Purpose == Breakup {
				out.Touches = past
				return out, nil
			}
			x := pending{Touch: Touch{Channel: Email, Purpose: Breakup, Contact: p.contact, Owner: p.owner, Step: -1, After: After(1, BusinessDays),
				Reason: "went dark after a change of channel and contact: the final outreach"}, want: Morning}
			if len(next) > 0 {
				x.Contact = next[0].Contact
			}
			x.At = p.place(&x, p.blockTime(p.addWorkdays(midnight(ev.At), 1), Morning))
			next = []pending{x}
		}
	}

	// Re-place what is still to come: a changed channel has its own
	// rules, and the spacing rules hold against the history.
	all := make([]pending, 0, len(past)+len(next))
	for _, t := range past {
		all = append(all, pending{Touch: t, want: t.Block, raw: t.At})
	}
	for i := range next {
		x := next[i]
		if !x.Prompt {
			x.At = p.place(&x, x.At)
		}
		all = append(all, x)
	}
	var lastCall time.Time
	if ev.Kind == NoAnswer || ev.Kind == VoicemailLeft {
		lastCall = ev.At
	}
	p.space(all, len(past), lastCall)
	out.Touches = make([]Touch, len(all))
	for i := range all {
		out.Touches[i] = p.finish(all[i].Touch)
	}
	out.End = EndOpen
	if n := len(all); n > 0 && all[n-1].Purpose == Breakup {
		out.End = EndBreakup
	} else if s.End == EndMeeting {
		out.End = EndMeeting
	}
	return out, nil
}

// otherChannel returns the channel to try instead of ch for a touch with
// purpose p: instead of email, a call, or a LinkedIn message for what must
// be written (value-add, nurture, breakup); instead of anything else, email.
func otherChannel(ch Channel, p Purpose) Channel {
	if ch != Email {
		return Email
	}
	switch p {
	case ValueAdd, Nurture, Breakup, Recap:
		return LinkedIn
	}
	return Phone
}

// dominant returns the channel used most by the touches, counting the
// ones to come first on ties.
func dominant(past []Touch, next []pending) Channel {
	var n [Voicemail + 1]int
	for _, t := range past {
		if t.Channel <= Voicemail {
			n[t.Channel]++
		}
	}
	for _, t := range next {
		if t.Channel <= Voicemail {
			n[t.Channel] += 2
		}
	}
	n[Phone] += n[Voicemail]
	n[Voicemail] = 0
	best := Email
	for c := range n {
		if n[c] > n[best] {
			best = Channel(c)
		}
	}
	return best
}
