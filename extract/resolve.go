package extract

import (
	"strings"
	"time"

	"github.com/aftercall/aftercall/timeexpr"
)

// evidence returns the evidence for sentence si, clipped to the segment
// holding token offset at.
func (p *parser) evidence(si int, at int) Evidence {
	s := &p.sents[si]
	t := &p.turns[s.turn]
	start, end := t.ct.span(p.input, s.a, s.b, s.a+at)
	return Evidence{Turn: s.turn, Start: start, End: end, Quote: p.input[start:end]}
}

// evidenceRange returns the evidence for bytes [a, b) of sentence si.
func (p *parser) evidenceRange(si, a, b int) Evidence {
	s := &p.sents[si]
	for b > a {
		t := strings.TrimRight(s.text[a:b], " ,;")
		t = strings.TrimSuffix(t, " and")
		t = strings.TrimSuffix(t, " but")
		t = strings.TrimSuffix(t, " so")
		t = strings.TrimRight(t, " ,;")
		if len(t) == b-a {
			break
		}
		b = a + len(t)
	}
	t := &p.turns[s.turn]
	start, end := t.ct.span(p.input, s.a+a, s.a+b, s.a+a)
	return Evidence{Turn: s.turn, Start: start, End: end, Quote: p.input[start:end]}
}

// antecedent finds what a pronoun object refers to: the last noun phrase
// ("the DPA") before offset at in sentence si, or in the sentence before
// it in the same turn.
func (p *parser) antecedent(si, at int) string {
	for k := si; k >= 0 && k >= si-1; k-- {
		s := &p.sents[k]
		if s.turn != p.sents[si].turn {
			break
		}
		ts := s.toksCache()
		limit := len(s.text)
		if k == si {
			limit = at
		}
		best := ""
		for i := 0; i < len(ts) && ts[i].a < limit; i++ {
			switch ts[i].w {
			case "the", "a", "an", "your", "our", "their", "my", "his", "her":
				j := i + 1
				for j < len(ts) && ts[j].a < limit && j < i+5 && !isPunct(ts[j].w) && !clauseStops[ts[j].w] &&
					!modalWord[ts[j].w] && ts[j].w != "and" && ts[j].w != "to" && ts[j].w != "for" && ts[j].w != "so" {
					j++
				}
				if j > i+1 {
					best = joinToks(ts[i:j])
					if ts[i].w == "our" || ts[i].w == "my" || ts[i].w == "your" {
						best = "the " + joinToks(ts[i+1:j])
					}
				}
				i = j - 1
			}
		}
		if best != "" {
			return best
		}
	}
	return ""
}

// speakerOf returns the speaker of sentence si.
func (p *parser) speakerOf(si int) *person { return p.turns[p.sents[si].turn].speaker }

// vocative finds a person addressed by name in sentence si ("Mei, can
// you …", "… by Friday, Tom?").
func (p *parser) vocative(si int, ts []tok) *person {
	sp := p.speakerOf(si)
	for k, t := range ts {
		if !t.cap || notNames[t.w] {
			continue
		}
		before := k == 0 || isPunct(ts[k-1].w)
		after := k+1 >= len(ts) || isPunct(ts[k+1].w)
		if !(k == 0 && after) && !(before && after) {
			continue
		}
		if q := p.ps.lookup(t.w); q != nil && q != sp {
			return q
		}
	}
	return nil
}

// responder returns the first turn after sentence si's turn by someone
// else (want, when set), within a few turns.
func (p *parser) responder(si int, want *person) int {
	s := &p.sents[si]
	sp := p.turns[s.turn].speaker
	if p.turns[s.turn].raw.notes {
		return -1
	}
	for ti := s.turn + 1; ti < len(p.turns) && ti <= s.turn+4; ti++ {
		q := p.turns[ti].speaker
		if q == nil || q == sp {
			continue
		}
		if want == nil || q == want {
			return ti
		}
	}
	return -1
}

// mainContact returns the person of side with the most turns.
func (p *parser) mainContact(side Side, not *person) *person {
	count := map[*person]int{}
	for _, t := range p.turns {
		if t.speaker != nil && t.speaker.side == side && t.speaker != not {
			count[t.speaker]++
		}
	}
	var best *person
	for _, q := range p.ps.list {
		if count[q] > 0 && (best == nil || count[q] > count[best]) {
			best = q
		}
	}
	return best
}

