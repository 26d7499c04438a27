package extract

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/aftercall/aftercall/internal/enum"
)

// StageMove is what the call says about the deal's stage. The zero
// StageMove is StageUnknown.
type StageMove uint8

// Stage moves.
const (
	StageUnknown StageMove = iota
	Advance                // exit criteria met: move the deal forward
	Hold                   // keep the stage
	MoveBack               // new concerns: move the deal back
)

var stageNames = enum.Names{"", "advance", "hold", "move-back"}

func (m StageMove) String() string { return stageNames.String("StageMove", int(m)) }
func (m StageMove) MarshalText() ([]byte, error) {
	return stageNames.Marshal("extract", "stage move", int(m))
}
func (m *StageMove) UnmarshalText(b []byte) error {
	return stageNames.Set("extract", "stage move", b, (*uint8)(m))
}

// StageRecommendation is the stage move the call suggests and why.
type StageRecommendation struct {
	Move   StageMove  `json:"move"`
	Reason string     `json:"reason"`
	Source []Evidence `json:"source,omitempty"`
}

// CRMUpdate is what to write to the CRM after the call, as a value: the
// caller's CRM client applies it.
type CRMUpdate struct {
	LastActivity Activity  `json:"last_activity"`
	NextStep     *NextStep `json:"next_step"`
	Stage        StageMove `json:"stage"`
	StageReason  string    `json:"stage_reason,omitempty"`
	// CloseDate and Amount are set only when the call named them.
	CloseDate *DateChange `json:"close_date,omitempty"`
	Amount    *Amount     `json:"amount,omitempty"`
	// Contacts are the other side's people to add: attendees and the
	// people the call named.
	Contacts []Contact `json:"contacts"`
	// Tasks are one per item, in item order.
	Tasks []Task `json:"tasks"`
	// Notes is the internal summary, plain text.
	Notes string `json:"notes"`
}

// Activity is the call as a logged activity.
type Activity struct {
	At      time.Time `json:"at"`
	Type    CallType  `json:"type"`
	Summary string    `json:"summary"`
}

// NextStep is the next action with its date.
type NextStep struct {
	Action string    `json:"action"`
	Due    time.Time `json:"due,omitzero"`
	Source Evidence  `json:"source"`
}

// DateChange is a date the call set (the close date).
type DateChange struct {
	Time   time.Time `json:"time"`
	Phrase string    `json:"phrase"`
	Source Evidence  `json:"source"`
}

// Amount is a sum of money the call named as the deal's size.
type Amount struct {
	Value    float64  `json:"value"`
	Currency string   `json:"currency,omitempty"` // ISO 4217 when a symbol says it
	Text     string   `json:"text"`
	Source   Evidence `json:"source"`
}

// Task is one CRM task, from one item.
type Task struct {
	Item    int        `json:"item"`
	Subject string     `json:"subject"`
	Owner   string     `json:"owner"`
	Side    Side       `json:"side"`
	Due     *time.Time `json:"due"`
}

// stage recommends a stage move: back when they raised a deal risk
// (freeze, on hold, champion left; not one put in the past) or put the
// deal off ("not a priority") and we did not answer;
// forward when a next meeting is set, they took on work, and at most one
// of the qualification risks (vague timeline, uncertain budget, absent
// decision maker) stands; hold otherwise.
func (a *analysis) stage() StageRecommendation {
	c := a.c
	if c.Type == Internal {
		return StageRecommendation{Move: Hold, Reason: "internal call"}
	}
	for _, s := range a.theirWords() {
		if h, ok := s.first(catDealRisk); ok && !s.has(catBygone) {
			return StageRecommendation{Move: MoveBack, Reason: "they said " + s.phrase(h), Source: []Evidence{s.ev}}
		}
	}
	var open []Evidence
	for _, o := range c.Objections {
		if !o.Handled && (o.Kind == "priority" || o.Kind == "stall") {
			open = append(open, o.Source)
		}
	}
	if len(open) > 0 {
		return StageRecommendation{Move: MoveBack, Reason: "they put it off and we did not answer", Source: open}
	}
	theirWork := false
	for _, it := range c.Items {
		if it.Side == Theirs || it.Side == Shared {
			theirWork = true
			break
		}
	}
	serious := 0
	var names []string
	for _, r := range c.Risks {
		switch r {
		case VagueTimeline, BudgetUncertain, DecisionMakerAbsent:
			serious++
			names = append(names, r.String())
		}
	}
	switch {
	case c.NextMeeting != nil && theirWork && serious <= 1:
		return StageRecommendation{Move: Advance, Reason: "next meeting set and they took on work", Source: []Evidence{c.NextMeeting.Source}}
	case c.NextMeeting == nil:
		return StageRecommendation{Move: Hold, Reason: "no next meeting scheduled"}
	case !theirWork:
		return StageRecommendation{Move: Hold, Reason: "they took on no work"}
	}
	return StageRecommendation{Move: Hold, Reason: "open qualification risks: " + strings.Join(names, ", ")}
}

