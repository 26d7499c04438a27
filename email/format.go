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

// firstName returns the first word of a full name ("Rachel Okafor" →
// "Rachel"), or the whole name when it looks like a role ("the CFO").
func firstName(name string) string {
	name = clean(name)
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	if r, _ := utf8.DecodeRuneInString(f[0]); !unicode.IsUpper(r) {
		return name
	}
	return f[0]
}

// joinAnd joins "a", "a and b", "a, b and c".
func joinAnd(xs []string) string {
	switch len(xs) {
	case 0:
		return ""
	case 1:
		return xs[0]
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

// sentence capitalises s and ends it with a full stop unless it already
// ends with punctuation.
func sentence(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return s
	}
	r, n := utf8.DecodeRuneInString(s)
	s = string(unicode.ToUpper(r)) + s[n:]
	end := strings.TrimRight(s, `"'”)`)
	if last, _ := utf8.DecodeLastRuneInString(end); !strings.ContainsRune(".!?…", last) {
		s += "."
	}
	return s
}

// phrase trims s and drops a final full stop, for use inside a sentence;
// it also mends contractions a tokenizer split ("Brendan 's" →
// "Brendan's", "do n't" → "don't").
func phrase(s string) string {
	s = clean(s)
	if strings.Contains(s, " '") || strings.Contains(s, " n't") {
		s = splitContraction.ReplaceAllString(s, "$1$2")
	}
	return strings.TrimRight(s, ".;, ")
}

var splitContraction = regexp.MustCompile(`(\w) ('(?:s|re|ll|ve|d|m)\b|n't\b)`)

// zoneName returns the zone abbreviation of t ("CST"), or "UTC±hh:mm"
// when the zone database has only a numeric one ("+03").
func zoneName(t time.Time) string {
	name, off := t.Zone()
	if name != "" && (name[0] < '0' || name[0] > '9') && name[0] != '+' && name[0] != '-' {
		return name
	}
	sign := "+"
	if off < 0 {
		sign, off = "-", -off
	}
	h, m := off/3600, off%3600/60
	s := "UTC" + sign + itoa(h)
	if m != 0 {
		s += ":" + pad2(m)
	}
	return s
}

func pad2(n int) string {
	if n < 10 {
		return "0" + itoa(n)
	}
	return itoa(n)
}

// day formats the date of t: "Tue Nov 24", with the year when it is not
// ref's year.
func day(t, ref time.Time) string {
	if t.Year() != ref.Year() {
		return t.Format("Mon Jan 2, 2006")
	}
	return t.Format("Mon Jan 2")
}

// clock formats the time of t: "4:00 PM CST".
func clock(t time.Time) string {
	return t.Format("3:04 PM") + " " + zoneName(t)
}

// when formats t as a day and time, adding the time in other when its
// zone differs: "Tue Dec 1, 10:00 AM CST (11:00 AM EST)".
func when(t, ref time.Time, other *time.Location) string {
	s := day(t, ref) + ", " + clock(t)
	if other != nil {
		if o := t.In(other); zoneName(o) != zoneName(t) {
			s += " (" + clock(o) + ")"
		}
	}
	return s
}

// dueText formats an item's deadline for the customer: the day alone for
// a deadline at the end of the workday (the default of a phrase naming a
// day), else the day and time in loc.
func dueText(d *extract.Due, ref time.Time, cal timeexpr.Calendar, loc *time.Location) string {
	t := d.Time.In(loc)
	if endOfDay(d.Time, cal) || d.Grain >= timeexpr.GrainDay {
		return day(d.Time.In(cal.Loc()), ref)
	}
	return day(t, ref) + ", " + clock(t)
}

// endOfDay reports whether t is the end of work hours of its day, or
// 23:59, in cal.
func endOfDay(t time.Time, cal timeexpr.Calendar) bool {
	t = t.In(cal.Loc())
	return t.Equal(cal.WorkdayEnd(t)) || (t.Hour() == 23 && t.Minute() == 59)
}

// shortWhen formats t for a text message: "Tue 12/1 10am CST", or "Fri
// 11/27" when withTime is false.
func shortWhen(t time.Time, withTime bool) string {
	s := t.Format("Mon 1/2")
	if !withTime {
		return s
	}
	c := t.Format("3:04pm")
	c = strings.Replace(c, ":00", "", 1)
	return s + " " + c + " " + zoneName(t)
}

// sameDay reports whether a and b fall on the same date in loc.
func sameDay(a, b time.Time, loc *time.Location) bool {
	a, b = a.In(loc), b.In(loc)
	return a.Year() == b.Year() && a.YearDay() == b.YearDay()
}

// whenSpoken says when the call was, relative to now: "today",
// "yesterday", "on Tuesday", "on Nov 24".
func whenSpoken(at, now time.Time, loc *time.Location) string {
	at, now = at.In(loc), now.In(loc)
	switch {
	case sameDay(at, now, loc):
		return "today"
	case sameDay(at.AddDate(0, 0, 1), now, loc):
		return "yesterday"
	case now.Sub(at) < 6*24*time.Hour && now.After(at):
		return "on " + at.Format("Monday")
	}
	return "on " + at.Format("Jan 2")
}

// redactor replaces names that must not reach the customer.
type redactor struct {
	re   *regexp.Regexp
	with map[string]string // lowercased name → replacement
}

// newRedactor rewrites each of names as "the other tool", and each of
// current (their incumbent tools) as "your current tool".
func newRedactor(names, current []string) redactor {
	r := redactor{with: map[string]string{}}
	var alts []string
	add := func(ns []string, with string) {
		for _, n := range ns {
			if n = strings.TrimSpace(n); len(n) >= 2 {
				if _, ok := r.with[strings.ToLower(n)]; !ok {
					alts = append(alts, regexp.QuoteMeta(n))
				}
				r.with[strings.ToLower(n)] = with
			}
		}
	}
	add(names, "the other tool")
	add(current, "your current tool")
	if len(alts) == 0 {
		return redactor{}
	}
	// Longest first, so "Gong Engage" wins over "Gong".
	sort.Slice(alts, func(i, j int) bool { return len(alts[i]) > len(alts[j]) })
	r.re = regexp.MustCompile(`(?i)\b(?:` + strings.Join(alts, "|") + `)\b`)
	return r
}

// replace rewrites every name in s.
func (r redactor) replace(s string) string {
	if r.re == nil {
		return s
	}
	return r.re.ReplaceAllStringFunc(s, func(m string) string {
		if w, ok := r.with[strings.ToLower(m)]; ok {
			return w
		}
		return "the other tool"
	})
}

// has reports whether s names one of the names.
func (r redactor) has(s string) bool { return r.re != nil && r.re.MatchString(s) }

// truncateWords keeps at most n words of s and drops trailing
// conjunctions, articles and prepositions so the cut reads as a phrase.
func truncateWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) <= n {
		return s
	}
	f = f[:n]
	for len(f) > 1 && danglers[strings.ToLower(f[len(f)-1])] {
		f = f[:len(f)-1]
	}
	return strings.TrimRight(strings.Join(f, " "), ",;:")
}

var danglers = map[string]bool{
	"and": true, "or": true, "the": true, "a": true, "an": true, "to": true, "of": true, "for": true,
	"with": true, "by": true, "on": true, "in": true, "at": true, "from": true, "their": true, "our": true,
	"your": true, "his": true, "her": true, "&": true, "+": true, "-": true,
}
