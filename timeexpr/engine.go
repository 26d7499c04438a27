package timeexpr

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/olebedev/when/rules"
)

// This file holds the engine: the rule type (in olebedev/when's rules.Rule
// form), the parser built once from the rule tables, the trigger scan that
// limits rules to small windows of the text, and the selection of matches.
// The composition of adjacent matches into one expression is in compose.go;
// the rule families are in rules_*.go.

// kind is what a match (an atom) names before composition.
type kind uint8

const (
	kDate    kind = iota + 1 // one calendar day ("Friday", "Dec 3", "tomorrow")
	kPeriod                  // a span with its own deadline ("next week", "Q3", "in 48 hours")
	kClock                   // a time of day ("2pm", "14:00", "noon")
	kPart                    // a part of a day ("morning", "EOD", "first thing")
	kZone                    // a zone named after a clock time ("Eastern", "PT")
	kMod                     // a bound word ("by", "before", "after", "no later than")
	kAnchor                  // an event ("our next call", "the demo")
	kImplied                 // "ASAP", "right away"
)

// part is a part of a day.
type part uint8

const (
	partNone part = iota
	partMorning
	partAfternoon
	partEvening
	partNight // tonight
	partFirstThing
	partEOD
	partLunch
)

// atom is what one rule match says, before it is composed with its
// neighbours and turned into an Expr.
type atom struct {
	span Span
	kind kind
	rule string

	// kDate: the day (midnight in the calendar's zone). weekday is set for a
	// bare or "this/next" weekday, which a following week can re-anchor
	// ("Friday next week").
	day     time.Time
	weekday int // -1 when the day is not a weekday phrase

	// mon, mday and year are the parts a date was written with (mday 0 for
	// a month, year 0 when none was written): a range's year completes its
	// start ("August 10 - November 12, 2013").
	mon, mday, year int

	// kPeriod (and kDate/kPart after resolution): the interval and deadline.
	start, end, due time.Time
	grain           Grain
	past            bool
	week            bool // a week period ("next week"), which can hold a weekday
	endOf           bool // "end of ..." phrase: "before end of Q3" means by it
	startBound      bool // "by the holidays": a deadline before the period starts

	// kClock: hour and minute; meridiem says whether am/pm was given (or the
	// clock is 24-hour), weak marks a bare "at 3" that needs a neighbour or
	// the end of a clause to count.
	hour, min int
	meridiem  bool
	weak      bool
	midnight  bool // said as "midnight"

	// kPart
	part part
	this bool // "this morning", "tonight": today's, even if over

	// kZone
	loc *time.Location

	// kMod
	bound      Bound
	offset     int          // "two weeks from": a count of offsetUnit
	offsetUnit durationUnit // (offset 0: no offset)
	weekOf     bool         // "the week of": the week holding the date

	// kAnchor
	anchor string

	// explicit is false for implied deadlines.
	implicit bool

	// cut is the number of bytes a rule gives back from the end of its
	// match (a trailing context it only looked at).
	cut int

	// Durations: at is the reference moved by the duration (exact, with its
	// clock), fine says a unit below a day took part, sign is -1 for a
	// past duration. more marks a bare count and unit that only continues
	// a duration ("+2 months, 5 days"), signed a "+10 days" that also moves
	// a date before it ("next Tuesday +10 days"); moreN and moreU are
	// their amount.
	at           time.Time
	fine         bool
	sign         int
	more, signed bool
	moreN        float64
	moreU        durationUnit
	yearOnly     bool // a bare year after a time ("Thu Oct 26 11:00:09 2023")
}

// env is what rules resolve against: the reference time in the calendar's
// zone and the calendar.
type env struct {
	ref    time.Time // in cal.Loc()
	refDay time.Time // midnight of ref's day
	cal    Calendar

	// run caches the next run of holidays (holidayRun), found once per
	// text.
	run struct {
		first, end time.Time
		ok, done   bool
	}
}

func newEnv(ref time.Time, cal Calendar) *env {
	ref = ref.In(cal.Loc())
	return &env{ref: ref, refDay: cal.day(ref), cal: cal}
}

// date returns midnight of y-m-d in the calendar's zone.
func (e *env) date(y int, m time.Month, d int) time.Time {
	return time.Date(y, m, d, 0, 0, 0, 0, e.cal.Loc())
}