// crm builds the CRM update from the rest of the analysis.
func (a *analysis) crm() CRMUpdate {
	c := a.c
	u := CRMUpdate{
		LastActivity: Activity{At: a.opt.At, Type: c.Type, Summary: a.summary()},
		Stage:        c.Stage.Move,
		StageReason:  c.Stage.Reason,
		CloseDate:    a.closeDate(),
		Amount:       a.amount(),
		Contacts:     []Contact{},
		Tasks:        []Task{},
	}
	if m := c.NextMeeting; m != nil {
		what := m.Purpose
		if what == "" {
			what = "next meeting"
		}
		u.NextStep = &NextStep{Action: what + " (" + m.Phrase + ")", Due: m.Time, Source: m.Source}
	} else {
		// the earliest dated item of ours
		for _, it := range c.Items {
			if it.Side != Ours || it.Due == nil {
				continue
			}
			if u.NextStep == nil || it.Due.Time.Before(u.NextStep.Due) {
				u.NextStep = &NextStep{Action: it.Action, Due: it.Due.Time, Source: it.Source}
			}
		}
	}
	for _, at := range c.Attendees {
		if at.Side == Theirs {
			u.Contacts = append(u.Contacts, Contact{Name: at.Name, Role: at.Role, Org: at.Org, Side: Theirs, Source: Evidence{Turn: -1}})
		}
	}
	for _, nc := range c.NewContacts {
		if nc.Side == Theirs {
			u.Contacts = append(u.Contacts, nc)
		}
	}
	for i, it := range c.Items {
		t := Task{Item: i, Subject: it.Action, Owner: it.Owner, Side: it.Side}
		if it.Due != nil {
			d := it.Due.Time
			t.Due = &d
		}
		u.Tasks = append(u.Tasks, t)
	}
	u.Notes = a.notesText()
	return u
}

// summary is the one-line activity summary.
func (a *analysis) summary() string {
	c := a.c
	var who []string
	for _, at := range c.Attendees {
		if at.Side == Theirs {
			who = append(who, at.Name)
		}
	}
	s := c.Type.String()
	if s == "" {
		s = "call"
	} else {
		s += " call"
	}
	if len(who) > 0 {
		s += " with " + strings.Join(who, ", ")
	}
	s += fmt.Sprintf(": %d items, %d open questions", len(c.Items), openCount(c.Questions))
	if c.NextMeeting != nil {
		s += ", next meeting " + c.NextMeeting.Phrase
	}
	return s
}

func openCount(qs []Question) int {
	n := 0
	for _, q := range qs {
		if !q.Answered {
			n++
		}
	}
	return n
}

// notesText is the internal summary: type, key points, objections,
// competitors, risks and stage, one section a line.
func (a *analysis) notesText() string {
	c := a.c
	var b strings.Builder
	fmt.Fprintf(&b, "Type: %s\n", c.Type)
	for _, p := range c.KeyPoints {
		fmt.Fprintf(&b, "Key point: %s\n", p.Text)
	}
	for _, o := range c.Objections {
		h := "not handled"
		if o.Handled {
			h = "handled: " + o.Response
		}
		fmt.Fprintf(&b, "Objection (%s): %s [%s]\n", o.Kind, o.Text, h)
	}
	for _, cp := range c.Competitors {
		fmt.Fprintf(&b, "Competitor: %s (%s)\n", cp.Name, cp.Relation)
	}
	for _, q := range c.Questions {
		if !q.Answered {
			fmt.Fprintf(&b, "Open question from %s: %s (ask %s)\n", q.Asker, q.Text, q.Answerer)
		}
	}
	for _, r := range c.RiskNotes {
		fmt.Fprintf(&b, "Risk: %s: %s\n", r.Risk, r.Reason)
	}
	fmt.Fprintf(&b, "Stage: %s (%s)\n", c.Stage.Move, c.Stage.Reason)
	return b.String()
}

