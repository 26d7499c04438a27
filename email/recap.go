package email

import (
	"regexp"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/aftercall/aftercall/extract"
	"github.com/aftercall/aftercall/timeexpr"
)

// facts is what every draft of one call shares.
type facts struct {
	call    extract.Call
	opt     Options
	cal     timeexpr.Calendar // ours
	cust    timeexpr.Calendar // theirs
	loc     *time.Location    // the zone customer drafts show
	now     time.Time
	ours    []extract.Attendee
	theirs  []extract.Attendee
	sender  Address
	company string
	to      []Address
	red     redactor
	sendBy  time.Time
	late    Lateness
	ins     insights
}

func newFacts(call extract.Call, opt Options) (facts, error) {
	if call.At.IsZero() {
		return facts{}, ErrNoTime
	}
	f := facts{call: call, opt: opt, cal: opt.Calendar, cust: opt.customer()}
	f.loc = f.cust.Loc()
	f.now = opt.now(call.At)
	for _, a := range call.Attendees {
		switch a.Side {
		case extract.Ours:
			f.ours = append(f.ours, a)
		case extract.Theirs:
			f.theirs = append(f.theirs, a)
		}
	}
	f.sender = opt.From
	f.sender.Name = clean(f.sender.Name)
	if f.sender.Name == "" && len(f.ours) > 0 {
		f.sender.Name = clean(f.ours[0].Name)
	}
	f.company = clean(opt.Company)
	if f.company == "" {
		for _, a := range f.ours {
			if a.Org != "" && (a.Name == f.sender.Name || f.company == "") {
				f.company = clean(a.Org)
			}
		}
	}
	for _, a := range opt.To {
		f.to = append(f.to, Address{Name: clean(a.Name), Email: clean(a.Email)})
	}
	if opt.To == nil {
		for _, a := range f.theirs {
			f.to = append(f.to, Address{Name: clean(a.Name)})
		}
	}
	f.ins = insightsOf(call)
	f.red = newRedactor(append(append([]string(nil), f.ins.competitors...), opt.Competitors...), f.ins.incumbents)
	f.sendBy = SendBy(call, opt)
	f.late = Late(f.sendBy, f.now, f.cal)
	return f, nil
}

// safe makes call text fit for the customer: one line, no competitor
// names, plain quotes kept as written.
func (f facts) safe(s string) string { return f.red.replace(phrase(s)) }

// action is an item's action as the customer reads it: safe, with the
// pronouns turned to address them. Pronouns follow whoever said the
// sentence: said by them, "send our questionnaire" becomes "send your
// questionnaire" and "your engineer" (us) becomes "our engineer"; in the
// rep's notes, "send them the deck" becomes "send you the deck".
func (f facts) action(it extract.Item) string {
	a := f.safe(it.Action)
	switch {
	case f.call.Format == extract.FormatNotes:
		a = notesPronouns.replace(a)
	case f.wordsSide(it) == extract.Theirs:
		a = theirPronouns.replace(a)
	}
	for _, r := range actionRewrites {
		if rest, ok := strings.CutPrefix(a, r[0]); ok {
			a = r[1] + rest
			break
		}
	}
	return acronymRe.ReplaceAllStringFunc(a, strings.ToUpper)
}

// acronyms are written in capitals in customer drafts whatever case the
// notes used ("send the dpa" → "send the DPA").
var acronymRe = regexp.MustCompile(`\b(?:dpa|msa|nda|sla|sso|roi|api|crm|rfp|rfi|qbr|cfo|cto|ceo|coo|cio|ciso|w-9|soc|po|ap|erp|saml|scim)\b`)

// actionRewrites turn a rep's shorthand into words for the customer, by
// prefix, first match wins.
var actionRewrites = [][2]string{
	{"owe you the answer on ", "get back to you on "},
	{"owe you the answer to ", "get back to you on "},
	{"owe you an answer on ", "get back to you on "},
	{"owe you ", "send you "},
	{"f/u with ", "follow up with "},
	{"f / u w / ", "follow up with "},
	{"intro us to ", "introduce us to "},
	{"intro you to ", "introduce you to "},
}

