package extract

import (
	"strings"
	"time"
)

// Header is what the first lines of a transcript or notes file say about
// the call: `Date: 2026-11-17 10:00 America/New_York` (`NOTE Date: …` in
// WebVTT), `Attendees:` / `Present:` / `On the call:` lists and a title.
//
// The zero Header means the text has none.
type Header struct {
	// Date is the date line's value as written.
	Date string `json:"date,omitempty"`
	// Wall is the date and time the header names as a wall clock, in UTC
	// (its zone is not applied: see [Header.In]); zero when Date did not
	// parse. A date without a time is midnight.
	Wall time.Time `json:"wall,omitzero"`
	// Zone is the IANA zone the date line names ("America/New_York"), or
	// "" when it names none. Well-known abbreviations ("ET", "PST", "CET")
	// are mapped to a representative IANA zone.
	Zone string `json:"zone,omitempty"`
	// Title is the value of a `Title:`, `Subject:` or `Meeting:` line.
	Title string `json:"title,omitempty"`
	// Attendees are the people an `Attendees:`, `Present:`,
	// `Participants:` or `On the call:` line lists, with the organisation
	// and role given in parentheses ("Dana Reyes (Northwind, AE)"). Side is
	// unknown here. An entry "me" stands for the notes' author and is
	// reported as the name "me".
	Attendees []Attendee `json:"attendees,omitempty"`
	// Absent are the people a `Not on the call:` / `Absent:` line names.
	Absent []Attendee `json:"absent,omitempty"`
}

// In returns the header's date in loc (the wall clock read in that zone),
// or the zero time when the header has no date.
func (h Header) In(loc *time.Location) time.Time {
	if h.Wall.IsZero() {
		return time.Time{}
	}
	if loc == nil {
		loc = time.UTC
	}
	w := h.Wall
	return time.Date(w.Year(), w.Month(), w.Day(), w.Hour(), w.Minute(), w.Second(), 0, loc)
}

// headerKeys are the keys of header lines, lower case.
var headerKeys = map[string]bool{
	"date": true, "time": true, "when": true, "title": true, "subject": true, "topic": true,
	"meeting": true, "account": true, "acct": true, "opp": true, "opportunity": true, "stage": true,
	"company": true, "customer": true, "organizer": true, "organiser": true, "host": true,
	"location": true, "duration": true, "rep": true, "author": true, "notes by": true,
	"attendees": true, "present": true, "participants": true, "on the call": true, "call": true,
	"who": true, "on call": true, "not on call": true, "not on the call": true, "not there": true, "absent": true, "missing": true,
	"apologies": true, "recorded": true, "recording": true, "kind": true, "type": true,
	"deal": true, "source": true, "zone": true, "timezone": true, "language": true,
}

// peopleKey classifies a header key: 1 lists attendees, 2 absent people,
// 0 neither.
func peopleKey(k string) int {
	switch k {
	case "attendees", "present", "participants", "on the call", "on call", "who", "call":
		return 1
	case "not on the call", "not on call", "not there", "absent", "missing", "apologies":
		return 2
	}
	return 0
}

// headerLine parses s (one trimmed line) as "Key: value", allowing a
// leading "NOTE", markdown emphasis and heading marks. It reports the lower
// case key and the value.
func headerLine(s string) (key, value string, ok bool) {
	s = strings.TrimSpace(strings.TrimPrefix(s, "\uFEFF"))
	s = strings.TrimPrefix(s, "NOTE ")
	s = strings.TrimLeft(s, "#>-* ")
	k := strings.IndexByte(s, ':')
	if k <= 0 || k > 24 {
		return "", "", false
	}
	if strings.Contains(s, "**") || strings.Contains(s, "__") {
		s = strings.ReplaceAll(strings.ReplaceAll(s, "**", ""), "__", "")
		if k = strings.IndexByte(s, ':'); k <= 0 || k > 20 {
			return "", "", false
		}
	}
	key = strings.ToLower(strings.TrimSpace(s[:k]))
	if !headerKeys[key] {
		return "", "", false
	}
	value = strings.TrimSpace(s[k+1:])
	if key == "call" && !strings.Contains(value, ",") {
		return "", "", false
	}
	return key, value, true
}

// headerEnd returns the index of the first line after the leading header
// block (header lines, "WEBVTT" and blank lines).
func headerEnd(text string, ls []line) int {
	for i, l := range ls {
		s := strings.TrimSpace(text[l.start:l.end])
		if s == "" {
			continue
		}
		if _, _, ok := headerLine(s); ok {
			continue
		}
		return i
	}
	return len(ls)
}

