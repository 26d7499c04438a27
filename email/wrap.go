package email

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Width is the longest line, in characters, of the plain text the package
// writes (RFC 5322 §2.1.1: lines SHOULD be no more than 78 characters).
const Width = 78

// Wrap breaks each line of s longer than width characters at spaces. A
// bullet ("- ", "* ", "1. ") or an indented line continues under its own
// text. A word longer than width (a URL) stays whole on a line of its own.
// Trailing spaces are removed. A width under 20 means Width.
func Wrap(s string, width int) string {
	if width < 20 {
		width = Width
	}
	var b strings.Builder
	b.Grow(len(s) + len(s)/32)
	first := true
	for line := range strings.SplitSeq(s, "\n") {
		if !first {
			b.WriteByte('\n')
		}
		first = false
		line = strings.TrimRightFunc(line, unicode.IsSpace)
		if utf8.RuneCountInString(line) <= width {
			b.WriteString(line)
			continue
		}
		wrapLine(&b, line, width)
	}
	return b.String()
}

func wrapLine(b *strings.Builder, line string, width int) {
	lead := len(line) - len(strings.TrimLeft(line, " "))
	rest := line[lead:]
	hang := lead
	if body, ok := bulletBody(rest); ok {
		hang = lead + len(rest) - len(body)
	} else if strings.HasPrefix(rest, "> ") {
		hang = lead + 2
	}
	if hang > width/2 {
		hang = lead
	}
	indent := strings.Repeat(" ", hang)
	prefix := line[:hang]
	if strings.HasPrefix(rest, "> ") {
		indent = line[:hang]
	}
	words := strings.Fields(line[hang:])
	col := 0
	b.WriteString(prefix)
	col = utf8.RuneCountInString(prefix)
	atStart := true
	for _, w := range words {
		n := utf8.RuneCountInString(w)
		if !atStart && col+1+n > width {
			b.WriteByte('\n')
			b.WriteString(indent)
			col = hang
			atStart = true
		}
		if !atStart {
			b.WriteByte(' ')
			col++
		}
		b.WriteString(w)
		col += n
		atStart = false
	}
}
