package cadence_test

import (
	"encoding/json"
	"errors"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aftercall/aftercall/cadence"
	"github.com/aftercall/aftercall/extract"
	"github.com/aftercall/aftercall/internal/golden"
	"github.com/aftercall/aftercall/internal/sample"
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
	hs, err := timeexpr.HolidaysFor(f.Holidays)
	if err != nil {
		t.Fatal(err)
	}
	c.Holidays = hs
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

// sampleInput is what Plan reads from an extracted call: the golden file
// records it, so the schedule is checked against the same input even after
// extract changes.
type sampleInput struct {
	Type      extract.CallType `json:"type"`
	At        time.Time        `json:"at"`
	Attendees []sampleAttendee `json:"attendees"`
	// ItemOwners are the owners of the call's items, in order.
	ItemOwners  []string       `json:"item_owners"`
	NextMeeting *sampleMeeting `json:"next_meeting"`
}

type sampleAttendee struct {
	Name string       `json:"name"`
	Side extract.Side `json:"side"`
}

type sampleMeeting struct {
	Time     time.Time `json:"time"`
	Purpose  string    `json:"purpose,omitempty"`
	Invitees []string  `json:"invitees,omitempty"`
}

func inputOf(c extract.Call) sampleInput {
	in := sampleInput{Type: c.Type, At: c.At, Attendees: []sampleAttendee{}, ItemOwners: []string{}}
	for _, a := range c.Attendees {
		in.Attendees = append(in.Attendees, sampleAttendee{a.Name, a.Side})
	}
	for _, it := range c.Items {
		in.ItemOwners = append(in.ItemOwners, it.Owner)
	}
	if m := c.NextMeeting; m != nil {
		in.NextMeeting = &sampleMeeting{Time: m.Time, Purpose: m.Purpose, Invitees: m.Invitees}
	}
	return in
}

func (in sampleInput) call() extract.Call {
	c := extract.Call{Type: in.Type, At: in.At}
	for _, a := range in.Attendees {
		c.Attendees = append(c.Attendees, extract.Attendee{Name: a.Name, Side: a.Side})
	}
	for _, o := range in.ItemOwners {
		c.Items = append(c.Items, extract.Item{Owner: o})
	}
	if m := in.NextMeeting; m != nil {
		c.NextMeeting = &extract.Meeting{Time: m.Time, Purpose: m.Purpose, Invitees: m.Invitees}
	}
	return c
}

// TestGoldenSamples runs extract.Parse on every repository sample call with
// a NAME.want.json and plans its follow-up. The golden file records what
// Plan read from the call and the schedule it made. The schedule is always
// checked by planning the recorded input again, so a cadence regression fails
// here. When extract's output has changed, the test logs that the recorded
// input is stale rather than failing: extract has its own tests, and
// go test -update ./cadence (or AFTERCALL_UPDATE=1) records the new input.
func TestGoldenSamples(t *testing.T) {
	samples, err := sample.Load("../testdata/calls")
	if err != nil {
		t.Fatal(err)
	}
	if len(samples) == 0 {
		t.Skip("no sample calls in ../testdata/calls")
	}
	for _, s := range samples {
		name, eo := s.Name, s.Options
		t.Run(name, func(t *testing.T) {
			call, err := extract.Parse(s.Text, eo)
			if err != nil {
				if golden.Updating() {
					t.Fatal(err)
				}
				// extract's failure, not ours: plan the recorded input.
				t.Logf("extract.Parse: %v", err)
			}
			o := cadence.Options{Calendar: eo.Calendar}
			path := filepath.Join("testdata", "calls", name+".golden.json")
			type record struct {
				Input    sampleInput      `json:"input"`
				Schedule cadence.Schedule `json:"schedule"`
			}
			in := inputOf(call)
			if !golden.Updating() {
				var rec struct {
					Input sampleInput `json:"input"`
				}
				b, err := os.ReadFile(path)
				if errors.Is(err, fs.ErrNotExist) {
					// A sample added after the goldens were recorded.
					t.Skipf("no %s yet (run: go test -update ./cadence)", path)
				}
				if err != nil {
					t.Fatal(err)
				}
				if err := json.Unmarshal(b, &rec); err != nil {
					t.Fatal(err)
				}
				got, _ := json.Marshal(in)
				recorded, _ := json.Marshal(rec.Input)
				if string(got) != string(recorded) {
					t.Logf("extract's output changed since %s was recorded; checking the recorded input (regenerate with -update)", path)
					in = rec.Input
				}
			}
			s, err := cadence.Plan(in.call(), o)
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, s, o, 0)
			golden.JSON(t, path, record{Input: in, Schedule: s})
		})
	}
}
