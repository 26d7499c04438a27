package cadence

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/aftercall/aftercall/internal/enum"
)

// Unit is what the number in a [Delay] counts. The zero Unit is Minutes.
type Unit uint8

// Units. Minutes and Hours are elapsed time; Days and Weeks are calendar
// days in the prospect's zone (a week is seven days, so it lands on the same
// weekday); BusinessDays are workdays of the calendar, skipping weekends,
// holidays and bridge days.
const (
	Minutes Unit = iota
	Hours
	Days
	BusinessDays
	Weeks
)

var unitNames = enum.Names{"minutes", "hours", "days", "business days", "weeks"}
var unitSuffixes = enum.Names{"m", "h", "d", "bd", "w"}

func (u Unit) String() string { return unitNames.String("Unit", int(u)) }

// MaxDelay is the largest number a [Delay] may hold.
const MaxDelay = 999

// Delay is how long after the start of a schedule (the end of the call) a
// step comes. It always counts from the start, never from the previous step,
// so moving one touch never shifts the others. The zero Delay is "at the
// start".
//
// Its text form is the number followed by the unit: "30m", "2h", "3d",
// "2bd", "4w".
type Delay struct {
	N    int
	Unit Unit
}

// After returns the Delay of n units.
func After(n int, u Unit) Delay { return Delay{N: n, Unit: u} }

// IsDayLevel reports whether the delay counts days (calendar days, business
// days or weeks): such a step lands in a time block of the prospect's work
// hours rather than at an elapsed time.
func (d Delay) IsDayLevel() bool { return d.Unit == Days || d.Unit == BusinessDays || d.Unit == Weeks }

// String returns the text form, as "2bd".
func (d Delay) String() string {
	return strconv.Itoa(d.N) + unitSuffixes.String("Unit", int(d.Unit))
}

// MarshalText returns the text form, as "2bd".
func (d Delay) MarshalText() ([]byte, error) {
	if err := d.check(); err != nil {
		return nil, err
	}
	return []byte(d.String()), nil
}

// UnmarshalText parses the text form; see [ParseDelay].
func (d *Delay) UnmarshalText(b []byte) error {
	v, err := ParseDelay(string(b))
	if err == nil {
		*d = v
	}
	return err
}

func (d Delay) check() error {
	if d.N < 0 || d.N > MaxDelay {
		return fmt.Errorf("cadence: delay %d out of range 0-%d", d.N, MaxDelay)
	}
	if int(d.Unit) >= len(unitSuffixes) {
		return fmt.Errorf("cadence: invalid delay unit %d", d.Unit)
	}
	return nil
}

// ErrDelay is the error ParseDelay wraps for text that is not a delay.
var ErrDelay = errors.New("cadence: invalid delay")

// ParseDelay parses a delay such as "30m", "2h", "3d", "2bd" or "4w": a
// number from 0 to [MaxDelay] and a unit (m minutes, h hours, d calendar
// days, bd business days, w weeks). The empty string is the zero Delay.
func ParseDelay(s string) (Delay, error) {
	if s == "" {
		return Delay{}, nil
	}
	i := 0
	for i < len(s) && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i == 0 || i > 3 {
		return Delay{}, fmt.Errorf("%w %q: want a number from 0 to %d and a unit (m, h, d, bd, w)", ErrDelay, s, MaxDelay)
	}
	n, _ := strconv.Atoi(s[:i])
	u, err := unitSuffixes.Unmarshal("cadence", "unit", []byte(s[i:]))
	if err != nil {
		return Delay{}, fmt.Errorf("%w %q: unknown unit %q (want m, h, d, bd or w)", ErrDelay, s, s[i:])
	}
	return Delay{N: n, Unit: Unit(u)}, nil
}

// Block is a time block of the prospect's day. Day-level steps land at the
// start of their block; phone attempts alternate blocks. The zero Block,
// AnyBlock, means the start of work hours for a day-level step and the
// elapsed time itself for a step counted in minutes or hours.
//
// The blocks are clock times in the prospect's zone, kept inside the
// calendar's work hours (a block that starts before work starts begins at the
// start of work; one that starts later than 15 minutes before work ends
// begins then).
type Block uint8

// Blocks.
const (
	AnyBlock       Block = iota
	Morning              // 09:00-10:30
	LateMorning          // 10:30-12:00
	Midday               // 12:00-13:30
	EarlyAfternoon       // 13:30-15:30
	LateAfternoon        // 15:30-17:00
	// OffHours is outside 09:00-17:00. Metrics report it; no step may ask
	// for it.
	OffHours
)

