package cadence_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	ics "github.com/arran4/golang-ical"

	"github.com/aftercall/aftercall/cadence"
	"github.com/aftercall/aftercall/extract"
	"github.com/aftercall/aftercall/internal/golden"
	"github.com/aftercall/aftercall/timeexpr"
)

var stamp = time.Date(2026, 11, 17, 18, 0, 0, 0, time.UTC)

func icsSchedule(t testing.TB) cadence.Schedule {
	call, o := replanCall(t)
	call.NextMeeting = &extract.Meeting{Time: time.Date(2026, 12, 3, 14, 0, 0, 0, o.Calendar.Loc()), Phrase: "December 3rd at 2pm",
		Purpose: "Security review with Priya Shah, Marcus Lee and the Northwind solutions engineering team", Invitees: []string{"Priya Shah", "Marcus Lee"}}
	o.Model = cadence.PersistenceC()
	s, err := cadence.Plan(call, o)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestICSValid checks the export against RFC 5545 by hand: CRLF line
// endings, lines of at most 75 octets, the required properties of each
// component, and that it parses back.
func TestICSValid(t *testing.T) {
	s := icsSchedule(t)
	b, err := s.ICS(cadence.ICSOptions{Stamp: stamp})
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasSuffix(b, []byte("\r\n")) {
		t.Error("does not end in CRLF")
	}
	lines := strings.Split(strings.TrimSuffix(string(b), "\r\n"), "\r\n")
	for i, l := range lines {
		if strings.ContainsAny(l, "\r\n") {
			t.Errorf("line %d has a bare CR or LF: %q", i+1, l)
		}
		if len(l) > 75 {
			t.Errorf("line %d is %d octets, over 75: %q", i+1, len(l), l)
		}
	}
	// Unfold, then check each component's required properties.
	unfolded := strings.ReplaceAll(string(b), "\r\n ", "")
	type comp struct {
		name  string
		props map[string]int
	}
	var stack []*comp
	var done []*comp
	folded := false
	for _, l := range strings.Split(strings.TrimSuffix(unfolded, "\r\n"), "\r\n") {
		name, _, _ := strings.Cut(l, ":")
		name, _, _ = strings.Cut(name, ";")
		switch {
		case strings.HasPrefix(l, "BEGIN:"):
			stack = append(stack, &comp{name: strings.TrimPrefix(l, "BEGIN:"), props: map[string]int{}})
		case strings.HasPrefix(l, "END:"):
			c := stack[len(stack)-1]
			if c.name != strings.TrimPrefix(l, "END:") {
				t.Fatalf("END:%s closes %s", strings.TrimPrefix(l, "END:"), c.name)
			}
			stack = stack[:len(stack)-1]
			done = append(done, c)
		default:
			stack[len(stack)-1].props[name]++
		}
	}
	if len(stack) != 0 {
		t.Fatalf("unclosed components: %d", len(stack))
	}
	folded = len(lines) > strings.Count(unfolded, "\r\n")
	if !folded {
		t.Error("no line was folded; the long meeting title should have been")
	}
	required := map[string][]string{
		"VCALENDAR": {"PRODID", "VERSION", "METHOD"},
		"VTODO":     {"UID", "DTSTAMP", "DUE", "SUMMARY"},
		"VEVENT":    {"UID", "DTSTAMP", "DTSTART", "DTEND", "SUMMARY"},
		"VALARM":    {"ACTION", "TRIGGER", "DESCRIPTION"},
	}
	counts := map[string]int{}
	uids := map[string]bool{}
	for _, c := range done {
		counts[c.name]++
		for _, p := range required[c.name] {
			if c.props[p] != 1 {
				t.Errorf("%s has %d %s, want exactly 1", c.name, c.props[p], p)
			}
		}
	}
	// Persistence C: call back, confirmation text, booked callback,
	// breakup; the meeting adds an event. The breakup is dropped: a meeting
	// is booked.
	if counts["VTODO"] != 2 || counts["VEVENT"] != 2 || counts["VALARM"] != 2 {
		t.Errorf("components %v, want 2 tasks, 2 events, 2 alarms", counts)
	}
	for _, l := range lines {
		if strings.HasPrefix(l, "UID:") {
			if uids[l] {
				t.Errorf("duplicate %s", l)
			}
			uids[l] = true
		}
	}
	for _, want := range []string{"METHOD:PUBLISH\r\n", "TRIGGER:-PT15M\r\n", "DTSTAMP:20261117T180000Z\r\n", "ACTION:DISPLAY\r\n"} {
		if !bytes.Contains(b, []byte(want)) {
			t.Errorf("missing %q", want)
		}
	}
	if bytes.Contains(b, []byte("METHOD:REQUEST")) {
		t.Error("METHOD:REQUEST would edit the prospect's calendar")
	}

	parsed, err := ics.ParseCalendar(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("parse back: %v", err)
	}
	if len(parsed.Events()) != 2 || len(parsed.Todos()) != 2 {
		t.Errorf("parsed %d events, %d todos", len(parsed.Events()), len(parsed.Todos()))
	}
	for _, e := range parsed.Events() {
		start, err := e.GetStartAt()
		if err != nil {
			t.Fatal(err)
		}
		if len(e.Alarms()) != 1 {
			t.Errorf("event at %s has %d alarms, want 1", start, len(e.Alarms()))
		}
	}
	first, err := parsed.Todos()[0].GetDueAt()
	if err != nil || !first.Equal(s.Touches[0].At) {
		t.Errorf("first task due %s (%v), want %s", first, err, s.Touches[0].At)
	}
	golden.Bytes(t, "testdata/persistence-c.golden.ics", b)
}

func TestICSDeterministic(t *testing.T) {
	a, _ := icsSchedule(t).ICS(cadence.ICSOptions{Stamp: stamp})
	b, _ := icsSchedule(t).ICS(cadence.ICSOptions{Stamp: stamp})
	if !bytes.Equal(a, b) {
		t.Error("two exports of the same schedule differ")
	}
	// A replan keeps the UIDs of the touches it keeps.
	s := icsSchedule(t)
	r, err := s.After(cadence.Event{Kind: cadence.NoAnswer, At: s.Touches[0].At.Add(time.Minute)})
	if err != nil {
		t.Fatal(err)
	}
	c, _ := r.ICS(cadence.ICSOptions{Stamp: stamp})
	uid := func(b []byte) string {
		_, after, _ := strings.Cut(string(b), "UID:")
		u, _, _ := strings.Cut(after, "\r\n")
		return u
	}
	if uid(a) != uid(c) {
		t.Errorf("first UID changed after a replan: %s, %s", uid(a), uid(c))
	}
}

func TestICSErrors(t *testing.T) {
	s := icsSchedule(t)
	if _, err := s.ICS(cadence.ICSOptions{}); !errors.Is(err, cadence.ErrNoStamp) {
		t.Errorf("ICS without a stamp: %v, want ErrNoStamp", err)
	}
	var zero cadence.Schedule
	b, err := zero.ICS(cadence.ICSOptions{Stamp: stamp})
	if err != nil || !bytes.HasPrefix(b, []byte("BEGIN:VCALENDAR\r\n")) || !bytes.HasSuffix(b, []byte("END:VCALENDAR\r\n")) {
		t.Errorf("zero schedule: %q, %v", b, err)
	}
}

// TestICSFoldsUTF8 checks that folding counts octets and never splits a
// multi-byte character.
func TestICSFoldsUTF8(t *testing.T) {
	berlin := zone(t, "Europe/Berlin")
	s, err := cadence.Build(time.Date(2026, 11, 17, 14, 0, 0, 0, berlin), cadence.PersistenceC(), cadence.Options{
		Calendar: timeexpr.Calendar{Location: berlin},
		Contact:  "Jürgen Müller-Lüdenscheidt, Geschäftsführer der Größten Bäckerei Österreichs — 🥨🥨🥨",
	})
	if err != nil {
		t.Fatal(err)
	}
	b, err := s.ICS(cadence.ICSOptions{Stamp: stamp})
	if err != nil {
		t.Fatal(err)
	}
	for i, l := range strings.Split(strings.TrimSuffix(string(b), "\r\n"), "\r\n") {
		if len(l) > 75 {
			t.Errorf("line %d is %d octets: %q", i+1, len(l), l)
		}
		if !utf8.ValidString(l) {
			t.Errorf("line %d splits a character: %q", i+1, l)
		}
	}
	parsed, err := ics.ParseCalendar(bytes.NewReader(b))
	if err != nil {
		t.Fatal(err)
	}
	got := parsed.Todos()[0].GetProperty(ics.ComponentPropertySummary).Value
	if !strings.Contains(got, "Österreichs — 🥨🥨🥨") {
		t.Errorf("summary after unfolding = %q", got)
	}
}