// wordsSide is the side whose words an item's action is in: the speaker
// of its evidence, unless the evidence does not carry the action's words
// (an accepted request quotes "Sure, I'll send it"): then the action is
// in the asker's words, the other side's.
func (f facts) wordsSide(it extract.Item) extract.Side {
	side := f.speakerSide(it.Source.Turn)
	if side == extract.SideUnknown {
		return side
	}
	quote := strings.ToLower(it.Source.Quote)
	if strings.TrimSpace(quote) == "" {
		return side
	}
	n, in := 0, 0
	for _, w := range strings.Fields(strings.ToLower(it.Action)) {
		if w = strings.Trim(w, `.,;:!?"'()`); len(w) >= 4 && !stopwords[w] {
			n++
			if strings.Contains(quote, w) {
				in++
			}
		}
	}
	if n > 0 && 2*in < n {
		switch side {
		case extract.Ours:
			return extract.Theirs
		case extract.Theirs:
			return extract.Ours
		}
	}
	return side
}

// speakerSide is the side of who spoke turn i, SideUnknown when the call
// does not say.
func (f facts) speakerSide(i int) extract.Side {
	if i < 0 || i >= len(f.call.Turns) {
		return extract.SideUnknown
	}
	sp := f.call.Turns[i].Speaker
	for _, a := range f.call.Attendees {
		if a.Name == sp && sp != "" {
			return a.Side
		}
	}
	return extract.SideUnknown
}

// pronounMap rewrites whole-word pronouns.
type pronounMap struct {
	to map[string]string
	re *regexp.Regexp
}

func newPronounMap(to map[string]string) pronounMap {
	var ws []string
	for w := range to {
		ws = append(ws, w)
	}
	sort.Strings(ws)
	return pronounMap{to, regexp.MustCompile(`\b(?:` + strings.Join(ws, "|") + `)\b`)}
}

func (m pronounMap) replace(s string) string {
	return m.re.ReplaceAllStringFunc(s, func(w string) string { return m.to[w] })
}

var (
	// theirPronouns turn their side's words to address them: "our" and
	// "my" are theirs, "your" is ours.
	theirPronouns = newPronounMap(map[string]string{"our": "your", "my": "your", "ours": "yours", "your": "our", "yours": "ours", "you": "us", "me": "you", "us": "you"})
	// notesPronouns: in the rep's notes, "they" are the customer.
	notesPronouns = newPronounMap(map[string]string{"their": "your", "them": "you", "theirs": "yours"})
)

// customerSafe reports whether call text may be quoted to the customer:
// it names no competitor and repeats no objection, budget remark or risk
// evidence.
func (f facts) customerSafe(s string) bool {
	return !f.red.has(s) && !f.ins.isPrivate(s) && !competitive(s)
}

// greeting is "Hi Rachel and Tom,".
func (f facts) greeting() string {
	var names []string
	for _, a := range f.to {
		if n := firstName(a.Name); n != "" {
			names = append(names, n)
		}
	}
	if f.call.Type == extract.Internal {
		return "Hi team,"
	}
	if len(names) == 0 || len(names) > 3 {
		return "Hi all,"
	}
	return "Hi " + joinAnd(names) + ","
}

func (f facts) signer() string {
	if f.sender.Name != "" {
		return f.sender.Name
	}
	return "The team"
}

// selfCues mark an item of ours that is the recap itself.
var selfCues = []string{"recap", "follow-up email", "follow up email", "summary email", "thank-you note", "thank you note"}

func isSelf(it extract.Item) bool {
	if it.Side != extract.Ours {
		return false
	}
	a := strings.ToLower(it.Action)
	for _, c := range selfCues {
		if strings.Contains(a, c) {
			return true
		}
	}
	return false
}

// colleagueVerbs start an action that is one of us asking another of us.
var colleagueVerbs = []string{"ask", "check with", "sync with", "talk to", "ping", "remind", "tell", "confirm with", "check in with"}

