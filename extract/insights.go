package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/aftercall/aftercall/timeexpr"
)

// insightInput is what analyze reads besides the Call.
type insightInput struct {
	text string // the input the turns' spans point into
	opt  Options
	// sents are the turns' sentences; nil means split the turns' text.
	sents []sentence
	// span maps bytes [a, b) of turn's text to input offsets; nil means
	// the text is the input from the turn's span start.
	span func(turn, a, b int) (int, int)
	// mentioned are the people the call named who were not on it.
	mentioned []Attendee
}

// analyze fills the Call's insight fields (questions, next meeting, key
// points, objections, competitors, new contacts, call type, risks, stage
// and CRM update) from its Turns, Attendees and Items. It is
// deterministic and never fails: an empty Call gets empty insights.
func analyze(c *Call, in insightInput) {
	a := newAnalysis(c, in)
	c.Questions = nonNil(a.questions())
	c.NextMeeting = a.nextMeeting()
	c.NewContacts = nonNil(a.newContacts())
	c.Competitors = nonNil(a.competitors())
	a.keyPoints()
	c.Objections = nonNil(a.objections())
	c.Type, c.TypeCues = a.callType()
	c.TypeCues = nonNil(c.TypeCues)
	c.Risks, c.RiskNotes = a.risks()
	c.Stage = a.stage()
	c.CRM = a.crm()
	for _, l := range []*[]Point{&c.KeyPoints, &c.PainPoints, &c.Timeline, &c.Budget, &c.DecisionProcess, &c.SuccessCriteria} {
		*l = nonNil(*l)
	}
	c.DecisionMakers = nonNil(c.DecisionMakers)
}

// analyze runs the insight rules on the call Parse built, with the
// parser's sentences, offsets and the people it heard named.
func (p *parser) analyze(c *Call) {
	in := insightInput{text: p.input, opt: p.opt, sents: p.sents}
	in.span = func(turn, a, b int) (int, int) {
		return p.turns[turn].ct.span(p.input, a, b, a)
	}
	for _, q := range p.ps.list {
		if !q.present && !q.author {
			in.mentioned = append(in.mentioned, Attendee{Name: q.name, Org: q.org, Side: q.side, Role: q.role})
		}
	}
	analyze(c, in)
}

// nonNil returns s, or an empty slice for nil, so JSON shows [].
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// analysis is the state the insight rules share.
type analysis struct {
	c     *Call
	opt   Options
	in    insightInput
	lex   *InsightCues
	m     *imatcher
	sents []isent
	// turnSents[i] are the indices in sents of turn i's sentences.
	turnSents [][]int
	// absent are the people the header or the text says were not on the
	// call, as written.
	absent []string
	notes  bool
	// header are the sentences of the header's people lines ("Not on the
	// call: Luis Ortega – signs anything over 50k"); their Evidence.Turn
	// is -1.
	header    []isent
	timeCache map[int][]timeexpr.Expr
}

// isent is one sentence of a turn, tokenised and matched.
type isent struct {
	idx     int // index in analysis.sents
	turn    int // index in Call.Turns
	speaker string
	side    Side
	text    string
	ev      Evidence
	toks    []itok
	hits    []ihit
	// lead are the cue categories of the part of a notes line the reader
	// kept out of the turn's text ("next call:" before "Tue 5 Jan 2pm").
	lead []icat
	// stemSet caches stems().
	stemSet map[string]bool
}

// stems returns the stemmed content words of s, computed once.
func (s *isent) stems() map[string]bool {
	if s.stemSet == nil {
		s.stemSet = stemsOf(s.toks)
	}
	return s.stemSet
}

