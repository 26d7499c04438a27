package extract

import (
	"sort"
	"strings"

	"github.com/aftercall/aftercall/timeexpr"
)

// items finds the items of the call.
func (p *parser) items() []Item {
	var cs []*cand
	for si := range p.sents {
		found := p.findCands(si)
		if len(found) == 0 {
			if c := p.proposalAt(si); c != nil {
				found = append(found, c)
			}
		}
		if t := &p.turns[p.sents[si].turn]; t.raw.notes {
			found = p.noteCands(si, found)
		}
		cs = append(cs, found...)
	}
	rs := p.resolve(cs)
	for _, c := range rs {
		p.refine(c)
	}
	p.resolveAnchors(rs)
	rs = p.merge(rs)
	rs = p.cancel(rs)
	sort.SliceStable(rs, func(i, j int) bool {
		a, b := rs[i].evid[0], rs[j].evid[0]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		return rs[i].action < rs[j].action
	})
	index := map[*cand]int{}
	for i, c := range rs {
		index[c] = i
	}
	out := make([]Item, len(rs))
	for i, c := range rs {
		it := Item{
			Side: c.side, Owner: c.owner, Action: c.action, Kind: c.kind, Due: c.due,
			Priority: c.prio, Source: c.evid[0], OwnerReason: c.reason, Confidence: round2(c.conf),
		}
		if it.Owner != "" && c.reason != "the person asked" {
			it.OwnerReason = ""
		}
		if c.tentative {
			it.Status = Tentative
		}
		if c.cond != nil {
			if k, ok := index[c.cond]; ok && k != i {
				it.Condition = &k
			}
		}
		if len(c.evid) > 1 {
			it.Restated = append([]Evidence(nil), c.evid[1:]...)
		}
		if it.Due != nil && it.Due.Time.IsZero() {
			it.Due = nil // anchored: settled by settleAnchors
			if p.anchored == nil {
				p.anchored = map[int]anchored{}
			}
			p.anchored[i] = anchored{anchor: c.anchor, phrase: c.due.Phrase, explicit: c.due.Explicit}
		}
		out[i] = it
	}
	return out
}

func round2(f float64) float64 {
	if f < 0.05 {
		f = 0.05
	}
	return float64(int(f*100+0.5)) / 100
}

// refine sets an item's kind (meeting, introduction) and priority.
func (p *parser) refine(c *cand) {
	low := lowerASCII(c.action)
	verb := low
	if k := strings.IndexByte(low, ' '); k > 0 {
		verb = low[:k]
	}
	if c.meeting {
		c.kind = MeetingItem
		if p.sides >= 2 || c.owner == "" {
			c.side, c.owner, c.reason = p.sharedSide(c.side), "", "both sides"
		}
	} else if anyPhrase(low, p.lx.Intro) == 0 || verb == "introduce" || verb == "intro" || verb == "connect" ||
		strings.HasPrefix(low, "loop in") || strings.HasPrefix(low, "bring in") {
		c.kind = Introduction
	} else if (c.subj == subjI || c.subj == subjWe) && bringsSomeone(c) {
		c.kind = Introduction // "I'll get Martin on a call with you", "get Mike to join"
	} else if c.kind != Request && verb != "send" && (meetingVerbs[verb] && anyPhrase(low, p.lx.Meeting) >= 0 ||
		c.subj == subjLets && meetVerbsLets[verb] && c.due != nil) {
		c.kind = MeetingItem
		if c.subj == subjLets || c.subj == subjBoth {
			c.side = p.sharedSide(c.side)
		}
	}
	// priority: what the other side needs before they can move
	texts := []string{p.sents[c.s].low}
	if c.condOf != nil {
		texts = append(texts, p.sents[c.condOf.s].low)
		if n := c.condOf.s + 1; n < len(p.sents) && p.sents[n].turn == p.sents[c.condOf.s].turn {
			texts = append(texts, p.sents[n].low)
		}
	}
	if n := c.s + 1; n < len(p.sents) && p.sents[n].turn == p.sents[c.s].turn && len(p.sents[n].low) < 120 {
		texts = append(texts, p.sents[n].low)
	}
	if n := c.s - 1; n >= 0 && p.sents[n].turn == p.sents[c.s].turn && !p.turns[p.sents[c.s].turn].raw.notes {
		texts = append(texts, p.sents[n].low)
	}
	for _, t := range texts {
		if p.blocking(t) {
			c.prio = Blocking
			return
		}
	}
	// the other side said, just before, that they cannot move without it:
	// "we can't sign until legal reviews the DPA" … "I'll get the DPA to you"
	obj := contentWords(c.action)
	delete(obj, baseForm(strings.Fields(low + " x")[0]))
	delete(obj, "send")
	if ti := p.sents[c.s].turn; len(obj) > 0 {
		for k := c.s - 1; k >= 0 && p.sents[k].turn >= ti-2; k-- {
			sk := &p.sents[k]
			if sp := p.turns[sk.turn].speaker; sk.turn == ti || sp == nil || sp.side == c.side {
				continue
			}
			if !p.blocking(sk.low) {
				continue
			}
			for w := range contentWords(sk.low) {
				if obj[w] {
					c.prio = Blocking
					return
				}
			}
		}
	}
	if anyPhrase(p.sents[c.s].low, p.lx.High) >= 0 || c.due != nil && !c.due.Explicit {
		c.prio = High
	}
}

