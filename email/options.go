package email

import (
	"errors"
	"time"

	"github.com/aftercall/aftercall/timeexpr"
)

// Errors the drafting functions return; test with errors.Is.
var (
	// ErrNoTime: the call has no reference time (Call.At is zero).
	ErrNoTime = errors.New("email: call has no reference time (Call.At is zero)")
	// ErrNoResource: ValueAdd needs a resource to share.
	ErrNoResource = errors.New("email: no resource to share (pass one, or set Options.Resources)")
	// ErrNoPainPoint: CheckIn needs a pain point from the call to quote.
	ErrNoPainPoint = errors.New("email: the call has no pain point to quote (set Options.PainPoint)")
	// ErrAddress: an address is not a valid RFC 5322 addr-spec.
	ErrAddress = errors.New("email: invalid address")
)

// Address is a mailbox: a display name and an address. Either may be
// empty: the call knows names, rarely addresses.
type Address struct {
	Name  string `json:"name,omitempty"`
	Email string `json:"email,omitempty"`
}

// String formats a as "Name <email>", "Name" or "email".
func (a Address) String() string {
	switch {
	case a.Email == "":
		return a.Name
	case a.Name == "":
		return a.Email
	}
	return a.Name + " <" + a.Email + ">"
}

// Resource is something to link or attach: a case study, a doc, a
// recording.
type Resource struct {
	Title string `json:"title"`
	URL   string `json:"url,omitempty"`
	// Why is one line on why it matters to them.
	Why string `json:"why,omitempty"`
}

// Window is a daily time window as offsets from midnight, From inclusive,
// To exclusive.
type Window struct {
	From time.Duration `json:"from"`
	To   time.Duration `json:"to"`
}

// DefaultTextWindow returns when texts may go out, in the recipient's
// zone: 08:00 to 21:00, the US federal rule (47 CFR §64.1200(c)(1)). Some
// states are stricter (Florida: 08:00 to 20:00); pass their window in
// Options.TextWindow.
func DefaultTextWindow() Window { return Window{From: 8 * time.Hour, To: 21 * time.Hour} }

// Options configure the drafts. Every zero field means its documented
// default, so Options{} works: no lateness, our side's first attendee as
// sender, the other side's attendees as recipients.
type Options struct {
	// Now is when the draft is made, which decides lateness: 1 workday
	// after the send-by time the draft goes as is, 2–3 it opens with an
	// apology, 4 or more it recommends a call first. Zero means the call's
	// reference time (never late). The package never reads the clock.
	Now time.Time

	// Calendar is our business calendar: the zone dates are written in and
	// our work hours. The zero Calendar is UTC, 09:00–17:00, Monday–Friday.
	Calendar timeexpr.Calendar

	// Customer is the other side's calendar, when it differs from ours:
	// proposed times fall inside both sides' work hours, and customer
	// drafts show times in the customer's zone. Nil means Calendar.
	Customer *timeexpr.Calendar

	// From is the sender. A zero Name means the first attendee on our side.
	From Address

	// Company is our organisation, for signatures. Empty means the From
	// attendee's organisation as the call knows it.
	Company string

	// To are the recipients. Nil means every attendee on the other side
	// (names only: the call knows no addresses).
	To []Address

	// Resources are links to include in the recap (at most three are
	// shown) and the first one ValueAdd shares.
	Resources []Resource

	// PainPoint is the customer's pain, in their words, for CheckIn and the
	// thank-you line, when the call itself gives none.
	PainPoint string

	// Competitors are extra names kept out of every customer draft (the
	// call's own competitor list always is).
	Competitors []string

	// Templates replace the default templates; nil, or a nil field, means
	// the default.
	Templates *Templates

	// Timing replaces the send-by table; nil means DefaultTiming.
	Timing []Timing

	// Meeting is the length of a proposed meeting. Zero means 30 minutes.
	Meeting time.Duration

	// SMSOptOut appends "Reply STOP to opt out." to the confirmation text,
	// as the first text to a number should carry.
	SMSOptOut bool

	// ReplyPath is how the customer replies to the text ("Reply here or
	// call 555-0100"). Empty means "Reply here with any questions or to
	// reschedule."
	ReplyPath string

	// RecipientZone is the text recipient's zone, for quiet hours. Nil
	// means the Customer calendar's zone, else Calendar's.
	RecipientZone *time.Location

	// TextWindow is when texts may go out in the recipient's zone. Zero
	// means DefaultTextWindow (08:00–21:00).
	TextWindow Window
}

// now returns Options.Now, or the call's reference time when it is zero.
func (o Options) now(at time.Time) time.Time {
	if o.Now.IsZero() {
		return at
	}
	return o.Now
}

// customer returns the other side's calendar.
func (o Options) customer() timeexpr.Calendar {
	if o.Customer != nil {
		return *o.Customer
	}
	return o.Calendar
}

func (o Options) meetingLen() time.Duration {
	if o.Meeting <= 0 {
		return 30 * time.Minute
	}
	return o.Meeting
}