// ReadHeader reads the header lines among the first lines of text. It
// reports false when there are none.
func ReadHeader(text string) (Header, bool) {
	var h Header
	found := false
	ls := splitLines(text)
	if len(ls) > 40 {
		ls = ls[:40]
	}
	for _, l := range ls {
		k, v, ok := headerLine(text[l.start:l.end])
		if !ok {
			continue
		}
		found = true
		switch {
		case k == "date" || k == "when" || k == "time" && h.Date == "":
			if h.Date == "" || h.Wall.IsZero() {
				h.Date = v
				h.Wall, h.Zone = parseHeaderDate(v)
			}
		case k == "title" || k == "subject" || k == "meeting" || k == "topic":
			if h.Title == "" {
				h.Title = v
			}
		case peopleKey(k) == 1:
			h.Attendees = append(h.Attendees, parsePeople(v)...)
		case peopleKey(k) == 2:
			h.Absent = append(h.Absent, parsePeople(v)...)
		}
	}
	return h, found
}

// zoneAbbrevs maps common zone abbreviations to an IANA zone.
var zoneAbbrevs = map[string]string{
	"UTC": "UTC", "GMT": "Europe/London", "Z": "UTC",
	"ET": "America/New_York", "EST": "America/New_York", "EDT": "America/New_York", "EASTERN": "America/New_York",
	"CT": "America/Chicago", "CST": "America/Chicago", "CDT": "America/Chicago", "CENTRAL": "America/Chicago",
	"MT": "America/Denver", "MST": "America/Denver", "MDT": "America/Denver",
	"PT": "America/Los_Angeles", "PST": "America/Los_Angeles", "PDT": "America/Los_Angeles", "PACIFIC": "America/Los_Angeles",
	"BST": "Europe/London", "CET": "Europe/Berlin", "CEST": "Europe/Berlin", "IST": "Asia/Kolkata",
	"JST": "Asia/Tokyo", "AEST": "Australia/Sydney", "AEDT": "Australia/Sydney", "SGT": "Asia/Singapore",
}

var headerLayouts = []string{
	"2006-01-02 15:04:05", "2006-01-02 15:04", "2006-01-02 3:04pm", "2006-01-02 3:04 pm", "2006-01-02 3pm",
	"2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02",
	"January 2, 2006 15:04", "January 2, 2006 3:04pm", "January 2, 2006 3:04 pm", "January 2, 2006 3pm", "January 2, 2006",
	"Jan 2, 2006 15:04", "Jan 2, 2006 3:04pm", "Jan 2, 2006 3:04 pm", "Jan 2, 2006 3pm", "Jan 2, 2006",
	"2 January 2006 15:04", "2 January 2006 3:04pm", "2 January 2006", "2 Jan 2006 15:04", "2 Jan 2006",
	"Monday, January 2, 2006 3:04 pm", "Monday, January 2, 2006 15:04", "Monday, January 2, 2006",
	"Mon, Jan 2, 2006 3:04 pm", "Mon Jan 2, 2006 15:04", "Mon 2 Jan 2006 15:04",
	"01/02/2006 15:04", "01/02/2006 3:04 pm", "01/02/2006",
}

// parseHeaderDate parses a header date value into a wall clock and zone.
func parseHeaderDate(v string) (time.Time, string) {
	v = strings.TrimSpace(v)
	if t, err := time.Parse(time.RFC3339, v); err == nil {
		return time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC), ""
	}
	fields := strings.Fields(v)
	zone := ""
	for len(fields) > 1 {
		last := strings.Trim(fields[len(fields)-1], "()")
		if strings.Contains(last, "/") && !isDigit(last[0]) {
			zone = last
		} else if z, ok := zoneAbbrevs[strings.ToUpper(last)]; ok {
			zone = z
		} else if strings.HasPrefix(last, "UTC") || strings.HasPrefix(last, "GMT") {
			zone = "UTC"
		} else {
			break
		}
		fields = fields[:len(fields)-1]
	}
	rest := strings.Join(fields, " ")
	low := strings.ToLower(rest)
	low = strings.NewReplacer(" a.m.", "am", " p.m.", "pm", " am", "am", " pm", "pm").Replace(low)
	for _, layout := range headerLayouts {
		ll := strings.ToLower(layout)
		ll = strings.NewReplacer(" pm", "pm").Replace(ll)
		if t, err := time.Parse(ll, low); err == nil {
			return t, zone
		}
		if t, err := time.Parse(layout, rest); err == nil {
			return t, zone
		}
	}
	return time.Time{}, zone
}

