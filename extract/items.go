package extract

import (
	"strings"
	"time"

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
	cond      *cand     // the condition clause
	dueRef    time.Time // the reference time, for horizons
	preset    string    // an action set by the rule that found the item
	presetDue *Due
	multi     bool   // one of several promises in its sentence
	need      bool   // a need statement ("we'd need to see X"): the action is to send X
	clause    [2]int // byte range of the clause in the sentence, when not all of it
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
	"happy": false, "glad": false, "make": false, "plan": false, "get": false, "around": false, "look": false,
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
			if (w == "get" || w == "have" || w == "make" || w == "look" || w == "see" || w == "go" || w == "need" || w == "want" || w == "plan") &&
				!(i+1 < len(ts) && (ts[i+1].w == "to" || ts[i+1].w == "sure" || ts[i+1].w == "ahead" || ts[i+1].w == "around" || ts[i+1].w == "if")) {
				return i, hedged, neg
			}
			if w == "if" && !(i+1 < len(ts) && (ts[i+1].w == "i" || ts[i+1].w == "we")) {
				if i > 0 && ts[i-1].w == "see" {
					return i - 1, true, neg // "I'll see if one of them would talk to you"
				}
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
	p.curSpeaker = t.speaker
	low := s.low
	// cheap prefilter: most sentences carry no cue at all
	if !notes && !hasAny(low, cueHints) {
		return nil
	}
	if anyPhrase(low, hypotheticals) >= 0 {
		return nil
	}
	ts := s.toksCache()
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
	// a need and a direct ask in one sentence ("we'd need X, so can you send
	// Y?"): the ask is the item
	direct := false
	for _, c := range cs {
		direct = direct || c.mode == modeRequest && !c.need
	}
	if direct {
		kept := cs[:0]
		for _, c := range cs {
			if !c.need {
				kept = append(kept, c)
			}
		}
		cs = kept
	}
	for k, c := range cs {
		c.toks = ts
		if k+1 < len(cs) {
			// two promises in one sentence: each has its own deadline and
			// its own quote
			c.clause = [2]int{ts[c.at].a, ts[cs[k+1].at].a}
			c.multi = true
		} else if k > 0 {
			c.clause = [2]int{ts[c.at].a, len(s.text)}
			c.multi = true
		}
		p.findCondition(c)
	}
	return cs
}

// cueHints are substrings at least one of which every cue holds.
var cueHints = []string{"'ll", "will", "can", "could", "going to", "gonna", "need", "would", "'d ", "please",
	"should", "let", "how about", "what about", "owe", "must", "have to", "has to", "might", "may", "shall",
	"want", "what i", "what we", "'m ", "'re ", "send", "forward", "share", "email", "loop", "possible", "if you", "expect"}

// hasAny reports whether s contains any of subs.
func hasAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// hypotheticals mark a sentence about what might happen, not what will.
var hypotheticals = []string{"if we ever", "if you ever", "would you ever", "hypothetically", "in theory", "if we were to", "if i were", "if we were", "were we to"}

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
	if i > 0 && (w == "i" || w == "we") && (ts[i-1].w == "what" || ts[i-1].w == "which" || ts[i-1].w == "whatever" || ts[i-1].w == "how") {
		return subjNone, nil, "", "", 0
	}
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
	if !ts[i].cap && i+1 < len(ts) && (modalWord[ts[i+1].w] || notes && (ts[i+1].w == "to" || isThirdPerson(ts[i+1].w))) && !notNames[w] && p.knownFirst(w) != nil {
		q := p.knownFirst(w)
		return subjPerson, q, q.name, "", i + 1 // "raj to send the form"
	}
	if notes && w == "will" && (i == 0 || isPunct(ts[i-1].w)) {
		return subjI, nil, "", "", i // "will revert eod tmrw": the author
	}
	if bareRoles[w] && i+1 < len(ts) && modalWord[ts[i+1].w] && !ts[i].cap {
		return subjRole, p.ps.lookup(w), w, "the", i + 1
	}
	if ts[i].cap && !notNames[w] && (i > 0 || !commonStart[w]) {
		j := i + 1
		for j < len(ts) && j < i+3 && ts[j].cap && !notNames[ts[j].w] {
			j++
		}
		name := joinOrig(ts[i:j])
		if j+1 < len(ts) && ts[j].w == "," && modalWord[ts[j+1].w] && i > 0 && ts[i-1].w == "," {
			j++ // "our CFO, Marta Lindqvist, will confirm"
			if p.ps.lookup(name) == nil {
				q := p.ps.add(name, "", "")
				q.side = SideUnknown
				if sp := p.curSpeaker; sp != nil {
					q.side = sp.side
					if k := i - 2; k >= 1 && (ts[k-1].w == "your" || k >= 2 && ts[k-2].w == "your") {
						q.side = otherSide(sp.side)
					}
				}
			}
		}
		if j+1 < len(ts) && ts[j].w == "'s" && (ts[j+1].w == "team" || ts[j+1].w == "group" || ts[j+1].w == "folks" || ts[j+1].w == "people" || ts[j+1].w == "office") {
			j += 2 // "Priya's team will review": Priya owns it
		}
		if j < len(ts) && (modalWord[ts[j].w] || notes && ts[j].w == "to" || notes && isThirdPerson(ts[j].w)) {
			who := p.ps.lookup(name)
			if who == nil {
				// an organisation named as subject
				for _, q := range p.ps.list {
					if q.org != "" && normName(q.org) == normName(name) {
						return subjRole, nil, q.org, orgRel(q.side), j
					}
				}
			}
			return subjPerson, who, name, "", j
		}
	}
	return subjNone, nil, "", "", 0
}