// titleOrg reads the customer's name from a notes title line ("meridian
// logistics - disco call #2", "Contoso – discovery"): the part before the
// dash, when it is a short name that is not ours.
func (p *parser) titleOrg() string {
	ls := splitLines(p.input)
	for _, l := range ls[headerEnd(p.input, ls):] {
		t := strings.TrimSpace(strings.Trim(p.input[l.start:l.end], "#* "))
		if t == "" {
			continue
		}
		k := -1
		for _, sep := range []string{" - ", " – ", " — ", ": "} {
			if j := strings.Index(t, sep); j > 0 && (k < 0 || j < k) {
				k = j
			}
		}
		if k <= 0 {
			return ""
		}
		name := strings.TrimSpace(t[:k])
		if len(strings.Fields(name)) > 4 || strings.ContainsAny(name, "0123456789|/") || isRole(name) ||
			anyPhrase(lowerASCII(name), []string{"call", "notes", "meeting", "demo", "sync", "acct", "account"}) >= 0 {
			return ""
		}
		for _, u := range p.opt.Us {
			if strings.EqualFold(u, name) {
				return ""
			}
		}
		if lowerName(name) {
			name = titleCase(name)
		}
		return name
	}
	return ""
}

// answer classifies the first sentences of turn ti as an acceptance (1),
// a refusal (-1) or neither (0).
func (p *parser) answer(ti int) int {
	t := &p.turns[ti]
	var b strings.Builder
	for k := t.first; k < t.first+t.n && k < t.first+2; k++ {
		b.WriteString(p.sents[k].low)
		b.WriteByte(' ')
	}
	low := b.String()
	acc := anyPhrase(low, p.lx.Accept)
	dec := anyPhrase(low, p.lx.Decline)
	if dec >= 0 && (acc < 0 || dec < acc) {
		// "no problem", "no worries" accept
		if hasPhrase(low, "no problem") == dec || hasPhrase(low, "no worries") == dec {
			return 1
		}
		return -1
	}
	if acc >= 0 && acc < 120 {
		return 1
	}
	return 0
}

// owner resolves a candidate's owner and side.
func (p *parser) owner(c *cand) {
	s := &p.sents[c.s]
	sp := p.turns[s.turn].speaker
	spSide := Theirs
	if sp != nil {
		spSide = sp.side
	}
	notes := p.turns[s.turn].raw.notes
	set := func(q *person) {
		c.owner, c.side = q.name, q.side
		if q.author && q.name == "me" {
			c.owner = ""
			c.reason = "the author (Options.Author not set)"
		}
	}
	switch c.subj {
	case subjI, subjWe:
		if sp != nil {
			set(sp)
		} else {
			c.side, c.reason = spSide, "speaker unknown"
		}
		if c.subj == subjWe && hasPhrase(s.low, "together") >= 0 || hasPhrase(s.low, "jointly") >= 0 {
			c.owner, c.side, c.reason = "", p.sharedSide(spSide), "both sides"
		}
	case subjYou:
		q := p.vocative(c.s, c.toks)
		if q == nil {
			if ti := p.responder(c.s, nil); ti >= 0 {
				q = p.turns[ti].speaker
			}
		}
		if q == nil && !notes {
			// the previous speaker
			for ti := s.turn - 1; ti >= 0 && ti >= s.turn-2; ti-- {
				if r := p.turns[ti].speaker; r != nil && r != sp {
					q = r
					break
				}
			}
		}
		if q == nil {
			q = p.mainContact(otherSide(spSide), sp)
		}
		if q != nil {
			set(q)
			c.reason = "the person asked"
		} else {
			c.side, c.reason = otherSide(spSide), "addressee unknown"
		}
	case subjThey:
		c.side, c.reason = otherSide(spSide), "the other side"
		if org := p.orgOf(c.side); org != "" && c.rel == "" {
			c.owner, c.reason = org, "their organisation"
		}
		if c.rel == "he" || c.rel == "she" {
			c.side, c.reason = spSide, "a pronoun"
		}
	case subjPerson:
		if c.who != nil {
			set(c.who)
		} else {
			c.owner, c.side, c.reason = c.role, spSide, "named, not on the call"
		}
	case subjRole:
		if c.who != nil {
			set(c.who)
			return
		}
		c.owner = c.role
		c.side = spSide
		if c.rel == "your" || c.rel == "their" {
			c.side = otherSide(spSide)
		}
		c.reason = "a role"
	case subjLets, subjBoth:
		c.owner, c.side, c.reason = "", p.sharedSide(spSide), "both sides"
	case subjNobody:
		c.owner, c.side, c.reason = "", spSide, "nobody named"
	}
}

