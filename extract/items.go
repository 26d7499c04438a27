package extract

import (
	"strings"

	"github.com/aftercall/aftercall/timeexpr"
)

// tok is one word of a sentence, contractions expanded ("I'll" is "i" and
// "will").
type tok struct {
	w    string // lower case
	a, b int    // byte offsets in the sentence text
	cap  bool   // written with a capital letter
}

// contractions maps a contraction's suffix to the word it stands for.
var contractions = map[string]string{"ll": "will", "m": "am", "re": "are", "ve": "have", "d": "would"}

// tokenize splits a sentence into words and the punctuation that ends a
// clause ("," ";" ":" "?" "(" ")" "-" "->").
func tokenize(s string) []tok {
	ts := make([]tok, 0, len(s)/5+2)
	low := lowerASCII(s)
	for i := 0; i < len(s); {
		c := s[i]
		if isLetter(c) || isDigit(c) {
			j := i
			for j < len(s) && (isLetter(s[j]) || isDigit(s[j]) || s[j] == '\'' && j+1 < len(s) && isLetter(s[j+1]) ||
				(s[j] == '-' || s[j] == '.' && isDigit(s[i])) && j+1 < len(s) && (isLetter(s[j+1]) || isDigit(s[j+1]))) {
				j++
			}
			w := low[i:j]
			up := isUpper(c)
			if k := strings.IndexByte(w, '\''); k > 0 {
				base, suf := w[:k], w[k+1:]
				switch {
				case suf == "t" && strings.HasSuffix(base, "n"):
					b := base[:len(base)-1]
					switch b {
					case "ca":
						b = "can"
					case "wo":
						b = "will"
					case "sha":
						b = "shall"
					}
					ts = append(ts, tok{b, i, i + k - 1, up}, tok{"not", i + k - 1, j, false})
				case contractions[suf] != "":
					ts = append(ts, tok{base, i, i + k, up}, tok{contractions[suf], i + k, j, false})
				case suf == "s" && base == "let":
					ts = append(ts, tok{"let's", i, j, up})
				case suf == "s" && (base == "it" || base == "that" || base == "what" || base == "there" || base == "he" || base == "she" || base == "who" || base == "here"):
					ts = append(ts, tok{base, i, i + k, up}, tok{"is", i + k, j, false})
				case suf == "s":
					ts = append(ts, tok{base, i, i + k, up}, tok{"'s", i + k, j, false})
				default:
					ts = append(ts, tok{w, i, j, up})
				}
			} else {
				ts = append(ts, tok{w, i, j, up})
			}
			i = j
			continue
		}
		switch c {
		case ',', ';', ':', '?', '(', ')', '!', '.':
			ts = append(ts, tok{string(c), i, i + 1, false})
		case '-':
			if i+1 < len(s) && s[i+1] == '>' {
				ts = append(ts, tok{"->", i, i + 2, false})
				i += 2
				continue
			}
			if i > 0 && s[i-1] == ' ' && i+1 < len(s) && s[i+1] == ' ' {
				ts = append(ts, tok{"-", i, i + 1, false})
			}
		case '+', '&':
			ts = append(ts, tok{"and", i, i + 1, false})
		case '/':
			ts = append(ts, tok{"/", i, i + 1, false})
		}
		if c >= 0x80 {
			// skip a multi-byte rune that is not a letter we track
			if c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && (s[i+2] == 0x93 || s[i+2] == 0x94) {
				ts = append(ts, tok{"-", i, i + 3, false})
				i += 3
				continue
			}
		}
		i++
	}
	return ts
}

func isPunct(w string) bool {
	return w == "," || w == ";" || w == ":" || w == "?" || w == "(" || w == ")" || w == "!" || w == "." || w == "-" || w == "->" || w == "/"
}

// Subjects of a cue.
const (
	subjNone   = iota
	subjI      // I
	subjWe     // we (the speaker's side)
	subjYou    // you (the addressee)
	subjThey   // they (in notes: the other side)
	subjPerson // a named person
	subjRole   // a role or team ("our legal team", "the designer")
	subjLets   // let's: both sides
	subjNobody // someone, somebody
	subjBoth   // both teams, jointly
)

