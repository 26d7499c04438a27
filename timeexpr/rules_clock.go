package timeexpr

import (
	"strings"
)

// Clock times: "2pm", "2:30 pm", "14:00", "11.10 pm", "noon", "midnight",
// "10ish", "3 o'clock", "a quarter past 3pm", "3:30-4:30pm" (the start),
// and a bare "at 10", which counts only next to a day, a part of a day or a
// zone, or at the end of a clause ("Tuesday at 10", "let's say at 10.").
// Spelled and British times ("half ten", "quarter to three", "ten thirty
// am", "at three twenty") follow the same am/pm inference; a bare spelled
// "at three" counts only next to a day, a part of a day or a zone.

// meridiem matches am/pm in its spoken and written forms.
const meridiem = `(?:[ap]\.\s?m\b\.?|[ap]\s?m\b|[ap]\b\.?)`

// hourWords are the spelled hours.
const hourWords = `one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve`

// unitWords, teenWords and tensWords spell the minutes after an hour: "ten
// thirty", "nine fifty-nine", "two oh five", "eleven fifteen".
var (
	unitWords = []string{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
	teenWords = []string{"ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"}
	tensWords = []string{"twenty", "thirty", "forty", "fifty"}
)

// minuteWords maps the spelled minutes (words separated by one space) to
// their value; "five" is there for "five past four".
var minuteWords = func() map[string]int {
	m := map[string]int{"five": 5}
	for i, u := range unitWords {
		m["oh "+u], m["o "+u] = i+1, i+1
	}
	for i, t := range teenWords {
		m[t] = 10 + i
	}
	for i, t := range tensWords {
		m[t] = 20 + 10*i
		for k, u := range unitWords {
			m[t+" "+u] = 20 + 10*i + k + 1
		}
	}
	return m
}()

// minuteValue returns the value of spelled minutes as the pattern matched
// them ("fifty-nine", "fifty  nine"), 0 when none.
func minuteValue(s string) int {
	return minuteWords[strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '-' || r == '\t' }), " ")]
}

var minuteWordPattern = `(?:oh|o)\s+(?:` + strings.Join(unitWords, "|") + `)|(?:` + strings.Join(tensWords, "|") +
	`)(?:[\s-]+(?:` + strings.Join(unitWords, "|") + `)\b)?|` + strings.Join(teenWords, "|")