// isColleagueTask reports whether it is our side asking one of our own
// ("ask Maya about data retention defaults"): an internal note, kept out of
// customer drafts.
func (f facts) isColleagueTask(it extract.Item) bool {
	if it.Side != extract.Ours {
		return false
	}
	a := strings.ToLower(strings.TrimSpace(it.Action))
	for _, v := range colleagueVerbs {
		rest, ok := strings.CutPrefix(a, v+" ")
		if !ok {
			continue
		}
		for _, o := range f.ours {
			if fn := strings.ToLower(firstName(o.Name)); fn != "" && (rest == fn || strings.HasPrefix(rest, fn+" ") || strings.HasPrefix(rest, strings.ToLower(o.Name))) {
				return true
			}
		}
	}
	return false
}

// owner names who does it, for the customer.
func (f facts) owner(it extract.Item) string {
	if o := clean(it.Owner); o != "" {
		return f.red.replace(capitalOwner(o))
	}
	switch it.Side {
	case extract.Ours:
		if f.company != "" {
			return f.company
		}
		return "Our team"
	case extract.Theirs:
		return "Your team"
	}
	return "Both teams"
}

// capitalOwner capitalises an owner the call gave in lower case: a role
// ("data team" → "Data team", "cfo" → "CFO").
func capitalOwner(o string) string {
	if o != strings.ToLower(o) {
		return o
	}
	if len(o) <= 3 && !strings.Contains(o, " ") {
		return strings.ToUpper(o)
	}
	r, n := utf8.DecodeRuneInString(o)
	return string(unicode.ToUpper(r)) + o[n:]
}

// meetingAfter returns the next meeting's time when it is after the call.
func (f facts) meetingAfter() (time.Time, bool) {
	m := f.call.NextMeeting
	if m == nil || m.Time.IsZero() || !m.Time.After(f.call.At) {
		return time.Time{}, false
	}
	return m.Time, true
}

// isNextMeeting reports whether it is the meeting the next-step section
// already confirms.
func (f facts) isNextMeeting(it extract.Item) bool {
	t, ok := f.meetingAfter()
	return ok && it.Kind == extract.MeetingItem && it.Due != nil && it.Due.Time.Equal(t)
}

// proposed returns the date to propose for an item the call left undated.
func (f facts) proposed(it extract.Item) string {
	if it.Condition != nil && *it.Condition >= 0 && *it.Condition < len(f.call.Items) {
		c := f.call.Items[*it.Condition]
		who := firstName(f.owner(c))
		if c.Due != nil && !c.Due.Time.IsZero() {
			d := f.cal.WorkdayEnd(f.cal.AddWorkdays(c.Due.Time, 2))
			if d.Before(f.now) {
				return "proposed " + day(f.fallbackDate(), f.call.At) + ", to confirm"
			}
			return "proposed " + day(d, f.call.At) + ", 2 workdays after " + possessive(who) + " part"
		}
		return "once " + possessive(who) + " part is in; date to confirm by " + day(f.fallbackDate(), f.call.At)
	}
	if t, ok := f.meetingAfter(); ok {
		return "before our call on " + day(t.In(f.loc), f.call.At)
	}
	return "proposed " + day(f.fallbackDate(), f.call.At) + ", to confirm"
}

func possessive(name string) string {
	if strings.HasSuffix(name, "s") {
		return name + "'"
	}
	return name + "'s"
}

// fallbackDate is five workdays after the later of the call and now.
func (f facts) fallbackDate() time.Time {
	from := f.call.At
	if f.now.After(from) {
		from = f.now
	}
	return f.cal.WorkdayEnd(f.cal.AddWorkdays(from, 5))
}