// roleWords mark the part of a parenthetical that is a role, not an
// organisation.
var roleWords = map[string]bool{
	"vp": true, "svp": true, "evp": true, "dir": true, "director": true, "head": true, "manager": true,
	"mgr": true, "engineer": true, "eng": true, "engineering": true, "cto": true, "ceo": true, "cfo": true,
	"coo": true, "ciso": true, "cio": true, "cro": true, "cmo": true, "lead": true, "se": true, "ae": true,
	"sdr": true, "bdr": true, "csm": true, "am": true, "sales": true, "security": true, "it": true, "ops": true,
	"revops": true, "counsel": true, "legal": true, "procurement": true, "analyst": true, "architect": true,
	"admin": true, "administrator": true, "founder": true, "co-founder": true, "president": true,
	"officer": true, "specialist": true, "coordinator": true, "designer": true, "developer": true,
	"pm": true, "product": true, "marketing": true, "finance": true, "controller": true, "owner": true,
	"champion": true, "buyer": true, "consultant": true, "partner": true, "executive": true, "chief": true,
	"solutions": true, "account": true, "customer": true, "success": true, "support": true, "platform": true,
	"infra": true, "infrastructure": true, "data": true, "deal": true, "desk": true, "operations": true,
	"recruiter": true, "hr": true, "secretary": true, "assistant": true, "intern": true, "scientist": true,
	"chair": true, "facilitator": true, "rep": true, "representative": true, "principal": true,
}

// isRole reports whether s reads as a job title.
func isRole(s string) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return r == ' ' || r == '.' || r == '/' || r == '&' }) {
		if roleWords[w] {
			return true
		}
	}
	return false
}

// splitTop splits s at sep bytes outside parentheses.
func splitTop(s string, seps string) []string {
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '(' || c == '[':
			depth++
		case c == ')' || c == ']':
			if depth > 0 {
				depth--
			}
		case depth == 0 && strings.IndexByte(seps, c) >= 0:
			out = append(out, s[start:i])
			start = i + 1
		}
	}
	return append(out, s[start:])
}

// parsePeople parses a list of people: "Dana Reyes (Northwind, AE), Priya
// Shah (VP Eng), me".
func parsePeople(v string) []Attendee {
	var out []Attendee
	for _, part := range splitTop(v, ",;|+") {
		for _, p := range strings.Split(part, " and ") {
			p = strings.TrimSpace(p)
			if k := strings.Index(p, " - "); k > 0 {
				p = strings.TrimSpace(p[:k])
			}
			if k := strings.Index(p, " – "); k > 0 {
				p = strings.TrimSpace(p[:k])
			}
			p = strings.Trim(p, " .*_")
			if p == "" {
				continue
			}
			var a Attendee
			if k := strings.IndexByte(p, '('); k > 0 {
				inner := strings.TrimSpace(strings.TrimSuffix(p[k+1:], ")"))
				a.Name = strings.TrimSpace(p[:k])
				a.Org, a.Role = orgAndRole(inner)
			} else {
				a.Name = p
			}
			if strings.EqualFold(a.Name, "me") || strings.EqualFold(a.Name, "myself") {
				a.Name = "me"
				out = append(out, a)
				continue
			}
			// "CFO Elena Sorensen": a leading role word
			if fs := strings.Fields(a.Name); len(fs) >= 3 && roleWords[strings.ToLower(fs[0])] && a.Role == "" {
				a.Role = fs[0]
				a.Name = strings.Join(fs[1:], " ")
			}
			if !looksLikeName(a.Name) {
				if !lowerName(a.Name) {
					continue
				}
				a.Name = titleCase(a.Name) // "sarah lim" in lower-case notes
			}
			out = append(out, a)
		}
	}
	return out
}

// orgAndRole splits a parenthetical ("Dir. RevOps, Contoso", "SE",
// "Northwind") into an organisation and a role.
func orgAndRole(inner string) (org, role string) {
	parts := strings.Split(inner, ",")
	var orgs, roles []string
	for _, p := range parts {
		p = strings.TrimSpace(p)
		if p == "" {
			continue
		}
		if isRole(p) {
			roles = append(roles, p)
		} else {
			orgs = append(orgs, p)
		}
	}
	if len(orgs) > 0 {
		org = orgs[len(orgs)-1]
		if len(orgs) > 1 && len(roles) == 0 {
			roles = append(roles, orgs[:len(orgs)-1]...)
		}
	}
	return org, strings.Join(roles, ", ")
}

// lowerName reports whether s is one to four lower-case words of letters.
func lowerName(s string) bool {
	ws := strings.Fields(s)
	if len(ws) == 0 || len(ws) > 4 {
		return false
	}
	for i := 0; i < len(s); i++ {
		if c := s[i]; !(c >= 'a' && c <= 'z' || c == ' ' || c == '-' || c == '\'') {
			return false
		}
	}
	return true
}

// titleCase capitalises each word of s.
func titleCase(s string) string {
	ws := strings.Fields(s)
	for i, w := range ws {
		if w[0] >= 'a' && w[0] <= 'z' {
			ws[i] = string(w[0]-32) + w[1:]
		}
	}
	return strings.Join(ws, " ")
}