var clockRules = []*rule{
	{name: "clock-range", on: tDigit, apply: applyClockRange,
		pattern: `(\d{1,2})(?:[:.](\d{2}))?\s*(?:-|–|to|until|till|through)\s*(\d{1,2})(?:[:.](\d{2}))?\s*(` + meridiem + `)`},
	{name: "clock-hms", on: tDigit, apply: applyClockHMS,
		pattern: `(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(?:\s*(` + meridiem + `))?`},
	{name: "clock-dot", on: tDigit, apply: applyClockHMS,
		pattern: `(\d{1,2})\.(\d{2})()\s*(` + meridiem + `)`},
	{name: "clock-hour-meridiem", on: tDigit, apply: applyClockHour,
		pattern: `(\d{1,2})(\s*ish)?(\s*)(` + meridiem + `)`},
	{name: "clock-dash", on: tDigit, apply: applyClockDash,
		pattern: `(\d{1,2})-([0-5]\d)\s*(` + meridiem + `)`},
	{name: "clock-before-part", on: tDigit | tNumWord, apply: applyClockBeforePart,
		pattern: `(\d{1,2}|` + hourWords + `)(?:\s*(?:-|to)\s*\d{1,2})?(?:\s*o'?\s?clock)?(\s+(?:at\s+night|tonight|in\s+the\s+(?:morning|afternoon|evening|am|pm)|this\s+(?:morning|afternoon|evening)|(?:tomorrow|today)\s+(?:morning|afternoon|evening|night)))\b`},
	{name: "clock-ish", on: tDigit, apply: applyClockIsh,
		pattern: `(\d{1,2})\s*-?ish\b`},
	{name: "clock-oclock", on: tDigit | tNumWord | tPart, apply: applyClockOclock,
		pattern: `(\d{1,2}|` + hourWords + `)\s*o'?\s?clock\b(?:\s*(` + meridiem + `))?`},
	{name: "clock-word", on: tNumWord, apply: applyClockWord,
		pattern: `(` + hourWords + `)(?:[\s-]+(` + minuteWordPattern + `)(?:\s*(` + meridiem + `))?\b|\s*(` + meridiem + `))`},
	{name: "clock-at-word", on: tNumWord, apply: applyClockAtWord,
		pattern: `(?:at|@|around|about)\s*(` + hourWords + `)(?:[\s-]+(` + minuteWordPattern + `))?\b`},
	{name: "clock-noon", on: tPart | tUnit, apply: applyClockNoon,
		pattern: `(?:12\s*)?(noon|midday|mid-day|mid day|midnight)\b`},
	{name: "clock-relative", on: tDigit | tNumWord | tPart, apply: applyClockRelative,
		pattern: `(half|a quarter|quarter|\d{1,2}|five|ten|twenty|twenty[- ]five)\s+(minutes?\s+)?(past|after|to|till|before|of)\s+(\d{1,2}|` + hourWords + `|noon|midnight)(?:\s*(` + meridiem + `))?`},
	{name: "clock-military", on: tDigit, apply: applyClockMilitary,
		pattern: `(?:at|@|around|about|approximately)\s*(\d{1,2})([0-5]\d)\b`},
	{name: "clock-at-spaced", on: tDigit, apply: applyClockAtSpaced,
		pattern: `(?:at|@|around|about)\s*(\d{1,2})\s+([0-5]\d)\b(?:\s*(` + meridiem + `))?`},
	{name: "clock-hhmm-meridiem", on: tDigit, apply: applyClockHHMM,
		pattern: `(\d{1,2})([0-5]\d)\s*(` + meridiem + `)`},
	{name: "clock-h", on: tDigit, apply: applyClockH,
		pattern: `(\d{1,2})h(\d{2})?\b`},
	{name: "clock-half-hour", on: tDigit | tNumWord, apply: applyHalfHour,
		pattern: `(at\s+)?half\s+(\d{1,2}|` + hourWords + `)\b`},
	{name: "clock-same-time", on: tAny, apply: applySameTime,
		pattern: `(?:at\s+)?(?:the\s+)?same\s+time\b`},
	{name: "clock-at", on: tDigit, apply: applyClockAt,
		pattern: `(?:at|@|around|about|by)\s*(\d{1,2})\b`},
}

// spokenClockBefore and spokenClockAfter are the words next to a spelled
// number that make it a possible clock time ("at three", "half ten", "ten
// thirty", "twenty to twelve", "eleven o'clock"): only then does the scan
// open a window on it, since "one", "two" and "ten" are common words.
var (
	spokenClockBefore = map[string]bool{"at": true, "half": true, "past": true, "to": true, "till": true, "til": true, "around": true, "about": true}
	spokenClockAfter  = map[string]bool{
		"am": true, "pm": true, "a": true, "p": true, "o'clock": true, "oclock": true, "o": true, "oh": true, "past": true, "to": true, "till": true,
		"ten": true, "eleven": true, "twelve": true, "thirteen": true, "fourteen": true, "fifteen": true, "sixteen": true,
		"seventeen": true, "eighteen": true, "nineteen": true, "twenty": true, "thirty": true, "forty": true, "fifty": true,
	}
)

// spokenClock reports whether the spelled number text[i:j] stands next to
// a clock word. It reads the neighbouring words without allocating.
func spokenClock(text string, i, j int) bool {
	var buf [12]byte
	if w := lowerInto(&buf, text[i:j]); hourWordValues[string(w)] == 0 && minuteWords[string(w)] == 0 && string(w) != "half" {
		return false
	}
	k := i
	for k > 0 && text[k-1] == ' ' {
		k--
	}
	b := k
	for b > 0 && isLetter(text[b-1]) {
		b--
	}
	if b < k && k < i && spokenClockBefore[string(lowerInto(&buf, text[b:k]))] || k > 0 && k < i && text[k-1] == '@' {
		return true
	}
	k = j
	for k < len(text) && (text[k] == ' ' || text[k] == '-') {
		k++
	}
	e := k
	for e < len(text) && (isLetter(text[e]) || text[e] == '\'') {
		e++
	}
	return j < k && k < e && spokenClockAfter[string(lowerInto(&buf, text[k:e]))]
}

