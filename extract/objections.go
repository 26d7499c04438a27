package extract

import (
	"strings"
)

// Objection is pushback the other side raised and how our side met it.
type Objection struct {
	// Kind is the lexicon's label for it: "price", "timing", "priority",
	// "incumbent", "stall", "concern", "terms", "authority".
	Kind    string `json:"kind"`
	Speaker string `json:"speaker,omitempty"`
	Text    string `json:"text"`
	// Handled reports whether our side answered it in the call; Response
	// is the answer's first sentence.
	Handled        bool      `json:"handled"`
	Response       string    `json:"response,omitempty"`
	ResponseSource *Evidence `json:"response_source,omitempty"`
	Source         Evidence  `json:"source"`
}

// Competitor is another vendor the call named.
type Competitor struct {
	Name string `json:"name"`
	// Relation is "incumbent" (what they use today), "evaluating" (in
	// play now) or "mentioned".
	Relation string   `json:"relation"`
	Mentions int      `json:"mentions"`
	Source   Evidence `json:"source"`
}

// objections finds the other side's objections and our answers.
func (a *analysis) objections() []Objection {
	var out []Objection
	for _, s := range a.theirWords() {
		h, ok := s.first(catObjection)
		if !ok || a.notes && a.isQuestionSource(s) {
			continue
		}
		o := Objection{Kind: a.lex.Objections[h.val].Kind, Speaker: s.speaker, Text: strings.TrimSpace(s.text), Source: s.ev}
		if a.notes {
			a.noteResponse(&o, s)
		} else {
			a.spokenResponse(&o, s)
		}
		out = append(out, o)
	}
	return out
}

// isQuestionSource reports whether s is where a question came from.
func (a *analysis) isQuestionSource(s *isent) bool {
	for _, q := range a.c.Questions {
		if q.Source.Turn == s.ev.Turn && q.Source.Start < s.ev.End && s.ev.Start < q.Source.End {
			return true
		}
	}
	return false
}

// spokenResponse finds our answer to o: in our next turns (within two),
// the first sentence that answers it, one that opens with a handling cue
// ("I hear you", "what I can do") or shares a content word with it.
func (a *analysis) spokenResponse(o *Objection, s *isent) {
	ow := s.stems()
	for ti := s.turn + 1; ti < len(a.c.Turns) && ti <= s.turn+2; ti++ {
		for _, k := range a.turnSents[ti] {
			r := &a.sents[k]
			if r.side != Ours || len(r.toks) < 2 {
				continue
			}
			if n, _ := wordOverlap(ow, r.stems()); n == 0 && !r.has(catHandle) {
				continue
			}
			ev := r.ev
			text := strings.TrimSpace(r.text)
			// a short opener ("I hear you.") takes the sentence after it
			if next := a.nextInTurn(r); len(r.toks) < 5 && next != nil {
				text += " " + strings.TrimSpace(next.text)
				if next.ev.Turn == ev.Turn && next.ev.End > ev.End {
					ev.End = next.ev.End
					ev.Quote = text
				}
			}
			o.Handled, o.Response, o.ResponseSource = true, text, &ev
			return
		}
	}
}

// nextInTurn returns the sentence after s in its turn, or nil.
func (a *analysis) nextInTurn(s *isent) *isent {
	idx := a.turnSents[s.turn]
	for k, i := range idx {
		if i == s.idx && k+1 < len(idx) {
			return &a.sents[idx[k+1]]
		}
	}
	return nil
}

// responseMarks introduce our answer on a notes line.
var responseMarks = []string{"→", "->", "=>", "; we ", "; I ", ", we offered", " - we ", "; our "}

// noteResponse finds our answer to o on its notes line: the text after an
// arrow or a clause where we speak.
func (a *analysis) noteResponse(o *Objection, s *isent) {
	text := a.c.Turns[s.turn].Text
	for _, m := range responseMarks {
		k := strings.Index(text, m)
		if k < 0 {
			continue
		}
		start := k + len(m)
		if strings.HasPrefix(m, ";") || strings.HasPrefix(m, ",") || strings.HasPrefix(m, " - ") {
			start = k + 2
		}
		resp := strings.TrimSpace(text[start:])
		if resp == "" {
			continue
		}
		ev := a.evidence(s.turn, start, len(text))
		o.Handled, o.Response, o.ResponseSource = true, resp, &ev
		return
	}
}

// competitorSkip are words after a competitor cue that come before the
// name ("looked at the RouteLogic app").
var competitorSkip = map[string]bool{"the": true, "a": true, "an": true, "them": true, "their": true,
	"at": true, "to": true, "with": true, "from": true, ":": true, "like": true, "also": true}