// itemLines lists every item of both sides for the customer: ours, then
// theirs, then shared, each in call order; the recap itself is left out.
// rank orders them by urgency: blocking, then high, then by deadline,
// undated last.
func (f facts) itemLines() (out []ItemLine, rank []int) {
	type ranked struct {
		pri extract.Priority
		due time.Time
		i   int
	}
	var rs []ranked
	seen := map[string]bool{}
	for _, side := range []extract.Side{extract.Ours, extract.Theirs, extract.Shared, extract.SideUnknown} {
		for _, it := range f.call.Items {
			if it.Side != side || isSelf(it) || strings.TrimSpace(it.Action) == "" || f.isNextMeeting(it) || f.isColleagueTask(it) {
				continue
			}
			l := ItemLine{Owner: f.owner(it), Action: f.action(it), Side: it.Side.String()}
			// The same promise made twice is one line.
			if key := strings.ToLower(l.Owner + "\x00" + l.Action); seen[key] {
				continue
			} else {
				seen[key] = true
			}
			r := ranked{pri: it.Priority, i: len(out)}
			if it.Due != nil && !it.Due.Time.IsZero() {
				l.Due = "by " + dueText(it.Due, f.call.At, f.cal, f.loc)
				r.due = it.Due.Time
			} else {
				l.Due = f.proposed(it)
			}
			out = append(out, l)
			rs = append(rs, r)
		}
	}
	sort.SliceStable(rs, func(a, b int) bool {
		x, y := rs[a], rs[b]
		if x.pri != y.pri {
			return x.pri > y.pri
		}
		if x.due.IsZero() != y.due.IsZero() {
			return !x.due.IsZero()
		}
		return x.due.Before(y.due)
	})
	for _, r := range rs {
		rank = append(rank, r.i)
	}
	return out, rank
}

// thanks is the one-sentence thank-you naming something specific.
func (f facts) thanks() string {
	w := whenSpoken(f.call.At, f.now, f.cal.Loc())
	lead := "Thank you for your time " + w
	if f.late.Action != SendAsIs {
		lead = "Thank you again for your time " + w
	}
	if p := f.thanksPain(); p != "" {
		return endSentence(lead + ", and for being candid about " + quote(p))
	}
	if q := f.bestQuestion(); q != "" {
		return endSentence(lead + ", and for the sharp questions, including " + askedText(q))
	}
	for _, it := range f.call.Items {
		if it.Side == extract.Theirs && startsWithVerb(it.Action) && len(strings.Fields(it.Action)) >= 3 {
			return lead + ", and for offering to " + f.action(it) + "."
		}
	}
	for _, it := range f.call.Items {
		if it.Side == extract.Ours && it.Priority == extract.Blocking && !isSelf(it) && startsWithVerb(it.Action) {
			return lead + ", and for being clear that you need us to " + f.action(it) + "."
		}
	}
	return lead + " and for the open conversation."
}

// askedText renders a question for "You asked …": quoted when it is
// one as said ("Does it integrate?"), indirect when notes give a fragment
// ("whether the API covers alerts").
func askedText(q string) string {
	q = strings.TrimSpace(q)
	// Drop a spoken lead-in: "And what's…", "So, can we…".
	for _, lead := range []string{"and ", "so ", "but ", "oh ", "okay ", "ok ", "also ", "honestly "} {
		if len(q) > len(lead)+3 && strings.EqualFold(q[:len(lead)], lead) {
			q = strings.TrimLeft(q[len(lead):], ", ")
		} else if l := strings.TrimSpace(lead) + ","; len(q) > len(l)+3 && strings.EqualFold(q[:len(l)], l) {
			q = strings.TrimLeft(q[len(l):], ", ")
		}
	}
	first := strings.ToLower(strings.SplitN(q, " ", 2)[0])
	if !strings.HasSuffix(q, "?") || first == "whether" || first == "if" {
		switch first {
		case "whether", "if", "what", "how", "when", "who", "which", "why", "where":
			r, n := utf8.DecodeRuneInString(q)
			return string(unicode.ToLower(r)) + strings.TrimRight(q[n:], "?. ")
		}
	}
	return quote(strings.TrimRight(q, "?") + "?")
}

