package cadence_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/aftercall/aftercall/cadence"
	"github.com/aftercall/aftercall/timeexpr"
)

// FuzzDelay checks that ParseDelay never panics and that what it accepts
// round-trips through String and MarshalText.
func FuzzDelay(f *testing.F) {
	for _, s := range []string{"", "0m", "30m", "2h", "3d", "2bd", "4w", "999bd", "1000m", "bd", "-1d", "2 days", "07d", "2b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := cadence.ParseDelay(s)
		if err != nil {
			return
		}
		if d.N < 0 || d.N > cadence.MaxDelay {
			t.Fatalf("ParseDelay(%q) = %v, out of range", s, d)
		}
		b, err := d.MarshalText()
		if err != nil {
			t.Fatalf("MarshalText(%v): %v", d, err)
		}
		back, err := cadence.ParseDelay(string(b))
		if err != nil || back != d {
			t.Fatalf("round trip %q -> %v -> %q -> %v, %v", s, d, b, back, err)
		}
	})
}

// FuzzModel decodes model text (JSON, with the text forms of delays and
// enums), and for every model that validates, checks that Build never
// panics and that its schedule keeps the rules, in one of several zones.
func FuzzModel(f *testing.F) {
	for _, m := range cadence.Models() {
		b, _ := json.Marshal(m)
		f.Add(string(b), int64(1795000000), uint8(0))
	}
	if files, _ := filepath.Glob("testdata/*.call.json"); len(files) > 0 {
		b, _ := os.ReadFile(files[0])
		f.Add(string(b), int64(1800000000), uint8(1))
	}
	f.Add(`{"name":"x","steps":[{"after":"0m","channel":"sms","purpose":"confirmation"},{"after":"0bd","channel":"phone","purpose":"callback","block":"late-afternoon"},{"after":"1d","channel":"voicemail","purpose":"breakup"}]}`, int64(1798000000), uint8(2))
	f.Add(`{"steps":[{"after":"999w","channel":"linkedin","purpose":"nurture"}]}`, int64(0), uint8(3))
	zones := []string{"America/New_York", "Europe/Berlin", "Asia/Kolkata", "Australia/Sydney"}
	locs := make([]*time.Location, len(zones))
	for i, z := range zones {
		locs[i] = zone(f, z)
	}
	f.Fuzz(func(t *testing.T, text string, unix int64, pick uint8) {
		var m cadence.Model
		if err := json.Unmarshal([]byte(text), &m); err != nil {
			return
		}
		if m.Validate() != nil {
			if _, err := cadence.Build(time.Unix(1795000000, 0), m, cadence.Options{}); err == nil {
				t.Fatal("Build accepted a model Validate rejects")
			}
			return
		}
		// Starts between 2000 and 2100.
		start := time.Unix(946684800+(unix%3155760000+3155760000)%3155760000, 0)
		o := cadence.Options{Calendar: timeexpr.Calendar{Location: locs[int(pick)%len(locs)]}, Urgent: pick&8 != 0}
		if pick&4 != 0 {
			o.Calendar.Holidays = timeexpr.USHolidays()
		}
		s, err := cadence.Build(start, m, o)
		if err != nil {
			t.Fatalf("Build: %v", err)
		}
		if bad := invariants(s, o, 0, time.Time{}); len(bad) > 0 {
			t.Fatalf("%s\n%v\n%s", text, bad, dump(s))
		}
		if _, err := s.ICS(cadence.ICSOptions{Stamp: start}); err != nil {
			t.Fatal(err)
		}
	})
}
