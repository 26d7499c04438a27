package cadence_test

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aftercall/aftercall/cadence"
	"github.com/aftercall/aftercall/extract"
	"github.com/aftercall/aftercall/internal/golden"
	"github.com/aftercall/aftercall/timeexpr"
)

// fixtureOptions are the options of a fixture or a sample's want file.
type fixtureOptions struct {
	At       time.Time `json:"at"`
	TZ       string    `json:"tz"`
	Holidays string    `json:"holidays"`
	Us       []string  `json:"us"`
	Author   string    `json:"author"`
	Format   string    `json:"format"`
	Model    string    `json:"model"`
	RepZone  string    `json:"rep_zone"`
	Urgent   bool      `json:"urgent"`
	NoSMS    bool      `json:"no_sms"`
}

func (f fixtureOptions) calendar(t testing.TB) timeexpr.Calendar {
	c := timeexpr.Calendar{Location: time.UTC}
	if f.TZ != "" {
		c.Location = zone(t, f.TZ)
	}
	switch strings.ToUpper(f.Holidays) {
	case "US":
		c.Holidays = timeexpr.USHolidays()
	case "UK", "GB":
		c.Holidays = timeexpr.UKHolidays()
	case "DE":
		c.Holidays = timeexpr.GermanHolidays()
	}
	return c
}

func (f fixtureOptions) options(t testing.TB) cadence.Options {
	o := cadence.Options{Calendar: f.calendar(t), Urgent: f.Urgent, NoSMS: f.NoSMS}
	if f.RepZone != "" {
		o.RepZone = zone(t, f.RepZone)
	}
	if f.Model != "" {
		for _, m := range cadence.Models() {
			if m.Name == f.Model {
				o.Model = m
			}
		}
		if o.Model.IsZero() {
			t.Fatalf("unknown model %q", f.Model)
		}
	}
	return o
}

// TestGoldenFixtures plans each hand-made call in testdata/*.call.json,
// applies its events, and compares the schedules with the golden file.
func TestGoldenFixtures(t *testing.T) {
	files, err := filepath.Glob("testdata/*.call.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".call.json")
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			var fx struct {
				Options fixtureOptions  `json:"options"`
				Events  []cadence.Event `json:"events"`
				Call    extract.Call    `json:"call"`
			}
			if err := json.Unmarshal(b, &fx); err != nil {
				t.Fatal(err)
			}
			o := fx.Options.options(t)
			s, err := cadence.Plan(fx.Call, o)
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, s, o, 0)
			out := struct {
				Plan    cadence.Schedule   `json:"plan"`
				Replans []cadence.Schedule `json:"replans,omitempty"`
			}{Plan: s}
			for _, ev := range fx.Events {
				if s, err = s.After(ev); err != nil {
					t.Fatal(err)
				}
				out.Replans = append(out.Replans, s)
			}
			golden.JSON(t, filepath.Join("testdata", name+".golden.json"), out)
		})
	}
}

// TestGoldenSamples runs extract.Parse on every repository sample call with
// a NAME.want.json and plans its follow-up. The extraction is not this
// package's; these goldens follow it (regenerate them when extract changes).
func TestGoldenSamples(t *testing.T) {
	const dir = "../testdata/calls"
	wants, _ := filepath.Glob(filepath.Join(dir, "*.want.json"))
	if len(wants) == 0 {
		t.Skip("no sample calls in " + dir)
	}
	for _, w := range wants {
		name := strings.TrimSuffix(filepath.Base(w), ".want.json")
		t.Run(name, func(t *testing.T) {
			var input string
			matches, _ := filepath.Glob(filepath.Join(dir, name+".*"))
			for _, m := range matches {
				if !strings.HasSuffix(m, ".json") {
					input = m
				}
			}
			if input == "" {
				t.Skip("no input file")
			}
			b, err := os.ReadFile(w)
			if err != nil {
				t.Fatal(err)
			}
			var want struct {
				Options fixtureOptions `json:"options"`
			}
			if err := json.Unmarshal(b, &want); err != nil {
				t.Fatal(err)
			}
			text, err := os.ReadFile(input)
			if err != nil {
				t.Fatal(err)
			}
			f := want.Options
			eo := extract.Options{At: f.At, Calendar: f.calendar(t), Us: f.Us, Author: f.Author}
			if f.Format != "" {
				if err := eo.Format.UnmarshalText([]byte(f.Format)); err != nil {
					t.Fatal(err)
				}
			}
			if !eo.At.IsZero() {
				eo.At = eo.At.In(eo.Calendar.Loc())
			}
			call, err := extract.Parse(string(text), eo)
			if err != nil {
				t.Fatal(err)
			}
			o := cadence.Options{Calendar: eo.Calendar}
			s, err := cadence.Plan(call, o)
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, s, o, 0)
			golden.JSON(t, filepath.Join("testdata", "calls", name+".golden.json"), s)
		})
	}
}