func newAnalysis(c *Call, in insightInput) *analysis {
	opt := in.opt
	lex := opt.Insights
	if lex == nil {
		lex = defaultInsightCues()
	}
	m := defaultInsightMatcher()
	if lex != defaultInsightCues() || len(opt.Competitors) > 0 {
		if len(opt.Competitors) > 0 {
			l := *lex
			l.Competitors = append(append([]string(nil), lex.Competitors...), opt.Competitors...)
			lex = &l
		}
		m = compileInsights(lex)
	}
	a := &analysis{c: c, opt: opt, in: in, lex: lex, m: m, notes: c.Format == FormatNotes}
	if h, ok := ReadHeader(in.text); ok {
		for _, p := range h.Absent {
			a.absent = append(a.absent, p.Name)
		}
	}
	a.readHeader(in.text)
	sents := in.sents
	if sents == nil {
		for ti, t := range c.Turns {
			sents = splitSentences(ti, t.Text, sents)
		}
	}
	a.turnSents = make([][]int, len(c.Turns))
	a.sents = make([]isent, 0, len(sents))
	for _, sp := range sents {
		if sp.turn < 0 || sp.turn >= len(c.Turns) {
			continue
		}
		t := c.Turns[sp.turn]
		side := a.sideOf(t.Speaker)
		if a.notes && side == SideUnknown {
			side = Ours
		}
		s := isent{idx: len(a.sents), turn: sp.turn, speaker: t.Speaker, side: side, text: sp.text}
		s.ev = a.evidence(sp.turn, sp.a, sp.b)
		s.toks = itokens(s.text)
		s.hits = a.m.match(s.toks)
		if a.notes && len(a.turnSents[sp.turn]) == 0 {
			for _, h := range a.m.match(itokens(lineLead(in.text, t.Span.Start))) {
				s.lead = append(s.lead, h.cat)
			}
		}
		a.turnSents[sp.turn] = append(a.turnSents[sp.turn], s.idx)
		a.sents = append(a.sents, s)
	}
	return a
}

// readHeader keeps the header's people lines as sentences (the notes
// reader does not make them turns): "Not on the call: Luis Ortega (VP
// Sales) – econ buyer" says who decides and who was absent.
func (a *analysis) readHeader(text string) {
	// the header is among the first lines: read no further than 4 KiB
	if len(text) > 4096 {
		if k := strings.LastIndexByte(text[:4096], '\n'); k > 0 {
			text = text[:k]
		}
	}
	ls := splitLines(text)
	end := len(ls)
	if a.notes {
		// notes may put people lines anywhere near the top
		end = min(end, 12)
	} else {
		end = min(end, headerEnd(text, ls))
	}
	for _, l := range ls[:end] {
		k, v, ok := headerLine(text[l.start:l.end])
		if !ok || peopleKey(k) == 0 || v == "" {
			continue
		}
		start := l.start + strings.Index(text[l.start:l.end], v)
		if start < l.start {
			start = l.start
		}
		s := isent{idx: -1, turn: -1, side: Ours, text: v}
		s.ev = Evidence{Turn: -1, Start: start, End: start + len(v), Quote: v}
		s.toks = itokens(v)
		s.hits = a.m.match(s.toks)
		a.header = append(a.header, s)
	}
}

// evidence returns the Evidence for bytes [s, e) of turn ti's text.
func (a *analysis) evidence(ti, s, e int) Evidence {
	t := a.c.Turns[ti]
	ev := Evidence{Turn: t.Index, Quote: t.Text[s:e]}
	if a.in.span != nil {
		if st, en := a.in.span(ti, s, e); en > st {
			ev.Start, ev.End = st, en
			return ev
		}
	}
	if t.Span.End-t.Span.Start == len(t.Text) {
		ev.Start, ev.End = t.Span.Start+s, t.Span.Start+e
	} else {
		// The turn's words are not one contiguous stretch of the input
		// (joined caption cues): point at the whole turn.
		ev.Start, ev.End = t.Span.Start, t.Span.End
	}
	return ev
}

// has reports whether s (or its notes line's lead) has a cue of
// category c.
func (s *isent) has(c icat) bool {
	for _, h := range s.hits {
		if h.cat == c {
			return true
		}
	}
	for _, l := range s.lead {
		if l == c {
			return true
		}
	}
	return false
}

// lineLead returns the text of the line holding offset at, from the
// line's start to at, without bullets and blanks.
func lineLead(text string, at int) string {
	if at <= 0 || at > len(text) {
		return ""
	}
	start := strings.LastIndexByte(text[:at], '\n') + 1
	return strings.Trim(text[start:at], " \t-*•#>")
}

// first returns the first hit of category c.
func (s *isent) first(c icat) (ihit, bool) {
	for _, h := range s.hits {
		if h.cat == c {
			return h, true
		}
	}
	return ihit{}, false
}