// knownFirst returns the person whose first name is w (lower case), when
// exactly one is.
func (p *parser) knownFirst(w string) *person {
	var hit *person
	for _, q := range p.ps.list {
		fs := strings.Fields(normName(q.name))
		if len(fs) > 0 && fs[0] == w && !q.author {
			if hit != nil {
				return nil
			}
			hit = q
		}
	}
	return hit
}

func orgRel(s Side) string {
	if s == Ours {
		return "our"
	}
	return "their"
}

// commonStart are capitalised sentence openers that are not names.
// bareRoles are teams named without an article ("legal will send …").
var bareRoles = map[string]bool{
	"legal": true, "procurement": true, "security": true, "finance": true, "engineering": true,
	"product": true, "support": true, "marketing": true, "infosec": true, "it": false, "ops": true,
	"accounting": true, "compliance": true, "management": true, "leadership": true, "hr": true,
}

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
		if v < 0 || neg || p.inCall(ts, v, s, true) || letsNow[ts[v].w] && !p.hasFutureTime(s) || s.q || p.nonTask(ts, v) {
			return nil
		}
		return &cand{s: si, at: i, vp: v, subj: subjLets, mode: modeCommit, tentative: hedged}
	}
	if w == "let" && i+1 < len(ts) && ts[i+1].w == "me" && i+2 < len(ts) && (i == 0 || isPunct(ts[i-1].w) || clauseOpeners[ts[i-1].w]) {
		v := i + 2
		if ts[v].w == "just" || ts[v].w == "quickly" || ts[v].w == "go" && v+2 < len(ts) && ts[v+1].w == "ahead" {
			v2, _, _ := verbAfter(ts, v)
			if v2 < 0 {
				return nil
			}
			v = v2
		}
		if ts[v].w == "know" || p.inCall(ts, v, s, true) || !actionVerbs[ts[v].w] {
			return nil
		}
		if letMeNow[ts[v].w] && !p.hasFutureTime(s) && hasPhrase(s.low, "get back") < 0 && hasPhrase(s.low, "follow up") < 0 &&
			hasPhrase(s.low, "back to you") < 0 && hasPhrase(s.low, "and send") < 0 {
			return nil
		}
		return &cand{s: si, at: i, vp: v, subj: subjI, mode: modeCommit}
	}
	if w == "expect" && (i == 0 || isPunct(ts[i-1].w) || clauseOpeners[ts[i-1].w]) && i+1 < len(ts) && !s.q && p.timeAfter(s, ts[i].a) {
		// "Expect the contract by Friday": the speaker will send it
		return &cand{s: si, at: i, vp: i, subj: subjI, mode: modeCommit, preset: "send " + objectAfter(s.text, ts, i+1, p.times(s))}
	}
	if w == "what" && i+3 < len(ts) && (ts[i+1].w == "i" || ts[i+1].w == "we") {
		// "what I can do is extend your trial"
		for k := i + 2; k < len(ts) && k < i+6; k++ {
			if ts[k].w == "is" {
				v, hedged, neg := verbAfter(ts, k+1)
				if v < 0 || neg || !actionVerbs[ts[v].w] {
					return nil
				}
				sj := subjI
				if ts[i+1].w == "we" {
					sj = subjWe
				}
				return &cand{s: si, at: i, vp: v, subj: sj, mode: modeCommit, tentative: hedged}
			}
		}
		return nil
	}
	subj, who, role, rel, j := p.subjectAt(ts, i, notes)
	if subj == subjNone || j >= len(ts) {
		return nil
	}
	if s.q && subj != subjYou {
		return nil // "so if we signed this month, we could close January?"
	}
	// notes: "Hannah sends the DPA", "I owe them the answer"
	if notes && subj == subjPerson && who != nil && isThirdPerson(ts[j].w) && deliverable[baseForm(ts[j].w)] {
		return &cand{s: si, at: i, vp: j, subj: subj, who: who, role: role, mode: modeCommit}
	}
	if (ts[j].w == "owe" || ts[j].w == "owes") && j+1 < len(ts) && (ts[j+1].w == "you" || ts[j+1].w == "them" || ts[j+1].w == "him" || ts[j+1].w == "her") &&
		(notes || p.hasFutureTime(s)) {
		return &cand{s: si, at: i, vp: j, subj: subj, who: who, role: role, rel: rel, mode: modeCommit}
	}
	next, tent, ok := modalAt(ts, j, notes || subj == subjPerson)
	if !ok {
		// progressive future: "I'm sending it over tonight"
		if (subj == subjI || subj == subjWe) && j+1 < len(ts) && (ts[j].w == "am" || ts[j].w == "are") &&
			strings.HasSuffix(ts[j+1].w, "ing") && deliverable[baseForm(ts[j+1].w)] && p.hasFutureTime(s) {
			return &cand{s: si, at: i, vp: j + 1, subj: subj, mode: modeCommit}
		}
		return nil
	}
	mw := ts[j].w
	if mw == "to" && subj != subjPerson && subj != subjRole {
		return nil
	}
	obligation := mw == "need" || mw == "needs" || mw == "have" || mw == "has"
	if obligation && subj != subjI && subj != subjWe && subj != subjYou {
		return nil // "our CFO has to sign": a fact, not an item
	}
	v, hedged, neg := verbAfter(ts, next)
	if v < 0 {
		return nil
	}
	vw := ts[v].w
	if neg && !p.untilTime(s) {
		return nil
	}
	if vw == "be" && v+1 < len(ts) && strings.HasSuffix(ts[v+1].w, "ing") {
		v++
		vw = ts[v].w
	}
	future := mw == "will" || mw == "shall" || mw == "am" || mw == "are" || mw == "is" || mw == "gonna" || mw == "to"
	if !actionVerbs[baseForm(vw)] && !(future && (subj == subjI || subj == subjWe || subj == subjPerson || subj == subjRole) && maybeVerb(vw)) {
		return nil
	}
	if subj == subjThey && !notes {
		// "our legal team, they'll review it", "Marcus? He'll send it":
		// the pronoun points at a team or person just named
		subj, who, role, rel = p.pronounReferent(si, ts, i, rel)
		if subj == subjNone || !deliverable[baseForm(vw)] && !dealVerbs[baseForm(vw)] {
			return nil
		}
	}
	if vw == "let" && !(v+2 < len(ts) && (ts[v+2].w == "know" || v+3 < len(ts) && ts[v+3].w == "know")) {
		return nil
	}
	if (mw == "can" || mw == "could") && (!p.timeAfter(s, ts[v].a) || i > 0 && ts[i-1].w == "so") {
		return nil // a capability or a purpose, not a promise
	}
	if (subj == subjPerson || subj == subjRole) && weakThird[baseForm(vw)] {
		return nil // "Martin will ask that second"
	}
	if negatedBefore(ts, i) || p.nowMarker(s) {
		return nil
	}
	if subj == subjYou && youNonAgent[vw] {
		if (vw == "have" || vw == "get" || vw == "receive" || vw == "see") && (hasPhrase(s.low, "from me") >= 0 || hasPhrase(s.low, "from us") >= 0 ||
			vw != "see" && p.timeAfter(s, ts[v].a) && hasPhrase(s.low, "from") < 0) {
			// "you'll have a status update from me": the speaker's promise
			sj := subjI
			if hasPhrase(s.low, "from us") >= 0 {
				sj = subjWe
			}
			return &cand{s: si, at: i, vp: v, subj: sj, mode: modeCommit, tentative: tent || hedged}
		}
		return nil
	}
	if p.nonTask(ts, v) || p.inCall(ts, v, s, false) {
		return nil
	}
	if !isLetter(vw[0]) || strings.HasSuffix(vw, "ed") && !actionVerbs[vw] {
		return nil
	}
	if subj == subjPerson && who == nil && !deliverable[baseForm(vw)] && !p.hasFutureTime(s) {
		return nil // "Kyle is going to ask me that"
	}
	if subj == subjWe && p.curSpeaker != nil && p.curSpeaker.side != Ours && !dealVerbs[baseForm(vw)] && !deliverable[baseForm(vw)] &&
		hasPhrase(s.low, "you") < 0 && hasPhrase(s.low, "your") < 0 {
		return nil // "we're going to hire two more dispatchers next quarter": their own plans
	}
	c := &cand{s: si, at: i, vp: v, subj: subj, who: who, role: role, rel: rel, mode: modeCommit, tentative: tent || hedged}
	if subj == subjYou && (mw == "can" || mw == "could") {
		return nil
	}
	if subj == subjNobody {
		c.mode = modeProposal
	}
	return c
}

