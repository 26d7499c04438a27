package extract

import "strings"

// proposalCues open a proposal of a time or a joint plan that the other
// side then accepts ("how about Tuesday at 2?", "does Thursday work?").
var proposalCues = []string{
	"how about", "what about", "does", "would", "shall we", "should we", "could we", "can we", "let's say",
	"work for", "works for", "is that ok", "how's", "how is", "are you free", "free on", "same time",
}

// meetVerbs after "could we" make a proposal about the meeting itself.
var meetVerbs = map[string]bool{"move": true, "reschedule": true, "push": true, "do": true, "meet": true, "say": true, "make": true, "shift": true, "book": true, "hold": true}

// proposalAt finds an accepted proposal in sentence si: a meeting time, or
// a joint plan ("how about we draft the criteria together by the 11th?").
func (p *parser) proposalAt(si int) *cand {
	s := &p.sents[si]
	t := &p.turns[s.turn]
	if t.raw.notes || !(s.q || strings.HasPrefix(s.low, "how about") || strings.HasPrefix(s.low, "what about")) {
		return nil
	}
	k := anyPhrase(s.low, proposalCues)
	if k < 0 {
		return nil
	}
	var when *Due
	for _, e := range p.times(s) {
		if !e.Past && !e.Due.IsZero() && e.Anchor == "" && e.Grain <= 3 && e.Start.After(p.opt.At) {
			when = &Due{Time: e.Due.In(p.cal.Loc()), Phrase: e.Text, Explicit: e.Explicit, Grain: e.Grain}
			if e.Grain <= 2 {
				when.Time = e.Start.In(p.cal.Loc())
			}
			break
		}
	}
	ti := p.responder(si, nil)
	if ti < 0 || p.answer(ti) <= 0 {
		return nil
	}
	ts := s.toksCache()
	c := &cand{s: si, toks: ts, subj: subjLets, mode: modeCommit}
	joint := anyPhrase(s.low, []string{"how about we", "what about we", "why don't we", "shall we", "should we", "what if we"}) >= 0
	for i := 0; joint && i+1 < len(ts); i++ {
		if ts[i].w == "we" && ts[i].a > k {
			v, hedged, neg := verbAfter(ts, i+1)
			if v > 0 && !neg && actionVerbs[ts[v].w] && !meetVerbs[ts[v].w] && !letsNow[ts[v].w] && !p.inCall(ts, v, s, true) {
				c.at, c.vp, c.tentative = i, v, hedged
				return c
			}
			break
		}
	}
	if when == nil {
		return nil
	}
	c.meeting = true
	c.preset = "hold the meeting"
	if m := anyPhraseWord(s.low, p.lx.Meeting); m != "" {
		c.preset = "hold the " + m
	}
	c.presetDue = when
	return c
}

// anyPhraseWord returns the first phrase of list found in low.
func anyPhraseWord(low string, list []string) string {
	best, at := "", -1
	for _, ph := range list {
		if k := hasPhrase(low, ph); k >= 0 && (at < 0 || k < at) {
			best, at = ph, k
		}
	}
	return best
}
