package timeexpr

import (
	"strings"
	"time"
)

// Modifiers: the words that bound a deadline ("by", "before", "after", "no
// later than", "until"), the past marker "earlier" ("earlier today"), zones named after a clock time ("5pm Eastern",
// "9am PT", "3pm CET", "10am your time"). Alternatives ("Tuesday or
// Wednesday") and ranges ("3-4pm", "Monday to Friday") are joined by the
// composition layer (compose.go), which keeps the first.

var modifierRules = []*rule{
	{name: "modifier-bound", on: tAny, apply: applyModifier,
		pattern: `(no\s+later\s+than|not\s+later\s+than|on\s+or\s+before|by|before|b4|after|until|till|til|through|thru|prior\s+to|ahead\s+of|up\s+to)\b`},
	{name: "modifier-earlier", on: tCasual | tPeriod | tPart, apply: applyEarlier,
		pattern: `earlier\s+(?:today|this)\b`},
	{name: "modifier-week-of", on: tPeriod, apply: applyWeekOf,
		pattern: `(?:the\s+)?week\s+of`},
	{name: "modifier-zone", on: tZone, apply: applyZone,
		pattern: `(` + zonePattern + `)`},
}

func applyModifier(m *match, _ *env) (atom, bool) {
	a := atom{kind: kMod, weekday: -1}
	w := strings.Join(strings.Fields(m.group(1)), " ")
	switch w {
	case "before", "b4", "prior to", "ahead of":
		a.bound = BoundBefore
	case "after":
		a.bound = BoundAfter
	}
	a.anchor = w // the word, for range detection
	return a, true
}

// applyEarlier reads the past marker of "earlier today", "earlier this
// week": the expression that follows lies in the past, whatever the verb.
// The match keeps only "earlier"; it needs "today" or "this" next
// ("earlier on Friday" may be an earlier hour of a coming Friday).
func applyEarlier(m *match, _ *env) (atom, bool) {
	a := atom{kind: kMod, past: true, weekday: -1, anchor: "earlier"}
	a.cut = len(m.text) - len("earlier")
	return a, true
}

func applyZone(m *match, e *env) (atom, bool) {
	name := strings.ToLower(strings.Join(strings.Fields(m.sub[1]), " "))
	name = strings.TrimSuffix(name, " standard time")
	name = strings.TrimSuffix(name, " daylight time")
	a := atom{kind: kZone, weekday: -1}
	if strings.HasSuffix(name, " time") && !strings.Contains("eastern central mountain pacific", strings.TrimSuffix(name, " time")) {
		a.loc = e.cal.Loc() // "your time", "local time": the calendar's zone
		return a, true
	}
	name = strings.TrimSuffix(name, " time")
	if i := strings.IndexAny(name, "+-"); i > 0 {
		// "GMT+0900", "UTC-5", "GMT+5:30"
		digits := strings.ReplaceAll(strings.TrimSpace(name[i+1:]), ":", "")
		h, mi := atoi(digits), 0
		if len(digits) > 2 {
			h, mi = atoi(digits[:len(digits)-2]), atoi(digits[len(digits)-2:])
		}
		if h < 0 || h > 14 || mi < 0 || mi > 59 {
			return a, false
		}
		off := (h*60 + mi) * 60
		if name[i] == '-' {
			off = -off
		}
		a.loc = time.FixedZone(strings.ToUpper(name), off)
		return a, true
	}
	loc := zoneNames()[name]
	if loc == nil {
		return a, false
	}
	// Upper-case abbreviations only: "et" and "pt" are also words.
	if len(name) <= 4 && m.sub[1] != strings.ToUpper(m.sub[1]) && name != "gmt" && name != "utc" {
		if name == "et" || name == "pt" || name == "ct" || name == "mt" {
			return a, false
		}
	}
	a.loc = loc
	return a, true
}

func applyWeekOf(m *match, _ *env) (atom, bool) {
	// "the week of the 24th"; "a week of training" is no date.
	t := strings.ToLower(strings.TrimLeft(m.after, " "))
	if !strings.HasPrefix(t, "the ") && (t == "" || !isDigit(t[0])) {
		if _, ok := monthOf(strings.Fields(t + " x")[0]); !ok {
			return atom{}, false
		}
	}
	return atom{kind: kMod, weekOf: true, weekday: -1}, true
}
