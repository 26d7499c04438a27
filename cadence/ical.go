package cadence

import (
	"errors"
	"fmt"
	"hash/fnv"
	"strings"
	"time"

	ics "github.com/arran4/golang-ical"
)

// ErrNoStamp is returned by [Schedule.ICS] when ICSOptions.Stamp is zero:
// RFC 5545 requires a DTSTAMP, and the package never reads the clock.
var ErrNoStamp = errors.New("cadence: ICS needs ICSOptions.Stamp (the DTSTAMP)")

// ICSOptions configure [Schedule.ICS].
type ICSOptions struct {
	// Stamp is the DTSTAMP of every component: when the file was made.
	// Required.
	Stamp time.Time
	// ProdID is the calendar's PRODID. Zero means
	// "-//aftercall//cadence//EN".
	ProdID string
	// Domain ends every UID ("…@Domain"). Zero means "aftercall.invalid".
	Domain string
	// Reminder is how long before an event its alarm fires. Zero means 15
	// minutes.
	Reminder time.Duration
	// CallLength is the length of a booked callback event. Zero means 15
	// minutes.
	CallLength time.Duration
}

// ICS returns the schedule as an iCalendar file (RFC 5545): a VTODO task,
// due at the touch's time, for each touch a rep must make; a VEVENT with a
// display alarm for each booked callback and for the meeting the call
// booked. The calendar's METHOD is PUBLISH: it proposes, it never edits
// anyone's calendar.
//
// Lines end in CRLF and are folded at 75 octets; times are UTC; every
// component has a UID derived from the schedule (the start, the model and
// the step), so the same schedule always gives the same bytes and a
// replanned touch keeps its UID.
func (s Schedule) ICS(opt ICSOptions) ([]byte, error) {
	if opt.Stamp.IsZero() {
		return nil, ErrNoStamp
	}
	if opt.ProdID == "" {
		opt.ProdID = "-//aftercall//cadence//EN"
	}
	if opt.Domain == "" {
		opt.Domain = "aftercall.invalid"
	}
	if opt.Reminder <= 0 {
		opt.Reminder = 15 * time.Minute
	}
	if opt.CallLength <= 0 {
		opt.CallLength = 15 * time.Minute
	}
	c := ics.NewCalendarFor("aftercall")
	c.SetProductId(opt.ProdID)
	c.SetMethod(ics.MethodPublish)
	c.SetCalscale("GREGORIAN")
	uid := func(parts ...any) string {
		h := fnv.New64a()
		fmt.Fprint(h, s.Start.UTC().Format(time.RFC3339), "|", s.Model)
		for _, p := range parts {
			fmt.Fprint(h, "|", p)
		}
		return fmt.Sprintf("%016x@%s", h.Sum64(), opt.Domain)
	}
	alarm := func(e *ics.VEvent, what string) {
		a := e.AddAlarm()
		a.SetAction(ics.ActionDisplay)
		a.SetTrigger(trigger(opt.Reminder))
		a.SetProperty(ics.ComponentPropertyDescription, what)
	}
	for i, t := range s.Touches {
		id := uid("touch", t.Step)
		if t.Step < 0 {
			id = uid("added", i, t.At.UTC().Format(time.RFC3339))
		}
		summary := summaryOf(t)
		if t.Booked {
			e := c.AddEvent(id)
			e.SetDtStampTime(opt.Stamp)
			e.SetStartAt(t.At)
			e.SetEndAt(t.At.Add(opt.CallLength))
			e.SetSummary(summary)
			if d := describe(t); d != "" {
				e.SetDescription(d)
			}
			e.SetStatus(ics.ObjectStatusTentative)
			alarm(e, summary)
			continue
		}
		td := c.AddTodo(id)
		td.SetDtStampTime(opt.Stamp)
		td.SetStartAt(t.At)
		td.SetDueAt(t.At)
		td.SetSummary(summary)
		if d := describe(t); d != "" {
			td.SetDescription(d)
		}
		td.SetStatus(ics.ObjectStatusNeedsAction)
		td.SetProperty(ics.ComponentPropertyCategories, strings.ToUpper(t.Channel.String()))
	}
	if m := s.Meeting; m != nil {
		e := c.AddEvent(uid("meeting", m.At.UTC().Format(time.RFC3339)))
		e.SetDtStampTime(opt.Stamp)
		e.SetStartAt(m.At)
		d := m.Duration
		if d <= 0 {
			d = 30 * time.Minute
		}
		e.SetEndAt(m.At.Add(d))
		e.SetSummary(m.Title)
		if len(m.Invitees) > 0 {
			e.SetDescription("With " + strings.Join(m.Invitees, ", "))
		}
		e.SetStatus(ics.ObjectStatusTentative)
		alarm(e, m.Title)
	}
	return []byte(c.Serialize(ics.WithNewLineWindows)), nil
}

// trigger returns the RFC 5545 duration of a reminder before the start.
func trigger(d time.Duration) string {
	m := int(d / time.Minute)
	if m%60 == 0 {
		return fmt.Sprintf("-PT%dH", m/60)
	}
	return fmt.Sprintf("-PT%dM", m)
}

func summaryOf(t Touch) string {
	var b strings.Builder
	b.WriteString(strings.ToUpper(t.Purpose.String()[:1]) + t.Purpose.String()[1:])
	b.WriteString(" (" + t.Channel.String() + ")")
	if t.Contact != "" {
		b.WriteString(": " + t.Contact)
	}
	return b.String()
}

func describe(t Touch) string {
	d := t.Reason
	if len(t.Moved) > 0 {
		if d != "" {
			d += "\n"
		}
		d += "Moved: " + strings.Join(t.Moved, "; ")
	}
	if t.Owner != "" {
		if d != "" {
			d += "\n"
		}
		d += "Owner: " + t.Owner
	}
	return d
}