// Modes of a cue.
const (
	modeCommit   = iota // the subject will do it
	modeRequest         // the speaker asks the addressee
	modeProposal        // a proposal that needs acceptance
)

// cand is a candidate item found in one sentence.
type cand struct {
	s         int // sentence index
	toks      []tok
	at, vp    int // token index of the cue start and of the verb
	subj      int
	who       *person
	role      string
	rel       string // "our", "your", … for roles
	mode      int
	tentative bool
	kind      Kind
	action    string
	cond      *cand // the condition clause
	// set while resolving
	owner   string
	side    Side
	reason  string
	due     *Due
	anchor  string
	prio    Priority
	evid    []Evidence
	conf    float64
	meeting bool // a notes line naming the next meeting
	condOf  *cand
}

// hasPhrase reports whether the lower-case text holds phrase on word
// boundaries, and where.
func hasPhrase(low, phrase string) int {
	for off := 0; ; {
		k := strings.Index(low[off:], phrase)
		if k < 0 {
			return -1
		}
		k += off
		e := k + len(phrase)
		if (k == 0 || !isWordByte(low[k-1])) && (e == len(low) || !isWordByte(low[e])) {
			return k
		}
		off = k + 1
	}
}

func isWordByte(c byte) bool { return isLetter(c) || isDigit(c) || c == '\'' }

// anyPhrase returns the position of the first phrase of list found in low,
// or -1.
func anyPhrase(low string, list []string) int {
	best := -1
	for _, ph := range list {
		if k := hasPhrase(low, ph); k >= 0 && (best < 0 || k < best) {
			best = k
		}
	}
	return best
}

// skipWords are adverbs and hedges that may stand between a modal and its
// verb; the value marks a hedge.
var skipWords = map[string]bool{
	"just": false, "also": false, "then": false, "definitely": false, "quickly": false, "certainly": false,
	"absolutely": false, "still": false, "actually": false, "personally": false, "both": false, "all": false,
	"first": false, "now": false, "really": false, "gladly": false, "happily": false, "simply": false,
	"go": false, "ahead": false, "and": false, "be": false, "sure": false, "able": false, "to": false,
	"happy": false, "glad": false, "plan": false, "make": false, "get": false, "around": false, "look": false,
	"probably": true, "hopefully": true, "maybe": true, "likely": true, "try": true, "aim": true, "possibly": true,
	"at": false, "least": false, "soon": false, "please": false, "kindly": false, "personally,": false,
	"need": false, "have": false, "going": false, "gonna": false, "would": false, "see": true,
	"if": true, "i": true, "we": true, "can": true, "could": true, "ideally": true, "tentatively": true,
	"immediately": false, "right": false, "away": false, "officially": false, "formally": false, "finally": false,
}

// modalAt reports whether a future or ability modal starts at toks[i]
// and returns the index after it, and whether it is tentative or negated.
func modalAt(ts []tok, i int, notes bool) (next int, tentative, ok bool) {
	if i >= len(ts) {
		return 0, false, false
	}
	w := ts[i].w
	at := func(k int, s string) bool { return k < len(ts) && ts[k].w == s }
	switch w {
	case "will", "shall":
		if at(i+1, "need") && at(i+2, "to") || at(i+1, "have") && at(i+2, "to") {
			return i + 3, false, true
		}
		return i + 1, false, true
	case "would":
		// only offers: "I'd be happy to", "I'd love to"
		if at(i+1, "be") && (at(i+2, "happy") || at(i+2, "glad")) && at(i+3, "to") {
			return i + 4, false, true
		}
		return 0, false, false
	case "am", "are", "is":
		if at(i+1, "going") && at(i+2, "to") {
			return i + 3, false, true
		}
		if (at(i+1, "happy") || at(i+1, "glad")) && at(i+2, "to") {
			return i + 3, false, true
		}
		if at(i+1, "on") && at(i+2, "it") {
			return i + 2, false, true
		}
		return 0, false, false
	case "gonna":
		return i + 1, false, true
	case "can":
		return i + 1, false, true
	case "could", "might", "may":
		return i + 1, true, true
	case "should", "must":
		return i + 1, w == "should", true
	case "need", "needs", "have", "has":
		if at(i+1, "to") {
			return i + 2, false, true
		}
		if w == "have" && at(i+1, "got") && at(i+2, "to") {
			return i + 3, false, true
		}
	case "owe", "owes":
		return i, false, true
	case "to":
		if notes {
			return i + 1, false, true
		}
	}
	return 0, false, false
}