// clauseOpeners may stand before "let me" at the start of a clause.
var clauseOpeners = map[string]bool{"so": true, "and": true, "but": true, "okay": true, "ok": true, "then": true, "well": true, "actually": true, "here": true, "now": true, "yeah": true, "yes": true, "sure": true, "great": true, "perfect": true, "alright": true, "right": true, "oh": true, "um": true, "look": true, "first": true}

// weakThird are verbs that make no item for a third person ("Kyle will
// ask", "my team will want").
var weakThird = map[string]bool{"ask": true, "want": true, "think": true, "go": true, "have": true, "need": true, "like": true, "love": true, "see": true}

// timeAfter reports whether a future time is named after byte offset k.
func (p *parser) timeAfter(s *sentence, k int) bool {
	for _, e := range p.times(s) {
		if e.Span.Start >= k && !e.Past && (e.Due.After(p.opt.At) || e.Anchor != "") {
			return true
		}
	}
	return false
}

// dealVerbs are the steps of a deal the other side takes ("we'll run a
// pilot", "we'll make a decision by the end of the month").
var dealVerbs = map[string]bool{
	"decide": true, "make": true, "sign": true, "approve": true, "buy": true, "purchase": true, "pilot": true,
	"run": true, "roll": true, "expand": true, "renew": true, "move": true, "evaluate": true, "test": true,
	"trial": true, "commit": true, "finalize": true, "finalise": true, "hold": true, "go": true, "take": true,
	"loop": true, "introduce": true, "intro": true, "push": true, "escalate": true, "come": true,
	"circle": true, "revert": true, "return": true, "pay": true, "order": true, "start": true, "kick": true,
	"onboard": true, "deploy": true, "install": true, "upgrade": true, "migrate": false, "hire": false,
	"have": true, "finish": true, "complete": true, "fill": true, "reply": true, "respond": true,
}