// sharedSide is Shared when both sides are on the call, else the
// speaker's side (an internal meeting).
func (p *parser) sharedSide(sp Side) Side {
	if p.sides >= 2 {
		return Shared
	}
	return sp
}

// due picks the deadline for a candidate from sentence si: the first time
// expression after the verb, else any; anchored phrases are kept for
// later.
func (p *parser) due(si int, vpOff int) (*Due, string) {
	return p.dueIn(si, vpOff, 0, len(p.sents[si].text))
}

// acceptedBy finds the promise with which the person a conditional asks
// ("if you can send …") answered it in their next turn.
func (p *parser) acceptedBy(si int, cc *cand, out []*cand) *cand {
	if cc.subj != subjYou {
		return nil
	}
	ti := p.responder(si, p.vocative(si, p.sents[si].toksCache()))
	if ti < 0 {
		return nil
	}
	for _, r := range out {
		if p.sents[r.s].turn == ti && (r.subj == subjI || r.subj == subjWe) && r.cond == nil {
			return r
		}
	}
	return nil
}

// dueIn is due restricted to time expressions within bytes [lo, hi) of
// the sentence.
func (p *parser) dueIn(si int, vpOff, lo, hi int) (*Due, string) {
	s := &p.sents[si]
	es := p.times(s)
	var pick *timeexpr.Expr
	best := -1
	for i := range es {
		e := &es[i]
		if e.Past || e.Due.IsZero() && e.Anchor == "" || e.Span.Start < lo || e.Span.Start >= hi {
			continue
		}
		prep := deadlinePrep(s.low, e.Span.Start) || deadlinePrep(lowerASCII(e.Text), 0) && hasPhrase(lowerASCII(e.Text), strings.Fields(lowerASCII(e.Text))[0]) == 0
		if e.Grain >= timeexpr.GrainMonth && !prep {
			continue // "the Q3 export", "the H1 plan": a name, not a deadline
		}
		score := 0
		if prep {
			score += 2
		}
		if e.Span.Start >= vpOff {
			score++
		}
		if score > best {
			pick, best = e, score
		}
	}
	if pick == nil {
		if a := anchorPhrase(s.low); a != "" {
			return &Due{Phrase: a, Explicit: true}, a
		}
		return nil, ""
	}
	if pick.Due.IsZero() {
		return &Due{Phrase: pick.Text, Explicit: pick.Explicit, Grain: pick.Grain}, pick.Anchor
	}
	return &Due{Time: pick.Due.In(p.cal.Loc()), Phrase: pick.Text, Explicit: pick.Explicit, Grain: pick.Grain}, ""
}

// vpOffset is the byte offset of the candidate's verb in its sentence.
func (c *cand) vpOffset() int {
	if c.vp < len(c.toks) {
		return c.toks[c.vp].a
	}
	return 0
}

