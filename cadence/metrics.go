package cadence

import (
	"slices"
	"time"

	"github.com/aftercall/aftercall/internal/enum"
	"github.com/aftercall/aftercall/timeexpr"
)

// Result is what one follow-up attempt got. The zero Result, ResultNone, means
// nothing was logged (an email sent, no reply yet).
type Result uint8

// Results.
const (
	ResultNone      Result = iota
	ResultNoAnswer         // a call nobody picked up
	ResultVoicemail        // a call that ended in a voicemail
	ResultConnected        // a live conversation
	ResultReplied          // a written reply
	ResultBooked           // a meeting or callback booked
	ResultBounced          // the address or number failed
)

var resultNames = enum.Names{"", "no-answer", "voicemail", "connected", "replied", "booked", "bounced"}

func (r Result) String() string { return resultNames.String("Result", int(r)) }
func (r Result) MarshalText() ([]byte, error) {
	return resultNames.Marshal("cadence", "result", int(r))
}
func (r *Result) UnmarshalText(b []byte) error {
	return resultNames.Set("cadence", "result", b, (*uint8)(r))
}

// responded reports whether the prospect engaged.
func (r Result) responded() bool {
	return r == ResultConnected || r == ResultReplied || r == ResultBooked
}

// Outcome is how a lead's follow-up ended. The zero Outcome is Open.
type Outcome uint8

// Outcomes.
const (
	Open     Outcome = iota // still being worked
	Booked                  // a next step is booked
	Resolved                // the request was handled
	Lost                    // no interest, or gone dark after the breakup
)

var outcomeNames = enum.Names{"open", "booked", "resolved", "lost"}

func (o Outcome) String() string { return outcomeNames.String("Outcome", int(o)) }
func (o Outcome) MarshalText() ([]byte, error) {
	return outcomeNames.Marshal("cadence", "outcome", int(o))
}
func (o *Outcome) UnmarshalText(b []byte) error {
	return outcomeNames.Set("cadence", "outcome", b, (*uint8)(o))
}

// Attempt is one follow-up actually made.
type Attempt struct {
	At      time.Time `json:"at"`
	Channel Channel   `json:"channel"`
	Result  Result    `json:"result"`
}

// Record is one lead's follow-up history: when the call (or lead) came in,
// the attempts made, and how it ended.
type Record struct {
	Lead     string    `json:"lead"`
	Start    time.Time `json:"start"`
	Attempts []Attempt `json:"attempts"`
	Outcome  Outcome   `json:"outcome"`
}

// Rate is Hits out of Of, and their ratio (0 when Of is 0).
type Rate struct {
	Of   int     `json:"of"`
	Hits int     `json:"hits"`
	Rate float64 `json:"rate"`
}

func rate(hits, of int) Rate {
	r := Rate{Of: of, Hits: hits}
	if of > 0 {
		r.Rate = float64(hits) / float64(of)
	}
	return r
}

// Metrics are the follow-up measures that change behaviour, computed from
// records by [Measure]. Every list is in a fixed order.
type Metrics struct {
	Leads int `json:"leads"`
	// FirstTouch is the time from the call to the first attempt, over the
	// leads that got one (nearest-rank percentiles, wall-clock time).
	FirstTouch Spread `json:"first_touch"`
	// ConnectByBlock is, per time block of the prospect's day, how many
	// calls connected (a conversation or a booking).
	ConnectByBlock []BlockRate `json:"connect_by_block"`
	// AttemptsPerOutcome is how many attempts each outcome took.
	AttemptsPerOutcome []OutcomeAttempts `json:"attempts_per_outcome"`
	// Leakage is the leads that got no follow-up at all.
	Leakage Rate `json:"no_response_leakage"`
	// ResponseByTouch is, per touch number (1 is the first attempt), how
	// often the prospect engaged.
	ResponseByTouch []TouchRate `json:"response_by_touch"`
	// Channels is, per channel, how often the prospect engaged.
	Channels []ChannelRate `json:"channels"`
}

