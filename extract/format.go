package extract

import (
	"strings"
	"time"

	"github.com/aftercall/aftercall/timeexpr"
)

// rawTurn is one stretch of text by one speaker as a reader found it,
// before speakers are resolved to attendees.
type rawTurn struct {
	label   string          // speaker label as written ("Dana Reyes", "DANA"); "" when none
	org     string          // organisation given with the label ("Dana Reyes (Northwind):")
	offset  time.Duration   // time into the call, when the format gives one
	segs    []timeexpr.Span // pieces of the input that hold the words, in order
	section string          // notes: the heading the line sits under, lower case
	notes   bool            // a line of notes
	// bulletOwner is the owner a notes line names in its own form
	// ("Maya: …", "… (@Maya)", "@Maya to …"), as written.
	bulletOwner string
	// ownerSpan is the part of the line that names bulletOwner, not part
	// of the task.
	ownerSpan timeexpr.Span
}

// line is one line of the input, without its line ending.
type line struct{ start, end int }

// splitLines returns the lines of text with their byte offsets.
func splitLines(text string) []line {
	ls := make([]line, 0, strings.Count(text, "\n")+1)
	start := 0
	for i := 0; i < len(text); i++ {
		if text[i] == '\n' || text[i] == '\r' {
			ls = append(ls, line{start, i})
			if text[i] == '\r' && i+1 < len(text) && text[i+1] == '\n' {
				i++
			}
			start = i + 1
		}
	}
	if start < len(text) {
		ls = append(ls, line{start, len(text)})
	}
	return ls
}

// trimSpan returns the span of text[s:e] without surrounding white space.
func trimSpan(text string, s, e int) (int, int) {
	for s < e && isSpace(text[s]) {
		s++
	}
	for e > s && isSpace(text[e-1]) {
		e--
	}
	return s, e
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isUpper(c byte) bool { return c >= 'A' && c <= 'Z' }

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 }

// Detect reports the format of text: one of the transcript formats
// (FormatPlain, FormatTimestamped, FormatOtter, FormatVTT, FormatSRT) or
// FormatNotes when no transcript format fits. It never fails: anything that
// is not recognisably a transcript is read as notes.
func Detect(text string) Format {
	ls := splitLines(text)
	first := -1
	for i, l := range ls {
		if l.end > l.start && strings.TrimSpace(text[l.start:l.end]) != "" {
			first = i
			break
		}
	}
	if first < 0 {
		return FormatNotes
	}
	head := strings.TrimPrefix(strings.TrimSpace(text[ls[first].start:ls[first].end]), "\uFEFF")
	if strings.HasPrefix(head, "WEBVTT") {
		return FormatVTT
	}
	var content, speaker, stamped, otter, srtTiming, vttTiming, bullets int
	labels := map[string]int{}
	for i, l := range ls {
		s := strings.TrimSpace(text[l.start:l.end])
		if s == "" {
			continue
		}
		if i <= first+12 && isHeader(s) {
			continue
		}
		content++
		switch {
		case isTiming(s, ','):
			srtTiming++
			continue
		case isTiming(s, '.'):
			vttTiming++
			continue
		}
		if isBullet(s) {
			bullets++
		}
		if _, ok := otterHeader(s); ok {
			otter++
			continue
		}
		if p, ok := parseSpeakerLine(s); ok {
			if p.stamp {
				stamped++
			} else {
				speaker++
			}
			labels[strings.ToLower(p.label)]++
		}
	}
	switch {
	case srtTiming >= 1 && srtTiming*4 >= content-srtTiming*3:
		return FormatSRT
	case vttTiming >= 1 && vttTiming*4 >= content-vttTiming*3:
		return FormatVTT
	case stamped >= 2 && stamped*2 >= content:
		return FormatTimestamped
	case otter >= 2 && otter*4 >= content:
		return FormatOtter
	}
	if bullets*3 >= content {
		return FormatNotes
	}
	repeated := 0
	for _, n := range labels {
		if n >= 2 {
			repeated += n
		}
	}
	if len(labels) >= 2 && speaker*10 >= content*6 && (repeated*2 >= speaker || speaker <= 8 && speaker*10 >= content*8) {
		return FormatPlain
	}
	return FormatNotes
}

