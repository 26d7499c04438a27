package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/aftercall/aftercall/timeexpr"
)

// cleanText is a turn's words with markup and filler removed, white space
// collapsed and typographic apostrophes made plain, plus the input offset
// of every byte so any range maps back to the original text.
type cleanText struct {
	s   string
	pos []int32 // pos[i] is the input offset of s[i]
	// breaks are the offsets in s of the spaces joining two segments
	// (WebVTT cues, continuation lines): a quote never spans one.
	breaks []int
}

// isFiller reports whether w (lower case) is a filler word.
func (lx *Lexicon) isFiller(w string) bool {
	for _, f := range lx.Fillers {
		if w == f {
			return true
		}
	}
	return false
}

// clean builds the clean text of segs.
func (lx *Lexicon) clean(input string, segs []timeexpr.Span) cleanText {
	n := 0
	for _, sg := range segs {
		n += sg.Len() + 1
	}
	b := make([]byte, 0, n)
	pos := make([]int32, 0, n)
	var breaks []int
	space := false
	put := func(c byte, at int) {
		if space && len(b) > 0 {
			b = append(b, ' ')
			pos = append(pos, int32(at))
		}
		space = false
		b = append(b, c)
		pos = append(pos, int32(at))
	}
	for k, sg := range segs {
		if k > 0 && len(b) > 0 {
			space = true
			breaks = append(breaks, len(b))
		}
		for i := sg.Start; i < sg.End; {
			c := input[i]
			switch {
			case isSpace(c):
				space = true
				i++
				continue
			case c == '[':
				if j := strings.IndexByte(input[i:sg.End], ']'); j > 0 && j < 40 {
					i += j + 1
					space = true
					continue
				}
			case c == '(':
				if j := strings.IndexByte(input[i:sg.End], ')'); j > 0 && j < 20 && lx.isFiller(strings.ToLower(input[i+1:i+j])) {
					i += j + 1
					space = true
					continue
				}
			case c == 0xE2 && i+2 < sg.End && input[i+1] == 0x80:
				switch input[i+2] {
				case 0x98, 0x99: // ‘ ’
					put('\'', i)
					i += 3
					continue
				case 0x9C, 0x9D: // “ ”
					put('"', i)
					i += 3
					continue
				}
			case isLetter(c) && (i == sg.Start || !isLetter(input[i-1]) && input[i-1] != '\'' && input[i-1] != '-'):
				j := i
				for j < sg.End && isLetter(input[j]) {
					j++
				}
				if j-i <= 4 && (j == sg.End || input[j] != '-' && input[j] != '\'') && lx.isFiller(lowerASCII(input[i:j])) {
					// drop the filler, its trailing comma or dots, and a
					// comma before it
					for j < sg.End && (input[j] == ',' || input[j] == '.' && j+1 < sg.End && input[j+1] == '.') {
						j++
					}
					for j < sg.End && input[j] == '.' {
						j++
					}
					if len(b) > 0 && b[len(b)-1] == ',' {
						b = b[:len(b)-1]
						pos = pos[:len(pos)-1]
					}
					space = true
					i = j
					continue
				}
			}
			put(c, i)
			i++
		}
	}
	return cleanText{s: string(b), pos: pos, breaks: breaks}
}

// lowerASCII lower-cases ASCII letters only, so byte offsets are kept.
func lowerASCII(s string) string {
	for i := 0; i < len(s); i++ {
		if isUpper(s[i]) {
			b := []byte(s)
			for j := i; j < len(b); j++ {
				if isUpper(b[j]) {
					b[j] += 'a' - 'A'
				}
			}
			return string(b)
		}
	}
	return s
}

// span maps the clean range [a, b) to input offsets, clipped to the
// segment holding clean offset at so the input range holds no markup.
func (ct *cleanText) span(input string, a, b, at int) (int, int) {
	for _, k := range ct.breaks {
		if k <= at && k >= a {
			a = k + 1
		}
		if k > at && k < b {
			b = k
		}
	}
	for a < b && ct.s[a] == ' ' {
		a++
	}
	for b > a && ct.s[b-1] == ' ' {
		b--
	}
	if a >= b {
		return 0, 0
	}
	start, end := int(ct.pos[a]), int(ct.pos[b-1])+1
	for end < len(input) && !utf8.RuneStart(input[end]) {
		end++
	}
	if end < start {
		end = start
	}
	return start, end
}

// sentence is one sentence of a turn.
type sentence struct {
	turn int    // index into the call's turns
	a, b int    // clean offsets in the turn's text
	text string // clean text
	low  string // text in ASCII lower case
	q    bool   // ends with a question mark
	// times caches the sentence's time expressions once tdone is set.
	times []timeexpr.Expr
	tdone bool
	toks  []tok
}

// toksCache returns the sentence's words, tokenized once.
func (s *sentence) toksCache() []tok {
	if s.toks == nil {
		s.toks = tokenize(s.text)
	}
	return s.toks
}

// abbrevs are words whose trailing period ends no sentence.
var abbrevs = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "vs": true, "etc": true, "e.g": true,
	"i.e": true, "inc": true, "ltd": true, "co": true, "jr": true, "sr": true, "approx": true, "no": true,
	"dept": true, "est": true, "a.m": true, "p.m": true, "incl": true, "dir": true, "mgr": true, "wk": true,
	"mo": true, "yr": true, "yrs": true, "min": true, "max": true, "sec": true, "u.s": true, "fig": true,
}

// splitSentences splits a clean text into sentences.
func splitSentences(turn int, s string, out []sentence) []sentence {
	start := 0
	emit := func(end int) {
		a, b := start, end
		for a < b && s[a] == ' ' {
			a++
		}
		for b > a && s[b-1] == ' ' {
			b--
		}
		if a < b {
			t := s[a:b]
			out = append(out, sentence{turn: turn, a: a, b: b, text: t, low: lowerASCII(t), q: strings.HasSuffix(strings.TrimRight(t, "\")'"), "?")})
		}
		start = end
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(s) && (s[j] == '.' || s[j] == '!' || s[j] == '?' || s[j] == '"' || s[j] == ')' || s[j] == '\'') {
			j++
		}
		if j < len(s) && s[j] != ' ' {
			i = j - 1
			continue
		}
		if c == '.' && j == i+1 {
			// an abbreviation or an initial
			w := i
			for w > 0 && s[w-1] != ' ' {
				w--
			}
			word := lowerASCII(strings.TrimLeft(s[w:i], "(\""))
			if abbrevs[word] || len(word) == 1 && isLetter(word[0]) {
				continue
			}
		}
		emit(j)
		i = j - 1
	}
	emit(len(s))
	return out
}