// closeDate returns the date the other side named for closing, signing
// or going live, if any: the last one said.
func (a *analysis) closeDate() *DateChange {
	var out *DateChange
	for _, s := range a.theirWords() {
		if !s.has(catCloseDate) {
			continue
		}
		for _, e := range a.times(s) {
			out = &DateChange{Time: e.Due, Phrase: e.Text, Source: s.ev}
		}
	}
	return out
}

// money matches an amount: "$38,000", "38k", "£1.2M", "USD 5,000".
var money = regexp.MustCompile(`(?i)(?:([$£€])\s?|\b(?:usd|eur|gbp)\s?)(\d[\d,]*(?:\.\d+)?)\s?(k|m|mm|thousand|million)?\b|\b(\d[\d,]*(?:\.\d+)?)\s?(k|m|thousand|million)\b`)

// amount returns the deal size the call named: an amount in a sentence
// with a price cue, not a limit ("anything over $5,000") or a past cost
// ("we paid $12,000"); the last price our side quoted wins over a budget
// they gave.
func (a *analysis) amount() *Amount {
	var out *Amount
	rank := 0
	for i := range a.sents {
		s := &a.sents[i]
		if !s.has(catPrice) {
			continue
		}
		for _, m := range money.FindAllStringSubmatchIndex(s.text, -1) {
			if a.threshold(s, m[0]) || a.unitPrice(s, m[1]) {
				continue
			}
			am := parseMoney(s.text, m)
			if am.Value <= 0 {
				continue
			}
			r := 1
			if s.side == Ours {
				r = 2
			}
			if r >= rank {
				am.Source = s.ev
				out, rank = &am, r
			}
		}
	}
	return out
}

// threshold reports whether the amount at byte offset at in s is a
// limit or a past cost: a threshold cue among the two words before it.
func (a *analysis) threshold(s *isent, at int) bool {
	k := tokenBefore(s, at)
	for _, h := range s.hits {
		if h.cat == catThreshold && h.j-1 <= k && k-(h.j-1) <= 2 {
			return true
		}
	}
	return false
}

// unitPrice reports whether a unit cue follows the amount ending at byte
// offset end of s ("£42 a seat").
func (a *analysis) unitPrice(s *isent, end int) bool {
	for _, h := range s.hits {
		if h.cat == catUnit && s.toks[h.i].start >= end && strings.TrimSpace(s.text[end:s.toks[h.i].start]) == "" {
			return true
		}
	}
	return false
}

// parseMoney reads the amount the money regexp matched at m.
func parseMoney(text string, m []int) Amount {
	get := func(i int) string {
		if m[2*i] < 0 {
			return ""
		}
		return text[m[2*i]:m[2*i+1]]
	}
	sym, num, mult := get(1), get(2), get(3)
	if num == "" {
		num, mult = get(4), get(5)
	}
	v, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64)
	if err != nil {
		return Amount{}
	}
	switch strings.ToLower(mult) {
	case "k", "thousand":
		v *= 1e3
	case "m", "mm", "million":
		v *= 1e6
	}
	am := Amount{Value: v, Text: text[m[0]:m[1]]}
	low := strings.ToLower(am.Text)
	switch {
	case sym == "$" || strings.HasPrefix(low, "usd"):
		am.Currency = "USD"
	case sym == "£" || strings.HasPrefix(low, "gbp"):
		am.Currency = "GBP"
	case sym == "€" || strings.HasPrefix(low, "eur"):
		am.Currency = "EUR"
	}
	return am
}
