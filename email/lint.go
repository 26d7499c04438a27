package email

import (
	"regexp"
	"strings"
	"sync"
	"time"
	"unicode"
	"unicode/utf8"
)

// Finding is one problem Lint found in a text.
type Finding struct {
	// Rule names the check: "banned", "vague", "length", "next-step" or
	// "undated-item".
	Rule string `json:"rule"`
	// Start and End are byte offsets of the offending words in the text
	// linted; both are 0 for findings about the whole text.
	Start int `json:"start"`
	End   int `json:"end"`
	// Text is the offending text as written.
	Text string `json:"text,omitempty"`
	// Message says what is wrong; Instead what to write.
	Message string `json:"message"`
	Instead string `json:"instead,omitempty"`
}

// String formats f as "rule@start-end: message (instead: …)".
func (f Finding) String() string {
	var b strings.Builder
	b.WriteString(f.Rule)
	if f.End > 0 {
		b.WriteString("@")
		b.WriteString(itoa(f.Start))
		b.WriteString("-")
		b.WriteString(itoa(f.End))
	}
	b.WriteString(": ")
	b.WriteString(f.Message)
	if f.Instead != "" {
		b.WriteString(" (instead: ")
		b.WriteString(f.Instead)
		b.WriteString(")")
	}
	return b.String()
}

// Phrase is a phrase Lint flags, with why and what to write instead.
// Matching ignores case, curly versus straight quotes and line wrapping,
// and respects word boundaries.
type Phrase struct {
	Text    string `json:"text"`
	Why     string `json:"why"`
	Instead string `json:"instead"`
}

// DefaultBanned returns the phrases no follow-up should use: the five of
// the recap guidance (stiff, overused, filler, robotic, cliché) and their
// close relatives. The slice is a fresh copy a caller may extend.
func DefaultBanned() []Phrase {
	return []Phrase{
		{"per our conversation", "stiff and formal", "Great discussion today about [specific topic]"},
		{"as per our conversation", "stiff and formal", "Great discussion today about [specific topic]"},
		{"as per my last email", "passive-aggressive", "restate the one thing you need, with a date"},
		{"just circling back", "overused and vague", "Following up on the [integration/pricing/timeline] question you raised"},
		{"circling back", "overused and vague", "Following up on the [integration/pricing/timeline] question you raised"},
		{"hope this finds you well", "filler", "open with the specific topic"},
		{"hope this email finds you well", "filler", "open with the specific topic"},
		{"i hope you're doing well", "filler", "open with the specific topic"},
		{"please find attached", "robotic", "Here's the [resource] we discussed"},
		{"attached please find", "robotic", "Here's the [resource] we discussed"},
		{"don't hesitate to reach out", "cliché", "ask one specific question, or propose a time"},
		{"do not hesitate to reach out", "cliché", "ask one specific question, or propose a time"},
		{"don't hesitate to contact", "cliché", "ask one specific question, or propose a time"},
		{"feel free to reach out", "cliché", "ask one specific question, or propose a time"},
		{"let me know if you have any questions", "filler", "name the decision or reply you need"},
		{"at your earliest convenience", "vague and formal", "give a date"},
		{"i wanted to reach out", "filler", "say why you are writing in the first sentence"},
		{"bumping this to the top of your inbox", "pushy and vague", "add something new: a resource, an answer, a date"},
		{"looking forward to closing", "presumptuous", "Looking forward to next steps"},
		{"touch base", "vague", "name the topic and propose a time"},
		{"touching base", "vague", "name the topic and propose a time"},
	}
}

// DefaultVague returns the follow-up openers that carry no information.
func DefaultVague() []Phrase {
	return []Phrase{
		{"just checking in", "a follow-up with no new information", "reference something specific from the call and propose a next step"},
		{"just following up", "a follow-up with no new information", "Following up on the [specific question] you raised"},
		{"just wanted to follow up", "a follow-up with no new information", "Following up on the [specific question] you raised"},
		{"any updates", "puts the work on them", "ask one specific question with a date"},
		{"any update on this", "puts the work on them", "ask one specific question with a date"},
		{"checking in to see", "a follow-up with no new information", "reference something specific from the call"},
		{"following up on my last email", "a follow-up with no new information", "add something new: a resource, an answer, a date"},
	}
}

// DefaultNextStepCues returns phrases that show a text asks for or
// confirms a next step; a date or time also counts.
func DefaultNextStepCues() []string {
	return []string{
		"next step", "next call", "next meeting", "our call on", "would ", "work for you", "works for you",
		"let's", "reply", "call me", "call you", "schedule", "book ", "calendar", "i'll call", "talk on",
		"confirming", "last note", "close out",
	}
}

// DefaultItemHeadings returns the words of a heading whose bullets are
// action items, each of which must carry a date.
func DefaultItemHeadings() []string {
	return []string{"action item", "next step", "to-do", "todo", "to do", "who does what", "follow-up item", "commitments"}
}