var blockNames = enum.Names{"", "morning", "late-morning", "midday", "early-afternoon", "late-afternoon", "off-hours"}

func (b Block) String() string               { return blockNames.String("Block", int(b)) }
func (b Block) MarshalText() ([]byte, error) { return blockNames.Marshal("cadence", "block", int(b)) }
func (b *Block) UnmarshalText(t []byte) error {
	return blockNames.Set("cadence", "block", t, (*uint8)(b))
}

// blockStarts are the clock times the blocks start at, as offsets from
// midnight; the last entry is the end of the last block.
var blockStarts = [...]time.Duration{
	Morning:        9 * time.Hour,
	LateMorning:    10*time.Hour + 30*time.Minute,
	Midday:         12 * time.Hour,
	EarlyAfternoon: 13*time.Hour + 30*time.Minute,
	LateAfternoon:  15*time.Hour + 30*time.Minute,
	OffHours:       17 * time.Hour,
}

// BlockOf returns the block a clock time falls in, read in t's own zone.
func BlockOf(t time.Time) Block {
	h, m, _ := t.Clock()
	d := time.Duration(h)*time.Hour + time.Duration(m)*time.Minute
	for b := LateAfternoon; b >= Morning; b-- {
		if d >= blockStarts[b] && d < blockStarts[b+1] {
			return b
		}
	}
	return OffHours
}

// alternate returns the block a phone attempt moves to when the previous
// attempt was in b: mornings and midday go to the late afternoon, the
// afternoons to the late morning.
func (b Block) alternate() Block {
	switch b {
	case EarlyAfternoon, LateAfternoon:
		return LateMorning
	case OffHours:
		return LateMorning
	}
	return LateAfternoon
}

// Step is one touch of a [Model].
type Step struct {
	// After is when the step comes, counted from the start of the
	// schedule. Its unit says what it counts: see [Unit].
	After   Delay   `json:"after"`
	Channel Channel `json:"channel"`
	Purpose Purpose `json:"purpose"`
	// Block is the time block a day-level step lands in; see [Block].
	Block Block `json:"block,omitempty"`
	// Booked marks a time agreed with the prospect in advance (a scheduled
	// callback): the iCalendar export makes it an event with a reminder
	// rather than a task.
	Booked bool `json:"booked,omitempty"`
	// Note says why the step is there; it becomes the touch's Reason.
	Note string `json:"note,omitempty"`
}

// Model is a follow-up sequence as data: named steps with explicit delays.
// The built-in models are [PostCall], [LongCycle], [PersistenceA],
// [PersistenceB] and [PersistenceC]; callers define their own the same way,
// in Go or in JSON:
//
//	{"name": "trial", "steps": [
//	  {"after": "1h", "channel": "email", "purpose": "recap"},
//	  {"after": "2bd", "channel": "phone", "purpose": "check-in", "block": "late-morning"},
//	  {"after": "5bd", "channel": "email", "purpose": "breakup"}]}
//
// The zero Model has no steps; [Plan] then picks the model for the call
// type.
type Model struct {
	Name  string `json:"name"`
	Steps []Step `json:"steps"`
}

// IsZero reports whether m has no steps.
func (m Model) IsZero() bool { return len(m.Steps) == 0 }

// MaxSteps is the largest number of steps a model may have.
const MaxSteps = 100

// ErrInvalidModel is the error every [ModelError] wraps.
var ErrInvalidModel = errors.New("cadence: invalid model")

// ModelError reports a model that breaks a rule. Step is the index of the
// offending step, or -1 when the model as a whole is at fault.
type ModelError struct {
	Model string
	Step  int
	Msg   string
}

func (e *ModelError) Error() string {
	if e.Step < 0 {
		return fmt.Sprintf("cadence: model %q: %s", e.Model, e.Msg)
	}
	return fmt.Sprintf("cadence: model %q step %d: %s", e.Model, e.Step, e.Msg)
}

// Unwrap returns ErrInvalidModel.
func (e *ModelError) Unwrap() error { return ErrInvalidModel }