// lowerInto writes a short word lower-cased into buf and returns it (nil
// for a word longer than buf): map lookups with string(b) do not allocate.
func lowerInto(buf *[12]byte, w string) []byte {
	if len(w) > len(buf) {
		return nil
	}
	b := buf[:len(w)]
	for i := 0; i < len(w); i++ {
		c := w[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[i] = c
	}
	return b
}

// clock returns a clock atom, or false when the time is not a time of day.
func clock(h, m int, mer string) (atom, bool) {
	a := atom{kind: kClock, hour: h, min: m, weekday: -1}
	if m < 0 || m > 59 || h < 0 {
		return a, false
	}
	if mer == "" {
		if h > 23 {
			return a, false
		}
		// A 24-hour clock ("14:00", "09:30") is unambiguous.
		a.meridiem = h > 12 || h == 0
		return a, true
	}
	if h > 12 || h == 0 {
		return a, false
	}
	a.meridiem = true
	if mer[0]|0x20 == 'p' {
		if h < 12 {
			h += 12
		}
	} else if h == 12 {
		h = 0
	}
	a.hour = h
	return a, true
}

func applyClockRange(m *match, _ *env) (atom, bool) {
	h1, m1, h2 := atoi(m.sub[1]), atoi(m.sub[2]), atoi(m.sub[3])
	if m1 < 0 {
		m1 = 0
	}
	if h1 > 12 || h2 > 12 || h1 < 0 || !boundaryAfter(m.after) {
		return atom{}, false
	}
	mer := strings.ToLower(m.sub[5])
	// The end's am/pm holds for the start unless the start is later on a
	// 12-hour dial ("11-1pm" is 11am), 12 being noon before pm.
	if h1 == 12 {
		if mer[0] == 'p' {
			mer = "pm"
		} else {
			mer = "am"
		}
	} else if h1 > h2 && h2 != 12 {
		if mer[0] == 'p' {
			mer = "am"
		} else {
			mer = "pm"
		}
	}
	return clock(h1, m1, mer)
}

func applyClockHMS(m *match, _ *env) (atom, bool) {
	h, mi := atoi(m.sub[1]), atoi(m.sub[2])
	if looksLikeTimestamp(m) || m.sub[3] == "" && m.sub[4] == "" && speakerTimestamp(m) {
		return atom{}, false
	}
	// "2.3" or "10:30:45:12" are not clock times.
	if strings.HasPrefix(m.after, ":") || strings.HasPrefix(m.after, ".") && len(m.after) > 1 && isDigit(m.after[1]) {
		return atom{}, false
	}
	if n := len(m.before); n > 0 && (isDigit(m.before[n-1]) || m.before[n-1] == ':' || m.before[n-1] == '.' || m.before[n-1] == '$') {
		return atom{}, false
	}
	return clock(h, mi, m.sub[4])
}

// looksLikeTimestamp reports whether an hh:mm:ss match is a transcript
// timestamp ("[00:12:34]", "00:12:34,560 --> ...") rather than a time said.
func looksLikeTimestamp(m *match) bool {
	b := strings.TrimRight(m.before, " ")
	if strings.HasSuffix(b, "[") || strings.HasSuffix(b, "(") || strings.HasSuffix(b, "-->") {
		return true
	}
	a := m.after
	return strings.HasPrefix(a, "]") || strings.HasPrefix(a, ")") || strings.HasPrefix(a, ",") && len(a) > 1 && isDigit(a[1]) ||
		strings.HasPrefix(strings.TrimLeft(a, " "), "-->")
}

func applyClockHour(m *match, _ *env) (atom, bool) {
	mer := m.sub[4]
	// A lone "a" or "p" must follow the digits directly ("3p", not "3 a day").
	if len(mer) == 1 && m.sub[3] != "" {
		return atom{}, false
	}
	if n := len(m.before); n > 0 && (m.before[n-1] == '.' || m.before[n-1] == '$' || m.before[n-1] == ',') {
		return atom{}, false
	}
	return clock(atoi(m.sub[1]), 0, mer)
}

func applyClockIsh(m *match, _ *env) (atom, bool) {
	h := atoi(m.sub[1])
	if h < 1 || h > 12 {
		return atom{}, false
	}
	return clock(h, 0, "")
}

func applyClockOclock(m *match, _ *env) (atom, bool) {
	h := atoi(m.sub[1])
	if h < 0 {
		h = hourWordValue(m.group(1))
	}
	return clock(h, 0, m.sub[2])
}

// hourWordValue returns the hour a lower-case word names, or -1.
func hourWordValue(s string) int {
	if h, ok := hourWordValues[s]; ok {
		return h
	}
	return -1
}

var hourWordValues = func() map[string]int {
	m := map[string]int{}
	for i, w := range strings.Split(hourWords, "|") {
		m[w] = i + 1
	}
	return m
}()

func applyClockWord(m *match, _ *env) (atom, bool) {
	mi := 0
	if m.sub[2] != "" {
		mi = minuteValue(m.group(2))
	}
	mer := m.sub[3] + m.sub[4]
	if len(strings.TrimRight(mer, ".")) == 1 {
		return atom{}, false
	}
	if len(m.after) > 1 && m.after[0] == '-' && isLetter(m.after[1]) {
		return atom{}, false // "ten thirty-second spots"
	}
	a, ok := clock(hourWordValue(m.group(1)), mi, mer)
	// "ten thirty" without am/pm counts next to a day ("ten thirty
	// tomorrow") or after a bound at the end of a clause ("by ten
	// thirty."); alone it may be a count or a price.
	switch lastWord(m.before) {
	case "by", "until", "till", "before", "after":
		a.weak = mer == "" && !clauseEnd(m.after)
	default:
		a.weak = mer == ""
	}
	return a, ok
}

func applyClockAtWord(m *match, _ *env) (atom, bool) {
	if meridiemFollows(m.after) {
		return atom{}, false // "at eleven am" is the clock-word rule's
	}
	mi := 0
	if m.sub[2] != "" {
		mi = minuteValue(m.group(2))
	}
	a, ok := clock(hourWordValue(m.group(1)), mi, "")
	// "at three twenty" ends a clause as a time; a bare "at three" is as
	// often a count ("we're at three"): it needs a day, a part of a day or
	// a zone next to it ("at three tomorrow", "Tuesday at three").
	a.weak = m.sub[2] == "" || !clauseEnd(m.after)
	return a, ok
}

func applyClockNoon(m *match, _ *env) (atom, bool) {
	if m.group(1) == "midnight" {
		a, _ := clock(0, 0, "")
		a.midnight = true
		return a, true
	}
	a, _ := clock(12, 0, "")
	a.meridiem = true
	return a, true
}

func applyClockRelative(m *match, _ *env) (atom, bool) {
	if n := len(m.before); n > 0 && (m.before[n-1] == ':' || m.before[n-1] == '.' || isDigit(m.before[n-1])) {
		return atom{}, false // "3:30 to six": the 30 belongs to a time
	}
	var n int
	switch w := m.group(1); w {
	case "half":
		n = 30
	case "quarter", "a quarter":
		n = 15
	default:
		n = atoi(w)
		if n < 0 {
			n = minuteValue(w)
		}
	}
	if n <= 0 || n >= 60 {
		return atom{}, false
	}
	target := m.group(4)
	var a atom
	var ok bool
	switch target {
	case "noon":
		a, ok = clock(12, 0, "")
		a.meridiem = true
	case "midnight":
		a, ok = clock(0, 0, "")
	default:
		h := atoi(target)
		if h < 0 {
			h = hourWordValue(target)
		}
		if h > 12 {
			a, ok = clock(h, 0, "")
		} else {
			a, ok = clock(h, 0, m.sub[5])
		}
	}
	if !ok {
		return a, false
	}
	// "3 to 4 people" is not a time: a digit count needs "minutes", am/pm
	// or noon/midnight.
	spelled := !isDigit(m.group(1)[0])
	if !spelled && m.sub[2] == "" && m.sub[5] == "" && target != "noon" && target != "midnight" && !(lastWord(m.before) == "at" && m.group(3) == "past") {
		return a, false
	}
	// "half past two", "quarter to three" and "at twenty to twelve" are
	// times wherever they stand; "ten to twelve" alone only ends a clause
	// ("from ten to twelve people" is a count).
	idiom := (n == 15 || n == 30) && spelled && m.group(3) != "of"
	switch w := lastWord(m.before); {
	case m.sub[5] != "" || target == "noon" || target == "midnight" || idiom || w == "at" || strings.HasSuffix(strings.TrimRight(m.before, " "), "@"):
	case w == "from" || w == "between" || !clauseEnd(m.after):
		a.weak = true
	}
	total := a.hour*60 + a.min
	switch m.group(3) {
	case "past", "after":
		total += n
	default:
		total -= n
	}
	total = (total + 24*60) % (24 * 60)
	a.hour, a.min = total/60, total%60
	return a, true
}

func applyClockMilitary(m *match, _ *env) (atom, bool) {
	if !boundaryAfter(m.after) || meridiemFollows(m.after) {
		return atom{}, false
	}
	a, ok := clock(atoi(m.sub[1]), atoi(m.sub[2]), "")
	// "at 1430" and "at 0930" are 24-hour times; "at 730" may be evening.
	a.meridiem = a.meridiem || strings.HasPrefix(m.sub[1], "0")
	a.weak = !clauseEnd(m.after)
	return a, ok
}

// applyClockAtSpaced reads "at 3 15", "at 12 15 pm", as speech-to-text
// writes them; without am/pm it needs the end of a clause or a day ("at 3
// 15 tomorrow"), since "at 3 15-minute calls" is a count.
func applyClockAtSpaced(m *match, _ *env) (atom, bool) {
	if !boundaryAfter(m.after) || strings.HasPrefix(m.after, "-") || len(strings.TrimRight(m.sub[3], ".")) == 1 {
		return atom{}, false // "at 3 15-minute calls", "at 2 10 a day"
	}
	a, ok := clock(atoi(m.sub[1]), atoi(m.sub[2]), m.sub[3])
	a.weak = m.sub[3] == "" && !clauseEnd(m.after)
	return a, ok
}

func applyClockH(m *match, _ *env) (atom, bool) {
	h := atoi(m.sub[1])
	// "15h30" is a time; a bare "15h" only after "at" (it is also "15 hours").
	if m.sub[2] == "" {
		b := strings.ToLower(strings.TrimRight(m.before, " "))
		if !strings.HasSuffix(b, "at") && !strings.HasSuffix(b, "@") && !strings.HasSuffix(b, "from") {
			return atom{}, false
		}
	}
	mi := atoi(m.sub[2])
	if mi < 0 {
		mi = 0
	}
	a, ok := clock(h, mi, "")
	a.meridiem = true
	return a, ok
}

func applyClockAt(m *match, _ *env) (atom, bool) {
	h := atoi(m.sub[1])
	if h < 0 || h > 23 || !boundaryAfter(m.after) || meridiemFollows(m.after) {
		return atom{}, false
	}
	if strings.HasPrefix(m.after, "-") && len(m.after) > 1 && isDigit(m.after[1]) {
		return atom{}, false
	}
	a, ok := clock(h, 0, "")
	a.weak = !clauseEnd(m.after)
	return a, ok
}

// meridiemFollows reports whether text starts with am/pm ("at 5 pm").
func meridiemFollows(after string) bool {
	t := strings.ToLower(strings.TrimLeft(after, " "))
	if len(t) == 0 || t[0] != 'a' && t[0] != 'p' {
		return false
	}
	t = strings.TrimLeft(t[1:], ". ")
	return t == "" || t[0] == 'm' || !isLetter(t[0])
}

// boundaryAfter reports whether the text after a number ends it: not a
// decimal, a thousands group, a ratio, a percentage or a money amount.
func boundaryAfter(after string) bool {
	if after == "" {
		return true
	}
	c := after[0]
	if c == '%' || c == '$' || c == '/' || c == ':' || c == '\'' {
		return false
	}
	if (c == '.' || c == ',' || c == '-') && len(after) > 1 && isDigit(after[1]) {
		return false
	}
	return true
}

// clauseEnd reports whether a bare number is followed by the end of a
// clause, or by a word that goes with a time ("at 10 tomorrow", "at 2 ET").
func clauseEnd(after string) bool {
	if !boundaryAfter(after) {
		return false
	}
	t := strings.TrimLeft(after, " \t")
	if t == "" {
		return true
	}
	switch t[0] {
	case '.', ',', '?', '!', ';', ')', '\n', '-', '"', 0xe2:
		return true
	}
	w := t
	if i := strings.IndexFunc(t, func(r rune) bool { return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r == '\'') }); i >= 0 {
		w = t[:i]
	}
	w = strings.ToLower(w)
	switch w {
	case "on", "tomorrow", "today", "tonight", "this", "next", "sharp", "o'clock", "oclock", "in",
		"your", "my", "our", "local", "then", "works", "work", "ok", "okay", "and", "or", "is",
		"instead", "latest", "eastern", "pacific", "central", "mountain", "et", "pt", "ct", "mt",
		"est", "edt", "pst", "pdt", "cst", "cdt", "gmt", "utc", "bst", "cet", "cest", "ist", "jst",
		"if", "for", "with", "please", "would", "should", "that", "so", "but", "tmrw", "tonite":
		return true
	}
	if _, ok := weekdayOf(w); ok && len(w) > 3 {
		return true
	}
	if _, ok := monthOf(w); ok && len(w) > 3 {
		return true
	}
	return false
}