// Linter checks drafts. The zero Linter uses the defaults: DefaultBanned,
// DefaultVague, DefaultNextStepCues, DefaultItemHeadings, 250 words a
// minute and 60 seconds.
type Linter struct {
	Banned        []Phrase
	Vague         []Phrase
	NextStepCues  []string
	ItemHeadings  []string
	WordsPerMin   int           // reading speed; 0 means 250
	MaxReading    time.Duration // longest acceptable reading time; 0 means 60 s
	SkipNextStep  bool          // do not require a next step (internal notes)
	SkipReadTime  bool          // do not check the length
	SkipItemDates bool          // do not require dates on items
}

// Lint checks text with the zero Linter.
func Lint(text string) []Finding { return Linter{}.Lint(text) }

// ReadingTime is how long text takes to read at wpm words a minute (250
// when wpm is 0).
func ReadingTime(text string, wpm int) time.Duration {
	if wpm <= 0 {
		wpm = 250
	}
	return time.Duration(countWords(text)) * time.Minute / time.Duration(wpm)
}

// countWords counts runs of letters and digits; an apostrophe, hyphen,
// colon or full stop inside a run ("don't", "two-year", "4:00", "2.5")
// does not split it.
func countWords(s string) int {
	n, in := 0, false
	for _, r := range s {
		w := unicode.IsLetter(r) || unicode.IsDigit(r)
		if w && !in {
			n++
		}
		in = w || (in && (r == '\'' || r == '-' || r == ':' || r == '.' || r == '’'))
	}
	return n
}

// Lint returns the problems in text, ordered by offset (whole-text
// findings last). It never fails: text that is not valid UTF-8 is checked
// as is, offsets staying byte offsets into it.
func (l Linter) Lint(text string) []Finding {
	norm, idx := normalise(text)
	var out []Finding
	banned, vague := defaultBanned(), defaultVague()
	if l.Banned != nil {
		banned = compile(l.Banned)
	}
	if l.Vague != nil {
		vague = compile(l.Vague)
	}
	out = appendPhrases(out, text, norm, idx, "banned", banned)
	out = appendPhrases(out, text, norm, idx, "vague", vague)
	if !l.SkipItemDates {
		out = append(out, l.undated(text)...)
	}
	sortFindings(out)
	if !l.SkipReadTime {
		maxRead := l.MaxReading
		if maxRead <= 0 {
			maxRead = time.Minute
		}
		if d := ReadingTime(text, l.WordsPerMin); d > maxRead {
			out = append(out, Finding{Rule: "length",
				Message: "takes about " + itoa(int(d/time.Second)) + " s to read; aim for " + itoa(int(maxRead/time.Second)) + " s",
				Instead: "cut filler and merge bullets"})
		}
	}
	if !l.SkipNextStep && strings.TrimSpace(text) != "" && !l.hasNextStep(norm) {
		out = append(out, Finding{Rule: "next-step", Message: "no next step or date",
			Instead: "confirm the next meeting, or propose two specific times"})
	}
	return out
}

// compiled is a phrase with its normalised pattern.
type compiled struct {
	Phrase
	pat string
}

func compile(ps []Phrase) []compiled {
	out := make([]compiled, 0, len(ps))
	for _, p := range ps {
		pat, _ := normalise(p.Text)
		if pat = strings.TrimSpace(pat); pat != "" {
			out = append(out, compiled{p, pat})
		}
	}
	return out
}

var (
	defaultBanned = sync.OnceValue(func() []compiled { return compile(DefaultBanned()) })
	defaultVague  = sync.OnceValue(func() []compiled { return compile(DefaultVague()) })
)

// appendPhrases adds a finding for each whole-word occurrence of each phrase.
func appendPhrases(out []Finding, text, norm string, idx []int, rule string, ps []compiled) []Finding {
	covered := func(s, e int) bool {
		for _, f := range out {
			if f.Start <= s && e <= f.End {
				return true
			}
		}
		return false
	}
	for _, p := range ps {
		pat := p.pat
		for from := 0; from <= len(norm)-len(pat); {
			i := strings.Index(norm[from:], pat)
			if i < 0 {
				break
			}
			i += from
			j := i + len(pat)
			from = i + 1
			if !boundary(norm, i-1) || !boundary(norm, j) {
				continue
			}
			s, e := idx[i], idx[j]
			if covered(s, e) {
				continue
			}
			out = append(out, Finding{Rule: rule, Start: s, End: e, Text: text[s:e],
				Message: "\"" + p.Text + "\" is " + p.Why, Instead: p.Instead})
		}
	}
	return out
}

// boundary reports whether position i of s is outside a word.
func boundary(s string, i int) bool {
	if i < 0 || i >= len(s) {
		return true
	}
	c := s[i]
	return !(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 0x80)
}

