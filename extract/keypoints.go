package extract

import (
	"sort"
	"strings"
)

// Point is something the call revealed, in the words it was said (or
// written) in.
type Point struct {
	Speaker string   `json:"speaker,omitempty"`
	Text    string   `json:"text"`
	Source  Evidence `json:"source"`
}

// DecisionMaker is someone the call said decides or signs.
type DecisionMaker struct {
	// Name is the person's full name as the call knows it; "" when the
	// call gave only a role ("CFO sign-off pending").
	Name string `json:"name,omitempty"`
	Role string `json:"role,omitempty"`
	// Present reports whether they were on the call.
	Present bool     `json:"present"`
	Source  Evidence `json:"source"`
}

// maxPoints caps each list of points.
const maxPoints = 5

// theirWords returns the sentences that speak for the other side: their
// speakers' in a transcript; in notes, every line that is not the source
// of an item (notes are the rep's record of what they said).
func (a *analysis) theirWords() []*isent {
	var out []*isent
	for i := range a.sents {
		s := &a.sents[i]
		if a.notes {
			if a.isItemSource(s) {
				continue
			}
		} else if s.side != Theirs {
			continue
		}
		out = append(out, s)
	}
	return out
}

// isItemSource reports whether an item comes from s.
func (a *analysis) isItemSource(s *isent) bool {
	for _, it := range a.c.Items {
		if it.Source.Turn == s.ev.Turn && it.Source.Start < s.ev.End && s.ev.Start < it.Source.End {
			return true
		}
	}
	return false
}

// keyPoints fills KeyPoints, PainPoints, Timeline, Budget,
// DecisionProcess, SuccessCriteria and DecisionMakers.
func (a *analysis) keyPoints() {
	c := a.c
	words := a.theirWords()
	lists := []struct {
		cat icat
		dst *[]Point
	}{
		{catPain, &c.PainPoints}, {catTimeline, &c.Timeline}, {catBudget, &c.Budget},
		{catDecision, &c.DecisionProcess}, {catSuccess, &c.SuccessCriteria},
	}
	for _, l := range lists {
		*l.dst = nil
		for _, s := range words {
			if len(*l.dst) < maxPoints && s.has(l.cat) && len(s.toks) >= 3 {
				*l.dst = append(*l.dst, point(s))
			}
		}
	}
	// key points: the sentences that carry the most news. A sentence
	// needs two kinds of news, or one kind said twice or with a number or
	// a date:
	// one stray cue word ("the coffee machine is broken again") is small
	// talk. A competitor cue counts only with a competitor's name.
	type scored struct {
		s     *isent
		score int
	}
	var cands []scored
	for _, s := range words {
		if len(s.toks) < 5 || s.isQuestion() {
			continue
		}
		kinds := map[icat]bool{}
		cues := 0
		for _, h := range s.hits {
			switch h.cat {
			case catCompetitorCue:
				if !a.namesCompetitor(s) {
					continue
				}
			case catPain, catTimeline, catBudget, catDecision, catSuccess, catNeed, catObjection,
				catCompetitor, catSigner, catDealRisk:
			default:
				continue
			}
			kinds[h.cat] = true
			cues++
		}
		score := 2 * len(kinds)
		dated := hasNumber(s) || namesDate(s)
		if dated {
			score++
		}
		if len(kinds) >= 2 || len(kinds) == 1 && (cues >= 2 || dated) {
			cands = append(cands, scored{s, score})
		}
	}
	// the strongest five, in call order
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].score > cands[j].score })
	if len(cands) > maxPoints {
		cands = cands[:maxPoints]
	}
	sort.SliceStable(cands, func(i, j int) bool { return cands[i].s.idx < cands[j].s.idx })
	c.KeyPoints = nil
	for _, k := range cands {
		c.KeyPoints = append(c.KeyPoints, point(k.s))
	}
	c.DecisionMakers = a.decisionMakers()
}

// point returns s as a Point.
func point(s *isent) Point {
	return Point{Speaker: s.speaker, Text: strings.TrimSpace(s.text), Source: s.ev}
}

// namesCompetitor reports whether s names one of the call's competitors.
func (a *analysis) namesCompetitor(s *isent) bool {
	for _, cp := range a.c.Competitors {
		if hasWords(s.toks, itokens(cp.Name)) {
			return true
		}
	}
	return false
}

// vagueTimeWords are time words too common to date a sentence.
var vagueTimeWords = map[string]bool{"year": true, "day": true, "days": true, "week": true, "weeks": true,
	"month": true, "months": true, "hour": true, "hours": true, "minutes": true, "next": true, "new": true,
	"morning": true, "afternoon": true, "evening": true, "today": true, "weekend": true, "may": true}

// namesDate reports whether s names a date: a weekday, a month, a
// quarter or a holiday.
func namesDate(s *isent) bool {
	for _, t := range s.toks {
		if timeWords[t.w] && !vagueTimeWords[t.w] {
			return true
		}
	}
	return false
}

// hasNumber reports whether s holds a number or an amount.
func hasNumber(s *isent) bool {
	for _, t := range s.toks {
		if t.w == "$" || t.w == "%" || t.w == "£" || t.w == "€" || t.w[0] >= '0' && t.w[0] <= '9' {
			return true
		}
	}
	return false
}