// addDays moves a midnight by n calendar days (AddDate keeps midnight across
// clock changes).
func addDays(t time.Time, n int) time.Time { return t.AddDate(0, 0, n) }

// weekStart returns the Monday of t's Monday-start week.
func weekStart(t time.Time) time.Time {
	return addDays(t, -((int(t.Weekday()) + 6) % 7))
}

// match is a rule match inside the text: the whole matched text and the
// submatches (empty when a group did not take part).
type match struct {
	text string
	sub  []string
	// after is the text following the match (up to the window end), before
	// the text preceding it; rules read them to reject ordinary words.
	before, after string
}

// group returns submatch i, lower-cased.
func (m *match) group(i int) string {
	if i >= len(m.sub) {
		return ""
	}
	return strings.ToLower(m.sub[i])
}

// rule is one pattern and the applier that turns its match into an atom.
// It implements olebedev/when's rules.Rule, so a rule can also run inside a
// when.Parser; the engine uses its own applier (apply) to keep the
// intervals, grains and deadlines when's Context cannot hold.
type rule struct {
	name    string
	on      trigger // trigger classes, one of which must be in a window
	pattern string  // compiled case-insensitively, with word boundaries added
	apply   func(m *match, e *env) (atom, bool)

	once     sync.Once
	re       *regexp.Regexp // unanchored, for Find
	anchored *regexp.Regexp // anchored at a word start, for the engine
	pre      *prefilter     // the two-byte starts a match can have
	index    int            // position in the parser, for ruleSet
}

// compile builds the rule's regexps once. Patterns are lower case and run
// over a lower-cased copy of the text (ASCII only, so offsets are kept): no
// case folding at match time.
func (r *rule) compile() {
	r.once.Do(func() {
		r.re = regexp.MustCompile(`\b(?:` + r.pattern + `)`)
		r.anchored = regexp.MustCompile(`^(?:` + r.pattern + `)`)
		r.pre = newPrefilter(r.pattern)
	})
}

func (r *rule) regexp() *regexp.Regexp {
	r.compile()
	return r.re
}

// Find implements rules.Rule: it returns the first match in text, or nil.
// The match's applier sets when's Context to the resolved start of the
// expression, against the base time in its own zone and a zero Calendar.
func (r *rule) Find(text string) *rules.Match {
	loc := r.regexp().FindStringSubmatchIndex(lower(text))
	if loc == nil {
		return nil
	}
	m := toMatch(text, loc, 0, len(text))
	return &rules.Match{
		Left:     loc[0],
		Right:    loc[1],
		Text:     text[loc[0]:loc[1]],
		Captures: m.sub[1:],
		Applier: func(_ *rules.Match, c *rules.Context, _ *rules.Options, base time.Time) (bool, error) {
			e := newEnv(base, Calendar{Location: base.Location()})
			a, ok := r.apply(&m, e)
			if !ok {
				return false, nil
			}
			x, ok := finish([]atom{a}, e)
			if !ok || x.Start.IsZero() {
				return false, nil
			}
			s := x.Start
			y, mo, d, h, mi := s.Year(), int(s.Month()), s.Day(), s.Hour(), s.Minute()
			c.Year, c.Month, c.Day, c.Hour, c.Minute = &y, &mo, &d, &h, &mi
			c.Location = s.Location()
			return true, nil
		},
	}
}

var _ rules.Rule = (*rule)(nil)

func toMatch(text string, loc []int, lo, hi int) match {
	m := match{text: text[loc[0]:loc[1]], sub: make([]string, len(loc)/2)}
	for i := 0; i+1 < len(loc); i += 2 {
		if loc[i] >= 0 {
			m.sub[i/2] = text[loc[i]:loc[i+1]]
		}
	}
	m.before = text[lo:loc[0]]
	m.after = text[loc[1]:hi]
	return m
}

// parser is the compiled rule set, built once.
type parser struct {
	rules []*rule
	// The three-byte prefilters of all rules, merged so that one lookup
	// per position answers for every rule: the rules a three-byte start
	// allows are always | by1[c0] | by2[c0 c1] | by3[c0 c1 c2].
	always ruleSet
	by1    [256]ruleSet
	by2    map[string]ruleSet
	by3    map[string]ruleSet
}