// isBullet reports whether s starts like a list item.
func isBullet(s string) bool {
	if s == "" {
		return false
	}
	switch s[0] {
	case '-', '*', '+':
		return len(s) > 1 && s[1] == ' '
	}
	if strings.HasPrefix(s, "•") || strings.HasPrefix(s, "–") || strings.HasPrefix(s, "[ ]") || strings.HasPrefix(s, "[x]") {
		return true
	}
	i := 0
	for i < len(s) && isDigit(s[i]) {
		i++
	}
	return i > 0 && i < 3 && i+1 < len(s) && (s[i] == '.' || s[i] == ')') && s[i+1] == ' '
}

// isTiming reports whether s is a cue timing line ("00:00:01,000 -->
// 00:00:04,000"), with frac as the separator of milliseconds.
func isTiming(s string, frac byte) bool {
	i := strings.Index(s, "-->")
	if i < 0 {
		return false
	}
	a := strings.TrimSpace(s[:i])
	_, ok := parseClock(a, frac)
	return ok
}

// parseClock parses "hh:mm:ss.mmm", "mm:ss.mmm", "hh:mm:ss" or "mm:ss"
// (frac is the decimal separator, 0 for none allowed).
func parseClock(s string, frac byte) (time.Duration, bool) {
	var parts [3]int
	n, cur, digits := 0, 0, 0
	ms := -1
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isDigit(c):
			if digits > 3 {
				return 0, false
			}
			cur = cur*10 + int(c-'0')
			digits++
		case c == ':':
			if digits == 0 || n >= 2 || ms >= 0 {
				return 0, false
			}
			parts[n] = cur
			n++
			cur, digits = 0, 0
		case (c == frac || c == '.' || c == ',') && frac != 0 && ms < 0:
			if digits == 0 {
				return 0, false
			}
			parts[n] = cur
			n++
			cur, digits = 0, 0
			ms = 0
		default:
			return 0, false
		}
	}
	if digits == 0 {
		return 0, false
	}
	if ms >= 0 {
		ms = cur
		n--
	} else {
		parts[n] = cur
	}
	if n < 1 {
		return 0, false
	}
	var h, m, sec int
	if n == 2 {
		h, m, sec = parts[0], parts[1], parts[2]
	} else {
		m, sec = parts[0], parts[1]
	}
	if m > 59 && n == 2 || sec > 59 {
		return 0, false
	}
	d := time.Duration(h)*time.Hour + time.Duration(m)*time.Minute + time.Duration(sec)*time.Second
	if ms > 0 {
		d += time.Duration(ms) * time.Millisecond
	}
	return d, true
}

// speakerLine is a parsed "[00:12:03] Name (Org): text" line; offsets are
// relative to the trimmed line.
type speakerLine struct {
	label, org string
	stamp      bool
	offset     time.Duration
	textStart  int // where the words start
}

// notSpeakers are labels that look like "Name:" but introduce something
// else.
var notSpeakers = map[string]bool{
	"note": true, "notes": true, "q": true, "a": true, "ai": true, "re": true, "fyi": true, "ps": true,
	"http": true, "https": true, "todo": true, "next steps": true, "action items": true, "update": true,
	"agenda": true, "summary": true, "decision": true, "decisions": true, "nb": true, "tl;dr": true,
}