// squash lowercases s and keeps only its letters and digits, to compare
// texts whatever their quoting and punctuation.
func squash(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// quote puts s in double quotes, capitalised.
func quote(s string) string {
	s = strings.Trim(s, `"' `)
	if s == "" {
		return `""`
	}
	r, n := utf8.DecodeRuneInString(s)
	return `"` + string(unicode.ToUpper(r)) + s[n:] + `"`
}

// endSentence ends s with a full stop unless a quote inside already ends
// with punctuation ("... in the US?" stays as it is).
func endSentence(s string) string {
	if strings.HasSuffix(s, `?"`) || strings.HasSuffix(s, `!"`) || strings.HasSuffix(s, `."`) {
		return s
	}
	return s + "."
}

func (f facts) isOurs(name string) bool {
	for _, a := range f.ours {
		if a.Name == name {
			return true
		}
	}
	return false
}

// painPoint is the first pain point to quote, if any.
func (f facts) painPoint() string {
	for _, p := range f.ins.painPoints {
		if p = f.safe(p); quotable(p) && !f.red.has(p) {
			return p
		}
	}
	return f.safe(f.opt.PainPoint)
}

// bestQuestion is the customer's question most worth naming: open ones
// first, then the one with the most content words; small talk ("Could you
// zoom in a little?") never.
func (f facts) bestQuestion() string {
	best, score := "", 0
	for _, q := range f.call.Questions {
		t := f.safe(q.Text)
		if t == "" || f.isOurs(q.Asker) || !f.customerSafe(q.Text) {
			continue
		}
		n := contentWords(t)
		if n < 2 || len(strings.Fields(t)) > 16 {
			continue
		}
		n = min(n, 5)
		if !q.Answered {
			n += 3
		}
		if n > score {
			best, score = t, n
		}
	}
	return best
}

// contentWords counts the words of s that carry content.
func contentWords(s string) int {
	n := 0
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if w = strings.Trim(w, `.,;:!?"'()`); len(w) > 2 && !stopwords[w] {
			n++
		}
	}
	return n
}

// quotable reports whether a pain point says enough to quote back: five
// words or more, and not a question.
func quotable(p string) bool {
	words := strings.Fields(strings.ToLower(p))
	if len(words) < 5 || strings.HasSuffix(strings.TrimRight(p, `"' .`), "?") {
		return false
	}
	content, prev := 0, ""
	for _, w := range words {
		w = strings.Trim(w, `.,;:!?"'()`)
		if w == prev {
			return false // a stammer: "that's, that's"
		}
		prev = w
		if len(w) > 2 && !stopwords[w] {
			content++
		}
	}
	return content >= 3
}

// stopwords carry no content of their own.
var stopwords = map[string]bool{
	"the": true, "and": true, "that": true, "that's": true, "this": true, "it's": true, "its": true, "was": true,
	"okay": true, "yeah": true, "well": true, "just": true, "one": true, "for": true, "with": true, "are": true,
	"but": true, "you": true, "your": true, "our": true, "they": true, "them": true, "what": true, "there": true,
	"really": true, "like": true, "very": true, "have": true, "has": true, "had": true, "not": true, "all": true,
	"could": true, "would": true, "does": true, "did": true, "can": true, "how": true, "long": true, "been": true,
	"way": true, "about": true, "any": true, "little": true, "bit": true, "right": true, "now": true, "see": true,
	"will": true, "should": true, "is": true, "here": true, "who": true, "when": true, "why": true,
}

// thanksPain is the pain point the thank-you quotes: one the call also
// counts among their key points (the summary then leaves that point out),
// or, when their side has no key points (notes), the first that says
// something; else Options.PainPoint.
func (f facts) thanksPain() string {
	var cands []string
	for _, p := range f.ins.painPoints {
		if p = f.safe(p); quotable(p) && !f.red.has(p) {
			cands = append(cands, p)
		}
	}
	for _, p := range cands {
		for _, k := range f.ins.keyPoints {
			if strings.Contains(squash(k), squash(p)) {
				return p
			}
		}
	}
	if len(f.ins.keyPoints) == 0 && len(cands) > 0 {
		return cands[0]
	}
	return f.safe(f.opt.PainPoint)
}

const answeredTail = "covered on the call"

