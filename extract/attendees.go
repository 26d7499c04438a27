package extract

import (
	"regexp"
	"sort"
	"strings"
)

// person is someone the call knows: a speaker, a header entry, or someone
// introduced or named in the talk.
type person struct {
	name      string // full name as the call knows it
	org, role string
	side      Side
	aliases   []string // every form seen, as written
	present   bool     // on the call
	speaker   bool     // has turns
	author    bool     // wrote the notes
	known     bool     // named by a header, a label or an introduction
	// introducedBy is who introduced this person, and rel how ("our",
	// "your").
	introducedBy *person
	rel          string
	order        int
}

// people is the set of persons a call knows.
type people struct {
	list []*person
}

// normName lower-cases and collapses white space.
func normName(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(strings.Trim(s, " .,;:@*_")), " "))
}

// displayName turns an all-caps label into title case.
func displayName(s string) string {
	s = strings.Join(strings.Fields(s), " ")
	if strings.ToUpper(s) != s || strings.ToLower(s) == s {
		return s
	}
	ws := strings.Fields(strings.ToLower(s))
	for i, w := range ws {
		if w != "" && w[0] >= 'a' && w[0] <= 'z' {
			ws[i] = string(w[0]-32) + w[1:]
		}
	}
	return strings.Join(ws, " ")
}

// lookup finds the person named name: by full name, alias, first name or
// last name, when exactly one person fits.
func (ps *people) lookup(name string) *person {
	n := normName(name)
	if n == "" {
		return nil
	}
	for _, p := range ps.list {
		if normName(p.name) == n {
			return p
		}
		for _, a := range p.aliases {
			if normName(a) == n {
				return p
			}
		}
	}
	if strings.Contains(n, " ") {
		// "Dana Reyes" when the call knows "Dana": the first name must
		// match and the known form be a single word.
		first := n[:strings.IndexByte(n, ' ')]
		var hit *person
		for _, p := range ps.list {
			pn := normName(p.name)
			if !strings.Contains(pn, " ") && pn == first {
				if hit != nil {
					return nil
				}
				hit = p
			}
		}
		return hit
	}
	var hit *person
	for _, p := range ps.list {
		fs := strings.Fields(normName(p.name))
		if len(fs) < 2 {
			continue
		}
		if fs[0] == n || fs[len(fs)-1] == n {
			if hit != nil && hit != p {
				return nil
			}
			hit = p
		}
	}
	if hit == nil {
		// roles: "the designer" finds "Industrial Designer"
		for _, p := range ps.list {
			r := normName(p.role)
			pn := normName(p.name)
			if strings.HasSuffix(pn, " "+n) && isRole(p.name) || r == n || strings.HasSuffix(r, " "+n) {
				if hit != nil && hit != p {
					return nil
				}
				hit = p
			}
		}
	}
	return hit
}

// add records a person, merging with a known one of the same name.
func (ps *people) add(name, org, role string) *person {
	name = strings.TrimSpace(name)
	if p := ps.lookup(name); p != nil {
		if !containsFold(p.aliases, name) {
			p.aliases = append(p.aliases, name)
		}
		// the longest, best-cased form is the name
		d := displayName(name)
		if len(strings.Fields(d)) > len(strings.Fields(p.name)) || strings.ToUpper(p.name) == p.name && strings.ToUpper(d) != d {
			p.name = d
		}
		if p.org == "" {
			p.org = org
		}
		if p.role == "" {
			p.role = role
		}
		return p
	}
	p := &person{name: displayName(name), org: org, role: role, aliases: []string{name}, order: len(ps.list)}
	ps.list = append(ps.list, p)
	return p
}

func containsFold(ss []string, s string) bool {
	for _, x := range ss {
		if x == s {
			return true
		}
	}
	return false
}