// meetVerbsLets make a meeting of "let's <verb> on <day>" ("let's catch up
// on Tuesday").
var meetVerbsLets = map[string]bool{"catch": true, "meet": true, "talk": true, "chat": true, "speak": true, "connect": true,
	"reconvene": true, "regroup": true, "reconnect": true, "sync": true, "touch": true, "hop": true, "jump": true}

// bringsSomeone reports whether an action brings a named person to the
// other side: "get Martin on a call with you", "get Mike to join".
func bringsSomeone(c *cand) bool {
	ts := c.toks
	if c.vp+2 >= len(ts) || ts[c.vp].w != "get" && ts[c.vp].w != "bring" && ts[c.vp].w != "have" {
		return false
	}
	k := c.vp + 1
	if !ts[k].cap || notNames[ts[k].w] {
		return false
	}
	for k < len(ts) && ts[k].cap {
		k++
	}
	if k < len(ts) && ts[k].w == "," {
		if j := appositiveEnd(ts, k); j > 0 {
			k = j + 1
		}
	}
	return k+1 < len(ts) && (ts[k].w == "to" && (ts[k+1].w == "join" || ts[k+1].w == "talk" || ts[k+1].w == "speak" || ts[k+1].w == "meet") ||
		ts[k].w == "on" && (ts[k+1].w == "a" || ts[k+1].w == "the") || ts[k].w == "onto" || ts[k].w == "in" && ts[k+1].w == "touch")
}

var meetingVerbs = map[string]bool{
	"set": true, "schedule": true, "book": true, "get": true, "have": true, "do": true, "hold": true,
	"hop": true, "jump": true, "reconnect": true, "regroup": true, "meet": true, "sync": true, "send": true,
	"put": true, "find": true, "arrange": true, "organize": true, "organise": true, "plan": true,
	"pencil": true, "run": true, "host": true, "invite": true, "grab": true, "block": true, "reschedule": true,
}

// anchored is an item whose deadline points at an event.
type anchored struct {
	anchor, phrase string
	explicit       bool
}

// resolveAnchors raises the items others wait on; anchored dates are
// settled once the call's meetings are known (settleAnchors).
func (p *parser) resolveAnchors(cs []*cand) {
	// an item another depends on is on the deal's path
	for _, c := range cs {
		if c.cond != nil && c.cond.prio < High {
			c.cond.prio = High
		}
	}
}

// settleAnchors dates anchored deadlines ("before our next call") by the
// meeting the call schedules: the call's next meeting when the anchor is
// a generic one, else the earliest future time said in a sentence naming
// the anchor's event, the most precise first.
func (p *parser) settleAnchors(c *Call) {
	for i, a := range p.anchored {
		if i >= len(c.Items) || c.Items[i].Due != nil {
			continue
		}
		words := strings.Fields(a.anchor)
		if lp := lowerASCII(a.phrase); len(words) == 0 || strings.Contains(a.anchor, "this") || strings.Contains(lp, "this") ||
			strings.HasPrefix(lp, "after the call") || strings.HasPrefix(lp, "after the meeting") || strings.HasPrefix(lp, "after today") {
			continue // "after the call": this call, not the next one
		}
		noun := strings.Trim(words[len(words)-1], ".,;:?!")
		generic := noun == "call" || noun == "meeting" || noun == "time" || noun == "one" || noun == "session" || noun == "sync" ||
			strings.Contains(a.anchor, "next")
		var best *Due
		if c.NextMeeting != nil && !c.NextMeeting.Time.IsZero() && (generic ||
			strings.Contains(lowerASCII(c.NextMeeting.Phrase+" "+c.NextMeeting.Purpose), noun)) {
			best = &Due{Time: c.NextMeeting.Time.In(p.cal.Loc()), Phrase: a.phrase, Explicit: a.explicit, Grain: timeexpr.GrainMinute}
		}
		if best == nil {
			for si := range p.sents {
				s := &p.sents[si]
				if hasPhrase(s.low, noun) < 0 && !(generic && (hasPhrase(s.low, "meeting") >= 0 || hasPhrase(s.low, "call") >= 0)) {
					continue
				}
				for _, e := range p.times(s) {
					if e.Past || e.Due.IsZero() || e.Anchor != "" || !e.Start.After(p.opt.At) || e.Grain > timeexpr.GrainDay {
						continue
					}
					if best == nil || e.Grain < best.Grain || e.Grain == best.Grain && e.Start.Before(best.Time) {
						best = &Due{Time: e.Start.In(p.cal.Loc()), Phrase: a.phrase, Explicit: a.explicit, Grain: e.Grain}
					}
				}
			}
		}
		if best != nil {
			c.Items[i].Due = best
		}
	}
}