// resolve turns candidates into items.
func (p *parser) resolve(cs []*cand) []*cand {
	var out []*cand
	byTurn := map[int][]*cand{}
	for _, c := range cs {
		byTurn[p.sents[c.s].turn] = append(byTurn[p.sents[c.s].turn], c)
	}
	consumed := map[*cand]bool{}
	var pending []*cand // proposals waiting for someone to take them
	var lastAction string
	lastTurn := -10
	for _, c := range cs {
		if consumed[c] {
			continue
		}
		s := &p.sents[c.s]
		times := p.times(s)
		c.action = c.preset
		if c.action == "" {
			c.action = actionText(s.text, c.toks, c.vp, times)
		}
		if c.action == "" {
			continue
		}
		if c.need {
			// "we'd need to see the SOC 2 report": someone sends it
			if fs := strings.Fields(c.action); len(fs) > 1 {
				c.action = "send " + strings.Join(fs[1:], " ")
			}
		}
		c.evid = []Evidence{p.evidence(c.s, c.toks[c.at].a)}
		if c.multi && c.cond == nil {
			if e := p.evidenceRange(c.s, c.clause[0], c.clause[1]); e.End > e.Start {
				c.evid[0] = e
			}
		}
		if c.presetDue != nil {
			if ti := p.responder(c.s, nil); ti >= 0 && p.turns[ti].n > 0 {
				c.evid = append(c.evid, p.evidence(p.turns[ti].first, 0))
			}
		}
		if c.presetDue != nil {
			c.due = c.presetDue
		} else if c.clause[1] > c.clause[0] {
			c.due, c.anchor = p.dueIn(c.s, c.vpOffset(), c.clause[0], c.clause[1])
		} else {
			c.due, c.anchor = p.due(c.s, c.vpOffset())
		}
		c.conf = 0.9
		if vagueObject(c.action) {
			if np := p.antecedent(c.s, c.toks[c.at].a); np != "" && !genericVerbs[strings.Fields(c.action)[0]] {
				c.action = fillVague(c.action, "x "+np)
			}
		}
		if lookOnly(c.action) && lastAction != "" && lastTurn >= s.turn-2 {
			// "I'll take a look tomorrow" after "I'll send the summary"
			if ef := strings.Fields(lastAction); len(ef) > 1 {
				c.action = "review " + strings.Join(ef[1:], " ")
			}
		}
		if vagueObject(c.action) {
			earlier := lastAction
			if genericVerbs[strings.Fields(c.action)[0]] {
				earlier = ""
			}
			for k := len(pending) - 1; k >= 0; k-- {
				if p.sents[pending[k].s].turn >= s.turn-6 {
					earlier = pending[k].action
					break
				}
			}
			c.action = fillVague(c.action, earlier)
		}
		switch c.mode {
		case modeProposal:
			p.owner(c)
			pending = append(pending, c)
			continue
		case modeRequest:
			want := p.vocative(c.s, c.toks)
			ti := p.responder(c.s, want)
			if ti < 0 && want != nil {
				ti = p.responder(c.s, nil)
			}
			ans := 0
			if ti >= 0 {
				ans = p.answer(ti)
			}
			var commit *cand
			if ti >= 0 {
				for _, r := range byTurn[ti] {
					if r.mode == modeCommit && (r.subj == subjI || r.subj == subjWe) && !consumed[r] {
						commit = r
						break
					}
				}
			}
			if ans < 0 && commit == nil {
				continue // declined
			}
			if commit != nil {
				// the answer is a promise of its own: one item
				consumed[commit] = true
				rs := &p.sents[commit.s]
				rt := p.times(rs)
				commit.action = actionText(rs.text, commit.toks, commit.vp, rt)
				vague := vagueObject(commit.action) || len(contentWords(commit.action)) < 2 && len(contentWords(c.action)) > len(contentWords(commit.action))
				if vague {
					commit.action = fillVague(commit.action, c.action)
				}
				commit.evid = []Evidence{p.evidence(commit.s, commit.toks[commit.at].a), c.evid[0]}
				commit.due, commit.anchor = p.due(commit.s, commit.vpOffset())
				if commit.due == nil && commit.anchor == "" || commit.anchor != "" && c.due != nil && c.anchor == "" {
					commit.due, commit.anchor = c.due, c.anchor
				}
				commit.kind = Commitment
				if vague {
					commit.kind = Request // "Sure, I'll have it tomorrow": the ask names the work
				}
				commit.conf = 0.9
				commit.condOf = c // remember the request for priority
				p.owner(commit)
				lastAction, lastTurn = commit.action, p.sents[commit.s].turn
				out = append(out, commit)
				continue
			}
			if ti >= 0 {
				q := p.turns[ti].speaker
				if ans > 0 && q != nil {
					c.who = q
				}
				rt := &p.turns[ti]
				if ans > 0 && rt.n > 0 {
					c.evid = append(c.evid, p.evidence(rt.first, 0))
					if d, a := p.due(rt.first, 0); d != nil {
						c.due, c.anchor = d, a
					}
				}
			}
			if ans == 0 {
				c.conf = 0.6
				if !deliverable[c.toks[c.vp].w] && c.due == nil {
					continue
				}
			}
			p.owner(c)
			if ans > 0 && c.who != nil {
				c.owner, c.side = c.who.name, c.who.side
			}
			c.kind = Request
		default:
			p.owner(c)
			c.kind = Commitment
			if c.subj == subjLets || c.subj == subjBoth {
				c.kind = Agreement
			}
			if c.subj == subjRole && (c.rel == "your" || c.rel == "their") && p.sents[c.s].turn >= 0 {
				c.kind = Request // "your admin will need to approve the app"
			}
			if c.subj == subjYou {
				c.kind = Request
				if ti := p.responder(c.s, nil); ti >= 0 && p.answer(ti) < 0 {
					continue
				}
			}
		}
		if c.due == nil && c.anchor == "" && (strings.Contains(c.action, "invite") || strings.Contains(c.action, "calendar")) {
			p.inviteFor(c) // "Same time next Thursday then. I'll put it in the calendar."
		}
		c.dueRef = p.opt.At
		if (c.tentative || anyPhrase(s.low, p.lx.Hedges) >= 0) && vagueFollowUp(c, anyPhrase(s.low, nonPromises) >= 0) {
			continue // "maybe we'll circle back in the new year"
		}
		if fs := strings.Fields(c.action); vagueObject(c.action) && genericVerbs[fs[0]] && c.kind != Request {
			continue // "I can do that" with nothing to point at
		}
		if c.tentative || anyPhrase(s.low, p.lx.Hedges) >= 0 {
			c.tentative = true
			c.conf -= 0.25
		}
		if c.owner == "" {
			c.conf -= 0.2
		}
		lastAction, lastTurn = c.action, s.turn
		out = append(out, c)
	}
	// conditions become items of their own
	var all []*cand
	for _, c := range out {
		if c.cond != nil {
			cc := c.cond
			s := &p.sents[c.s]
			cc.s = c.s
			cc.action = actionText(s.text, cc.toks, cc.vp, p.times(s))
			if cc.action != "" {
				cc.evid = []Evidence{p.evidenceRange(c.s, cc.clause[0], cc.clause[1])}
				cc.due, cc.anchor = p.dueIn(c.s, cc.clause[0], cc.clause[0], cc.clause[1])
				if r := p.acceptedBy(c.s, cc, out); r != nil {
					// the addressee answered with a promise: that is the condition
					if vagueObject(r.action) || len(contentWords(r.action)) < 2 {
						r.action = fillVague(r.action, cc.action)
					}
					r.evid = append(r.evid, cc.evid...)
					if r.due == nil && r.anchor == "" {
						r.due, r.anchor = cc.due, cc.anchor
					}
					r.kind = Request // asked for as the condition
					c.cond = r
					all = append(all, c)
					continue
				}
				p.owner(cc)
				cc.kind = Commitment
				if cc.mode == modeRequest {
					cc.kind = Request
				}
				cc.conf = 0.7
				if cc.owner == "" {
					cc.conf = 0.5
				}
				c.condOf = nil
				all = append(all, cc)
				c.cond = cc
			} else {
				c.cond = nil
			}
		}
		all = append(all, c)
	}
	return all
}