// assignSides sets every person's side from us (names and organisations
// on our side), the author, and the organisations of people already
// known to be ours.
func (ps *people) assignSides(us []string, author string) {
	usNames := map[string]bool{}
	for _, u := range us {
		if n := normName(u); n != "" {
			usNames[n] = true
		}
	}
	isUs := func(s string) bool {
		n := normName(s)
		if n == "" {
			return false
		}
		if usNames[n] {
			return true
		}
		for u := range usNames {
			// "Northwind" matches "Northwind Inc"; first names match full names
			if strings.HasPrefix(n, u+" ") || strings.HasPrefix(u, n+" ") {
				return true
			}
		}
		return false
	}
	any := false
	for _, p := range ps.list {
		if p.author || isUs(p.name) || isUs(p.org) {
			p.side = Ours
			any = true
			continue
		}
		for _, a := range p.aliases {
			if isUs(a) {
				p.side = Ours
				any = true
			}
		}
	}
	if !any && author == "" {
		// Nobody on the call is named as ours (no Options.Us, or names and
		// organisations the call never uses): the first speaker runs the
		// call.
		for _, p := range ps.list {
			if p.speaker {
				p.side = Ours
				any = true
				if p.org != "" {
					for _, q := range ps.list {
						if strings.EqualFold(q.org, p.org) {
							q.side = Ours
						}
					}
				}
				break
			}
		}
	}
	ourOrgs := map[string]bool{}
	for _, p := range ps.list {
		if p.side == Ours && p.org != "" {
			ourOrgs[normName(p.org)] = true
		}
	}
	for _, p := range ps.list {
		if p.side == SideUnknown && p.org != "" && ourOrgs[normName(p.org)] {
			p.side = Ours
		}
	}
	// people introduced in the talk take their introducer's side ("our
	// solutions architect") or the other one ("your CTO")
	for range 2 {
		for _, p := range ps.list {
			if p.side != SideUnknown || p.introducedBy == nil || p.introducedBy.side == SideUnknown {
				continue
			}
			p.side = p.introducedBy.side
			if p.rel == "your" || p.rel == "their" {
				p.side = otherSide(p.side)
			}
		}
		for _, p := range ps.list {
			if p.side == SideUnknown && p.introducedBy == nil {
				p.side = Theirs
			}
		}
	}
	for _, p := range ps.list {
		if p.side == SideUnknown {
			p.side = Theirs
		}
	}
}

// attendees returns the people on the call, in order of appearance.
func (ps *people) attendees() []Attendee {
	var out []Attendee
	for _, p := range ps.list {
		if !p.present {
			continue
		}
		a := Attendee{Name: p.name, Org: p.org, Side: p.side, Role: p.role}
		for _, al := range p.aliases {
			if al != p.name && !containsFold(a.Aliases, al) {
				a.Aliases = append(a.Aliases, al)
			}
		}
		sort.Strings(a.Aliases)
		out = append(out, a)
	}
	return out
}

// notNames are capitalised words that start sentences, not names.
var notNames = map[string]bool{
	"i": true, "the": true, "a": true, "an": true, "and": true, "but": true, "so": true, "okay": true,
	"ok": true, "yes": true, "yeah": true, "no": true, "thanks": true, "thank": true, "hi": true, "hey": true,
	"hello": true, "great": true, "sure": true, "well": true, "let": true, "let's": true, "we": true,
	"you": true, "they": true, "he": true, "she": true, "it": true, "this": true, "that": true, "our": true,
	"your": true, "my": true, "their": true, "what": true, "when": true, "who": true, "how": true,
	"why": true, "where": true, "if": true, "then": true, "also": true, "just": true, "perfect": true,
	"right": true, "cool": true, "good": true, "monday": true, "tuesday": true, "wednesday": true,
	"thursday": true, "friday": true, "saturday": true, "sunday": true, "january": true, "february": true,
	"march": true, "april": true, "may": true, "june": true, "july": true, "august": true,
	"september": true, "october": true, "november": true, "december": true, "q1": true, "q2": true,
	"q3": true, "q4": true, "eod": true, "eow": true, "asap": true, "everyone": true, "someone": true,
	"nobody": true, "team": true, "legal": true, "procurement": true, "security": true, "both": true,
	"all": true, "one": true, "two": true, "maybe": true, "actually": true, "honestly": true, "absolutely": true,
}

// introRules find introductions in the talk: "this is Marcus, our security
// lead", "our solutions engineer, Marcus Bell", "Priya is our CFO".
var introRules = []struct {
	re              *regexp.Regexp
	name, rel, role int // submatch indexes
	present         bool
}{
	{regexp.MustCompile(`(?:[Tt]his is|I've got|I have|I'm joined by|[Jj]oined by|[Ww]ith me (?:is|today is)|[Mm]eet)\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)(?:\s+here(?:\s+too|\s+as well)?)?,?\s+(our|my|their|your|the)\s+([a-z][a-z -]{1,40}?)(?:\s+(?:at|from|for|on|who|and)\b|[,.;!?]|$)`), 1, 2, 3, true},
	{regexp.MustCompile(`\b(our|my|their|your)\s+([a-z][a-z -]{1,40}?),\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)`), 3, 1, 2, false},
	{regexp.MustCompile(`\b([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?)\s+(?:is|runs|leads|heads)\s+(our|my|their|your)\s+([a-z][a-z -]{1,40}?)(?:\s+(?:at|from|for|on|who|and)\b|[,.;!?]|$)`), 1, 2, 3, false},
}