// verbAfter skips adverbs and hedges from i and returns the verb's index.
func verbAfter(ts []tok, i int) (int, bool, bool) {
	hedged, neg := false, false
	for i < len(ts) {
		w := ts[i].w
		if w == "not" || w == "never" {
			neg = true
			i++
			continue
		}
		if w == "be" && !(i+1 < len(ts) && (ts[i+1].w == "able" || ts[i+1].w == "happy" || ts[i+1].w == "glad" || ts[i+1].w == "sure")) {
			return i, hedged, neg
		}
		if h, ok := skipWords[w]; ok {
			// "make sure to", "go ahead and", "try to": skip the whole run,
			// but stop at a real verb ("get back", "have it", "see if")
			if (w == "get" || w == "have" || w == "make" || w == "look" || w == "see" || w == "go" || w == "need" || w == "want") &&
				!(i+1 < len(ts) && (ts[i+1].w == "to" || ts[i+1].w == "sure" || ts[i+1].w == "ahead" || ts[i+1].w == "around" || ts[i+1].w == "if")) {
				return i, hedged, neg
			}
			if w == "if" && !(i+1 < len(ts) && (ts[i+1].w == "i" || ts[i+1].w == "we")) {
				return -1, hedged, neg
			}
			if w == "and" && !(i > 0 && (ts[i-1].w == "ahead" || ts[i-1].w == "try")) {
				return -1, hedged, neg
			}
			if w == "i" || w == "we" || w == "can" || w == "could" {
				if !(i > 0 && (ts[i-1].w == "if" || ts[i-1].w == "i" || ts[i-1].w == "we")) {
					return -1, hedged, neg
				}
			}
			hedged = hedged || h
			i++
			continue
		}
		if isPunct(w) {
			return -1, hedged, neg
		}
		return i, hedged, neg
	}
	return -1, hedged, neg
}

// findCands finds the candidate items in sentence si.
func (p *parser) findCands(si int) []*cand {
	s := &p.sents[si]
	t := &p.turns[s.turn]
	notes := t.raw.notes
	low := s.low
	// cheap prefilter: most sentences carry no cue at all
	if !notes && !strings.Contains(low, "'") && !strings.Contains(low, "will") && !strings.Contains(low, "can") &&
		!strings.Contains(low, "could") && !strings.Contains(low, "going to") && !strings.Contains(low, "gonna") &&
		!strings.Contains(low, "need") && !strings.Contains(low, "would") && !strings.Contains(low, "please") &&
		!strings.Contains(low, "should") && !strings.Contains(low, "let") && !strings.Contains(low, "how about") &&
		!strings.Contains(low, "owe") && !strings.Contains(low, "must") && !strings.Contains(low, "have to") {
		return nil
	}
	ts := tokenize(s.text)
	var cs []*cand
	// a question opened by a wh-word or an auxiliary commits nobody,
	// unless it is a request ("can you …") handled below
	qOpen := s.q && len(ts) > 0 && questionOpener[ts[0].w]
	for i := 0; i < len(ts); i++ {
		if c := p.requestAt(si, ts, i); c != nil {
			cs = append(cs, c)
			i = c.vp
			continue
		}
		if qOpen && !(ts[0].w == "should" || ts[0].w == "shall") {
			continue
		}
		if c := p.commitAt(si, ts, i, notes); c != nil {
			if i > 0 && condWord(ts, i-1) {
				continue // the condition of a later clause
			}
			cs = append(cs, c)
			i = c.vp
		}
	}
	for _, c := range cs {
		c.toks = ts
		p.findCondition(c)
	}
	return cs
}

