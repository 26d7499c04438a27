package extract

import (
	"strings"
	"time"
)

// pastOpeners start a notes line that reports what already happened.
var pastOpeners = map[string]bool{
	"sent": true, "showed": true, "shared": true, "did": true, "walked": true, "ran": true, "gave": true,
	"demoed": true, "presented": true, "covered": true, "discussed": true, "talked": true, "went": true,
	"answered": true, "reviewed": true, "mentioned": true, "asked": true, "said": true, "confirmed": true,
	"explained": true, "agreed": true, "had": true, "met": true, "was": true, "were": true,
}

// noteCands adds what the form of a notes line says to the candidates
// found by cue: the owner a line names ("Maya: …", "… (@Maya)"), and the
// items of an action section, which need no cue.
func (p *parser) noteCands(si int, found []*cand) []*cand {
	s := &p.sents[si]
	t := &p.turns[s.turn]
	ts := s.toksCache()
	if len(ts) == 0 {
		return found
	}
	if p.doneLine(s, ts) {
		return nil
	}
	subj, who, role := p.noteOwner(t)
	if subj == subjNone && isActionSection(t.raw.section) && anyPhrase(s.low, []string{"both teams", "both sides", "together", "jointly", "joint"}) >= 0 {
		subj = subjBoth
	}
	if len(found) > 0 {
		if subj != subjNone && si == t.first {
			c := found[0]
			c.subj, c.who, c.role = subj, who, role
		}
		return found
	}
	action := isActionSection(t.raw.section)
	if si == t.first && subj == subjNone && t.raw.bulletOwner == "" {
		if c := p.noteMeeting(si, ts); c != nil {
			return append(found, c)
		}
	}
	if si == t.first && !action && subj == subjNone {
		// an imperative to-do: "maybe ask Maya about retention"
		v, hedged, neg := verbAfter(ts, 0)
		if v >= 0 && !neg && v <= 2 && actionVerbs[ts[v].w] && !ts[v].cap && ts[0].w != "don't" && ts[0].w != "do" && ts[0].w != "dont" &&
			!(v+1 < len(ts) && strings.HasSuffix(ts[v+1].w, "ed")) {
			if v == 0 || hedged {
				return append(found, &cand{s: si, toks: ts, at: 0, vp: v, subj: subjI, mode: modeCommit, tentative: hedged})
			}
		}
	}
	if si != t.first || !action && subj == subjNone {
		return found
	}
	if subj == subjNone && len(ts) > 1 {
		// "they need board approval …": the line's own subject
		switch w := ts[0].w; {
		case w == "they" || w == "them":
			subj = subjThey
		case w == "we" || w == "i":
			subj = subjI
		default:
			if q := p.knownFirst(w); q != nil {
				subj, who, role = subjPerson, q, q.name
			}
		}
	}
	if s.q {
		return found
	}
	// the task starts after the owner's label
	v := 0
	if t.raw.ownerSpan.End > 0 {
		for k := 0; k < len(t.ct.pos); k++ {
			if int(t.ct.pos[k]) >= t.raw.ownerSpan.End {
				off := k - s.a
				for v < len(ts) && ts[v].a < off {
					v++
				}
				break
			}
		}
		if t.raw.ownerSpan.Start > int(t.ct.pos[s.a]) {
			v = 0 // "task (Owner)": the owner comes last
		}
	}
	for v < len(ts) && (isPunct(ts[v].w) || ts[v].w == "to" || ts[v].w == "will" || ts[v].w == "ai") {
		v++
	}
	if v >= len(ts) {
		return found
	}
	if subj == subjNone {
		subj = subjI
	}
	return append(found, &cand{s: si, toks: ts, at: v, vp: v, subj: subj, who: who, role: role, mode: modeCommit})
}

// doneLine reports whether a notes line records something already done.
func (p *parser) doneLine(s *sentence, ts []tok) bool {
	if pastOpeners[ts[0].w] && !p.hasFutureTime(s) {
		return true
	}
	low := stripParens(s.low)
	for _, d := range p.lx.Done {
		if k := hasPhrase(low, d); k >= 0 {
			rest := strings.TrimSpace(low[k+len(d):])
			if d == "done" && (strings.HasPrefix(rest, "by") || strings.HasPrefix(rest, "before") || strings.HasPrefix(rest, "in ")) {
				continue
			}
			return true
		}
	}
	return false
}

// noteOwner resolves the owner a notes line names by its form.
func (p *parser) noteOwner(t *turnState) (int, *person, string) {
	o := t.raw.bulletOwner
	if o == "" {
		return subjNone, nil, ""
	}
	switch notePronoun(strings.ToLower(o)) {
	case pronMe:
		return subjI, nil, ""
	case pronThem:
		return subjThey, nil, ""
	case pronBoth:
		return subjBoth, nil, ""
	}
	if q := p.ps.lookup(o); q != nil {
		return subjPerson, q, o
	}
	return subjNone, nil, ""
}

// noteMeeting reads a notes line naming the next meeting ("next call: Tue
// 10am w/ Rachel").
func (p *parser) noteMeeting(si int, ts []tok) *cand {
	s := &p.sents[si]
	k := strings.IndexByte(s.low, ':')
	if k <= 0 || k > 30 {
		k = 0
		if len(ts) > 2 {
			k = ts[min(2, len(ts)-1)].a // "mtg booked tues 11am"
		}
	}
	label := s.low[:k]
	if anyPhrase(label, p.lx.Meeting) < 0 || !p.laterDay(s) {
		return nil // "Call w/ Initech 11/17" is the title of this call
	}
	v := 0
	for v < len(ts) && ts[v].a <= k {
		v++
	}
	if v >= len(ts) {
		return nil
	}
	return &cand{s: si, toks: ts, at: 0, vp: 0, subj: subjBoth, mode: modeCommit, meeting: true}
}

// stripParens drops parenthesised asides ("(invite already sent)").
func stripParens(s string) string {
	for {
		a := strings.IndexByte(s, '(')
		if a < 0 {
			return s
		}
		b := strings.IndexByte(s[a:], ')')
		if b < 0 {
			return s[:a]
		}
		s = s[:a] + s[a+b+1:]
	}
}

// laterDay reports whether the sentence names a time on a later day than
// the call, or a later time of the call's day.
func (p *parser) laterDay(s *sentence) bool {
	at := p.opt.At.In(p.cal.Loc())
	end := time.Date(at.Year(), at.Month(), at.Day()+1, 0, 0, 0, 0, p.cal.Loc())
	for _, e := range p.times(s) {
		if e.Past || e.Due.IsZero() {
			continue
		}
		if !e.Start.Before(end) || e.Grain <= 2 && e.Start.After(at) {
			return true
		}
	}
	return false
}
