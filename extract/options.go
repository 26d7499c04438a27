package extract

import (
	"errors"
	"time"

	"github.com/aftercall/aftercall/timeexpr"
)

// MaxInput is the largest input Parse accepts, in bytes.
const MaxInput = 8 << 20

// Errors Parse returns; test with errors.Is.
var (
	ErrEmpty    = errors.New("extract: empty input")
	ErrTooLarge = errors.New("extract: input larger than 8 MiB")
	ErrNoTime   = errors.New("extract: no reference time (Options.At is zero)")
)

// Options configure Parse. Only At is required; every other zero field
// means its documented default.
type Options struct {
	// At is the reference time: when the call took place (its start or end).
	// Deadlines resolve against it. Required.
	At time.Time

	// Calendar is the business calendar deadlines resolve in. The zero
	// Calendar is UTC, 09:00-17:00, Monday to Friday, no holidays.
	Calendar timeexpr.Calendar

	// Us names the people and organisations on our (the seller's) side.
	// Speakers matching none of them, and not labelled with one of our
	// organisations, are on the other side.
	Us []string

	// Author is who wrote the notes: first person in notes means them.
	Author string

	// Format forces an input format; FormatAuto (zero) detects it.
	Format Format

	// Lexicon replaces the cue tables; nil means DefaultLexicon(). To
	// extend the defaults, start from DefaultLexicon() and append.
	Lexicon *Lexicon

	// Insights replaces the cue tables of the insight rules (questions,
	// next meeting, key points, objections, competitors, risks, call
	// type); nil means DefaultInsightCues(). To extend the defaults,
	// start from DefaultInsightCues() and append.
	Insights *InsightCues

	// Competitors names vendors that count as competitors wherever the
	// call mentions them, added to the lexicon's list.
	Competitors []string
}