// phrase returns the words of s that hit h covers, as written.
func (s *isent) phrase(h ihit) string {
	return s.text[s.toks[h.i].start:s.toks[h.j-1].end]
}

// isQuestion reports whether s ends in a question mark.
func (s *isent) isQuestion() bool {
	t := strings.TrimRight(s.text, " \"')]*_")
	return strings.HasSuffix(t, "?")
}

// attendee returns the attendee name refers to: by full name, alias,
// or a first or last name that only one attendee has.
func (a *analysis) attendee(name string) (Attendee, bool) {
	name = strings.TrimSpace(strings.TrimPrefix(name, "@"))
	if name == "" {
		return Attendee{}, false
	}
	var found []Attendee
	for _, at := range a.c.Attendees {
		if strings.EqualFold(at.Name, name) {
			return at, true
		}
		for _, al := range at.Aliases {
			if strings.EqualFold(al, name) {
				return at, true
			}
		}
	}
	for _, at := range a.c.Attendees {
		for _, part := range strings.Fields(at.Name) {
			if strings.EqualFold(part, name) {
				found = append(found, at)
				break
			}
		}
	}
	if len(found) == 1 {
		return found[0], true
	}
	return Attendee{}, false
}

// sideOf returns the side of the attendee named name.
func (a *analysis) sideOf(name string) Side {
	if at, ok := a.attendee(name); ok {
		return at.Side
	}
	return SideUnknown
}

// spoke reports whether the attendee named name has a turn.
func (a *analysis) spoke(name string) bool {
	for _, t := range a.c.Turns {
		if t.Speaker == name {
			return true
		}
	}
	return false
}

// isAbsent reports whether the person named name was said not to be on
// the call.
func (a *analysis) isAbsent(name string) bool {
	for _, ab := range a.absent {
		if namesMatch(ab, name) {
			return true
		}
	}
	return false
}

// namesMatch reports whether two names may be the same person: equal, or
// one is a word of the other ("Luis", "Luis Ortega").
func namesMatch(x, y string) bool {
	if x == "" || y == "" {
		return false
	}
	if strings.EqualFold(x, y) {
		return true
	}
	fx, fy := strings.Fields(x), strings.Fields(y)
	if len(fx) == 1 {
		for _, w := range fy {
			if strings.EqualFold(w, fx[0]) {
				return true
			}
		}
	}
	if len(fy) == 1 {
		for _, w := range fx {
			if strings.EqualFold(w, fy[0]) {
				return true
			}
		}
	}
	return false
}

// present reports whether the attendee was on the call: in a transcript,
// whether they spoke; in notes, whether they are an attendee not listed
// as absent.
func (a *analysis) present(at Attendee) bool {
	if a.isAbsent(at.Name) {
		return false
	}
	if a.notes {
		return true
	}
	return a.spoke(at.Name)
}

// theirsPresent returns the other side's people on the call.
func (a *analysis) theirsPresent() []Attendee {
	var out []Attendee
	for _, at := range a.c.Attendees {
		if at.Side == Theirs && a.present(at) {
			out = append(out, at)
		}
	}
	return out
}

// namesIn returns the people s names: attendees by any of their names and
// capitalised name-like words that match no attendee, in order, without
// repeats. Attendees come back by full name.
func (a *analysis) namesIn(s *isent) []string {
	var out []string
	seen := map[string]bool{}
	for _, n := range nameRunsIn(s.text, s.toks) {
		name := n.text
		if at, ok := a.attendee(name); ok {
			name = at.Name
		} else if ok := a.isAbsentName(name); ok != "" {
			name = ok
		}
		if !seen[name] {
			seen[name] = true
			out = append(out, name)
		}
	}
	return out
}

// isAbsentName returns the absent person's full name if name is one of
// their names.
func (a *analysis) isAbsentName(name string) string {
	for _, ab := range a.absent {
		if namesMatch(ab, name) {
			return ab
		}
	}
	return ""
}

// nameRun is a stretch of capitalised words in a text.
type nameRun struct {
	text       string
	start, end int
}

