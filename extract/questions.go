package extract

import (
	"regexp"
	"strings"
)

// questions finds the other side's questions, whether the call answered
// them, the item that promises an answer, and for the open ones their
// topic, who can answer and why they matter.
func (a *analysis) questions() []Question {
	var qs []Question
	if a.notes {
		qs = a.noteQuestions()
	} else {
		qs = a.spokenQuestions()
	}
	for i := range qs {
		a.classify(&qs[i])
	}
	return qs
}

// qFillers may precede a question's first real word.
var qFillers = map[string]bool{
	"and": true, "so": true, "um": true, "uh": true, "also": true, "but": true, "okay": true, "ok": true,
	"oh": true, "just": true, "then": true, "well": true, "right": true, "alright": true, "hmm": true,
	"sorry": true,
}

// directQuestion reports whether s is a question that asks something:
// it ends in '?', has two words or more, and is not small talk, an audio
// or agenda check or a tag ("right?"), which the lexicon's NotQuestions
// list. Fragments count ("Rate limits on the API?"): a careful reader
// lists them.
func directQuestion(s *isent) bool {
	if !s.isQuestion() || len(s.toks) < 2 {
		return false
	}
	start := 0
	for start < len(s.toks) && qFillers[s.toks[start].w] {
		start++
	}
	for _, h := range s.hits {
		// the check is all of the sentence but a word: "Can you hear me
		// okay?", not "Does that work with NetSuite?"
		if h.cat == catNotQuestion && len(s.toks)-(h.j-h.i) <= 1 || h.cat == catInCall {
			return false
		}
	}
	// "Can I ask about budget timing?" and "Before we move on, can I ask
	// something?" ask nothing yet; "Can I ask, if …" and "Can I ask how
	// far …" do.
	for _, h := range s.hits {
		if h.cat != catPreamble || h.i != start {
			continue
		}
		if h.j >= len(s.toks) {
			return false
		}
		comma := strings.HasPrefix(strings.TrimSpace(s.text[s.toks[h.j-1].end:]), ",")
		asks := s.toks[h.j-1].w == "ask"
		switch {
		case asks && (comma || whWords[s.toks[h.j].w]):
			return true
		case comma && !asks:
			start = h.j
			continue
		}
		return false
	}
	return true
}

// whWords open an indirect question.
var whWords = map[string]bool{"how": true, "what": true, "why": true, "when": true, "where": true, "who": true,
	"which": true, "whether": true, "if": true}

// toColleague reports whether s opens by addressing someone on the
// speaker's own side by name ("Victor, are you nearly done?").
func (a *analysis) toColleague(s *isent) bool {
	if len(s.toks) < 2 || !strings.HasPrefix(strings.TrimSpace(s.text[s.toks[0].end:]), ",") {
		return false
	}
	at, ok := a.attendee(s.text[s.toks[0].start:s.toks[0].end])
	return ok && at.Side == s.side && at.Name != s.speaker
}

// spokenQuestions finds questions in a transcript.
func (a *analysis) spokenQuestions() []Question {
	var qs []Question
	for i := range a.sents {
		s := &a.sents[i]
		if s.side != Theirs || !directQuestion(s) || a.schedules(s) || a.isRequestItem(s) || a.toColleague(s) {
			continue
		}
		q := Question{Asker: s.speaker, Text: strings.TrimSpace(s.text), Source: s.ev}
		q.Answered, q.Item = a.answer(s)
		qs = append(qs, q)
	}
	return qs
}

// schedules reports whether s is about when to meet, not a question
// ("does Thursday at 10 work?").
func (a *analysis) schedules(s *isent) bool {
	if !s.has(catMeeting) && !s.has(catAccept) {
		return false
	}
	return len(a.times(s)) > 0
}

// isRequestItem reports whether a request item comes from s: an accepted
// request ("Can you send the DPA?") is work to do, not a question. A
// declined one stays a question, answered.
func (a *analysis) isRequestItem(s *isent) bool {
	for _, it := range a.c.Items {
		if it.Kind != Request {
			continue
		}
		if ev := it.Source; ev.Turn == s.ev.Turn && ev.Start < s.ev.End && s.ev.Start < ev.End {
			return true
		}
	}
	return false
}