// selfIntro finds a speaker's own organisation and role: "I'm Sam, the
// account exec at Acme", "this is Tom from Globex", "Sam from Acme here".
var selfIntro = regexp.MustCompile(`(?:\b(?:I'm|I am|[Tt]his is|[Mm]y name is)\s+([A-Z][\w'-]+(?:\s+[A-Z][\w'-]+)?),?\s+(?:(?:the|a|an|your|our)\s+([a-z][a-z -]{1,40}?)\s+)?(?:at|from|with|over at)\s+([A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,3})|\b([A-Z][\w'-]+)\s+from\s+([A-Z][\w&'-]*(?:\s+[A-Z][\w&'-]*){0,2})\s+here\b)`)

// readIntroductions records the people a sentence introduces, with the
// side of the speaker (for "our"/"my") or the other side ("your").
func (ps *people) readIntroductions(sentence string, speaker *person) {
	if !strings.Contains(sentence, "our ") && !strings.Contains(sentence, "my ") &&
		!strings.Contains(sentence, "your ") && !strings.Contains(sentence, "their ") &&
		!strings.Contains(sentence, "the ") {
		return
	}
	low := lowerASCII(sentence)
	if speaker != nil && (strings.Contains(low, "i'm ") || strings.Contains(low, "i am ") || strings.Contains(low, "this is ") || strings.Contains(low, "my name is ") || strings.Contains(low, " here")) {
		for _, m := range selfIntro.FindAllStringSubmatch(sentence, 2) {
			name, role, org := m[1], strings.TrimSpace(m[2]), strings.TrimSpace(m[3])
			if name == "" {
				name = m[4]
				org = strings.TrimSpace(m[5])
			}
			if ps.lookup(name) != speaker || notNames[strings.ToLower(org)] {
				continue
			}
			if speaker.org == "" && org != "" {
				speaker.org = org
			}
			if speaker.role == "" && role != "" && isRole(role) {
				speaker.role = role
			}
		}
	}
	for ri, r := range introRules {
		switch ri {
		case 0:
			if !strings.Contains(low, "this is") && !strings.Contains(low, "i've got") && !strings.Contains(low, "i have") &&
				!strings.Contains(low, "joined by") && !strings.Contains(low, "with me") && !strings.Contains(low, "meet ") {
				continue
			}
		case 1:
			if !commaName(sentence) {
				continue
			}
		case 2:
			if !strings.Contains(low, " is our") && !strings.Contains(low, " is my") && !strings.Contains(low, " is their") &&
				!strings.Contains(low, " is your") && !strings.Contains(low, " our ") && !strings.Contains(low, " my ") {
				continue
			}
			if !strings.Contains(low, " is ") && !strings.Contains(low, " runs ") && !strings.Contains(low, " leads ") && !strings.Contains(low, " heads ") {
				continue
			}
		}
		for _, m := range r.re.FindAllStringSubmatch(sentence, 3) {
			name, rel, role := m[r.name], m[r.rel], strings.TrimSpace(m[r.role])
			first := strings.ToLower(strings.Fields(name)[0])
			if notNames[first] || !isRole(role) && !strings.Contains(role, "team") {
				continue
			}
			if fs := strings.Fields(role); len(fs) > 4 {
				continue
			}
			p := ps.lookup(name)
			if p == nil {
				p = ps.add(name, "", role)
			} else if p.role == "" {
				p.role = role
			}
			if r.present && rel != "their" && rel != "your" {
				p.present = true
			}
			if speaker != nil && p != speaker && p.introducedBy == nil && !p.speaker {
				p.introducedBy, p.rel = speaker, rel
			} else if speaker != nil && p != speaker && p.introducedBy == nil && p.org == "" {
				p.introducedBy, p.rel = speaker, rel
			}
			if speaker != nil && p.org == "" && (rel == "our" || rel == "my") {
				p.org = speaker.org
			}
		}
	}
}

// commaName reports whether s has ", " followed by a capital letter.
func commaName(s string) bool {
	for i := 0; i+2 < len(s); i++ {
		if s[i] == ',' && s[i+1] == ' ' && isUpper(s[i+2]) {
			return true
		}
	}
	return false
}
