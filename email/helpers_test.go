package email_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aftercall/aftercall/email"
	"github.com/aftercall/aftercall/extract"
	"github.com/aftercall/aftercall/timeexpr"
)

// fixture is a hand-built call in testdata/NAME.call.json with the options
// its drafts use.
type fixture struct {
	name string
	call extract.Call
	opt  email.Options
}

func mustLoc(t testing.TB, name string) *time.Location {
	t.Helper()
	loc, err := time.LoadLocation(name)
	if err != nil {
		t.Fatal(err)
	}
	return loc
}

// fixtureOptions are the options of each fixture (by name); the default is
// a UTC calendar.
var fixtureZones = map[string]string{
	"contoso":  "America/Chicago",
	"globex":   "America/New_York",
	"hostile":  "Europe/Berlin",
	"sparse":   "UTC",
	"londonny": "Europe/London",
}

func loadFixtures(t testing.TB) []fixture {
	t.Helper()
	paths, err := filepath.Glob("testdata/*.call.json")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	var out []fixture
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var c extract.Call
		if err := json.Unmarshal(b, &c); err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		name := strings.TrimSuffix(filepath.Base(p), ".call.json")
		zone := fixtureZones[name]
		if zone == "" {
			zone = "UTC"
		}
		loc := mustLoc(t, zone)
		c.At = c.At.In(loc)
		opt := email.Options{Calendar: timeexpr.Calendar{Location: loc, Holidays: timeexpr.USHolidays()}}
		if name == "londonny" {
			ny := timeexpr.Calendar{Location: mustLoc(t, "America/New_York"), Holidays: timeexpr.USHolidays()}
			opt.Calendar.Holidays = timeexpr.UKHolidays()
			opt.Customer = &ny
		}
		if name == "hostile" {
			opt.Competitors = []string{"Clari"}
			opt.From = email.Address{Name: "Eve\r\nBcc: attacker@evil.example", Email: "eve@acme.example"}
			opt.To = []email.Address{{Name: "Zoë\nX-Evil: yes", Email: "zoe@initech.example"}}
			opt.Resources = []email.Resource{{Title: "Pilot <guide>", URL: "javascript:alert(1)", Why: "covers \"scope\" & timing"}}
		}
		if name == "contoso" {
			opt.Resources = []email.Resource{{Title: "SSO setup guide", URL: "https://docs.example.com/sso", Why: "the Okta steps Maya showed Tom"}}
			opt.PainPoint = "Monday forecast calls take the whole morning"
		}
		out = append(out, fixture{name: name, call: c, opt: opt})
	}
	return out
}