// answer decides whether question s was answered: our side replied in
// the next turns and the reply that addresses it does not defer. A
// deferred question points at our item that promises the answer.
func (a *analysis) answer(q *isent) (bool, *int) {
	// the reply: our side's sentences in the turns after the question,
	// up to the asker's side speaking at length again, at most 3 turns.
	var reply []*isent
	for ti := q.turn + 1; ti < len(a.c.Turns) && ti <= q.turn+3; ti++ {
		idx := a.turnSents[ti]
		if len(idx) == 0 {
			continue
		}
		side := a.sents[idx[0]].side
		if side == Theirs {
			if len(reply) > 0 || len(idx) > 1 || a.sents[idx[0]].isQuestion() {
				break
			}
			continue
		}
		for _, k := range idx {
			reply = append(reply, &a.sents[k])
		}
	}
	if len(reply) == 0 {
		return false, nil
	}
	// the sentence that addresses this question: most words in common,
	// else the first
	qw := q.stems()
	best, bestN := reply[0], 0
	deferred := false
	for _, r := range reply {
		if r.has(catDeferral) {
			deferred = true
		}
		if n, _ := wordOverlap(qw, r.stems()); n > bestN {
			best, bestN = r, n
		}
	}
	if deferred && a.questionsInTurn(q.turn) > 1 {
		// several questions, one reply: only the one the deferral is
		// about stays open
		deferred = best.has(catDeferral) || a.near(best, catDeferral)
	}
	if !deferred {
		return true, nil
	}
	return false, a.promise(q, reply)
}

// near reports whether the sentence after s in its turn has category c.
func (a *analysis) near(s *isent, c icat) bool {
	idx := a.turnSents[s.turn]
	for k, i := range idx {
		if i == s.idx && k+1 < len(idx) {
			return a.sents[idx[k+1]].has(c)
		}
	}
	return false
}

// questionsInTurn counts the direct questions in turn ti.
func (a *analysis) questionsInTurn(ti int) int {
	n := 0
	for _, i := range a.turnSents[ti] {
		if directQuestion(&a.sents[i]) {
			n++
		}
	}
	return n
}

// promise returns the index of our item that promises the answer to q:
// one from the reply's turns, else one whose words wordOverlap the question's.
func (a *analysis) promise(q *isent, reply []*isent) *int {
	turns := map[int]bool{}
	for _, r := range reply {
		turns[r.ev.Turn] = true
	}
	for i, it := range a.c.Items {
		if it.Side == Ours && turns[it.Source.Turn] {
			return &i
		}
	}
	return a.itemAbout(q.text)
}

// itemOnTurn returns our item that comes from turn ti ("Q: … -> will
// check with product"), or nil.
func (a *analysis) itemOnTurn(ti int) *int {
	for i, it := range a.c.Items {
		if it.Side == Ours && it.Source.Turn == a.c.Turns[ti].Index {
			return &i
		}
	}
	return nil
}

// itemAbout returns our item whose action or quote shares enough words
// with text.
func (a *analysis) itemAbout(text string) *int {
	qw := contentStems(text)
	bestI, bestN := -1, 1
	for i, it := range a.c.Items {
		if it.Side != Ours && it.Side != SideUnknown {
			continue
		}
		n, share := wordOverlap(qw, contentStems(it.Action+" "+it.Source.Quote))
		if n > bestN || (n == bestN && n >= 2 && share >= 0.5 && bestI < 0) {
			bestI, bestN = i, n
		}
	}
	if bestI < 0 {
		return nil
	}
	return &bestI
}

// Notes forms: "Q (Tom): …", "Q: …", "Q from Tom: …", "Tom asked: …",
// "Tom also asked whether …", "Question from Tom: …".
var (
	noteQ      = regexp.MustCompile(`^(?i:q|question)\s*(?:\(([^)]*)\)|(?i:from)\s+([^:]+?))?\s*[:–—-]\s*(.+)$`)
	noteAsked  = regexp.MustCompile(`^(?:\(?([A-Z][\p{L}'.-]*(?: [A-Z][\p{L}'.-]*)?)\)?)\s+(?:also\s+|then\s+)?(?:asked|wanted to know|wondered|asks)(?:\s+about)?\s*[:,-]?\s*(.+)$`)
	arrowSplit = regexp.MustCompile(`\s*(?:→|->|=>|⇒|—>|\bA:)\s*`)
)