// ruleSet is a set of rules by index.
type ruleSet [4]uint64

func (s *ruleSet) add(i int)     { s[i>>6] |= 1 << (i & 63) }
func (s ruleSet) has(i int) bool { return s[i>>6]&(1<<(i&63)) != 0 }
func (s ruleSet) or(t ruleSet) ruleSet {
	return ruleSet{s[0] | t[0], s[1] | t[1], s[2] | t[2], s[3] | t[3]}
}

// allowed3 returns the rules whose three-byte prefilter allows the start
// of s.
func (p *parser) allowed3(s string) ruleSet {
	set := p.always
	if len(s) < 3 {
		return ruleSet{^uint64(0), ^uint64(0), ^uint64(0), ^uint64(0)}
	}
	set = set.or(p.by1[s[0]])
	if t, ok := p.by2[s[:2]]; ok {
		set = set.or(t)
	}
	if t, ok := p.by3[s[:3]]; ok {
		set = set.or(t)
	}
	return set
}

// allRules lists every rule family. A new family is a new rules_*.go file
// with a table, added here.
func allRules() [][]*rule {
	return [][]*rule{
		holidayRules,
		anchorRules,
		durationRules,
		periodRules,
		dateRules,
		weekdayRules,
		casualRules,
		clockRules,
		modifierRules,
	}
}

var theParser = sync.OnceValue(func() *parser {
	p := &parser{by2: map[string]ruleSet{}, by3: map[string]ruleSet{}}
	for _, family := range allRules() {
		for _, r := range family {
			r.compile()
			r.index = len(p.rules)
			p.rules = append(p.rules, r)
		}
	}
	if len(p.rules) > 64*len(p.always) {
		panic("timeexpr: too many rules for ruleSet") // a programming error, caught by every test
	}
	for i, r := range p.rules {
		if r.pre.full == nil {
			p.always.add(i)
			continue
		}
		for k := range r.pre.short {
			switch len(k) {
			case 0:
				p.always.add(i)
			case 1:
				p.by1[k[0]].add(i)
			case 2:
				t := p.by2[k]
				t.add(i)
				p.by2[k] = t
			}
		}
		for k := range r.pre.full {
			t := p.by3[k]
			t.add(i)
			p.by3[k] = t
		}
	}
	return p
})

// Window sizes: how far before and after a trigger the rules look, and the
// longest window one regexp pass sees.
const (
	maxRuleLen = 64 // the longest text one rule match may span
	contextLen = 64 // the text before and after a match its rule may read
	lookBehind = 48
	lookAhead  = 56
	maxWindow  = 512
)

type window struct {
	lo, hi int
	on     trigger
}

// find runs the rules over the windows of text and returns the atoms, sorted
// by position and with overlaps removed.
func (p *parser) find(text string, e *env) []atom {
	wins := windows(text)
	if len(wins) == 0 {
		return nil
	}
	low := lower(text)
	var atoms []atom
	var active []*rule
	for _, w := range wins {
		active = active[:0]
		for _, r := range p.rules {
			if r.on&w.on != 0 {
				active = append(active, r)
			}
		}
		// Rules run anchored at each word start of the window (and at the
		// signs "+", "-", "@"), and only where their first byte can match:
		// a failing attempt costs a few steps, not a scan of the window.
		for i := w.lo; i < w.hi; i++ {
			c := low[i]
			if i > w.lo && isWord(low[i-1]) || !isWord(c) && c != '+' && c != '-' && c != '@' && c != '~' {
				continue
			}
			end := min(w.hi, i+maxRuleLen)
			if e2 := snapRight(text, end); e2 > i {
				end = e2 // a match never ends inside a word
			}
			var c1 byte
			if i+1 < len(low) {
				c1 = low[i+1]
			}
			allowed := p.allowed3(low[i:min(len(low), i+3)])
			for _, r := range active {
				if !allowed.has(r.index) || !r.pre.allows(c, c1) {
					continue
				}
				loc := r.anchored.FindStringSubmatchIndex(low[i:end])
				if loc == nil || loc[1] == 0 {
					continue
				}
				for k := range loc {
					if loc[k] >= 0 {
						loc[k] += i
					}
				}
				// Rules see the text around the match, beyond the window.
				m := toMatch(text, loc, max(0, loc[0]-contextLen), min(len(text), loc[1]+contextLen))
				a, ok := r.apply(&m, e)
				if !ok {
					continue
				}
				a.span = Span{Start: loc[0], End: loc[1] - a.cut}
				a.span.End = trimPeriod(text, a.span)
				a.rule = r.name
				atoms = append(atoms, a)
			}
		}
	}
	return selectAtoms(atoms)
}

