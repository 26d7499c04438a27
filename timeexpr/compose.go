package timeexpr

import (
	"strings"
	"time"
)

// The composition layer: adjacent atoms separated only by a connector
// ("at", "on", ",", "of", "in the") form one expression: "Tuesday at 10",
// "first thing Monday", "December 3rd at 2pm", "next Friday morning",
// "3pm PT on Monday", "before the demo on Thursday at 2pm". Alternatives
// and ranges ("Tuesday or Wednesday", "3-4pm", "Monday to Friday") keep the
// first. finish resolves a group into an Expr under the DESIGN deadline
// conventions.

// connectors may separate two atoms of one expression.
var connectors = map[string]bool{
	"": true, "at": true, "@": true, "on": true, "of": true, "in the": true, "the": true, "in": true,
	"around": true, "about": true, "on the": true, "at about": true, "at around": true,
	"this": true, "from": true, "by": true, "sometime": true, "say": true, "of the": true,
	"∙": true, "·": true, "|": true,
}

// alternatives separate two atoms of which the first counts.
var alternatives = map[string]bool{
	"or": true, "-": true, "–": true, "—": true, "to": true, "through": true, "thru": true,
	"till": true, "until": true, "and": true, "or on": true, "or at": true, "or maybe": true,
	"or even": true, "or the": true, "and the": true, "to the": true,
}

// gapKind classifies the text between two atoms: 0 no join, 1 connector,
// 2 alternative or range.
func gapKind(gap string) int {
	if len(gap) > 24 {
		return 0
	}
	g := strings.ToLower(strings.Join(strings.Fields(strings.Map(func(r rune) rune {
		if r == ',' || r == '.' || r == '(' || r == ')' || r == '\'' || r == '"' {
			return ' '
		}
		return r
	}, gap)), " "))
	if strings.ContainsAny(gap, "\n\r") {
		return 0 // an expression does not run across lines (speaker turns, cues)
	}
	if connectors[g] {
		return 1
	}
	if alternatives[g] {
		return 2
	}
	return 0
}

// group is what the atoms of one expression say together.
type group struct {
	mod, anchor, date, clock, part, zone, implied *atom
	week                                          *atom // a week that re-anchors a weekday
}

// first returns the group's main atom (its date, else its clock).
func (g *group) first() *atom {
	switch {
	case g.date != nil:
		return g.date
	case g.clock != nil:
		return g.clock
	case g.part != nil:
		return g.part
	}
	return &atom{}
}

func (g *group) empty() bool {
	return g.date == nil && g.clock == nil && g.part == nil && g.implied == nil && g.anchor == nil
}

// accepts reports whether a joins the group; alt says a is an alternative
// or range end, which joins only a group holding the same kind of atom.
func (g *group) accepts(a *atom, alt bool) bool {
	if g.implied != nil || a.kind == kImplied {
		return false
	}
	if alt {
		switch a.kind {
		case kDate, kPeriod:
			// "Tuesday or Wednesday", "May to December": the same kind of
			// date ("Thursday, and December is frozen" is two phrases).
			return g.date != nil && g.date.kind == a.kind && (a.kind == kDate || g.date.grain == a.grain)
		case kClock:
			return g.clock != nil
		case kPart:
			return g.part != nil
		case kMod:
			return false
		}
		return false
	}
	switch a.kind {
	case kMod, kAnchor:
		return false
	case kZone:
		return g.clock != nil && g.zone == nil
	case kClock:
		return g.clock == nil && (g.part == nil || g.part.part != partEOD && g.part.part != partFirstThing)
	case kPart:
		if g.part != nil {
			// "first thing Tuesday morning": the morning adds nothing.
			return g.part.part == partFirstThing && a.part == partMorning
		}
		return g.clock == nil || a.part != partEOD && a.part != partFirstThing
	case kDate:
		if g.date == nil {
			return true
		}
		// "Tuesday, January 10": the date wins over the weekday label.
		return g.date.kind == kDate && g.date.weekday >= 0 && a.weekday < 0
	case kPeriod:
		if g.date == nil {
			return a.grain >= GrainDay || g.clock == nil && g.part == nil
		}
		// "Friday next week", "Tuesday of next week".
		return a.week && g.date.kind == kDate && g.date.weekday >= 0 && g.week == nil
	}
	return false
}