// merge folds restatements of the same promise into the first: same side
// and owner, overlapping actions. The most precise deadline wins.
func (p *parser) merge(cs []*cand) []*cand {
	var out []*cand
	redirect := map[*cand]*cand{}
next:
	for _, c := range cs {
		for _, o := range out {
			sameKind := o.kind == c.kind || (o.kind == Commitment || o.kind == Request) && (c.kind == Commitment || c.kind == Request)
			sameMeeting := o.kind == MeetingItem && c.kind == MeetingItem && o.due != nil && c.due != nil && o.due.Time.Equal(c.due.Time)
			if o.side == c.side && o.owner == c.owner && sameKind && (sameAction(o.action, c.action) || sameMeeting) && o != c.cond && c != o.cond {
				o.evid = append(o.evid, c.evid...)
				if c.due != nil && (o.due == nil || c.due.Grain != 0 && c.due.Grain < o.due.Grain) {
					o.due = c.due
				}
				o.prio = max(o.prio, c.prio)
				if !c.tentative {
					o.tentative = false
				}
				if o.cond == nil {
					o.cond = c.cond
				}
				redirect[c] = o
				continue next
			}
		}
		out = append(out, c)
	}
	for _, c := range out {
		if r, ok := redirect[c.cond]; ok {
			c.cond = r
		}
		if c.cond == c {
			c.cond = nil
		}
	}
	return out
}

// actionStops are words ignored when comparing actions.
var actionStops = map[string]bool{
	"the": true, "a": true, "an": true, "to": true, "for": true, "of": true, "and": true, "it": true,
	"that": true, "this": true, "you": true, "your": true, "our": true, "my": true, "their": true,
	"over": true, "with": true, "on": true, "in": true, "up": true, "them": true, "me": true, "us": true,
	"at": true, "by": true, "from": true, "about": true, "into": true, "as": true, "is": true, "be": true,
	"out": true, "back": true, "all": true, "some": true, "any": true, "his": true, "her": true, "its": true,
}

// sameAction reports whether two actions describe the same work.
func sameAction(a, b string) bool {
	wa, wb := contentWords(a), contentWords(b)
	if len(wa) == 0 || len(wb) == 0 {
		return false
	}
	n := 0
	for w := range wa {
		if wb[w] {
			n++
		}
	}
	small := min(len(wa), len(wb))
	return n >= 2 && n*10 >= small*6 || small == 1 && n == 1 && len(wa) == len(wb)
}

func contentWords(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(lowerASCII(s)) {
		w = strings.Trim(w, ".,;:()\"'")
		if w != "" && !actionStops[w] {
			w = baseForm(w)
			if deliverVerbs[w] {
				w = "send"
			}
			m[w] = true
		}
	}
	return m
}

// deliverVerbs all mean handing something over, for comparing actions.
var deliverVerbs = map[string]bool{"send": true, "get": true, "have": true, "give": true, "deliver": true, "share": true, "forward": true, "email": true, "provide": true}

// gateVerbs are the steps a deal waits on ("before procurement can sign").
var gateVerbs = []string{"sign", "signs", "sign off", "signs off", "approve", "approves", "move", "move forward", "proceed", "start", "go ahead", "commit", "buy", "purchase"}

// blocking reports whether low says the other side cannot move without
// something: a blocking cue, or "before|until <who> (can|will) <gate>".
func (p *parser) blocking(low string) bool {
	if anyPhrase(low, p.lx.Blocking) >= 0 {
		return true
	}
	for _, w := range []string{"before ", "until "} {
		k := strings.Index(low, w)
		if k < 0 {
			continue
		}
		rest := strings.Fields(low[k+len(w):])
		for i := 0; i < len(rest) && i < 5; i++ {
			if rest[i] == "can" || rest[i] == "will" || rest[i] == "could" {
				next := strings.Join(rest[i+1:min(len(rest), i+3)], " ")
				for _, g := range gateVerbs {
					if next == g || strings.HasPrefix(next, g+" ") || strings.HasPrefix(next, g+",") || strings.HasPrefix(next, g+".") {
						return true
					}
				}
			}
		}
	}
	return false
}

// cancelCues take back an earlier plan ("let's not do the on-site").
var cancelCues = []string{"let's not", "let's skip", "no need to", "don't worry about", "we can skip", "forget the", "scratch the", "cancel the", "let's drop"}

// cancel drops the items a later sentence takes back: "let's not do the
// on-site" cancels "let's do an on-site in March".
func (p *parser) cancel(cs []*cand) []*cand {
	var out []*cand
next:
	for _, c := range cs {
		obj := contentWords(c.action)
		delete(obj, baseForm(strings.Fields(lowerASCII(c.action) + " x")[0]))
		if len(obj) == 0 {
			out = append(out, c)
			continue
		}
		for si := c.s + 1; si < len(p.sents) && p.sents[si].turn <= p.sents[c.s].turn+6; si++ {
			low := p.sents[si].low
			k := anyPhrase(low, cancelCues)
			if k < 0 {
				continue
			}
			n := 0
			for w := range contentWords(low[k:]) {
				if obj[w] {
					n++
				}
			}
			if n*10 >= len(obj)*6 {
				continue next
			}
		}
		out = append(out, c)
	}
	return out
}