// Spread is the median and 90th percentile of durations, over N values.
type Spread struct {
	N      int           `json:"n"`
	Median time.Duration `json:"median"`
	P90    time.Duration `json:"p90"`
}

// BlockRate is a Rate for a time block.
type BlockRate struct {
	Block Block `json:"block"`
	Rate
}

// OutcomeAttempts counts the attempts the leads with an outcome took.
type OutcomeAttempts struct {
	Outcome  Outcome `json:"outcome"`
	Leads    int     `json:"leads"`
	Attempts int     `json:"attempts"`
	Mean     float64 `json:"mean"`
}

// TouchRate is a Rate for a touch number.
type TouchRate struct {
	Touch int `json:"touch"`
	Rate
}

// ChannelRate is a Rate for a channel.
type ChannelRate struct {
	Channel Channel `json:"channel"`
	Rate
}

// Measure computes the metrics of records. Time blocks are read in the
// calendar's zone (the prospect's); attempts are taken in time order
// whatever their order in the record.
func Measure(records []Record, c timeexpr.Calendar) Metrics {
	m := Metrics{Leads: len(records)}
	var first []time.Duration
	var calls, connects [OffHours + 1]int
	var sent, engaged [Voicemail + 1]int
	var leads, attempts [Lost + 1]int
	var touchOf, touchHit []int
	leaked := 0
	for _, r := range records {
		as := slices.Clone(r.Attempts)
		slices.SortStableFunc(as, func(a, b Attempt) int { return a.At.Compare(b.At) })
		if int(r.Outcome) < len(leads) {
			leads[r.Outcome]++
			attempts[r.Outcome] += len(as)
		}
		if len(as) == 0 {
			leaked++
			continue
		}
		first = append(first, max(as[0].At.Sub(r.Start), 0))
		for i, a := range as {
			if i >= len(touchOf) {
				touchOf, touchHit = append(touchOf, 0), append(touchHit, 0)
			}
			touchOf[i]++
			if a.Result.responded() {
				touchHit[i]++
			}
			if a.Channel <= Voicemail {
				sent[a.Channel]++
				if a.Result.responded() {
					engaged[a.Channel]++
				}
			}
			if a.Channel.calls() {
				b := BlockOf(a.At.In(c.Loc()))
				calls[b]++
				if a.Result == ResultConnected || a.Result == ResultBooked {
					connects[b]++
				}
			}
		}
	}
	m.FirstTouch = spread(first)
	m.Leakage = rate(leaked, len(records))
	for b := Morning; b <= OffHours; b++ {
		if calls[b] > 0 {
			m.ConnectByBlock = append(m.ConnectByBlock, BlockRate{Block: b, Rate: rate(connects[b], calls[b])})
		}
	}
	for o := Open; o <= Lost; o++ {
		if leads[o] > 0 {
			m.AttemptsPerOutcome = append(m.AttemptsPerOutcome, OutcomeAttempts{Outcome: o, Leads: leads[o],
				Attempts: attempts[o], Mean: float64(attempts[o]) / float64(leads[o])})
		}
	}
	for i := range touchOf {
		m.ResponseByTouch = append(m.ResponseByTouch, TouchRate{Touch: i + 1, Rate: rate(touchHit[i], touchOf[i])})
	}
	for ch := Email; ch <= Voicemail; ch++ {
		if sent[ch] > 0 {
			m.Channels = append(m.Channels, ChannelRate{Channel: ch, Rate: rate(engaged[ch], sent[ch])})
		}
	}
	return m
}

// spread returns the nearest-rank median and 90th percentile.
func spread(ds []time.Duration) Spread {
	s := Spread{N: len(ds)}
	if len(ds) == 0 {
		return s
	}
	slices.Sort(ds)
	rank := func(p int) time.Duration {
		// nearest rank: the smallest value with at least p% at or below it
		k := (p*len(ds) + 99) / 100
		return ds[max(k, 1)-1]
	}
	s.Median, s.P90 = rank(50), rank(90)
	return s
}
