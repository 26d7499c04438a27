package extract

import (
	"sort"
	"strings"
)

// RiskNote says why a risk was flagged and, when one sentence shows it,
// where.
type RiskNote struct {
	Risk   Risk      `json:"risk"`
	Reason string    `json:"reason"`
	Source *Evidence `json:"source,omitempty"`
}

// risks flags the warning signs:
//
//   - single-threaded: exactly one person from the other side on the call;
//   - vague-timeline: the other side talked about timing only in hedges
//     ("sometime in Q1", "depends on Luis");
//   - budget-uncertain: budget talk with a doubt in it ("nothing
//     confirmed", "CFO sign-off pending"), or a budget freeze;
//   - no-next-step: no next meeting;
//   - decision-maker-absent: someone named as deciding was not on it;
//   - competitor: another vendor named;
//   - blocking-ours: one of our items is blocking.
//
// An internal call flags none.
func (a *analysis) risks() ([]Risk, []RiskNote) {
	var notes []RiskNote
	flag := func(r Risk, reason string, s *isent) {
		for _, n := range notes {
			if n.Risk == r {
				return
			}
		}
		n := RiskNote{Risk: r, Reason: reason}
		if s != nil {
			ev := s.ev
			n.Source = &ev
		}
		notes = append(notes, n)
	}
	c := a.c
	if c.Type == Internal {
		// an internal call has no other side to read deal risks from
		return []Risk{}, []RiskNote{}
	}
	{
		if ts := a.theirsPresent(); len(ts) == 1 {
			flag(SingleThreaded, "only "+ts[0].Name+" from their side was on the call", nil)
		}
		if c.NextMeeting == nil {
			flag(NoNextStep, "the call scheduled no next meeting", nil)
		}
	}
	for _, s := range a.timelineTalk() {
		if s.has(catVague) {
			flag(VagueTimeline, "their timeline is not dated", s)
		}
	}
	for _, s := range a.budgetTalk() {
		if s.has(catDoubt) {
			flag(BudgetUncertain, "their budget is not confirmed", s)
		}
	}
	for _, s := range a.theirWords() {
		if h, ok := s.first(catDealRisk); ok && !s.has(catBygone) && (strings.EqualFold(s.phrase(h), "no budget") || strings.Contains(strings.ToLower(s.phrase(h)), "freeze")) {
			flag(BudgetUncertain, "they said "+s.phrase(h), s)
		}
	}
	for _, dm := range c.DecisionMakers {
		if !dm.Present {
			who := dm.Name
			if who == "" {
				who = "the " + dm.Role
			}
			ev := dm.Source
			notes = appendRisk(notes, RiskNote{DecisionMakerAbsent, who + " decides and was not on the call", &ev})
		}
	}
	if len(c.Competitors) > 0 {
		ev := c.Competitors[0].Source
		notes = appendRisk(notes, RiskNote{CompetitorInPlay, c.Competitors[0].Name + " is in play", &ev})
	}
	for _, it := range c.Items {
		if it.Side == Ours && it.Priority == Blocking {
			ev := it.Source
			notes = appendRisk(notes, RiskNote{BlockingOurs, "blocking item on our side: " + it.Action, &ev})
		}
	}
	sort.SliceStable(notes, func(i, j int) bool { return notes[i].Risk < notes[j].Risk })
	risks := make([]Risk, len(notes))
	for i, n := range notes {
		risks[i] = n.Risk
	}
	return risks, notes
}

// appendRisk adds n unless its risk is flagged already.
func appendRisk(notes []RiskNote, n RiskNote) []RiskNote {
	for _, o := range notes {
		if o.Risk == n.Risk {
			return notes
		}
	}
	return append(notes, n)
}

// timelineTalk returns the other side's sentences about timing.
func (a *analysis) timelineTalk() []*isent { return a.talkAbout(catTimeline) }

// budgetTalk returns the other side's sentences about budget.
func (a *analysis) budgetTalk() []*isent { return a.talkAbout(catBudget) }

// talkAbout returns the other side's sentences on a topic: those with a
// cue of category c and the sentence after each, and all of a turn that
// answers our question with such a cue ("What about budget?").
func (a *analysis) talkAbout(c icat) []*isent {
	var out []*isent
	if a.notes {
		for _, s := range a.allSentences() {
			if s.has(c) || s.turn >= 0 && a.turnHas(s.turn, c) {
				out = append(out, s)
			}
		}
		return out
	}
	for ti := range a.c.Turns {
		idx := a.turnSents[ti]
		if len(idx) == 0 || a.sents[idx[0]].side != Theirs {
			continue
		}
		// all of a turn that answers our question on the topic, else the
		// sentences that name it and the one after each
		asked := ti > 0 && a.turnHas(ti-1, c) && a.turnAsks(ti-1)
		for k, i := range idx {
			if asked || a.sents[i].has(c) || k > 0 && a.sents[idx[k-1]].has(c) {
				out = append(out, &a.sents[i])
			}
		}
	}
	return out
}

// turnHas reports whether a sentence of turn ti has category c.
func (a *analysis) turnHas(ti int, c icat) bool {
	for _, k := range a.turnSents[ti] {
		if a.sents[k].has(c) {
			return true
		}
	}
	return false
}

// turnAsks reports whether turn ti ends in a question.
func (a *analysis) turnAsks(ti int) bool {
	idx := a.turnSents[ti]
	return len(idx) > 0 && a.sents[idx[len(idx)-1]].isQuestion()
}