func (g *group) add(a *atom, alt bool) {
	if alt {
		return
	}
	switch a.kind {
	case kMod:
		g.mod = a
	case kAnchor:
		g.anchor = a
	case kZone:
		g.zone = a
	case kClock:
		g.clock = a
	case kPart:
		if g.part == nil {
			g.part = a
		}
	case kImplied:
		g.implied = a
	case kDate:
		if d := g.date; d != nil && d.weekday >= 0 && a.mon == 0 && a.mday > 0 && !d.day.IsZero() {
			// "Tuesday the 12th": the next 12th that is a Tuesday.
			b := *a
			b.day, _ = onWeekday(b.day, a.mday, time.Weekday(d.weekday))
			g.date = &b
			return
		}
		g.date = a
	case kPeriod:
		if g.date != nil && a.week {
			g.week = a
			return
		}
		g.date = a
	}
}

// compose groups the atoms of text and resolves each group.
func compose(text string, atoms []atom, e *env) []Expr {
	var out []Expr
	for i := 0; i < len(atoms); {
		var g group
		first := &atoms[i]
		if first.more || first.yearOnly || first.kind == kZone {
			i++ // a bare "5 days" or "2023" only continues an expression
			continue
		}
		g.add(first, false)
		j := i + 1
		for ; j < len(atoms); j++ {
			prev, next := &atoms[j-1], &atoms[j]
			k := gapKind(text[prev.span.End:next.span.Start])
			if k == 0 {
				break
			}
			alt := k == 2
			// A range word found as a modifier ("10:00 until 21:45").
			if next.kind == kMod && !g.empty() && j+1 < len(atoms) && gapKind(text[next.span.End:atoms[j+1].span.Start]) == 1 {
				if w := next.anchor; w == "until" || w == "till" || w == "til" || w == "through" || w == "thru" || w == "before" || w == "after" || w == "by" {
					after := &atoms[j+1]
					if after.kind == kClock && g.clock == nil && g.date != nil && g.date.at.IsZero() && g.accepts(after, false) {
						// "tomorrow before 4pm": the clock belongs to the day.
						g.add(after, false)
						j++
						continue
					}
					if (w != "by" && w != "before" && w != "after") && (g.accepts(after, true) || after.kind == g.first().kind) {
						// "10:00 until 21:45": a range keeps its start.
						j++
						continue
					}
				}
				break
			}
			if g.mod != nil && g.empty() && !alt {
				if next.kind == kMod || next.kind == kZone {
					break
				}
				g.add(next, false)
				continue
			}
			if g.anchor != nil && g.date == nil && g.clock == nil && next.kind != kMod && !alt {
				if strings.ContainsAny(text[prev.span.End:next.span.Start], ".?!;") {
					break // "after the holidays. Tuesday at 10" dates no event
				}
				if next.kind == kDate || next.kind == kClock || next.kind == kPart || next.kind == kPeriod {
					g.add(next, false)
					continue
				}
				break
			}
			if (next.more || next.signed) && !alt && g.chain(next, e) {
				continue
			}
			if next.more {
				break
			}
			if next.yearOnly && !alt && g.date != nil && g.date.kind == kDate && g.date.year == 0 && g.date.mon != 0 {
				if a, ok := dayAtom(e, next.year, g.date.mon, g.date.mday); ok {
					a.span, a.rule, a.weekday = g.date.span, g.date.rule, -1
					*g.date = a
				}
				continue
			}
			if !g.accepts(next, alt) {
				break
			}
			if alt {
				g.completeYear(next, e)
			}
			g.add(next, alt)
		}
		last := &atoms[j-1]
		if x, ok := g.finish(e); ok {
			x.Span = Span{Start: first.span.Start, End: last.span.End}
			x.Text = text[x.Span.Start:x.Span.End]
			out = append(out, x)
		} else if first.kind == kMod && j > i+1 {
			// A modifier that joined nothing usable: retry from the next atom.
			j = i + 1
		}
		i = j
	}
	return out
}

