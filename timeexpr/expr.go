package timeexpr

import (
	"fmt"
	"time"

	"github.com/aftercall/aftercall/internal/enum"
)

// Expr is one time expression found in a text and resolved against a
// reference time and a [Calendar].
//
// Start and End bound the period the phrase names (End exclusive): "Friday"
// names that whole day, "next week" Monday to Monday, "2pm" one minute. Due
// is the deadline the phrase sets under the package's conventions ("by
// Friday" is Friday at the end of work hours). Start <= Due <= End holds
// unless Bound says the deadline lies outside the named period ("before the
// 20th" names the 20th and is due the last workday before it).
//
// An Expr whose phrase points at an event the text does not date ("before
// our next call") has Anchor set and zero times: the caller resolves it.
type Expr struct {
	// Text is the matched phrase exactly as in the input, and Span its byte
	// offsets: input[Span.Start:Span.End] == Text.
	Text string `json:"text"`
	Span Span   `json:"span"`

	Start time.Time `json:"start,omitzero"`
	End   time.Time `json:"end,omitzero"`
	Due   time.Time `json:"due,omitzero"`

	// Grain is the precision of the phrase: minute for "2:30pm", day for
	// "Friday", quarter for "Q3".
	Grain Grain `json:"grain"`

	// Bound says how the deadline relates to the named period.
	Bound Bound `json:"bound,omitempty"`

	// Explicit is false for implied deadlines ("ASAP", "right away") that
	// name no time of their own.
	Explicit bool `json:"explicit"`

	// Anchor names the event an anchored phrase points at ("next call",
	// "demo"), lower case, without articles. Empty for dated phrases.
	Anchor string `json:"anchor,omitempty"`

	// Past reports that the period lies before the reference time
	// ("yesterday", "last Tuesday"): it sets no deadline.
	Past bool `json:"past,omitempty"`
}

// IsZero reports whether e is the zero Expr (no expression).
func (e Expr) IsZero() bool { return e == Expr{} }

// Resolved reports whether the expression carries a deadline: it is dated
// (not only anchored) and not in the past.
func (e Expr) Resolved() bool { return !e.Due.IsZero() && !e.Past }

// String returns the phrase and its deadline, for debugging.
func (e Expr) String() string {
	if e.Due.IsZero() {
		if e.Anchor != "" {
			return fmt.Sprintf("%q (anchored to %s)", e.Text, e.Anchor)
		}
		return fmt.Sprintf("%q", e.Text)
	}
	return fmt.Sprintf("%q due %s (%s)", e.Text, e.Due.Format(time.RFC3339), e.Grain)
}

// Span is a half-open range of byte offsets into a text.
type Span struct {
	Start int `json:"start"`
	End   int `json:"end"`
}

// Len returns the number of bytes in the span.
func (s Span) Len() int { return s.End - s.Start }

// Grain is the precision of a time expression. The zero Grain is
// GrainUnknown.
type Grain uint8

// Grains, finest first.
const (
	GrainUnknown Grain = iota
	GrainMinute
	GrainHour
	GrainDay
	GrainWeek
	GrainMonth
	GrainQuarter
	GrainYear
)

var grainNames = enum.Names{"", "minute", "hour", "day", "week", "month", "quarter", "year"}

// String returns the grain's name: "minute", "hour", "day", "week",
// "month", "quarter", "year", or "" for GrainUnknown.
func (g Grain) String() string { return grainNames.String("Grain", int(g)) }

// MarshalText implements encoding.TextMarshaler.
func (g Grain) MarshalText() ([]byte, error) { return grainNames.Marshal("timeexpr", "grain", int(g)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (g *Grain) UnmarshalText(b []byte) error {
	v, err := grainNames.Unmarshal("timeexpr", "grain", b)
	*g = Grain(v)
	return err
}

// Bound says how a deadline relates to the period a phrase names.
// The zero Bound, BoundBy, means the deadline lies inside the period.
type Bound uint8

// Bounds.
const (
	BoundBy     Bound = iota // "by Friday", "Friday", "no later than Friday": due inside the period
	BoundBefore              // "before the 20th": due before the period starts
	BoundAfter               // "after Thanksgiving": due after the period ends
)

var boundNames = enum.Names{"by", "before", "after"}

// String returns "by", "before" or "after".
func (b Bound) String() string { return boundNames.String("Bound", int(b)) }

// MarshalText implements encoding.TextMarshaler.
func (b Bound) MarshalText() ([]byte, error) { return boundNames.Marshal("timeexpr", "bound", int(b)) }

// UnmarshalText implements encoding.TextUnmarshaler. Empty text is BoundBy.
func (b *Bound) UnmarshalText(t []byte) error {
	if len(t) == 0 {
		*b = BoundBy
		return nil
	}
	v, err := boundNames.Unmarshal("timeexpr", "bound", t)
	*b = Bound(v)
	return err
}