var questionOpener = map[string]bool{
	"what": true, "when": true, "how": true, "why": true, "where": true, "who": true, "which": true,
	"do": true, "does": true, "did": true, "is": true, "are": true, "will": true, "would": true,
	"should": true, "shall": true, "can": true, "could": true, "have": true, "has": true, "am": true,
	"whether": true,
}

// subjectAt reads a subject ending at or starting at toks[i] and returns
// its kind and the index after it.
func (p *parser) subjectAt(ts []tok, i int, notes bool) (kind int, who *person, role, rel string, next int) {
	w := ts[i].w
	if i > 0 && !isPunct(ts[i-1].w) && w != "i" && w != "we" {
		// a subject starts a clause: after punctuation, a conjunction or
		// a discourse word
		switch ts[i-1].w {
		case "and", "so", "then", "but", "okay", "ok", "yes", "yeah", "sure", "great", "absolutely", "and,",
			"that", "because", "also", "now", "well", "alright", "right", "perfect", "oh", "once", "if", "when",
			"after", "think", "guess", "said", "promise", "cool", "fine", "no", "good", "definitely", "course",
			"sounds", "otherwise", "plus", "meantime", "meanwhile", "hey", "thanks", "done", "awesome", "which",
			"honestly", "actually", "anyway", "until", "soon", "as", "where", "or", "today", "tomorrow", "probably":
		default:
			if !(notes && i == 0) {
				return subjNone, nil, "", "", 0
			}
		}
	}
	switch w {
	case "i":
		return subjI, nil, "", "", i + 1
	case "we":
		if i+1 < len(ts) && (ts[i+1].w == "both" || ts[i+1].w == "all") {
			return subjLets, nil, "", "", i + 2
		}
		return subjWe, nil, "", "", i + 1
	case "you":
		if i+1 < len(ts) && (ts[i+1].w == "guys" || ts[i+1].w == "all" || ts[i+1].w == "folks") {
			return subjYou, nil, "", "", i + 2
		}
		return subjYou, nil, "", "", i + 1
	case "they":
		return subjThey, nil, "", "", i + 1
	case "he", "she":
		return subjThey, nil, "", w, i + 1
	case "someone", "somebody", "anyone":
		return subjNobody, nil, "", "", i + 1
	case "both":
		if i+1 < len(ts) && (ts[i+1].w == "teams" || ts[i+1].w == "sides" || ts[i+1].w == "of") {
			j := i + 2
			if ts[i+1].w == "of" && j < len(ts) {
				j++
			}
			return subjBoth, nil, "", "", j
		}
	case "our", "my", "your", "their", "the":
		j := i + 1
		for j < len(ts) && j < i+4 && !isPunct(ts[j].w) && !modalWord[ts[j].w] {
			j++
		}
		if j > i+1 && j < len(ts) && modalWord[ts[j].w] {
			r := joinToks(ts[i+1 : j])
			if isRole(r) || strings.HasSuffix(r, "team") || strings.HasSuffix(r, "folks") || strings.HasSuffix(r, "people") ||
				strings.HasSuffix(r, "department") || strings.HasSuffix(r, "group") || p.ps.lookup(r) != nil {
				return subjRole, p.ps.lookup(r), r, w, j
			}
		}
		return subjNone, nil, "", "", 0
	}
	if ts[i].cap && !notNames[w] && (i > 0 || !commonStart[w]) {
		j := i + 1
		for j < len(ts) && j < i+3 && ts[j].cap && !notNames[ts[j].w] {
			j++
		}
		name := joinOrig(ts[i:j])
		team := false
		if j+1 < len(ts) && ts[j].w == "'s" && (ts[j+1].w == "team" || ts[j+1].w == "group" || ts[j+1].w == "folks" || ts[j+1].w == "people" || ts[j+1].w == "office") {
			team = true
			j += 2
		}
		if j < len(ts) && (modalWord[ts[j].w] || notes && ts[j].w == "to" || notes && isThirdPerson(ts[j].w)) {
			who := p.ps.lookup(name)
			if who == nil {
				if !p.knownWord(w) && !notes && j > i+1 {
					who = nil
				}
				// an organisation named as subject
				for _, q := range p.ps.list {
					if q.org != "" && normName(q.org) == normName(name) {
						return subjRole, nil, q.org, orgRel(q.side), j
					}
				}
			}
			_ = team
			return subjPerson, who, name, "", j
		}
	}
	return subjNone, nil, "", "", 0
}