// letMeNow are verbs of "let me" that happen during the call unless a
// later time or a reply is named ("let me check", "let me ask her").
var letMeNow = map[string]bool{
	"ask": true, "look": true, "see": true, "check": true, "think": true, "grab": true, "find": true,
	"pull": true, "go": true, "show": true, "share": true, "jump": true, "try": true, "read": true,
	"open": true, "turn": true, "bring": true, "put": true, "start": true, "answer": true, "add": true,
	"switch": true, "type": true, "write": true, "note": true, "take": true, "double-check": true,
	"just": true, "make": true, "give": true, "walk": true, "run": true, "click": true, "scroll": true,
}

// untilTime reports whether a negated promise names when it will happen
// ("I won't have it until Friday").
func (p *parser) untilTime(s *sentence) bool {
	k := hasPhrase(s.low, "until")
	if k < 0 {
		k = hasPhrase(s.low, "till")
	}
	if k < 0 {
		return false
	}
	for _, e := range p.times(s) {
		if e.Span.Start > k && !e.Past {
			return true
		}
	}
	return false
}

// nowMarkers say a promise is kept during the call.
var nowMarkers = []string{"so you can see", "as you can see", "the short version", "quick overview", "quick rundown", "quick summary", "quick intro", "right now", "now", "while we're talking", "as we speak", "in the chat", "on screen", "real quick", "on the screen", "here on"}