// parseSpeakerLine parses s (trimmed) as a speaker line.
func parseSpeakerLine(s string) (speakerLine, bool) {
	var p speakerLine
	i := 0
	// optional timestamp: [00:12:03], (00:12), 00:12:03
	if i < len(s) && (s[i] == '[' || s[i] == '(') {
		closer := byte(']')
		if s[i] == '(' {
			closer = ')'
		}
		j := strings.IndexByte(s[i:], closer)
		if j > 0 {
			if d, ok := parseClock(strings.TrimSpace(s[i+1:i+j]), '.'); ok {
				p.stamp, p.offset = true, d
				i += j + 1
			}
		}
	} else if i < len(s) && isDigit(s[i]) {
		j := i
		for j < len(s) && (isDigit(s[j]) || s[j] == ':' || s[j] == '.') {
			j++
		}
		if j < len(s) && s[j] == ' ' {
			if d, ok := parseClock(s[i:j], '.'); ok && strings.Count(s[i:j], ":") >= 1 {
				p.stamp, p.offset = true, d
				i = j
			}
		}
	}
	for i < len(s) && s[i] == ' ' {
		i++
	}
	if p.stamp && i < len(s) && s[i] == '-' {
		i++
		for i < len(s) && s[i] == ' ' {
			i++
		}
	}
	colon := colonOutsideParens(s[i:])
	if colon <= 0 || colon > 80 {
		return p, false
	}
	label := s[i : i+colon]
	rest := i + colon + 1
	if rest < len(s) && s[rest] != ' ' && s[rest] != '\t' {
		return p, false // "10:30", "http://"
	}
	label = strings.TrimSpace(label)
	if k := strings.IndexByte(label, '('); k > 0 && strings.HasSuffix(label, ")") {
		p.org = strings.TrimSpace(label[k+1 : len(label)-1])
		label = strings.TrimSpace(label[:k])
		if p.org == "" || strings.ContainsAny(p.org, "()") {
			return p, false
		}
		if d, ok := parseClock(p.org, '.'); ok {
			p.org, p.stamp, p.offset = "", true, d // "Dana Reyes (00:12:03): text"
		}
	}
	if !looksLikeName(label) || notSpeakers[strings.ToLower(label)] {
		return p, false
	}
	p.label = label
	for rest < len(s) && (s[rest] == ' ' || s[rest] == '\t') {
		rest++
	}
	p.textStart = rest
	return p, true
}

// looksLikeName reports whether s could be a speaker label: one to four
// words, each starting with a capital letter or a digit ("Speaker 2"),
// or an all-caps name.
func looksLikeName(s string) bool {
	if s == "" || len(s) > 48 {
		return false
	}
	words := strings.Fields(s)
	if len(words) == 0 || len(words) > 4 {
		return false
	}
	for k, w := range words {
		c := w[0]
		if !(isUpper(c) || c >= 0x80 || k > 0 && isDigit(c)) {
			return false
		}
		for j := 0; j < len(w); j++ {
			b := w[j]
			if !(isLetter(b) || isDigit(b) && k > 0 || b == '.' || b == '\'' || b == '-') {
				return false
			}
		}
	}
	return true
}

// otterHeader parses an Otter-style speaker header: "Name  0:00" or
// "Name 00:12:03", the name followed by a timestamp and nothing else.
func otterHeader(s string) (speakerLine, bool) {
	var p speakerLine
	j := strings.LastIndexByte(s, ' ')
	if j <= 0 {
		return p, false
	}
	d, ok := parseClock(s[j+1:], 0)
	if !ok || !strings.Contains(s[j+1:], ":") {
		return p, false
	}
	label := strings.TrimSpace(s[:j])
	if strings.HasSuffix(label, "|") {
		label = strings.TrimSpace(strings.TrimSuffix(label, "|"))
	}
	if !looksLikeName(label) {
		return p, false
	}
	p.label, p.offset, p.stamp = label, d, true
	return p, true
}

// readTurns splits text into raw turns in format f (a concrete format),
// skipping the header lines (returned separately by ReadHeader).
func readTurns(text string, f Format) []rawTurn {
	ls := splitLines(text)
	skip := headerEnd(text, ls)
	ls = ls[skip:]
	switch f {
	case FormatVTT, FormatSRT:
		return readCues(text, ls)
	case FormatOtter:
		return readOtter(text, ls)
	case FormatNotes:
		return readNotes(text, ls)
	default:
		return readLabelled(text, ls)
	}
}

// readLabelled reads "Name: text" and "[00:12:03] Name: text" lines; lines
// without a label continue the previous turn.
func readLabelled(text string, ls []line) []rawTurn {
	var ts []rawTurn
	for _, l := range ls {
		s, e := trimSpan(text, l.start, l.end)
		if s == e {
			continue
		}
		if p, ok := parseSpeakerLine(text[s:e]); ok {
			ts = append(ts, rawTurn{label: p.label, org: p.org, offset: p.offset})
			s += p.textStart
		} else if len(ts) == 0 {
			ts = append(ts, rawTurn{})
		}
		if s < e {
			t := &ts[len(ts)-1]
			t.segs = append(t.segs, timeexpr.Span{Start: s, End: e})
		}
	}
	return ts
}