// Validate reports the first rule the model breaks, as a *[ModelError]:
// it needs 1 to [MaxSteps] steps, each with a known channel and purpose and a
// delay in range; no step asks for the OffHours block; at most one step
// leaves a voicemail; a breakup, if any, is the only one and the last step.
func (m Model) Validate() error {
	bad := func(i int, format string, args ...any) error {
		return &ModelError{Model: m.Name, Step: i, Msg: fmt.Sprintf(format, args...)}
	}
	if len(m.Steps) == 0 {
		return bad(-1, "no steps")
	}
	if len(m.Steps) > MaxSteps {
		return bad(-1, "%d steps, more than %d", len(m.Steps), MaxSteps)
	}
	voicemails := 0
	for i, s := range m.Steps {
		switch {
		case s.Channel == ChannelUnknown || int(s.Channel) >= len(channelNames):
			return bad(i, "unknown channel %d", s.Channel)
		case s.Purpose == PurposeUnknown || int(s.Purpose) >= len(purposeNames):
			return bad(i, "unknown purpose %d", s.Purpose)
		case s.Block >= OffHours:
			return bad(i, "block %s is not a time block a step can ask for", s.Block)
		case s.Purpose == Breakup && i != len(m.Steps)-1:
			return bad(i, "the breakup must be the last step")
		}
		if err := s.After.check(); err != nil {
			return bad(i, "%s", strings.TrimPrefix(err.Error(), "cadence: "))
		}
		if s.Channel == Voicemail {
			voicemails++
			if voicemails > 1 {
				return bad(i, "a second voicemail (leave one, not several)")
			}
		}
	}
	return nil
}

// PostCall is the sequence after a sales call: the recap within the hour,
// a value-add touch on business day 2, a check-in with context on business
// day 5, and the breakup on business day 10 when nothing moved.
func PostCall() Model {
	return Model{Name: "post-call", Steps: []Step{
		{After: After(30, Minutes), Channel: Email, Purpose: Recap, Note: "recap within the hour: what we heard, the next steps with dates, what we promised"},
		{After: After(2, BusinessDays), Channel: Email, Purpose: ValueAdd, Block: LateMorning, Note: "day 2-3: something useful tied to what they said, asking for nothing"},
		{After: After(5, BusinessDays), Channel: Email, Purpose: CheckIn, Block: EarlyAfternoon, Note: "day 5-7: refer to the call and propose a concrete next step"},
		{After: After(7, BusinessDays), Channel: Phone, Purpose: CheckIn, Block: LateMorning, Note: "no answer by email: change the channel"},
		{After: After(10, BusinessDays), Channel: Email, Purpose: Breakup, Block: Morning, Note: "last outreach: close the loop and leave the door open"},
	}}
}

// LongCycle is the long-term cadence for a deal that is not closing soon:
// weeks 1-2 high touch across email, phone and LinkedIn; weeks 3-4 two touches
// a week; month 2 weekly; month 3 every other week; then monthly nurture until
// the breakup in month 7.
func LongCycle() Model {
	return Model{Name: "long-cycle", Steps: []Step{
		{After: After(1, BusinessDays), Channel: Email, Purpose: ValueAdd, Block: LateMorning, Note: "weeks 1-2, high touch"},
		{After: After(3, BusinessDays), Channel: Phone, Purpose: CheckIn, Block: LateAfternoon, Note: "weeks 1-2, high touch"},
		{After: After(6, BusinessDays), Channel: LinkedIn, Purpose: ValueAdd, Block: Midday, Note: "weeks 1-2, high touch"},
		{After: After(8, BusinessDays), Channel: Phone, Purpose: CheckIn, Block: LateMorning, Note: "weeks 1-2, high touch"},
		{After: After(11, BusinessDays), Channel: Email, Purpose: CheckIn, Block: LateMorning, Note: "weeks 3-4, two a week: surface their timeline"},
		{After: After(13, BusinessDays), Channel: Phone, Purpose: CheckIn, Block: LateAfternoon, Note: "weeks 3-4, two a week: the cost of delay"},
		{After: After(16, BusinessDays), Channel: Email, Purpose: ValueAdd, Block: LateMorning, Note: "weeks 3-4, two a week"},
		{After: After(18, BusinessDays), Channel: LinkedIn, Purpose: CheckIn, Block: Midday, Note: "weeks 3-4, two a week"},
		{After: After(5, Weeks), Channel: Email, Purpose: ValueAdd, Block: LateMorning, Note: "month 2, weekly: a customer win"},
		{After: After(6, Weeks), Channel: Phone, Purpose: CheckIn, Block: LateMorning, Note: "month 2, weekly"},
		{After: After(7, Weeks), Channel: Email, Purpose: Nurture, Block: LateMorning, Note: "month 2, weekly: a product update that fits"},
		{After: After(8, Weeks), Channel: LinkedIn, Purpose: Nurture, Block: Midday, Note: "month 2, weekly"},
		{After: After(10, Weeks), Channel: Email, Purpose: Nurture, Block: LateMorning, Note: "month 3, every other week"},
		{After: After(12, Weeks), Channel: Phone, Purpose: CheckIn, Block: LateAfternoon, Note: "month 3, every other week"},
		{After: After(16, Weeks), Channel: Email, Purpose: Nurture, Block: LateMorning, Note: "monthly nurture"},
		{After: After(20, Weeks), Channel: Email, Purpose: Nurture, Block: LateMorning, Note: "monthly nurture"},
		{After: After(24, Weeks), Channel: Email, Purpose: Nurture, Block: LateMorning, Note: "monthly nurture"},
		{After: After(28, Weeks), Channel: Email, Purpose: Breakup, Block: Morning, Note: "last outreach of the long cycle"},
	}}
}