// selectAtoms keeps the longest atoms (the earlier of two equally long
// ones) and drops the atoms that overlap one already kept; the result is in
// text order. It works cluster by cluster (atoms linked by overlaps) with an
// occupancy map, so its cost is linear in the atoms' total length.
func selectAtoms(atoms []atom) []atom {
	sort.SliceStable(atoms, func(i, j int) bool { return atoms[i].span.Start < atoms[j].span.Start })
	out := make([]atom, 0, len(atoms))
	var used []bool
	for i := 0; i < len(atoms); {
		lo, hi := atoms[i].span.Start, atoms[i].span.End
		j := i + 1
		for j < len(atoms) && atoms[j].span.Start < hi {
			hi = max(hi, atoms[j].span.End)
			j++
		}
		cluster := atoms[i:j]
		if len(cluster) == 1 {
			if cluster[0].span.Len() > 0 {
				out = append(out, cluster[0])
			}
			i = j
			continue
		}
		sort.SliceStable(cluster, func(a, b int) bool {
			x, y := cluster[a].span, cluster[b].span
			if x.Len() != y.Len() {
				return x.Len() > y.Len()
			}
			return x.Start < y.Start
		})
		used = append(used[:0], make([]bool, hi-lo)...)
		first := len(out)
	next:
		for _, a := range cluster {
			if a.span.Len() <= 0 {
				continue
			}
			for k := a.span.Start; k < a.span.End; k++ {
				if used[k-lo] {
					continue next
				}
			}
			for k := a.span.Start; k < a.span.End; k++ {
				used[k-lo] = true
			}
			out = append(out, a)
		}
		kept := out[first:]
		sort.Slice(kept, func(a, b int) bool { return kept[a].span.Start < kept[b].span.Start })
		i = j
	}
	return out
}

// windows scans text once for trigger words and returns the merged windows
// around them.
func windows(text string) []window {
	var wins []window
	add := func(s, e int, on trigger) {
		lo := snapLeft(text, max(0, s-lookBehind))
		hi := snapRight(text, min(len(text), e+lookAhead))
		if n := len(wins); n > 0 && lo <= wins[n-1].hi && hi-wins[n-1].lo <= maxWindow {
			w := &wins[n-1]
			w.hi = max(w.hi, hi)
			w.on |= on
			return
		}
		wins = append(wins, window{lo: lo, hi: hi, on: on})
	}
	var weak trigger // weak triggers seen since the last window
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case isDigit(c):
			if end, ok := timestamp(text, i); ok {
				i = end
				continue
			}
			j := i
			for j < len(text) && isDigit(text[j]) {
				j++
			}
			add(i, j, tDigit|weak)
			weak = 0
			i = j
		case isLetter(c):
			j := i
			digits := false
			for j < len(text) && (isWord(text[j]) || text[j] == '\'') {
				digits = digits || isDigit(text[j])
				j++
			}
			t := lookupTrigger(text[i:j])
			if t == 0 && digits {
				t = tDigit // "FY26", "15Sep"
			}
			if t != 0 {
				if t&strongTriggers != 0 || t&tNumWord != 0 && spokenClock(text, i, j) {
					add(i, j, t|weak)
					weak = 0
				} else if n := len(wins); n > 0 && i < wins[n-1].hi {
					wins[n-1].on |= t
				} else {
					weak |= t
				}
			}
			i = j
		default:
			i++
		}
	}
	// Weak triggers inside a window count for it.
	return wins
}

// trimPeriod drops a sentence's full stop from the end of a match: the dot
// after "October" or "Friday" is punctuation, the one of "Sept." or
// "p.m." belongs to the abbreviation.
func trimPeriod(text string, s Span) int {
	if s.Len() < 2 || text[s.End-1] != '.' {
		return s.End
	}
	k := s.End - 1
	for k > s.Start && isLetter(text[k-1]) {
		k--
	}
	word := strings.ToLower(text[k : s.End-1])
	if k > s.Start && text[k-1] == '.' {
		return s.End // "a.m.", "p.m."
	}
	if _, ok := monthOf(word); ok && len(word) > 4 || word == "may" || word == "june" || word == "july" {
		return s.End - 1
	}
	if _, ok := weekdayOf(word); ok && len(word) > 5 {
		return s.End - 1
	}
	if len(word) > 4 {
		return s.End - 1
	}
	return s.End
}