func applyClockDash(m *match, _ *env) (atom, bool) {
	// "5-30 pm" is 5:30pm; "3-4pm" is a range (the range rule's).
	if atoi(m.sub[2]) <= 12 {
		return atom{}, false
	}
	return clock(atoi(m.sub[1]), atoi(m.sub[2]), m.sub[3])
}

// applyClockBeforePart reads the hour of "6 in the morning", "9 tomorrow
// evening", "11 tonight"; the part itself is left to the part rules.
func applyClockBeforePart(m *match, _ *env) (atom, bool) {
	if n := len(m.before); n > 0 && (isDigit(m.before[n-1]) || m.before[n-1] == '.' || m.before[n-1] == '$') {
		return atom{}, false
	}
	h := atoi(m.sub[1])
	if h < 0 {
		h = hourWordValue(m.group(1))
	}
	if h < 1 || h > 12 {
		return atom{}, false
	}
	a, ok := clock(h, 0, "")
	p := strings.ToLower(m.sub[2])
	switch {
	case strings.HasSuffix(p, " am"):
		a, ok = clock(h, 0, "am")
	case strings.HasSuffix(p, " pm"):
		a, ok = clock(h, 0, "pm")
	}
	if strings.HasSuffix(p, " am") || strings.HasSuffix(p, " pm") {
		return a, ok
	}
	a.cut = len(m.sub[2])
	return a, ok
}