// readOtter reads Otter exports: a "Name  0:00" header line, then the
// words on the following lines.
func readOtter(text string, ls []line) []rawTurn {
	var ts []rawTurn
	for _, l := range ls {
		s, e := trimSpan(text, l.start, l.end)
		if s == e {
			continue
		}
		if p, ok := otterHeader(text[s:e]); ok {
			ts = append(ts, rawTurn{label: p.label, offset: p.offset})
			continue
		}
		if len(ts) == 0 {
			ts = append(ts, rawTurn{})
		}
		t := &ts[len(ts)-1]
		t.segs = append(t.segs, timeexpr.Span{Start: s, End: e})
	}
	return ts
}

// readCues reads WebVTT and SRT cues. The speaker comes from a <v Name>
// voice tag, a "Name: " prefix, or carries over from the previous cue when
// the cue names none.
func readCues(text string, ls []line) []rawTurn {
	var ts []rawTurn
	inCue, inNote := false, false
	var off time.Duration
	for _, l := range ls {
		s, e := trimSpan(text, l.start, l.end)
		if s == e {
			inCue, inNote = false, false
			continue
		}
		str := text[s:e]
		if inNote {
			continue
		}
		if !inCue {
			switch {
			case strings.HasPrefix(str, "WEBVTT"), strings.HasPrefix(str, "\uFEFFWEBVTT"):
				inNote = true // header block
			case str == "NOTE" || strings.HasPrefix(str, "NOTE ") || str == "STYLE" || str == "REGION":
				inNote = true
			case isTiming(str, '.') || isTiming(str, ','):
				inCue = true
				if k := strings.Index(str, "-->"); k > 0 {
					off, _ = parseClock(strings.TrimSpace(str[:k]), '.')
				}
			}
			// cue identifiers (SRT numbers) and anything else outside a cue
			// are skipped
			continue
		}
		// payload line
		label, segs := cuePayload(text, s, e)
		if label == "" && len(ts) > 0 {
			label = ts[len(ts)-1].label
		}
		org := ""
		if k := strings.IndexByte(label, '('); k > 0 && strings.HasSuffix(label, ")") {
			org = strings.TrimSpace(label[k+1 : len(label)-1])
			label = strings.TrimSpace(label[:k])
		}
		if len(segs) == 0 {
			continue
		}
		if n := len(ts); n > 0 && ts[n-1].label == label && (org == "" || ts[n-1].org == org) {
			ts[n-1].segs = append(ts[n-1].segs, segs...)
			continue
		}
		ts = append(ts, rawTurn{label: label, org: org, offset: off, segs: segs})
	}
	return ts
}

// cuePayload finds the speaker of a cue payload line text[s:e] and the
// spans of its words, without markup tags.
func cuePayload(text string, s, e int) (string, []timeexpr.Span) {
	label := ""
	str := text[s:e]
	if strings.HasPrefix(str, "<v") && len(str) > 2 && (str[2] == ' ' || str[2] == '.') {
		if k := strings.IndexByte(str, '>'); k > 0 {
			tag := str[2:k]
			if sp := strings.IndexByte(tag, ' '); sp >= 0 {
				label = strings.TrimSpace(tag[sp+1:])
			}
			s += k + 1
		}
	} else if strings.HasPrefix(str, "- ") {
		s += 2
	}
	if label == "" {
		if p, ok := parseSpeakerLine(text[s:e]); ok && !p.stamp {
			label = p.label
			if p.org != "" {
				label += " (" + p.org + ")"
			}
			s += p.textStart
		} else if str := text[s:e]; strings.HasPrefix(str, "[") || strings.HasPrefix(str, ">>") {
			// "[Dana] text" and ">> DANA: text"
			if strings.HasPrefix(str, ">>") {
				s += 2
				for s < e && text[s] == ' ' {
					s++
				}
				if p, ok := parseSpeakerLine(text[s:e]); ok {
					label = p.label
					s += p.textStart
				}
			} else if k := strings.IndexByte(str, ']'); k > 1 && looksLikeName(str[1:k]) {
				label = str[1:k]
				s += k + 1
			}
		}
	}
	// strip tags
	var segs []timeexpr.Span
	start := s
	for i := s; i < e; i++ {
		if text[i] == '<' {
			if k := strings.IndexByte(text[i:e], '>'); k > 0 {
				if a, b := trimSpan(text, start, i); a < b {
					segs = append(segs, timeexpr.Span{Start: a, End: b})
				}
				i += k
				start = i + 1
			}
		}
	}
	if a, b := trimSpan(text, start, e); a < b {
		segs = append(segs, timeexpr.Span{Start: a, End: b})
	}
	return label, segs
}