// summary returns 3–5 points from the customer's side: the call's key
// points when it has them, else what they asked and what they need.
func (f facts) summary() []string {
	var out []string
	// seen holds the words of what is already said, the thank-you's pain
	// point included, so no point is made twice.
	seen := []string{squash(f.thanksPain())}
	add := func(s string) {
		if s = sentence(f.safe(s)); s != "" && len(out) < 5 {
			k := squash(s)
			for _, o := range seen {
				if o != "" && (strings.Contains(o, k) || strings.Contains(k, o)) {
					return
				}
			}
			seen = append(seen, k)
			out = append(out, s)
		}
	}
	for _, k := range f.ins.keyPoints {
		add(k)
	}
	for i, p := range f.ins.painPoints {
		if len(out) >= 3 {
			break
		}
		if quotable(p) {
			add(f.ins.painBullets[i])
		}
	}
	if len(out) >= 3 {
		return out
	}
	// Then, in order: what they need from us, their open questions, their
	// success criteria, one answered question, agreements.
	for _, it := range f.call.Items {
		if it.Side == extract.Ours && it.Priority == extract.Blocking && !isSelf(it) {
			add("Needed from us before you can move forward: " + f.action(it))
		}
	}
	thanked := squash(f.thanks())
	asked := func(q extract.Question) bool {
		return !f.isOurs(q.Asker) && strings.TrimSpace(q.Text) != "" && f.customerSafe(q.Text) &&
			!strings.Contains(thanked, squash(f.safe(q.Text))) && // the thank-you quotes it
			contentWords(f.safe(q.Text)) >= 2 // not small talk
	}
	for _, q := range f.call.Questions {
		if !q.Answered && asked(q) {
			add("You asked " + askedText(f.safe(q.Text)) + ": we'll come back with the answer")
		}
	}
	for _, b := range f.ins.moreBullets {
		if quotable(b) {
			add(b)
		}
	}
	for _, q := range f.call.Questions {
		if q.Answered && asked(q) {
			add("You asked " + askedText(f.safe(q.Text)) + ": " + answeredTail)
			break // one is enough context
		}
	}
	for _, it := range f.call.Items {
		if it.Kind == extract.Agreement && it.Side == extract.Shared {
			add("We agreed to " + f.action(it))
		}
	}
	return out
}

// nextStep confirms the scheduled meeting, or proposes two times inside
// both sides' work hours.
func (f facts) nextStep() string {
	var other *time.Location
	if f.cal.Loc() != f.loc {
		other = f.cal.Loc()
	}
	if t, ok := f.meetingAfter(); ok && t.After(f.now) {
		m := f.call.NextMeeting
		s := "Confirming our next call on " + when(t.In(f.loc), f.call.At, other)
		var inv []string
		for _, n := range m.Invitees {
			if n = clean(n); n != "" && n != f.sender.Name {
				inv = append(inv, f.red.replace(n))
			}
		}
		if len(inv) > 0 && len(inv) <= 4 {
			s += " with " + joinAnd(inv)
		}
		if p := f.safe(m.Purpose); contentWords(p) >= 2 && !strings.Contains(strings.ToLower(p), "next call") {
			s += " (" + p + ")"
		}
		return s + ". If that time no longer works, reply with one that does."
	}
	slots := f.slots(2)
	if len(slots) < 2 {
		return "Could you reply with two times that suit you next week? I'll send the invite."
	}
	n := int(f.opt.meetingLen() / time.Minute)
	lead := "Would "
	if m := f.call.NextMeeting; m != nil && m.Time.IsZero() && contentWords(m.Phrase) > 0 {
		// The call named a time without a date: say so, then pin it down.
		lead = "We said we'd talk again " + f.safe(m.Phrase) + ": would "
	}
	return lead + when(slots[0].In(f.loc), f.call.At, other) + " or " + when(slots[1].In(f.loc), f.call.At, other) +
		" work for a " + itoa(n) + "-minute follow-up? Reply with the one that suits you and I'll send the invite."
}

// slotHours are the customer-local times proposed, most preferred first.
var slotHours = []time.Duration{10 * time.Hour, 14 * time.Hour, 11 * time.Hour, 15 * time.Hour, 13 * time.Hour, 9*time.Hour + 30*time.Minute, 16 * time.Hour}

// slots returns up to n meeting starts on different workdays from the next
// workday on, each fitting the meeting inside both sides' work hours.
func (f facts) slots(n int) []time.Time {
	from := f.call.At
	if f.now.After(from) {
		from = f.now
	}
	length := f.opt.meetingLen()
	var out []time.Time
	d := f.cust.NextWorkday(from)
	for tries := 0; tries < 30 && len(out) < n; tries++ {
		if f.cust.IsWorkday(d) {
			base := time.Date(d.Year(), d.Month(), d.Day(), 0, 0, 0, 0, f.loc)
			for _, h := range slotHours {
				t := base.Add(h)
				end := t.Add(length - time.Minute)
				if t.After(from) && f.cust.InWorkHours(t) && f.cust.InWorkHours(end) && f.cal.InWorkHours(t) && f.cal.InWorkHours(end) {
					// Vary the hour between the two days.
					if len(out) > 0 && out[len(out)-1].In(f.loc).Hour() == t.Hour() {
						continue
					}
					out = append(out, t)
					break
				}
			}
		}
		d = d.AddDate(0, 0, 1)
	}
	return out
}