// timestamp reports whether a transcript timestamp starts at i
// ("[00:12:34]", "(01:02)", "00:00:04,000 --> 00:00:07,500") and returns
// its end: timestamps are not time expressions and would open a window on
// every line.
func timestamp(text string, i int) (int, bool) {
	j := i
	colons := 0
	// A timestamp is short: stop after 12 bytes, so that a long run of
	// "12:12:12:..." costs linear time.
	for j < len(text) && j-i < 12 && (isDigit(text[j]) || text[j] == ':' && j+1 < len(text) && isDigit(text[j+1])) {
		if text[j] == ':' {
			colons++
		}
		j++
	}
	if colons == 0 {
		return 0, false
	}
	if j < len(text) && (text[j] == '.' || text[j] == ',') && j+1 < len(text) && isDigit(text[j+1]) {
		j++
		for j < len(text) && isDigit(text[j]) {
			j++
		}
	}
	open := i > 0 && (text[i-1] == '[' || text[i-1] == '(')
	closed := j < len(text) && (text[j] == ']' || text[j] == ')')
	if open && closed {
		return j + 1, true
	}
	rest := strings.TrimLeft(text[j:min(len(text), j+8)], " ")
	before := strings.TrimRight(text[max(0, i-8):i], " ")
	if strings.HasPrefix(rest, "-->") || strings.HasSuffix(before, "-->") {
		return j, true
	}
	return 0, false
}

// lower returns text with ASCII letters lower-cased (other bytes kept, so
// byte offsets are the same); text itself when it has no upper case.
func lower(text string) string {
	k := 0
	for k < len(text) && !('A' <= text[k] && text[k] <= 'Z') {
		k++
	}
	if k == len(text) {
		return text
	}
	b := []byte(text)
	for ; k < len(b); k++ {
		if c := b[k]; 'A' <= c && c <= 'Z' {
			b[k] = c + 'a' - 'A'
		}
	}
	return string(b)
}

func isDigit(c byte) bool  { return '0' <= c && c <= '9' }
func isLetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }
func isWord(c byte) bool   { return isDigit(c) || isLetter(c) }

// snapLeft moves i right to the start of a word (or a rune) so that a
// window never starts inside one.
func snapLeft(text string, i int) int {
	for i > 0 && i < len(text) && isWord(text[i-1]) && isWord(text[i]) {
		i++
	}
	for i < len(text) && !utf8.RuneStart(text[i]) {
		i++
	}
	return i
}

// snapRight moves i left to the end of a word (or a rune boundary).
func snapRight(text string, i int) int {
	for i < len(text) && i > 0 && isWord(text[i-1]) && isWord(text[i]) {
		i--
	}
	for i < len(text) && i > 0 && !utf8.RuneStart(text[i]) {
		i--
	}
	return i
}

// lookupTrigger returns the trigger classes of a word (ASCII letters and
// apostrophes), case-insensitively, without allocating for short words.
func lookupTrigger(w string) trigger {
	if len(w) > 24 {
		return 0
	}
	var buf [24]byte
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		buf[i] = c
	}
	b := buf[:len(w)]
	if t := triggerWords()[string(b)]; t != 0 {
		return t
	}
	// "weeks'", "Friday's": the word without its possessive.
	for len(b) > 1 && (b[len(b)-1] == '\'' || b[len(b)-1] == 's' && b[len(b)-2] == '\'') {
		if b[len(b)-1] == 's' {
			b = b[:len(b)-2]
		} else {
			b = b[:len(b)-1]
		}
		if t := triggerWords()[string(b)]; t != 0 {
			return t
		}
	}
	return 0
}

// atoi parses a small decimal number; it returns -1 on failure.
func atoi(s string) int {
	if s == "" || len(s) > 9 {
		return -1
	}
	n, err := strconv.Atoi(s)
	if err != nil {
		return -1
	}
	return n
}