// normalise lowercases s, straightens quotes and collapses whitespace
// (line breaks included) to one space. idx maps each byte of the result,
// and its end, to the byte offset in s.
func normalise(s string) (string, []int) {
	var b strings.Builder
	b.Grow(len(s))
	idx := make([]int, 0, len(s)+1)
	space := false
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\u2018' || r == '\u2019' || r == '`':
			r = '\''
		case r == '\u201C' || r == '\u201D':
			r = '"'
		case r == '>' && (i == 0 || s[i-1] == '\n'):
			r = ' ' // quoted reply marker
		}
		if unicode.IsSpace(r) {
			if !space {
				b.WriteByte(' ')
				idx = append(idx, i)
			}
			space = true
			i += n
			continue
		}
		space = false
		if r == utf8.RuneError && n == 1 {
			b.WriteByte('?')
			idx = append(idx, i)
			i++
			continue
		}
		lr := unicode.ToLower(r)
		var buf [utf8.UTFMax]byte
		m := utf8.EncodeRune(buf[:], lr)
		for k := 0; k < m; k++ {
			b.WriteByte(buf[k])
			// A lowercased rune may change length: map every byte to the
			// rune's start.
			idx = append(idx, i)
		}
		i += n
	}
	idx = append(idx, len(s))
	return b.String(), idx
}

// dateRe finds the words that give a date or a time.
// It is applied to lowercased text.
var dateRe = regexp.MustCompile(`\b(?:` +
	`(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|rsday|urday)?\b|` +
	`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|` +
	`\d{1,2}/\d{1,2}\b|\d{4}-\d{2}-\d{2}\b|\d{1,2}(?::\d{2})?\s*(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}\b|` +
	`today|tomorrow|tonight|eod|eow|cob|end of (?:day|the day|week|the week|month|the month|quarter|the quarter|year)|` +
	`(?:this|next) (?:week|month|quarter)|q[1-4]\b|within \d+ (?:hours|days|business days))`)

// hasDate reports whether s names a date or a time.
func hasDate(s string) bool {
	return dateRe.MatchString(strings.ToLower(s))
}

func (l Linter) hasNextStep(norm string) bool {
	if dateRe.MatchString(norm) {
		return true
	}
	cues := l.NextStepCues
	if cues == nil {
		cues = DefaultNextStepCues()
	}
	for _, c := range cues {
		if c = strings.ToLower(c); c != "" && strings.Contains(norm, c) {
			return true
		}
	}
	return false
}

// undated flags the bullets under an action-item heading that carry no
// date or time.
func (l Linter) undated(text string) []Finding {
	heads := l.ItemHeadings
	if heads == nil {
		heads = DefaultItemHeadings()
	}
	var out []Finding
	inItems := false
	lastBullet := -1 // index in out of the current bullet's finding
	off := 0
	for line := range strings.SplitSeq(text, "\n") {
		start := off
		off += len(line) + 1
		trim := strings.TrimSpace(line)
		body, isBullet := bulletBody(trim)
		switch {
		case trim == "":
			inItems = false
			lastBullet = -1
		case isBullet:
			lastBullet = -1
			if !inItems {
				continue
			}
			if hasDate(body) {
				continue
			}
			s := start + strings.Index(line, body)
			out = append(out, Finding{Rule: "undated-item", Start: s, End: s + len(body), Text: body,
				Message: "action item without a date", Instead: "add a date, or a date to confirm"})
			lastBullet = len(out) - 1
		case lastBullet >= 0 && line != trim && line[0] == ' ':
			// A wrapped continuation of the bullet: a date here counts.
			if hasDate(trim) {
				out = out[:lastBullet]
				lastBullet = -1
			}
		default:
			lastBullet = -1
			low := strings.ToLower(trim)
			inItems = false
			for _, h := range heads {
				if h != "" && strings.Contains(low, strings.ToLower(h)) {
					inItems = true
					break
				}
			}
		}
	}
	return out
}

// bulletBody returns the text of a bullet line ("- x", "* x", "• x",
// "1. x") and whether it is one.
func bulletBody(s string) (string, bool) {
	for _, p := range []string{"- ", "* ", "• ", "+ "} {
		if strings.HasPrefix(s, p) {
			return strings.TrimSpace(s[len(p):]), true
		}
	}
	i := 0
	for i < len(s) && i < 3 && s[i] >= '0' && s[i] <= '9' {
		i++
	}
	if i > 0 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' ' {
		return strings.TrimSpace(s[i+2:]), true
	}
	return s, false
}

func sortFindings(fs []Finding) {
	// Insertion sort: short lists, stable.
	for i := 1; i < len(fs); i++ {
		for j := i; j > 0 && (fs[j].Start < fs[j-1].Start || fs[j].Start == fs[j-1].Start && fs[j].Rule < fs[j-1].Rule); j-- {
			fs[j], fs[j-1] = fs[j-1], fs[j]
		}
	}
}

func itoa(n int) string {
	if n == 0 {
		return "0"
	}
	neg := n < 0
	if neg {
		n = -n
	}
	var b [20]byte
	i := len(b)
	for n > 0 {
		i--
		b[i] = byte('0' + n%10)
		n /= 10
	}
	if neg {
		i--
		b[i] = '-'
	}
	return string(b[i:])
}