// PersistenceA is inbound model A, for most warm inbound calls: five touches
// over five business days (about a week), the calls in different time
// blocks, ending with a clean exit.
func PersistenceA() Model {
	return Model{Name: "persistence-a", Steps: []Step{
		{After: After(5, Minutes), Channel: Phone, Purpose: Callback, Note: "touch 1, within 5 minutes: call back or reach the decision maker"},
		{After: After(1, Hours), Channel: Email, Purpose: Recap, Note: "touch 2, same day: a brief written summary"},
		{After: After(1, BusinessDays), Channel: Phone, Purpose: CheckIn, Block: LateAfternoon, Note: "touch 3, next day: call in a different time block"},
		{After: After(3, BusinessDays), Channel: Phone, Purpose: CheckIn, Block: LateMorning, Note: "touch 4, day 3-5: last check"},
		{After: After(5, BusinessDays), Channel: Email, Purpose: Breakup, Block: Morning, Note: "touch 5: a clean exit"},
	}}
}

// PersistenceB is inbound model B, for hard-to-reach, high-value leads: six
// call attempts alternating late-morning and late-afternoon blocks, never on
// consecutive days after the first, with a single voicemail, then the
// breakup.
func PersistenceB() Model {
	return Model{Name: "persistence-b", Steps: []Step{
		{After: After(5, Minutes), Channel: Phone, Purpose: Callback, Note: "attempt 1 of 6, within 5 minutes"},
		{After: After(1, BusinessDays), Channel: Phone, Purpose: Callback, Block: LateAfternoon, Note: "attempt 2 of 6, late afternoon"},
		{After: After(3, BusinessDays), Channel: Voicemail, Purpose: Callback, Block: LateMorning, Note: "attempt 3 of 6, late morning: the one voicemail, under 20 seconds"},
		{After: After(5, BusinessDays), Channel: Phone, Purpose: Callback, Block: LateAfternoon, Note: "attempt 4 of 6, late afternoon"},
		{After: After(7, BusinessDays), Channel: Phone, Purpose: Callback, Block: LateMorning, Note: "attempt 5 of 6, late morning"},
		{After: After(9, BusinessDays), Channel: Phone, Purpose: Callback, Block: LateAfternoon, Note: "attempt 6 of 6, late afternoon"},
		{After: After(11, BusinessDays), Channel: Email, Purpose: Breakup, Block: Morning, Note: "six attempts without contact: close the loop"},
	}}
}

// PersistenceC is inbound model C, for low-friction, high-volume calls: one
// rapid call back, one confirmation text, then the callback at the agreed
// time, so the next attempt is expected.
func PersistenceC() Model {
	return Model{Name: "persistence-c", Steps: []Step{
		{After: After(5, Minutes), Channel: Phone, Purpose: Callback, Note: "one rapid call back"},
		{After: After(10, Minutes), Channel: SMS, Purpose: Confirmation, Note: "confirm the callback time by text"},
		{After: After(1, BusinessDays), Channel: Phone, Purpose: Callback, Block: LateMorning, Booked: true, Note: "the scheduled callback"},
		{After: After(3, BusinessDays), Channel: Email, Purpose: Breakup, Block: Morning, Note: "missed the scheduled callback: close the loop"},
	}}
}

// Models returns the built-in models, in a fixed order.
func Models() []Model {
	return []Model{PostCall(), LongCycle(), PersistenceA(), PersistenceB(), PersistenceC()}
}