// noteQuestions finds questions in notes lines.
func (a *analysis) noteQuestions() []Question {
	var qs []Question
	for ti, t := range a.c.Turns {
		text := strings.TrimSpace(t.Text)
		asker, rest := "", ""
		labelled := false
		if m := noteQ.FindStringSubmatch(text); m != nil {
			asker, rest = m[1]+m[2], m[3]
		} else if m := noteAsked.FindStringSubmatch(text); m != nil {
			asker, rest = m[1], m[2]
		} else if asker, rest = a.labelledQuestion(ti, text); asker != "" {
			labelled = true
		} else {
			continue
		}
		if at, ok := a.attendee(asker); ok {
			if at.Side == Ours {
				continue
			}
			asker = at.Name
		} else if labelled {
			continue
		}
		// question and answer
		qtext, ans := rest, ""
		if loc := arrowSplit.FindStringIndex(rest); loc != nil {
			qtext, ans = rest[:loc[0]], rest[loc[1]:]
		} else if k := strings.Index(rest, "?"); k >= 0 {
			qtext, ans = rest[:k+1], rest[k+1:]
		} else if sp := splitSentences(ti, rest, nil); len(sp) > 1 {
			qtext, ans = rest[:sp[0].b], rest[sp[1].a:]
		}
		qtext = strings.TrimRight(strings.TrimSpace(qtext), ".")
		ans = strings.TrimSpace(ans)
		if ans == "" && ti+1 < len(a.c.Turns) {
			next := strings.TrimSpace(a.c.Turns[ti+1].Text)
			if loc := arrowSplit.FindStringIndex(next); loc != nil && loc[0] == 0 {
				ans = next[loc[1]:]
			}
		}
		start := strings.Index(t.Text, qtext)
		if start < 0 {
			start = 0
		}
		q := Question{Asker: asker, Text: qtext, Source: a.evidence(ti, start, start+len(qtext))}
		ansToks := itokens(ans)
		q.Answered = len(ansToks) > 0 && !hasIcat(a.m.match(ansToks), catDeferral)
		if !q.Answered {
			q.Item = a.itemOnTurn(ti)
			if q.Item == nil {
				q.Item = a.itemAbout(qtext)
			}
		}
		qs = append(qs, q)
	}
	return qs
}

// Notes forms with the asker beside the question: "Priya: does it do
// SSO?" (the label may sit before the turn's text) and "does it do SSO?
// (Priya)".
var (
	noteLabel  = regexp.MustCompile(`^([\p{L}][\p{L}'.-]*(?: [\p{L}][\p{L}'.-]*)?)\s*:\s*(.*\?.*)$`)
	noteSuffix = regexp.MustCompile(`^(.+?\?)\s*[(\[]\s*([\p{L}][\p{L}'.-]*(?: [\p{L}][\p{L}'.-]*)?)\s*[)\]]\s*(.*)$`)
)

// labelledQuestion reads a notes line that is a question with its asker
// as a label or a trailing parenthesis; it returns the asker as written
// and the rest (question and answer), or "" when the line is not one.
func (a *analysis) labelledQuestion(ti int, text string) (asker, rest string) {
	if !strings.Contains(text, "?") {
		return "", ""
	}
	if m := noteLabel.FindStringSubmatch(text); m != nil {
		return m[1], m[2]
	}
	if lead := strings.TrimSpace(lineLead(a.in.text, a.c.Turns[ti].Span.Start)); strings.HasSuffix(lead, ":") {
		return strings.TrimSpace(strings.TrimSuffix(lead, ":")), text
	}
	if m := noteSuffix.FindStringSubmatch(text); m != nil {
		return m[2], m[1] + " " + m[3]
	}
	return "", ""
}

// hasIcat reports whether hits include category c.
func hasIcat(hits []ihit, c icat) bool {
	for _, h := range hits {
		if h.cat == c {
			return true
		}
	}
	return false
}

// classify sets an open question's topic, who can answer it and why it
// matters, from the lexicon's topics (the first with the most cues wins).
func (a *analysis) classify(q *Question) {
	if q.Answered {
		return
	}
	counts := make([]int, len(a.lex.Topics))
	for _, h := range a.m.match(itokens(q.Text)) {
		if h.cat == catTopic {
			counts[h.val]++
		}
	}
	best := -1
	for i, n := range counts {
		if n > 0 && (best < 0 || n > counts[best]) {
			best = i
		}
	}
	if best < 0 {
		q.Topic, q.Answerer, q.Why = "general", "account team", "an open question stalls the next step"
		return
	}
	t := a.lex.Topics[best]
	q.Topic, q.Answerer, q.Why = t.Name, t.Answerer, t.Why
}