// nowMarker reports whether the sentence does its work now: a now marker
// and no later time.
func (p *parser) nowMarker(s *sentence) bool {
	if anyPhrase(s.low, strongNow) >= 0 {
		return true
	}
	return anyPhrase(s.low, nowMarkers) >= 0 && !p.hasFutureTime(s)
}

// strongNow mark work done during the call whatever else is said.
var strongNow = []string{"while we're talking", "while we talk", "as we speak", "in the chat", "right now", "on the fly"}

// maybeVerb reports whether w, after "I'll", can be a verb not in the
// action list: a lower-case word that is no adverb or function word.
func maybeVerb(w string) bool {
	if len(w) < 3 || strings.HasSuffix(w, "ly") || strings.ContainsAny(w, "0123456789'") {
		return false
	}
	switch w {
	case "the", "and", "but", "not", "all", "too", "yes", "one", "two", "that", "this", "what", "there",
		"here", "then", "more", "some", "any", "very", "also", "still", "even", "only", "never", "again":
		return false
	}
	return true
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
func (p *parser) inCall(ts []tok, v int, s *sentence, lets bool) bool {
	rest := joinToks(ts[v:min(len(ts), v+5)])
	for _, n := range p.lx.InCall {
		if rest == n || strings.HasPrefix(rest, n+" ") {
			if !lets && (n == "take a look" || n == "have a look" || n == "look at this" || n == "start" || n == "begin" || n == "demo" || n == "recap") {
				continue
			}
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
	case (w == "can" || w == "could" || w == "would" || w == "will") && at(i+1, "your") && i+3 < len(ts) &&
		(ts[i+2].w == "team" || ts[i+2].w == "folks" || ts[i+2].w == "people" || ts[i+2].w == "side" || ts[i+2].w == "group"):
		v = i + 3 // "can your team run a training session?"
	case w == "any" && at(i+1, "chance") && at(i+2, "you") && (at(i+3, "could") || at(i+3, "can")):
		v = i + 4
	case w == "please" && clauseStart:
		v = i + 1
	case w == "you" && (at(i+1, "could") || at(i+1, "can")) && i > 0 && (ts[i-1].w == "think" || ts[i-1].w == "if") &&
		!(i > 1 && ts[i-2].w == "as") && !p.mainClauseAfter(ts, i):
		v = i + 2 // "do you think you could …", "I'd appreciate it if you could …"
	case w == "is" && at(i+1, "it") && at(i+2, "possible") && (at(i+3, "to") || at(i+3, "for") && at(i+4, "you") && at(i+5, "to")):
		v = i + 4
		if at(i+3, "for") {
			v = i + 6
		}
	case clauseStart && deliverable[w] && !s.q && i+1 < len(ts) && (ts[i+1].w == "me" || ts[i+1].w == "us" || ts[i+1].w == "over") &&
		(i == 0 || ts[i-1].w != "to"):
		v = i // "send me the deck by Friday"
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
		case at(j, "want") && j+1 < len(ts) && (ts[j+1].w == "the" || ts[j+1].w == "a" || ts[j+1].w == "an" || ts[j+1].w == "your") && p.timeAfter(s, ts[j].a):
			v, need = j, true // "I want the patched connector in production by the 10th"
		default:
			return nil
		}
	case (w == "can" || w == "could") && (at(i+1, "i") || at(i+1, "we")) && (at(i+2, "get") || at(i+2, "have") || at(i+2, "see")):
		if at(i+3, "back") || at(i+3, "together") || at(i+3, "on") || at(i+3, "a") && at(i+4, "call") {
			return nil // "can we get back together Monday?": a proposal
		}
		v, need = i+2, true
	default:
		return nil
	}
	if v >= len(ts) {
		return nil
	}
	if !need {
		vv, _, neg := verbAfter(ts, v)
		if vv < 0 || neg {
			return nil
		}
		v = vv
		if !actionVerbs[baseForm(ts[v].w)] || p.inCall(ts, v, s, true) || requestInCall[baseForm(ts[v].w)] && !p.hasFutureTime(s) || p.nowMarker(s) {
			return nil
		}
	}
	return &cand{s: si, at: i, vp: v, subj: subjYou, mode: modeRequest, need: need}
}

// mainClauseAfter reports whether an "if you could …" clause at toks[i]
// is followed by a promise of its own ("if you could send it, we'll …"):
// then it is a condition, not a request.
func (p *parser) mainClauseAfter(ts []tok, i int) bool {
	for k := i + 2; k+1 < len(ts); k++ {
		if ts[k].w == "," && (ts[k+1].w == "we" || ts[k+1].w == "i" || ts[k+1].w == "then") {
			return true
		}
	}
	return false
}

// requestInCall are verbs of requests answered during the call ("can you
// tell me", "could you walk me through").
var requestInCall = map[string]bool{
	"tell": true, "walk": true, "explain": true, "describe": true, "talk": true, "repeat": true,
	"hear": true, "see": true, "give": false, "remind": true, "elaborate": true, "clarify": true,
	"speak": true, "say": true, "expand": true, "help": false, "go": true, "scroll": true, "zoom": true,
	"click": true, "make": true, "put": false, "show": true, "mute": true, "unmute": true, "stop": true, "hang": true,
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
		if (subj == subjI || subj == subjWe) && (c.subj == subjI || c.subj == subjWe) {
			c.tentative = true // "today if I can get legal to send it": a hedge
			return
		}
		cc := &cand{s: c.s, toks: clause, at: 0, vp: v, subj: subj, who: who, role: role, rel: rel, mode: modeCommit}
		if subj == subjYou {
			cc.mode = modeRequest
		}
		cc.clause = [2]int{ts[k].a, ts[end-1].b}
		if k < c.at {
			m := end
			for m < len(ts)-1 && (isPunct(ts[m].w) || ts[m].w == "then") {
				m++
			}
			c.clause = [2]int{ts[m].a, ts[len(ts)-1].b}
		} else if k > 0 {
			c.clause = [2]int{ts[0].a, ts[k-1].b}
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

// pronounReferent resolves "they" to a team named earlier in the sentence
// ("our legal team, they'll …") and "he"/"she" to the one person named in
// the sentence or the one before it in the same turn. It returns subjNone
// when nothing fits: the package does not guess.
func (p *parser) pronounReferent(si int, ts []tok, i int, pron string) (int, *person, string, string) {
	if pron == "" { // they
		for k := i - 1; k >= 1; k-- {
			w := ts[k].w
			if w == "team" || w == "folks" || w == "people" || w == "department" || w == "group" || bareRoles[w] {
				j := k
				for j > 0 && k-j < 3 && !isPunct(ts[j-1].w) && ts[j-1].w != "and" {
					j--
				}
				if ts[j].w == "our" || ts[j].w == "my" || ts[j].w == "your" || ts[j].w == "their" || ts[j].w == "the" {
					return subjRole, nil, joinToks(ts[j+1 : k+1]), ts[j].w
				}
			}
		}
		return subjNone, nil, "", ""
	}
	var hit *person
	for k := si; k >= 0 && k >= si-1 && p.sents[k].turn == p.sents[si].turn; k-- {
		for _, t := range p.sents[k].toksCache() {
			if k == si && t.a >= ts[i].a {
				break
			}
			if !t.cap || notNames[t.w] {
				continue
			}
			if q := p.ps.lookup(t.w); q != nil && q != p.curSpeaker {
				if hit != nil && hit != q {
					return subjNone, nil, "", ""
				}
				hit = q
			}
		}
		if hit != nil {
			return subjPerson, hit, hit.name, ""
		}
	}
	return subjNone, nil, "", ""
}

// objectAfter returns the words from toks[k] up to a clause boundary or a
// time expression ("the contract" in "expect the contract by Friday").
func objectAfter(text string, ts []tok, k int, times []timeexpr.Expr) string {
	a := actionText(text, append([]tok{{w: "x"}}, ts[k:]...), 0, times)
	return strings.TrimSpace(strings.TrimPrefix(a, "x"))
}