// nameRunsIn returns the runs of one to three capitalised words in s
// (split into toks) that may be names: not sentence-initial function
// words, weekdays, months or pronouns.
func nameRunsIn(s string, toks []itok) []nameRun {
	var out []nameRun
	for i := 0; i < len(toks); {
		if !isNameWord(s, toks[i]) {
			i++
			continue
		}
		j := i + 1
		for j < len(toks) && j-i < 3 && isNameWord(s, toks[j]) && onlySpaces(s[toks[j-1].end:toks[j].start]) {
			j++
		}
		out = append(out, nameRun{s[toks[i].start:toks[j-1].end], toks[i].start, toks[j-1].end})
		i = j
	}
	return out
}

func onlySpaces(s string) bool { return strings.TrimSpace(s) == "" && len(s) > 0 }

// isNameWord reports whether token t of s is capitalised and not a common
// capitalised non-name.
func isNameWord(s string, t itok) bool {
	r, _ := utf8.DecodeRuneInString(s[t.start:])
	if !unicode.IsUpper(r) {
		return false
	}
	if t.end-t.start < 2 || allCaps(s[t.start:t.end]) {
		// all caps: acronyms (SSO, CFO, API) are not names
		return false
	}
	return !notNameWords[t.w]
}

// allCaps reports whether w has no lower-case letter.
func allCaps(w string) bool {
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
	}
	return true
}

// notNameWords are capitalised words that are not names.
var notNameWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`i i'm i'll i've i'd we we're we'll we've you you're you'll they they're
		he she it it's its that that's this these those there there's here what when where who why how which
		the a an and but or so if then also just yes yeah yep no not okay ok oh um uh hi hey hello thanks thank
		great perfect sure sounds good nice cool right well totally got let let's can could would will should
		do does did is are was were be been have has had our your their my his her monday tuesday wednesday
		thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun january february march
		april may june july august september october november december jan feb mar apr jun jul aug sep sept
		oct nov dec today tomorrow yesterday tonight next last q1 q2 q3 q4 h1 h2 fy eod eow cob asap am pm
		et pt ct mt est pst cst bst utc gmt cet happy merry christmas thanksgiving easter new year absolutely
		ah one two three four five six seven eight nine ten speaking honestly actually sorry appreciate
		understood fair same bye mostly background notes misc during action items item attendees pain budget
		timeline comp pricing seats mood data call acct opp stage need q a ai me them us both once before after
		anything everyone everybody nobody someone somebody even half most all any some every each for with
		from to in on at by of as into over under about via per vs re`) {
		m[w] = true
	}
	return m
}()

// insightStops are left out of content-word wordOverlap.
var insightStops = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`a an the and or but if so to of in on at by for with from into about as is are
		was were be been being do does did can could would will should shall may might must have has had it its
		it's this that these those there here what which who whom whose when where why how i i'm i'll i'd i've
		you you're you'll your we we're we'll our us they they're them their he she his her me my not no yes
		any some all just also only than then too very really um uh like okay ok so well let's let me get got
		go going send over up out on off one two would`) {
		m[w] = true
	}
	return m
}()

// contentStems returns the stemmed content words of s.
func contentStems(s string) map[string]bool { return stemsOf(itokens(s)) }

// stemsOf returns the stemmed content words of toks.
func stemsOf(toks []itok) map[string]bool {
	out := map[string]bool{}
	for _, t := range toks {
		if insightStops[t.w] || len(t.w) < 2 {
			continue
		}
		out[istem(t.w)] = true
	}
	return out
}

// istem cuts common English suffixes so "historical" meets "history" and
// "integrates" meets "integration".
func istem(w string) string {
	w = strings.TrimSuffix(w, "'s")
	for _, suf := range []string{"ations", "ation", "ically", "ical", "ories", "ory", "ings", "ing", "ies", "ied",
		"ed", "es", "s", "y", "ic", "al", "e"} {
		if len(w)-len(suf) >= 4 && strings.HasSuffix(w, suf) {
			return w[:len(w)-len(suf)]
		}
	}
	return w
}

// wordOverlap returns how many content words x and y share, and the share of
// the smaller set that makes.
func wordOverlap(x, y map[string]bool) (int, float64) {
	n := 0
	for w := range x {
		if y[w] {
			n++
		}
	}
	small := min(len(x), len(y))
	if small == 0 {
		return n, 0
	}
	return n, float64(n) / float64(small)
}