// apology is the late-follow-up opener, or "".
func (f facts) apology() string {
	if f.late.Action == SendAsIs {
		return ""
	}
	return "Apologies for the delayed follow-up; I wanted to make sure I captured everything accurately."
}

// Recap drafts the customer recap email of call: a subject naming the
// topic; a one-sentence thank-you naming something specific; 3–5 points
// from the customer's side; every item of both sides with owner and date
// (undated items get a proposed date to confirm); the next step; the
// resources in Options.Resources. It carries nothing internal: no
// competitors, objections, risks, stage or probabilities.
//
// SendBy comes from the timing table. When Options.Now is 2–3 workdays
// past it the text opens with a short apology; at 4 or more, Late.Action
// is CallFirst and TalkingPoints hold the call to make before sending.
func Recap(call extract.Call, opt Options) (Draft, error) {
	f, err := newFacts(call, opt)
	if err != nil {
		return Draft{}, err
	}
	data := RecapData{
		Greeting: f.greeting(),
		Apology:  f.apology(),
		Thanks:   f.thanks(),
		Summary:  f.summary(),
		NextStep: f.nextStep(),
		Closing:  "Looking forward to next steps.",
		Sender:   f.signer(),
		Company:  f.company,
	}
	items, rank := f.itemLines()
	data.Items = items
	for _, r := range opt.Resources {
		if len(data.Resources) == 3 {
			break
		}
		r = Resource{Title: f.safe(r.Title), URL: clean(r.URL), Why: f.safe(r.Why)}
		if r.Title != "" {
			data.Resources = append(data.Resources, r)
		}
	}
	t := opt.templates()
	d := Draft{Kind: RecapKind, Subject: f.subject("Recap"), From: f.sender, To: f.to,
		SendBy: f.sendBy, Late: f.late, Date: f.now}
	// Compact until it reads in about a minute; then, as a last resort,
	// leave out the least urgent items, which Draft.Omitted keeps.
	for level := 0; ; level++ {
		if d.Text, err = execText(t.RecapText, data); err != nil {
			return Draft{}, err
		}
		if ReadingTime(d.Text, 0) <= time.Minute || !f.compact(&data, level) {
			break
		}
	}
	if ReadingTime(d.Text, 0) > time.Minute && len(rank) > 1 {
		// Find the most items that fit, by bisection over the rank.
		keep := func(n int) RecapData {
			in := map[int]bool{}
			for _, i := range rank[:n] {
				in[i] = true
			}
			x := data
			x.Items, x.More = nil, len(rank)-n
			for i, it := range data.Items {
				if in[i] {
					x.Items = append(x.Items, it)
				}
			}
			return x
		}
		lo, hi := 1, len(rank)-1
		for lo < hi {
			mid := (lo + hi + 1) / 2
			txt, err := execText(t.RecapText, keep(mid))
			if err != nil {
				return Draft{}, err
			}
			if ReadingTime(txt, 0) <= time.Minute {
				lo = mid
			} else {
				hi = mid - 1
			}
		}
		kept := keep(lo)
		for _, i := range rank[lo:] {
			d.Omitted = append(d.Omitted, data.Items[i])
		}
		data = kept
		if d.Text, err = execText(t.RecapText, data); err != nil {
			return Draft{}, err
		}
	}
	if d.HTML, err = execHTML(t.RecapHTML, data); err != nil {
		return Draft{}, err
	}
	if f.late.Action == CallFirst {
		d.TalkingPoints = f.talkingPoints(data.Items)
	}
	return d, nil
}