// decisionMakers finds who the call said decides: the person named
// nearest before a signer cue ("Gilfoyle has the final say"), else named
// in the sentence before ("Our COO, Angela Brooks. She signs off."), else
// the role the sentence names ("CFO sign-off pending"). People on our
// side are left out. One entry per person; a role-only entry is dropped
// when a named one has that role.
func (a *analysis) decisionMakers() []DecisionMaker {
	var out []DecisionMaker
	all := make([]*isent, 0, len(a.header)+len(a.sents))
	for i := range a.header {
		all = append(all, &a.header[i])
	}
	for i := range a.sents {
		all = append(all, &a.sents[i])
	}
	for k, s := range all {
		h, ok := s.first(catSigner)
		if !ok {
			// a senior role named with budget or decision talk: "Our CFO,
			// Marta Lindqvist, will confirm the budget"
			sr, senior := s.first(catSenior)
			if !senior || !(s.has(catBudget) || s.has(catDecision)) {
				continue
			}
			h = sr
		}
		name := a.personBefore(s, s.toks[h.i].start)
		role := a.roleIn(s)
		if name == "" && k > 0 && all[k-1].turn == s.turn && s.turn >= 0 {
			prev := all[k-1]
			name = a.personBefore(prev, len(prev.text))
			if role == "" {
				role = a.roleIn(prev)
			}
		}
		if name == "" && role == "" {
			continue
		}
		if name != "" && a.sideOf(name) == Ours {
			continue
		}
		if name == "" && a.ourRole(s) {
			continue
		}
		dm := DecisionMaker{Name: name, Role: role, Source: s.ev}
		// the role the call gave the person wins over a word nearby
		for _, nc := range a.c.NewContacts {
			if name != "" && namesMatch(nc.Name, name) && nc.Role != "" {
				dm.Role = nc.Role
			}
		}
		for _, m := range a.in.mentioned {
			if name != "" && namesMatch(m.Name, name) && m.Role != "" {
				dm.Role = m.Role
			}
		}
		if at, ok := a.attendee(name); ok {
			dm.Present = a.present(at)
			if at.Role != "" {
				dm.Role = at.Role
			}
		} else if name == "" {
			for _, at := range a.theirsPresent() {
				if role != "" && strings.Contains(strings.ToLower(at.Role), strings.ToLower(role)) {
					dm.Name, dm.Present = at.Name, true
				}
			}
			// the role names someone the call mentioned ("CFO sign-off
			// pending" and "David Ong (CFO)")
			for _, nc := range a.c.NewContacts {
				if dm.Name == "" && role != "" && nc.Side == Theirs && strings.EqualFold(nc.Role, role) {
					dm.Name, dm.Role = nc.Name, nc.Role
				}
			}
		}
		out = mergeDM(out, dm)
	}
	return out
}

// mergeDM adds dm to dms unless it is already there by name or role.
func mergeDM(dms []DecisionMaker, dm DecisionMaker) []DecisionMaker {
	for i, d := range dms {
		switch {
		case dm.Name != "" && namesMatch(d.Name, dm.Name):
			if d.Role == "" {
				dms[i].Role = dm.Role
			}
			return dms
		case dm.Name == "" && dm.Role != "" && strings.EqualFold(d.Role, dm.Role):
			return dms
		case d.Name == "" && dm.Name != "" && strings.EqualFold(d.Role, dm.Role):
			dms[i] = dm
			return dms
		}
	}
	return append(dms, dm)
}

// personBefore returns the person named last before byte offset at in s
// (or, failing that, first after it): an attendee, someone the header
// lists as absent, or a capitalised two-word name.
func (a *analysis) personBefore(s *isent, at int) string {
	best, after := "", ""
	for _, r := range nameRunsIn(s.text, s.toks) {
		n := a.person(r.text)
		if n == "" {
			continue
		}
		if r.start < at {
			best = n
		} else if after == "" {
			after = n
		}
	}
	if best == "" {
		best = after
	}
	return best
}

// person returns the full name a capitalised run names, or "" when it is
// not a person: an attendee or absent person by any of their names, or an
// unknown run of two or three words that is not an organisation.
func (a *analysis) person(text string) string {
	if at, ok := a.attendee(text); ok {
		return at.Name
	}
	if n := a.isAbsentName(text); n != "" {
		return n
	}
	for _, nc := range a.c.NewContacts {
		if namesMatch(nc.Name, text) {
			return nc.Name
		}
	}
	if len(strings.Fields(text)) >= 2 && !a.isOrg(text) {
		return text
	}
	return ""
}

// isOrg reports whether text names an organisation the call knows.
func (a *analysis) isOrg(text string) bool {
	for _, at := range a.c.Attendees {
		if at.Org != "" && strings.EqualFold(at.Org, text) {
			return true
		}
	}
	for _, u := range a.opt.Us {
		if strings.EqualFold(u, text) {
			if _, ok := a.attendee(u); !ok {
				return true
			}
		}
	}
	return false
}

// roleIn returns the first role s names, as written.
func (a *analysis) roleIn(s *isent) string {
	if h, ok := s.first(catRole); ok {
		return s.phrase(h)
	}
	return ""
}

// ourRole reports whether the role s names is on our side ("approval
// from our VP" in our words).
func (a *analysis) ourRole(s *isent) bool {
	h, ok := s.first(catRole)
	if !ok || h.i == 0 {
		return false
	}
	prev := s.toks[h.i-1].w
	return prev == "our" && s.side == Ours || prev == "my" && s.side == Ours
}