// deliverable are request verbs whose object is worth an item even when
// the answer is not an explicit yes.
var deliverable = map[string]bool{
	"send": true, "share": true, "forward": true, "email": true, "get": true, "provide": true,
	"loop": true, "introduce": true, "intro": true, "connect": true, "set": true, "schedule": true,
	"book": true, "review": true, "sign": true, "confirm": true, "check": true, "update": true,
	"draft": true, "prepare": true, "put": true, "follow": true,
}

// deadlinePrep reports whether the words just before offset k of low set
// a deadline ("by", "before", "until", "within", "in", "on", "end of").
func deadlinePrep(low string, k int) bool {
	b := strings.TrimRight(low[:k], " ")
	for _, w := range []string{"by", "before", "until", "till", "within", "in", "on", "end of", "no later than", "for", "over", "during", "at", "from", "first thing", "due"} {
		if strings.HasSuffix(b, " "+w) || b == w {
			return true
		}
	}
	for _, w := range []string{"by ", "before ", "until ", "within ", "in ", "end of ", "first thing", "early ", "mid", "late "} {
		if strings.HasPrefix(low[k:], w) {
			return true
		}
	}
	return false
}

// anchorPhrase finds a deadline anchored to an event the call names but
// the time finder did not: "before the trial kickoff", "for next time".
func anchorPhrase(low string) string {
	if k := hasPhrase(low, "for next time"); k >= 0 {
		return "next time"
	}
	for _, pre := range []string{"before the ", "before our ", "ahead of the ", "ahead of our ", "by the ", "by our "} {
		k := strings.Index(low, pre)
		if k < 0 {
			continue
		}
		rest := low[k+len(pre):]
		ws := strings.Fields(rest)
		for n := 0; n < len(ws) && n < 3; n++ {
			w := strings.Trim(ws[n], ".,;:?!")
			for _, m := range []string{"call", "meeting", "demo", "kickoff", "kick-off", "session", "workshop", "review", "sync", "one"} {
				if w == m {
					return strings.TrimRight(strings.Join(ws[:n+1], " "), ".,;:?!")
				}
			}
		}
	}
	return ""
}