// compact shortens data one step for a recap that reads too long, and
// reports whether there was a step left: first names for owners, then no
// "why" on resources, then at most three summary points, then none
// about answered questions, then two.
func (f facts) compact(data *RecapData, level int) bool {
	switch level {
	case 0:
		short := map[string]string{}
		count := map[string]int{}
		for _, it := range data.Items {
			if fn := firstName(it.Owner); fn != it.Owner {
				if short[it.Owner] == "" {
					count[fn]++
				}
				short[it.Owner] = fn
			}
		}
		for i, it := range data.Items {
			if fn := short[it.Owner]; fn != "" && count[fn] == 1 {
				data.Items[i].Owner = fn
			}
		}
	case 1:
		for i := range data.Resources {
			data.Resources[i].Why = ""
		}
	case 2:
		if len(data.Summary) > 3 {
			data.Summary = data.Summary[:3]
		}
	case 3:
		var keep []string
		for _, s := range data.Summary {
			if !strings.HasSuffix(s, answeredTail+".") {
				keep = append(keep, s)
			}
		}
		data.Summary = keep
	case 4:
		if len(data.Summary) > 2 {
			data.Summary = data.Summary[:2]
		}
	default:
		return false
	}
	return true
}

// theirOrg is the other side's organisation, if the call names one.
func (f facts) theirOrg() string {
	for _, a := range f.theirs {
		if a.Org != "" {
			return f.red.replace(clean(a.Org))
		}
	}
	return ""
}

// subject is "Recap: Contoso and Brightline, next steps from Nov 24".
func (f facts) subject(what string) string {
	s := what + ": "
	org := f.theirOrg()
	switch {
	case org != "" && f.company != "":
		s += org + " and " + f.company
	case org != "":
		s += org
	case f.company != "":
		s += f.company
	default:
		var names []string
		for _, a := range f.to {
			if n := firstName(a.Name); n != "" {
				names = append(names, n)
			}
		}
		if len(names) > 0 && len(names) <= 3 {
			s += "our call with " + joinAnd(names)
		} else {
			s += "our call"
		}
	}
	return clean(s + ", next steps from " + f.call.At.In(f.cal.Loc()).Format("Jan 2"))
}

// talkingPoints are for the call to make when the recap is 4+ workdays
// late: context in one sentence, one clarifying question, a yes-or-no next
// step, and the recap in brief.
func (f facts) talkingPoints(items []ItemLine) []string {
	typ := f.call.Type.String()
	if typ == "" {
		typ = "last"
	}
	ctx := "Context: following up on our " + typ + " call on " + day(f.call.At.In(f.cal.Loc()), f.call.At)
	if n := len(items); n > 0 {
		ctx += ", where we agreed on " + itoa(n) + " next steps"
	}
	out := []string{ctx + "; I want to confirm them with you before I send the written recap."}
	q := "Question: has anything changed on your side since we spoke?"
	for _, qq := range f.call.Questions {
		if !qq.Answered && !f.isOurs(qq.Asker) && strings.TrimSpace(qq.Text) != "" {
			q = "Question: is " + quote(strings.TrimRight(f.safe(qq.Text), "?")+"?") + " still the open question, or has it moved?"
			break
		}
	}
	out = append(out, q)
	var other *time.Location
	if f.cal.Loc() != f.loc {
		other = f.cal.Loc()
	}
	if t, ok := f.meetingAfter(); ok && t.After(f.now) {
		out = append(out, "Next step (yes or no): are we still on for "+when(t.In(f.loc), f.call.At, other)+"?")
	} else if s := f.slots(1); len(s) == 1 {
		out = append(out, "Next step (yes or no): can I put "+when(s[0].In(f.loc), f.call.At, other)+" on the calendar for a 30-minute follow-up?")
	} else {
		out = append(out, "Next step (yes or no): can I send two times for a follow-up this week?")
	}
	var brief []string
	for i, it := range items {
		if i == 5 {
			brief = append(brief, "and "+itoa(len(items)-5)+" more in the written recap")
			break
		}
		brief = append(brief, it.Owner+": "+it.Action+" ("+it.Due+")")
	}
	if len(brief) > 0 {
		out = append(out, "Recap: "+strings.Join(brief, "; ")+".")
	}
	return out
}
