package extract

import "strings"

// Contact is a person the call named who was not an attendee (or, in
// the CRM update, any person on the other side to record).
type Contact struct {
	Name   string   `json:"name"`
	Role   string   `json:"role,omitempty"`
	Org    string   `json:"org,omitempty"`
	Side   Side     `json:"side"`
	Source Evidence `json:"source"`
}

// personVerbs in a sentence make a capitalised two-word run a person
// ("loop in Marcus Bell", "intro to Luis Ortega").
var personVerbs = map[string]bool{"loop": true, "intro": true, "introduce": true, "cc": true, "signs": true,
	"reports": true, "talk": true, "meet": true, "ask": true, "asked": true, "said": true, "says": true,
	"join": true, "bring": true, "invite": true, "email": true, "call": true}

// newContacts finds the people the call named who were not on it: those
// the header lists as absent, and capitalised names that come with a
// role ("our COO, Angela Brooks", "CFO Elena Sorensen") or an
// introduction ("loop in Marcus Bell"). Single words count only beside a
// role. The side is the speaker's when they say "our", else the other
// side's when the customer's side or the notes name them.
func (a *analysis) newContacts() []Contact {
	var out []Contact
	add := func(c Contact) {
		for i, o := range out {
			if namesMatch(o.Name, c.Name) {
				if len(c.Name) > len(o.Name) {
					out[i].Name = c.Name
				}
				if o.Role == "" {
					out[i].Role = c.Role
				}
				return
			}
		}
		out = append(out, c)
	}
	for _, m := range a.in.mentioned {
		add(Contact{Name: m.Name, Role: m.Role, Org: m.Org, Side: m.Side, Source: a.mention(m.Name)})
	}
	for _, c := range a.absentContacts() {
		add(c)
	}
	theirOrg := a.theirOrg()
	for _, s := range a.allSentences() {
		if s.turn < 0 {
			continue
		}
		verb := false
		for _, t := range s.toks {
			if personVerbs[t.w] {
				verb = true
				break
			}
		}
		if !verb && !s.has(catRole) {
			continue
		}
		for _, r := range nameRunsIn(s.text, s.toks) {
			if _, ok := a.attendee(r.text); ok || a.isOrg(r.text) || a.isUs(r.text) {
				continue
			}
			role, our := a.roleBeside(s, r)
			two := len(strings.Fields(r.text)) >= 2
			if !(two && (role != "" || verb)) && !(role != "" && a.isAbsentName(r.text) == "") {
				continue
			}
			if !two && role == "" {
				continue
			}
			c := Contact{Name: r.text, Role: role, Source: s.ev}
			c.Side = Theirs
			if our && s.side != SideUnknown {
				c.Side = s.side
			}
			if c.Side == Theirs {
				c.Org = theirOrg
			}
			if n := a.isAbsentName(r.text); n != "" {
				c.Name = n
			}
			add(c)
		}
	}
	return out
}

// absentContacts returns the people the header lists as absent, as
// contacts on the other side.
func (a *analysis) absentContacts() []Contact {
	var out []Contact
	for i := range a.header {
		s := &a.header[i]
		for _, r := range nameRunsIn(s.text, s.toks) {
			n := a.isAbsentName(r.text)
			if n == "" {
				continue
			}
			role, _ := a.roleBeside(s, r)
			c := Contact{Name: n, Role: role, Side: Theirs, Org: a.theirOrg(), Source: s.ev}
			out = append(out, c)
			break
		}
	}
	return out
}

// theirOrg returns the organisation most of the other side's attendees
// give, or "".
func (a *analysis) theirOrg() string {
	counts := map[string]int{}
	best := ""
	for _, at := range a.c.Attendees {
		if at.Side == Theirs && at.Org != "" {
			counts[at.Org]++
			if best == "" || counts[at.Org] > counts[best] || counts[at.Org] == counts[best] && at.Org < best {
				best = at.Org
			}
		}
	}
	return best
}

// roleBeside returns the role named within three tokens of the run r in
// s ("our COO, Angela Brooks", "Mike Dunn, our controller", "Bertram
// Gilfoyle (Infra lead)"), and whether "our" or "my" precedes it.
func (a *analysis) roleBeside(s *isent, r nameRun) (string, bool) {
	first, last := -1, -1
	for i, t := range s.toks {
		if t.start >= r.start && t.end <= r.end {
			if first < 0 {
				first = i
			}
			last = i
		}
	}
	if first < 0 {
		return "", false
	}
	for _, h := range s.hits {
		if h.cat != catRole {
			continue
		}
		// "our COO, Angela Brooks", "CFO Elena Sorensen"; "Mike Dunn, our
		// controller", "Bertram Gilfoyle (Infra lead)"
		before := h.j == first
		after := h.i > last && h.i-last <= 2 && strings.ContainsAny(s.text[s.toks[last].end:s.toks[h.i].start], ",(")
		if before || after {
			our := h.i > 0 && (s.toks[h.i-1].w == "our" || s.toks[h.i-1].w == "my")
			return s.phrase(h), our
		}
	}
	return "", false
}

// mention returns the evidence of the first sentence that names the
// person: by full name, else by last or first name.
func (a *analysis) mention(name string) Evidence {
	all := a.allSentences()
	parts := strings.Fields(name)
	tries := []string{name}
	if len(parts) > 1 {
		tries = append(tries, parts[len(parts)-1], parts[0])
	}
	for _, w := range tries {
		for _, s := range all {
			if containsWord(s.text, w) {
				return s.ev
			}
		}
	}
	return Evidence{Turn: -1}
}