// orgOf returns the organisation most people of side belong to, or "".
func (p *parser) orgOf(side Side) string {
	count := map[string]int{}
	best := ""

	for _, q := range p.ps.list {
		if q.side == side && q.org != "" {
			count[q.org]++
			if best == "" || count[q.org] > count[best] {
				best = q.org
			}
		}
	}
	if best == "" && side == Theirs && p.format == FormatNotes {
		best = p.titleOrg()
	}
	return best
}

// inviteFor makes a meeting of a promise to send the invite when the
// sentence before it, in the same turn, names the time.
func (p *parser) inviteFor(c *cand) {
	prev := c.s - 1
	if prev < 0 || p.sents[prev].turn != p.sents[c.s].turn {
		return
	}
	ps := &p.sents[prev]
	var best *timeexpr.Expr
	es := p.times(ps)
	for i := range es {
		e := &es[i]
		if e.Past || e.Due.IsZero() || e.Anchor != "" || e.Grain > timeexpr.GrainDay || !e.Start.After(p.opt.At) {
			continue
		}
		if best == nil || e.Grain < best.Grain {
			best = e // the most precise: "Tuesday, the fifth of January at ten"
		}
	}
	if best == nil {
		return
	}
	t := best.Due
	if best.Grain <= timeexpr.GrainHour {
		t = best.Start
	} else if hasPhrase(ps.low, "same time") >= 0 {
		// "same time next Thursday": the call's own time of day
		at := p.opt.At.In(p.cal.Loc())
		t = time.Date(t.Year(), t.Month(), t.Day(), at.Hour(), at.Minute(), 0, 0, p.cal.Loc())
	}
	c.due = &Due{Time: t.In(p.cal.Loc()), Phrase: best.Text, Explicit: best.Explicit, Grain: best.Grain}
	c.meeting = true
	c.evid = append([]Evidence{p.evidence(prev, 0)}, c.evid...)
}

// vagueFollowUp reports whether a hedged item only promises to be in
// touch some day ("maybe we'll circle back in the new year").
func vagueFollowUp(c *cand, nonPromise bool) bool {
	fs := strings.Fields(c.action)
	if len(fs) == 0 {
		return false
	}
	switch fs[0] {
	case "circle", "touch", "reconnect", "follow", "stay", "keep", "revisit", "regroup", "reach", "check":
	default:
		return false
	}
	return nonPromise || c.due == nil || c.due.Grain >= timeexpr.GrainWeek || c.due.Time.Sub(c.dueRef) > 21*24*time.Hour
}

// nonPromises take back what a sentence seems to promise.
var nonPromises = []string{"we'll see", "we will see", "no promises", "can't promise", "cannot promise", "don't hold me to", "not sure"}

// lookOnly reports whether an action is only to look, at nothing named
// ("take a look", "have a look at it").
func lookOnly(action string) bool {
	switch lowerASCII(action) {
	case "take a look", "have a look", "look", "take a look at it", "have a look at it", "look at it", "review it", "look it over", "look over it":
		return true
	}
	return false
}