// knownWord reports whether w is a known person's name part.
func (p *parser) knownWord(w string) bool {
	for _, q := range p.ps.list {
		for _, f := range strings.Fields(normName(q.name)) {
			if f == w {
				return true
			}
		}
	}
	return false
}

func orgRel(s Side) string {
	if s == Ours {
		return "our"
	}
	return "their"
}

// commonStart are capitalised sentence openers that are not names.
var commonStart = map[string]bool{"if": true, "once": true, "when": true, "after": true, "as": true}

var modalWord = map[string]bool{
	"will": true, "shall": true, "can": true, "could": true, "should": true, "must": true, "might": true,
	"may": true, "would": true, "is": true, "are": true, "am": true, "need": true, "needs": true,
	"has": true, "have": true, "owes": true, "gonna": true,
}

// isThirdPerson reports whether w is a present-tense third-person verb
// ("sends") of a known action verb.
func isThirdPerson(w string) bool {
	if len(w) < 4 || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") {
		return false
	}
	return actionVerbs[baseForm(w)]
}

func joinToks(ts []tok) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.w)
	}
	return b.String()
}

// joinOrig is joinToks with the original capitalisation restored from the
// lower-case words.
func joinOrig(ts []tok) string {
	var b strings.Builder
	for i, t := range ts {
		if i > 0 {
			b.WriteByte(' ')
		}
		w := t.w
		if t.cap && w != "" && w[0] >= 'a' && w[0] <= 'z' {
			w = string(w[0]-32) + w[1:]
		}
		b.WriteString(w)
	}
	return b.String()
}

// commitAt finds a commitment, assignment or shared plan starting at
// toks[i]: a subject, a modal, a verb.
func (p *parser) commitAt(si int, ts []tok, i int, notes bool) *cand {
	w := ts[i].w
	s := &p.sents[si]
	if w == "let's" || w == "let" && i+1 < len(ts) && ts[i+1].w == "us" {
		j := i + 1
		if w == "let" {
			j++
		}
		v, hedged, neg := verbAfter(ts, j)
		if v < 0 || neg || p.inCall(ts, v, s) || letsNow[ts[v].w] && !p.hasFutureTime(s) {
			return nil
		}
		return &cand{s: si, at: i, vp: v, subj: subjLets, mode: modeCommit, tentative: hedged}
	}
	if w == "let" && i+1 < len(ts) && ts[i+1].w == "me" && i+2 < len(ts) {
		v := i + 2
		if ts[v].w == "just" || ts[v].w == "quickly" || ts[v].w == "go" && v+2 < len(ts) && ts[v+1].w == "ahead" {
			v2, _, _ := verbAfter(ts, v)
			if v2 < 0 {
				return nil
			}
			v = v2
		}
		if ts[v].w == "know" || p.inCall(ts, v, s) || !actionVerbs[ts[v].w] {
			return nil
		}
		return &cand{s: si, at: i, vp: v, subj: subjI, mode: modeCommit}
	}
	subj, who, role, rel, j := p.subjectAt(ts, i, notes)
	if subj == subjNone || j >= len(ts) {
		return nil
	}
	// notes: "Hannah sends the DPA", "I owe them the answer"
	if notes && subj == subjPerson && who != nil && isThirdPerson(ts[j].w) {
		return &cand{s: si, at: i, vp: j, subj: subj, who: who, role: role, mode: modeCommit}
	}
	if ts[j].w == "owe" || ts[j].w == "owes" {
		return &cand{s: si, at: i, vp: j, subj: subj, who: who, role: role, rel: rel, mode: modeCommit}
	}
	next, tent, ok := modalAt(ts, j, notes || subj == subjPerson)
	if !ok {
		// progressive future: "I'm sending it over tonight"
		if (subj == subjI || subj == subjWe) && j+1 < len(ts) && (ts[j].w == "am" || ts[j].w == "are") &&
			strings.HasSuffix(ts[j+1].w, "ing") && actionVerbs[baseForm(ts[j+1].w)] && p.hasFutureTime(s) {
			return &cand{s: si, at: i, vp: j + 1, subj: subj, mode: modeCommit}
		}
		return nil
	}
	if ts[j].w == "to" && subj != subjPerson && subj != subjRole {
		return nil
	}
	v, hedged, neg := verbAfter(ts, next)
	if v < 0 {
		return nil
	}
	vw := ts[v].w
	if neg && hasPhrase(s.low, "until") < 0 && hasPhrase(s.low, "till") < 0 {
		return nil
	}
	if vw == "be" && v+1 < len(ts) && strings.HasSuffix(ts[v+1].w, "ing") {
		v++
		vw = ts[v].w
	}
	if !actionVerbs[baseForm(vw)] || subj == subjThey && !notes {
		return nil
	}
	if vw == "let" && !(v+2 < len(ts) && (ts[v+2].w == "know" || v+3 < len(ts) && ts[v+3].w == "know")) {
		return nil
	}
	if (ts[j].w == "can" || ts[j].w == "could") && !p.hasFutureTime(s) && !p.repliesToQuestion(si) {
		return nil // a capability, not a promise
	}
	if negatedBefore(ts, i) || hasPhrase(s.low, "right now") >= 0 || hasPhrase(s.low, "in the chat") >= 0 {
		return nil
	}
	if subj == subjYou && youNonAgent[vw] {
		return nil
	}
	if p.nonTask(ts, v) || p.inCall(ts, v, s) {
		return nil
	}
	if !isLetter(vw[0]) || strings.HasSuffix(vw, "ed") && !actionVerbs[vw] {
		return nil
	}
	c := &cand{s: si, at: i, vp: v, subj: subj, who: who, role: role, rel: rel, mode: modeCommit, tentative: tent || hedged}
	if ts[j].w == "can" || ts[j].w == "could" {
		// "I can send you …" is an offer; "we can do that" an acceptance
		if subj == subjYou {
			return nil
		}
	}
	if subj == subjNobody {
		c.mode = modeProposal
	}
	return c
}