// actionSections are notes headings whose lines are action items even
// without a cue.
var actionSections = []string{
	"next step", "action item", "action", "ai", "to do", "todo", "to-do", "follow-up", "follow up",
	"followup", "tasks", "owners", "open items", "commitments", "deliverables",
}

// isActionSection reports whether a notes heading introduces action items.
func isActionSection(h string) bool {
	h = strings.Trim(strings.ToLower(h), " #*_:-")
	for _, a := range actionSections {
		if h == a || strings.HasPrefix(h, a+" ") || strings.HasPrefix(h, a+"s") || strings.HasSuffix(h, " "+a) || strings.HasSuffix(h, " "+a+"s") {
			return true
		}
	}
	return false
}

// readNotes reads a rep's notes: every line that is not a heading or a
// header line is a turn by the author.
func readNotes(text string, ls []line) []rawTurn {
	var ts []rawTurn
	section := ""
	for li, l := range ls {
		s, e := trimSpan(text, l.start, l.end)
		if s == e {
			continue
		}
		str := text[s:e]
		if k, _, ok := headerLine(str); ok && (peopleKey(k) != 0 || k == "date") {
			continue
		}
		bulleted := isBullet(str) || strings.HasPrefix(str, "-") || strings.HasPrefix(str, "*")
		heading := false
		if str[0] == '#' {
			heading = true
			for s < e && (text[s] == '#' || text[s] == ' ') {
				s++
			}
		}
		// strip bullets, checkboxes and emphasis
		for s < e {
			str = text[s:e]
			n := 0
			switch {
			case strings.HasPrefix(str, "[ ] "), strings.HasPrefix(str, "[x] "), strings.HasPrefix(str, "[X] "):
				n = 4
			case strings.HasPrefix(str, "•"), strings.HasPrefix(str, "–"), strings.HasPrefix(str, "—"):
				n = len("•")
				if !strings.HasPrefix(str, "•") {
					n = len("–")
				}
			case str[0] == '-' || str[0] == '*' || str[0] == '+' || str[0] == '>':
				if strings.HasPrefix(str, "**") {
					break
				}
				n = 1
			default:
				if isBullet(str) {
					n = strings.IndexByte(str, ' ')
				}
			}
			if n == 0 {
				break
			}
			s += n
			for s < e && isSpace(text[s]) {
				s++
			}
		}
		if s >= e {
			continue
		}
		str = text[s:e]
		plain := strings.TrimSpace(strings.NewReplacer("**", "", "__", "").Replace(str))
		if strings.HasSuffix(plain, ":") && len(strings.Fields(plain)) <= 6 {
			heading = true
			plain = strings.TrimSuffix(plain, ":")
		}
		if !heading && !bulleted && bareHeading(plain) && nextIsBullet(text, ls, li) {
			heading = true // "next steps" on its own line above a list
		}
		if heading {
			section = strings.ToLower(strings.Trim(plain, " *_:"))
			continue
		}
		t := rawTurn{notes: true, section: section}
		// "Next steps: X", "AI: X": a heading with its first item
		if k := strings.IndexByte(plain, ':'); k > 0 && isActionSection(plain[:k]) {
			if strings.ToLower(strings.TrimSpace(plain[:k])) != "ai" {
				section = strings.ToLower(strings.TrimSpace(plain[:k]))
			}
			t.section = strings.ToLower(strings.TrimSpace(plain[:k]))
			if c := strings.IndexByte(str, ':'); c >= 0 {
				s += c + 1
				for s < e && isSpace(text[s]) {
					s++
				}
				if s >= e {
					continue
				}
			}
		}
		noteOwner(&t, text, s, e)
		t.segs = []timeexpr.Span{{Start: s, End: e}}
		ts = append(ts, t)
	}
	return ts
}

