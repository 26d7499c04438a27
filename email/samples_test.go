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
	"github.com/aftercall/aftercall/internal/golden"
	"github.com/aftercall/aftercall/timeexpr"
)

// sample is one of the repository's sample calls with its want options.
type sample struct {
	name, path string
	opt        extract.Options
}

// wantOptions is the options block of a NAME.want.json.
type wantOptions struct {
	Options struct {
		At       time.Time `json:"at"`
		TZ       string    `json:"tz"`
		Holidays string    `json:"holidays"`
		Us       []string  `json:"us"`
		Author   string    `json:"author"`
		Format   string    `json:"format"`
	} `json:"options"`
}

const samplesDir = "../testdata/calls"

// loadSamples returns every sample with a NAME.want.json.
func loadSamples(t testing.TB) []sample {
	t.Helper()
	wants, err := filepath.Glob(filepath.Join(samplesDir, "*.want.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(wants) == 0 {
		t.Skip("no sample calls in " + samplesDir)
	}
	var out []sample
	for _, w := range wants {
		name := strings.TrimSuffix(filepath.Base(w), ".want.json")
		var input string
		matches, _ := filepath.Glob(filepath.Join(samplesDir, name+".*"))
		for _, m := range matches {
			if !strings.HasSuffix(m, ".json") {
				input = m
			}
		}
		if input == "" {
			t.Errorf("%s: no input file", name)
			continue
		}
		b, err := os.ReadFile(w)
		if err != nil {
			t.Fatal(err)
		}
		var wo wantOptions
		if err := json.Unmarshal(b, &wo); err != nil {
			t.Fatalf("%s: %v", w, err)
		}
		o := wo.Options
		loc := time.UTC
		if o.TZ != "" {
			loc = mustLoc(t, o.TZ)
		}
		cal := timeexpr.Calendar{Location: loc}
		switch strings.ToUpper(o.Holidays) {
		case "US":
			cal.Holidays = timeexpr.USHolidays()
		case "UK", "GB":
			cal.Holidays = timeexpr.UKHolidays()
		case "DE":
			cal.Holidays = timeexpr.GermanHolidays()
		}
		opt := extract.Options{At: o.At.In(loc), Calendar: cal, Us: o.Us, Author: o.Author}
		switch o.Format {
		case "transcript":
			opt.Format = extract.FormatTranscript
		case "notes":
			opt.Format = extract.FormatNotes
		}
		out = append(out, sample{name: name, path: input, opt: opt})
	}
	return out
}

// TestSamples parses every sample call with extract.Parse and goldens its
// recap, internal summary and confirmation text in
// testdata/calls/NAME.{recap,internal,confirmation}.golden.txt; every
// customer draft must carry nothing internal and be lint-clean. The
// goldens follow extract: regenerate them with -update when it improves,
// and review the diff.
func TestSamples(t *testing.T) {
	for _, s := range loadSamples(t) {
		t.Run(s.name, func(t *testing.T) {
			text, err := os.ReadFile(s.path)
			if err != nil {
				t.Fatal(err)
			}
			call, err := extract.Parse(string(text), s.opt)
			if err != nil {
				t.Fatalf("extract.Parse: %v", err)
			}
			opt := email.Options{Calendar: s.opt.Calendar}
			f := fixture{name: s.name, call: call, opt: opt}
			d := makeDrafts(t, f)
			base := filepath.Join("testdata", "calls", s.name)
			golden.Bytes(t, base+".recap.golden.txt", []byte(recapHeader(d.recap)+d.recap.Text))
			golden.Bytes(t, base+".internal.golden.txt", []byte(d.internal.Text))
			golden.Bytes(t, base+".confirmation.golden.txt", []byte(d.sms.Text+"\n\n"+string(smsJSON(t, d.sms))))
			checkCustomerSafe(t, call, opt, d)
			for name, text := range lintTargets(t, f) {
				if fs := email.Lint(text); len(fs) > 0 {
					t.Errorf("%s is not lint-clean: %v\n%s", name, fs, text)
				}
			}
			if _, err := d.recap.MIME(); err != nil {
				t.Errorf("MIME: %v", err)
			}
		})
	}
}