func applyClockHHMM(m *match, _ *env) (atom, bool) {
	if n := len(m.before); n > 0 && (isDigit(m.before[n-1]) || m.before[n-1] == '$' || m.before[n-1] == '.') {
		return atom{}, false
	}
	return clock(atoi(m.sub[1]), atoi(m.sub[2]), m.sub[3])
}

// speakerTimestamp reports whether an h:mm match ends a speaker line, as in
// Otter exports ("Erin Walsh  0:03" then the turn on the next line).
func speakerTimestamp(m *match) bool {
	a := strings.TrimLeft(m.after, " \t")
	if a != "" && a[0] != '\n' && a[0] != '\r' {
		return false
	}
	return strings.HasSuffix(m.before, "  ") || strings.HasSuffix(m.before, "\t")
}

// applyHalfHour reads the British "half ten" (10:30); it needs "at", a day
// or the end of a clause, as a bare hour does.
func applyHalfHour(m *match, _ *env) (atom, bool) {
	h := atoi(m.sub[2])
	if h < 0 {
		h = hourWordValue(m.group(2))
	}
	if h < 1 || h > 12 || strings.HasPrefix(strings.TrimLeft(m.after, " "), "past") {
		return atom{}, false
	}
	a, ok := clock(h, 30, "")
	a.weak = m.sub[1] == "" && !clauseEnd(m.after)
	return a, ok
}

// applySameTime reads "same time next Thursday": the reference's clock on
// the day that follows; alone it needs a day.
func applySameTime(m *match, e *env) (atom, bool) {
	a, ok := clock(e.ref.Hour(), e.ref.Minute(), "")
	a.meridiem = true
	a.weak = true
	return a, ok
}