// finish resolves a single atom (used by rule.Find for when's Context).
func finish(atoms []atom, e *env) (Expr, bool) {
	var g group
	for i := range atoms {
		g.add(&atoms[i], false)
	}
	return g.finish(e)
}

// finish resolves the group into an Expr (without text and span).
func (g *group) finish(e *env) (Expr, bool) {
	x := Expr{Explicit: true}
	if g.implied != nil && g.date == nil && g.clock == nil && g.part == nil {
		return e.implied(), true
	}
	// A weekday re-anchored into a week: "Friday next week".
	if g.week != nil && g.date != nil && g.date.weekday >= 0 {
		d := addDays(g.week.start, (g.date.weekday+6)%7)
		a := dateAtom(d)
		g.date = &a
	}
	switch {
	case g.clock != nil:
		if g.clock.weak && g.date == nil && g.part == nil && g.zone == nil && g.anchor == nil {
			return x, false
		}
		t := e.clockTime(g)
		x.Start, x.End, x.Due, x.Grain = t, t.Add(time.Minute), t, GrainMinute
	case g.part != nil:
		day, given := time.Time{}, false
		if g.date != nil {
			day, given = e.cal.day(g.date.dayOrStart()), true
		}
		x.Start, x.End, x.Due = e.partOf(g.part, day, given)
		x.Grain = GrainHour
	case g.date != nil:
		d := g.date
		if d.kind == kDate {
			x.Start, x.End, x.Due, x.Grain = d.day, addDays(d.day, 1), e.cal.WorkdayEnd(d.day), GrainDay
			if d.day.Equal(e.refDay) && !e.ref.Before(x.Due) {
				// "today" once past the end of work hours: 23:59 (DESIGN).
				x.Due = time.Date(d.day.Year(), d.day.Month(), d.day.Day(), 23, 59, 0, 0, e.cal.Loc())
			}
		} else {
			x.Start, x.End, x.Due, x.Grain = d.start, d.end, d.due, d.grain
		}
	case g.anchor != nil:
		if g.anchor.weak {
			return x, false
		}
		x.Anchor = g.anchor.anchor
		return x, true
	default:
		return x, false
	}
	if g.mod != nil && g.mod.offset != 0 && g.clock == nil && g.part == nil && x.Grain >= GrainDay {
		// "a week from Friday": the day moved by the offset.
		d := e.shiftDay(e.cal.day(x.Start), g.mod.offset, g.mod.offsetUnit)
		x.Start, x.End, x.Due, x.Grain = d, addDays(d, 1), e.cal.WorkdayEnd(d), GrainDay
		x.Past = !x.End.After(e.ref)
		return x, true
	}
	if g.mod != nil && g.mod.weekOf && g.clock == nil && g.part == nil && x.Grain <= GrainWeek {
		ws := weekStart(e.cal.day(x.Start))
		x.Start, x.End, x.Grain = ws, addDays(ws, 7), GrainWeek
		x.Due = e.lastWorkday(ws, x.End)
		x.Past = !x.End.After(e.ref)
		return x, true
	}
	if g.anchor != nil {
		// The event's start is the deadline ("before the demo on Thursday
		// at 2pm"); a day alone is due at its end of work hours.
		x.Anchor = g.anchor.anchor
		if x.Grain > GrainHour {
			x.Due = e.cal.WorkdayEnd(x.Start)
			if g.anchor.bound == BoundBefore && x.Grain == GrainDay {
				x.Due, x.Bound = e.cal.PrevWorkday(x.Start), BoundBefore
			}
		} else {
			x.Due = x.Start
		}
	} else if g.mod != nil {
		endOf := g.date != nil && g.date.endOf && g.clock == nil && g.part == nil
		switch {
		case (g.mod.bound == BoundBefore || g.mod.bound == BoundBy && g.date != nil && g.date.startBound) && x.Grain >= GrainDay && !endOf:
			x.Due, x.Bound = e.cal.PrevWorkday(x.Start), BoundBefore
		case g.mod.bound == BoundAfter && x.Grain >= GrainDay:
			// "after New Year's": the first workday after it, which is
			// also the day the phrase names (README: want = that day).
			lastDay := e.cal.day(x.End.Add(-time.Minute))
			x.Due, x.Bound = e.cal.WorkdayEnd(e.cal.AddWorkdays(lastDay, 1)), BoundAfter
			x.Start = e.cal.day(x.Due)
			x.End = addDays(x.Start, 1)
		}
	}
	x.Past = !x.End.After(e.ref)
	if g.date != nil && g.date.past && g.clock == nil || g.mod != nil && g.mod.past {
		x.Past = true // "last Friday", "earlier today"
	}
	return x, true
}

