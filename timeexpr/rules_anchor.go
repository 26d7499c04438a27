package timeexpr

import "strings"

// Anchored phrases: "before our next call", "by the demo", "ahead of the
// kickoff". They point at an event; when the text dates it ("before the
// demo on Thursday at 2pm") the deadline is the event's start, else the
// expression carries only the anchor and the caller resolves it.

const eventNames = `call|meeting|demo|sync|review|presentation|kickoff|kick-off|qbr|onsite|on-site|workshop|session|check-in|checkin|standup|catch-up|walkthrough|walk-through|board\s+meeting`

const eventQualifiers = `next|upcoming|follow[- ]up|final|first|second|third|technical|pricing|board|kickoff|kick-off|intro|discovery|exec|executive|weekly|monthly|quarterly|security|legal|product|live`

var anchorRules = []*rule{
	{name: "anchor-next-time", on: tPeriod | tAnchor | tAny, apply: applyNextTime,
		pattern: `(for|by|before|until|till|ahead\s+of)\s+(?:the\s+)?next\s+time\b`},
	{name: "anchor-event", on: tAnchor, apply: applyAnchor,
		pattern: `(before|by|after|ahead\s+of|prior\s+to|until|till|in\s+time\s+for|at)\s+(?:(?:our|the|your|my|their|this|that|a|an)\s+)?((?:(?:` + eventQualifiers + `)\s+){0,1}(?:` + eventNames + `))\b`},
}

func applyAnchor(m *match, _ *env) (atom, bool) {
	a := atom{kind: kAnchor, weekday: -1}
	a.anchor = strings.ToLower(strings.Join(strings.Fields(m.sub[2]), " "))
	switch strings.Join(strings.Fields(m.group(1)), " ") {
	case "before", "ahead of", "prior to", "in time for":
		a.bound = BoundBefore
	case "after":
		a.bound = BoundAfter
	case "at":
		// "at the demo" dates nothing by itself; it counts only with a date.
		a.weak = true
	}
	return a, true
}

// applyNextTime reads "for next time", "before next time": the next
// meeting of the same people.
func applyNextTime(m *match, _ *env) (atom, bool) {
	a := atom{kind: kAnchor, anchor: "next meeting", weekday: -1}
	if g := m.group(1); g != "for" && g != "by" {
		a.bound = BoundBefore
	}
	return a, true
}