// noteOwner finds the owner a notes line names by its form: "Owner: task",
// "Owner - task", "@Owner …", "… (Owner)" or "… (@Owner)".
func noteOwner(t *rawTurn, text string, s, e int) {
	str := text[s:e]
	if strings.HasPrefix(str, "@") {
		j := 1
		for j < len(str) && (isLetter(str[j]) || isDigit(str[j]) || str[j] == '.' || str[j] == '_') {
			j++
		}
		name := strings.TrimRight(str[1:j], ".")
		if name != "" {
			t.bulletOwner = name
			t.ownerSpan = timeexpr.Span{Start: s, End: s + j}
			return
		}
	}
	for _, sep := range []string{":", " - ", " – ", " -- "} {
		k := strings.Index(str, sep)
		if k <= 0 || k > 40 {
			continue
		}
		label := strings.TrimSpace(strings.Trim(str[:k], "*_"))
		low := strings.ToLower(label)
		if looksLikeName(label) || notePronoun(low) != 0 {
			t.bulletOwner = label
			t.ownerSpan = timeexpr.Span{Start: s, End: s + k + len(sep)}
			return
		}
	}
	// "task (Owner)", "task (@Owner) by Friday", "task (both)"
	for k := strings.LastIndexByte(str, '('); k > 0; k = strings.LastIndexByte(str[:k], '(') {
		c := strings.IndexByte(str[k:], ')')
		if c < 0 {
			continue
		}
		inner := strings.TrimSpace(str[k+1 : k+c])
		inner = strings.TrimPrefix(inner, "owner:")
		inner = strings.TrimSpace(strings.TrimPrefix(inner, "Owner:"))
		at := strings.HasPrefix(inner, "@")
		inner = strings.TrimPrefix(inner, "@")
		if inner != "" && (at || looksLikeName(inner) || notePronoun(strings.ToLower(inner)) != pronNone) && len(strings.Fields(inner)) <= 3 {
			t.bulletOwner = inner
			t.ownerSpan = timeexpr.Span{Start: s + k, End: s + k + c + 1}
			return
		}
	}
	if k := strings.Index(str, "@"); k > 0 && (str[k-1] == ' ' || str[k-1] == '(') {
		j := k + 1
		for j < len(str) && (isLetter(str[j]) || isDigit(str[j])) {
			j++
		}
		if j > k+1 {
			t.bulletOwner = str[k+1 : j]
			t.ownerSpan = timeexpr.Span{Start: s + k, End: s + j}
		}
	}
}

// Pronoun classes of a notes owner label.
const (
	pronNone = iota
	pronMe   // me, I, we, us, our side
	pronThem // them, they, the customer
	pronBoth // both, both teams, joint
)

// notePronoun classifies low (a lower-case notes owner label).
func notePronoun(low string) int {
	switch low {
	case "me", "i", "we", "us", "mine", "myself", "our side", "us/me":
		return pronMe
	case "them", "they", "their side", "customer", "client", "prospect":
		return pronThem
	case "both", "both teams", "both sides", "joint", "all", "everyone", "together":
		return pronBoth
	}
	return pronNone
}

// bareHeading reports whether a notes line could be a heading written
// without a colon ("next steps", "Background"): one to three words, no
// digits or punctuation.
func bareHeading(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 3 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(isLetter(c) || c == ' ' || c == '/' || c == '&' || c == '-') {
			return false
		}
	}
	return true
}

// nextIsBullet reports whether the next non-blank line after ls[i] is a
// list item.
func nextIsBullet(text string, ls []line, i int) bool {
	for j := i + 1; j < len(ls); j++ {
		t := strings.TrimSpace(text[ls[j].start:ls[j].end])
		if t != "" {
			return isBullet(t)
		}
	}
	return false
}

// isHeader reports whether s is a header line.
func isHeader(s string) bool {
	_, _, ok := headerLine(s)
	return ok
}

// colonOutsideParens returns the index of the first ':' in s outside
// parentheses, or -1.
func colonOutsideParens(s string) int {
	depth := 0
	for i := 0; i < len(s) && i < 100; i++ {
		switch s[i] {
		case '(':
			depth++
		case ')':
			if depth > 0 {
				depth--
			}
		case ':':
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}
