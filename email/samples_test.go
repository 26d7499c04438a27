package email_test

import (
	"path/filepath"
	"testing"

	"github.com/aftercall/aftercall/email"
	"github.com/aftercall/aftercall/extract"
	"github.com/aftercall/aftercall/internal/golden"
	"github.com/aftercall/aftercall/internal/sample"
)

// loadSamples returns every repository sample call with a want file.
func loadSamples(t testing.TB) []sample.Sample {
	t.Helper()
	ss, err := sample.Load("../testdata/calls")
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) == 0 {
		t.Skip("no sample calls in ../testdata/calls")
	}
	return ss
}

// TestSamples parses every sample call with extract.Parse and goldens its
// recap, internal summary and confirmation text in
// testdata/calls/NAME.{recap,internal,confirmation}.golden.txt; every
// customer draft must carry nothing internal and be lint-clean. The
// goldens follow extract: regenerate them with -update when it improves,
// and review the diff.
func TestSamples(t *testing.T) {
	for _, s := range loadSamples(t) {
		t.Run(s.Name, func(t *testing.T) {
			call, err := extract.Parse(s.Text, s.Options)
			if err != nil {
				t.Fatalf("extract.Parse: %v", err)
			}
			opt := email.Options{Calendar: s.Options.Calendar}
			f := fixture{name: s.Name, call: call, opt: opt}
			d := makeDrafts(t, f)
			base := filepath.Join("testdata", "calls", s.Name)
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