// dayOrStart returns the day a date or period atom names.
func (a *atom) dayOrStart() time.Time {
	if a.kind == kDate {
		return a.day
	}
	return a.start
}

// implied resolves "ASAP": the end of today's work hours, or of the next
// workday's when today has none left.
func (e *env) implied() Expr {
	c := e.cal
	due := c.WorkdayEnd(e.ref)
	if !c.IsWorkday(e.ref) || !e.ref.Before(due) {
		due = c.WorkdayEnd(c.NextWorkday(e.ref))
	}
	start := e.ref.Truncate(time.Minute)
	return Expr{Start: start, End: due, Due: due, Grain: GrainHour, Explicit: false}
}

// clockTime resolves the group's clock on its day, in its zone.
func (e *env) clockTime(g *group) time.Time {
	c := g.clock
	h, mi := c.hour, c.min
	if !c.meridiem && h >= 1 && h <= 11 {
		switch {
		case g.part != nil && g.part.part == partNight:
			if h >= 6 {
				h += 12 // "tonight at 8"; "1 at night" is in the small hours
			}
		case g.part != nil && (g.part.part == partAfternoon || g.part.part == partEvening):
			h += 12
		case g.part != nil && g.part.part == partMorning:
		case h <= 6:
			// A bare hour in business talk: 1-6 are afternoon hours.
			h += 12
		}
	}
	if g.part != nil && g.part.part == partNight && h == 12 && !c.meridiem {
		h = 0
	}
	loc := e.cal.Loc()
	if g.zone != nil && g.zone.loc != nil {
		loc = g.zone.loc
	}
	var day time.Time
	switch {
	case g.date != nil:
		day = e.cal.day(g.date.dayOrStart())
		if h == 0 && mi == 0 && c.midnight {
			// "Friday at midnight" is the end of Friday.
			day = addDays(day, 1)
		}
	case g.part != nil && (g.part.this || g.part.part == partNight):
		day = e.refDay
	}
	if !day.IsZero() {
		t := time.Date(day.Year(), day.Month(), day.Day(), h, mi, 0, 0, loc)
		if g.part != nil && g.part.part == partNight && h < 6 {
			t = t.AddDate(0, 0, 1)
		}
		return t.In(e.cal.Loc())
	}
	// No day: the next occurrence, today included.
	base := e.ref.In(loc)
	t := time.Date(base.Year(), base.Month(), base.Day(), h, mi, 0, 0, loc)
	if t.Before(e.ref.Truncate(time.Minute)) {
		t = time.Date(base.Year(), base.Month(), base.Day()+1, h, mi, 0, 0, loc)
	}
	return t.In(e.cal.Loc())
}