// relations maps a competitor cue's first word to the relation it implies.
var relations = map[string]string{"currently": "incumbent", "switching": "incumbent", "replacing": "incumbent",
	"instead": "incumbent", "also": "evaluating", "looking": "evaluating", "evaluating": "evaluating",
	"trialling": "evaluating", "trialing": "evaluating", "comparing": "evaluating", "quoted": "evaluating",
	"comp": "evaluating", "talking": "evaluating", "looked": "evaluating", "renewal": "incumbent",
	"trialed": "evaluating", "trialled": "evaluating", "tried": "evaluating", "piloted": "evaluating",
	"calls": "evaluating", "an": "evaluating", "went": "incumbent", "going": "evaluating"}

// competitors finds the vendors the call named as alternatives: the name
// right after a competitor cue ("also looking at Clari"), and any name
// from the lexicon's or the caller's competitor list.
func (a *analysis) competitors() []Competitor {
	var out []Competitor
	add := func(name, rel string, ev Evidence) {
		for i := range out {
			if strings.EqualFold(out[i].Name, name) {
				if out[i].Relation == "mentioned" {
					out[i].Relation = rel
				}
				return
			}
		}
		out = append(out, Competitor{Name: name, Relation: rel, Source: ev})
	}
	all := a.allSentences()
	for _, s := range all {
		for _, h := range s.hits {
			switch h.cat {
			case catCompetitor:
				add(s.phrase(h), "mentioned", s.ev)
			case catRival:
				name := a.nameBefore(s, h.i)
				if name != "" {
					add(name, "evaluating", s.ev)
				}
			case catCompetitorCue:
				name := a.nameAfter(s, h.j)
				if name == "" {
					continue
				}
				rel := relations[s.toks[h.i].w]
				if rel == "" {
					rel = "mentioned"
				}
				add(name, rel, s.ev)
			}
		}
	}
	for i := range out {
		words := itokens(out[i].Name)
		for _, s := range all {
			if hasWords(s.toks, words) {
				out[i].Mentions++
			}
		}
	}
	return out
}

// allSentences returns the header sentences and then the turns'.
func (a *analysis) allSentences() []*isent {
	all := make([]*isent, 0, len(a.header)+len(a.sents))
	for i := range a.header {
		all = append(all, &a.header[i])
	}
	for i := range a.sents {
		all = append(all, &a.sents[i])
	}
	return all
}

// nameAfter returns the capitalised name that starts within two tokens
// after token j of s, if it is not a person, our or their organisation,
// or a date word.
func (a *analysis) nameAfter(s *isent, j int) string {
	for j < len(s.toks) && competitorSkip[s.toks[j].w] {
		j++
	}
	if j >= len(s.toks) {
		return ""
	}
	for _, r := range nameRunsIn(s.text, s.toks) {
		if r.start == s.toks[j].start {
			return a.vendor(r.text)
		}
	}
	// a lower-case brand with digits ("project44")
	if w := s.toks[j].w; len(w) >= 4 && strings.ContainsAny(w, "0123456789") && strings.ContainsAny(w, "abcdefghijklmnopqrstuvwxyz") {
		return a.vendor(s.text[s.toks[j].start:s.toks[j].end])
	}
	return ""
}

// nameBefore returns the capitalised name that ends right before token
// i of s ("CrowdStrike came in lower"), if it can be a vendor.
func (a *analysis) nameBefore(s *isent, i int) string {
	if i == 0 {
		return ""
	}
	for _, r := range nameRunsIn(s.text, s.toks) {
		if r.end == s.toks[i-1].end {
			return a.vendor(r.text)
		}
	}
	return ""
}

// vendor returns name unless it is a person the call knows, our or
// their organisation.
func (a *analysis) vendor(name string) string {
	if a.isOrg(name) || a.isUs(name) || a.isAbsentName(name) != "" {
		return ""
	}
	if _, ok := a.attendee(name); ok {
		return ""
	}
	for _, m := range a.in.mentioned {
		if namesMatch(m.Name, name) {
			return ""
		}
	}
	for _, nc := range a.c.NewContacts {
		if namesMatch(nc.Name, name) {
			return ""
		}
	}
	return name
}

// isUs reports whether name is one of Options.Us.
func (a *analysis) isUs(name string) bool {
	for _, u := range a.opt.Us {
		if strings.EqualFold(u, name) {
			return true
		}
	}
	return false
}

// hasWords reports whether toks hold the words of ws in a row.
func hasWords(toks, ws []itok) bool {
	if len(ws) == 0 {
		return false
	}
	for i := 0; i+len(ws) <= len(toks); i++ {
		k := 0
		for k < len(ws) && toks[i+k].w == ws[k].w {
			k++
		}
		if k == len(ws) {
			return true
		}
	}
	return false
}

// containsWord reports whether w occurs in s as a whole word, ignoring
// case.
func containsWord(s, w string) bool {
	ls, lw := strings.ToLower(s), strings.ToLower(w)
	for from := 0; ; {
		k := strings.Index(ls[from:], lw)
		if k < 0 {
			return false
		}
		k += from
		before := k == 0 || !isItokRune(rune(ls[k-1]))
		after := k+len(lw) == len(ls) || !isItokRune(rune(ls[k+len(lw)]))
		if before && after {
			return true
		}
		from = k + 1
	}
}