// youNonAgent are verbs after "you'll" that describe what happens to the
// addressee, not work they take on ("you'll see", "you'll get").
var youNonAgent = map[string]bool{
	"see": true, "get": true, "have": true, "receive": true, "notice": true, "love": true, "like": true,
	"find": true, "hear": true, "want": true, "need": true, "be": true, "know": true, "remember": true,
	"feel": true, "appreciate": true, "enjoy": true, "recall": true,
}

// nonTask reports whether the verb at toks[v] makes no task.
func (p *parser) nonTask(ts []tok, v int) bool {
	rest := joinToks(ts[v:min(len(ts), v+4)])
	for _, n := range p.lx.NonTask {
		if rest == n || strings.HasPrefix(rest, n+" ") {
			if n == "see" && strings.HasPrefix(rest, "see if") {
				continue
			}
			return true
		}
	}
	return false
}

// inCall reports whether the verb phrase at toks[v] is done during the
// call, with no later time named.
func (p *parser) inCall(ts []tok, v int, s *sentence) bool {
	rest := joinToks(ts[v:min(len(ts), v+5)])
	for _, n := range p.lx.InCall {
		if rest == n || strings.HasPrefix(rest, n+" ") {
			return !p.hasFutureTime(s)
		}
	}
	return false
}

// hasFutureTime reports whether the sentence names a time after the
// reference time (not "now", not in the past).
func (p *parser) hasFutureTime(s *sentence) bool {
	for _, e := range p.times(s) {
		if !e.Past && (e.Due.After(p.opt.At) || e.Anchor != "") {
			return true
		}
	}
	return false
}

// times returns the time expressions of a sentence.
func (p *parser) times(s *sentence) []timeexpr.Expr {
	if s.tdone {
		return s.times
	}
	s.times, s.tdone = timeexpr.Find(s.text, p.opt.At, p.cal), true
	return s.times
}