// partOf returns the interval and deadline of a part of a day. Without a
// day it is today's, or tomorrow's when today's is over (but "this
// morning" and "tonight" stay today's).
func (e *env) partOf(p *atom, day time.Time, given bool) (start, end, due time.Time) {
	c := e.cal
	at := func(d time.Time, h int) time.Time {
		return time.Date(d.Year(), d.Month(), d.Day(), h, 0, 0, 0, c.Loc())
	}
	span := func(d time.Time) (time.Time, time.Time, time.Time) {
		switch p.part {
		case partMorning:
			return c.WorkdayStart(d), at(d, 12), at(d, 12)
		case partAfternoon:
			return at(d, 13), c.WorkdayEnd(d), c.WorkdayEnd(d)
		case partEvening:
			return at(d, 18), at(d, 21), at(d, 21)
		case partNight:
			return at(d, 21), addDays(d, 1), at(d, 21)
		case partLunch:
			return at(d, 12), at(d, 13), at(d, 12)
		case partFirstThing:
			s := c.WorkdayStart(d)
			return s, s.Add(time.Hour), s
		default: // partEOD
			s := c.WorkdayEnd(d)
			due := s
			if !given || d.Equal(e.refDay) {
				if !e.ref.Before(s) {
					due = time.Date(d.Year(), d.Month(), d.Day(), 23, 59, 0, 0, c.Loc())
				}
			}
			return s, addDays(d, 1), due
		}
	}
	if given {
		return span(day)
	}
	if p.part == partFirstThing {
		d := e.refDay
		if !c.IsWorkday(e.ref) || !e.ref.Before(c.WorkdayStart(e.ref)) {
			d = c.day(c.NextWorkday(e.ref))
		}
		return span(d)
	}
	start, end, due = span(e.refDay)
	if !p.this && p.part != partNight && p.part != partEOD && !end.After(e.ref) {
		return span(addDays(e.refDay, 1))
	}
	return start, end, due
}

// completeYear gives a range's yearless start the year written at its end:
// "August 10 - November 12, 2013", "From December to May 2022" (a start
// later in the year than the end lies in the year before).
func (g *group) completeYear(end *atom, e *env) {
	d := g.date
	if d == nil || d.year != 0 || d.mon == 0 || end.year == 0 || end.mon == 0 {
		return
	}
	y := end.year
	if d.mon > end.mon || d.mon == end.mon && d.mday > end.mday {
		y--
	}
	var a atom
	if d.mday == 0 {
		if d.grain != GrainMonth {
			return
		}
		a = monthPeriod(e, y, time.Month(d.mon))
	} else {
		var ok bool
		if a, ok = dayAtom(e, y, d.mon, d.mday); !ok {
			return
		}
	}
	a.span, a.rule, a.year = d.span, d.rule, y
	*d = a
}

// chain moves the group's date by a chained or signed duration: "+2
// months, 5 days", "next Tuesday +10 days", "now + 40minutes".
func (g *group) chain(next *atom, e *env) bool {
	d := g.date
	if d == nil || g.clock != nil || g.part != nil || g.mod != nil {
		return false
	}
	at, fine, sign := d.at, d.fine, d.sign
	if at.IsZero() {
		if next.more {
			return false // "5 days" continues durations only
		}
		switch {
		case d.kind == kDate:
			at = d.day
		case d.grain == GrainMinute:
			at, fine = d.start, true
		default:
			return false
		}
		sign = 1
	}
	n := next.moreN
	if next.more && sign < 0 {
		n = -n
	}
	t, f, ok := e.shiftFrom(at, n, next.moreU)
	if !ok {
		return false
	}
	a := durationAtom(e, t, fine || f)
	a.sign = sign
	a.span, a.rule = d.span, d.rule
	*d = a
	return true
}