// requestAt finds a request starting at toks[i]: "can you send …", "please
// send …", "we'd need to see …".
func (p *parser) requestAt(si int, ts []tok, i int) *cand {
	w := ts[i].w
	at := func(k int, s string) bool { return k < len(ts) && ts[k].w == s }
	clauseStart := i == 0 || isPunct(ts[i-1].w) || ts[i-1].w == "so" || ts[i-1].w == "and" || ts[i-1].w == "but" || ts[i-1].w == "also" || ts[i-1].w == "okay" || ts[i-1].w == "then"
	s := &p.sents[si]
	var v int
	need := false
	switch {
	case (w == "can" || w == "could" || w == "would" || w == "will") && at(i+1, "you"):
		v = i + 2
		if at(v, "be") && at(v+1, "able") && at(v+2, "to") {
			v += 3
		} else if at(v, "mind") {
			v++
		}
	case w == "any" && at(i+1, "chance") && at(i+2, "you") && (at(i+3, "could") || at(i+3, "can")):
		v = i + 4
	case w == "please" && clauseStart:
		v = i + 1
	case (w == "make" && at(i+1, "sure") && at(i+2, "you")) && clauseStart:
		v = i + 3
	case w == "don't" || w == "do" && at(i+1, "not") && at(i+2, "forget") && at(i+3, "to") && clauseStart:
		v = i + 4
	case (w == "i" || w == "we") && clauseStart:
		j := i + 1
		if at(j, "would") || at(j, "will") {
			j++
		}
		switch {
		case (at(j, "need") || at(j, "needs")) && at(j+1, "you") && at(j+2, "to"):
			v = j + 3
		case (at(j, "need") || at(j, "needs")) && at(j+1, "to") && (at(j+2, "see") || at(j+2, "get") || at(j+2, "have") || at(j+2, "receive")):
			v, need = j+2, true
		case at(j, "need") && j+1 < len(ts) && (ts[j+1].w == "the" || ts[j+1].w == "a" || ts[j+1].w == "your" || ts[j+1].w == "an" || ts[j+1].w == "some"):
			v, need = j, true
		case (at(j, "love") || at(j, "like") || at(j, "want")) && at(j+1, "to") && at(j+2, "see") && ts[i+1].w == "would":
			v, need = j+2, true
		default:
			return nil
		}
	case (w == "can" || w == "could") && (at(i+1, "i") || at(i+1, "we")) && (at(i+2, "get") || at(i+2, "have") || at(i+2, "see")):
		v, need = i+2, true
	default:
		return nil
	}
	if v >= len(ts) {
		return nil
	}
	if !need {
		vv, hedged, neg := verbAfter(ts, v)
		if vv < 0 || neg {
			return nil
		}
		v = vv
		_ = hedged
		if !actionVerbs[ts[v].w] || p.inCall(ts, v, s) || requestInCall[ts[v].w] {
			return nil
		}
	}
	return &cand{s: si, at: i, vp: v, subj: subjYou, mode: modeRequest}
}

// requestInCall are verbs of requests answered during the call ("can you
// tell me", "could you walk me through").
var requestInCall = map[string]bool{
	"tell": true, "walk": true, "explain": true, "describe": true, "talk": true, "repeat": true,
	"hear": true, "see": true, "give": false, "remind": true, "elaborate": true, "clarify": true,
	"speak": true, "say": true, "expand": true, "help": false, "go": true, "scroll": true, "zoom": true,
	"click": true, "make": true, "put": false, "mute": true, "unmute": true, "stop": true, "hang": true,
	"hold": true, "wait": true, "bear": true, "imagine": true, "think": true, "confirm": false,
}

// findCondition finds the "if …" or "once …" clause a commitment depends
// on, and records it as a candidate of its own.
func (p *parser) findCondition(c *cand) {
	if c.mode == modeRequest {
		return
	}
	ts := c.toks
	for k := 0; k < len(ts); k++ {
		w := ts[k].w
		isCond := w == "if" || w == "once" || w == "assuming" || w == "provided" ||
			w == "as" && k+2 < len(ts) && ts[k+1].w == "soon" && ts[k+2].w == "as" ||
			(w == "when" || w == "after") && k > c.vp
		if !isCond || k > 0 && !isPunct(ts[k-1].w) && k != c.vp+1 && k < c.at && ts[k-1].w != "and" && ts[k-1].w != "so" && ts[k-1].w != "but" && ts[k-1].w != "->" {
			if !(isCond && (k == 0 || k > c.vp)) {
				continue
			}
		}
		j := k + 1
		if w == "as" {
			j = k + 3
		}
		if j < len(ts) && ts[j].w == "that" {
			j++
		}
		end := len(ts)
		if k < c.at {
			end = c.at
		}
		for e := j; e < end; e++ {
			if ts[e].w == "," || ts[e].w == "then" || ts[e].w == ";" {
				end = e
				break
			}
		}
		if j >= end {
			continue
		}
		clause := ts[j:end]
		low := joinToks(clause)
		for _, pol := range politeConditions {
			if low == pol || strings.HasPrefix(low, pol+" ") {
				return
			}
		}
		subj, who, role, rel, n := p.subjectAt(clause, 0, true)
		if subj == subjNone || n >= len(clause) {
			return
		}
		if next, _, ok := modalAt(clause, n, false); ok && clause[n].w != "to" {
			n = next
		}
		v, _, neg := verbAfter(clause, n)
		if v < 0 || neg {
			return
		}
		vw := baseForm(clause[v].w)
		if !actionVerbs[vw] || vw == "be" || strings.HasSuffix(clause[v].w, "ed") && !actionVerbs[clause[v].w] {
			return
		}
		if vw == "have" && v+1 < len(clause) && (clause[v+1].w == "time" || clause[v+1].w == "questions" || clause[v+1].w == "any") {
			return
		}
		cc := &cand{s: c.s, toks: clause, at: 0, vp: v, subj: subj, who: who, role: role, rel: rel, mode: modeCommit}
		if subj == subjYou {
			cc.mode = modeRequest
		}
		c.cond = cc
		return
	}
}

// politeConditions are "if" clauses that set no condition.
var politeConditions = []string{
	"you want", "you'd like", "you would like", "you like", "you need", "you prefer", "that works", "that helps",
	"it helps", "possible", "needed", "necessary", "so", "not", "you have time", "you have a minute", "you think",
	"you're interested", "you are interested", "you don't mind", "you do not mind", "that's okay", "that is okay",
	"that's ok", "that's fine", "that is fine", "it works", "you're ok", "you're okay", "you get a chance",
	"anything", "we have time", "there's time", "there is time", "useful", "helpful", "relevant",
}

// condWord reports whether toks[k] opens a condition ("if", "once", "as
// soon as").
func condWord(ts []tok, k int) bool {
	switch ts[k].w {
	case "if", "once", "unless", "assuming", "provided", "when", "after":
		return true
	case "as":
		return k >= 2 && ts[k-1].w == "soon" && ts[k-2].w == "as"
	}
	return false
}

// letsNow are verbs of "let's" that happen during the call ("let's talk
// commercials", "let's look at").
var letsNow = map[string]bool{
	"talk": true, "discuss": true, "look": true, "see": true, "go": true, "start": true, "move": true,
	"dive": true, "turn": true, "switch": true, "jump": true, "pick": true, "focus": true, "begin": true,
	"do": false, "call": true, "say": true, "assume": true, "hear": true, "take": true, "get": false,
	"keep": true, "spend": true, "skip": true, "wrap": true, "finish": true, "try": true, "imagine": true,
}

// negatedBefore reports whether the clause before toks[i] negates it ("I
// don't think we'll …").
func negatedBefore(ts []tok, i int) bool {
	for k := i - 1; k >= 0 && k >= i-4; k-- {
		if isPunct(ts[k].w) {
			return false
		}
		if ts[k].w == "not" || ts[k].w == "never" {
			return true
		}
	}
	return false
}

// repliesToQuestion reports whether sentence si is in a turn answering a
// question or request from someone else.
func (p *parser) repliesToQuestion(si int) bool {
	s := &p.sents[si]
	t := &p.turns[s.turn]
	if s.turn == 0 || t.raw.notes {
		return false
	}
	prev := &p.turns[s.turn-1]
	if prev.speaker == t.speaker || prev.n == 0 {
		return false
	}
	return p.sents[prev.first+prev.n-1].q
}
