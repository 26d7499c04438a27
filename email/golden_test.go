package email_test

import (
	"encoding/json"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/aftercall/aftercall/email"
	"github.com/aftercall/aftercall/internal/golden"
)

// drafts is every draft the package makes of one call.
type drafts struct {
	recap, internal       email.Draft
	sms                   email.SMS
	voicemail, breakup    email.Draft
	valueAdd, checkIn     email.Draft
	hasValueAdd, hasCheck bool
}

func makeDrafts(t testing.TB, f fixture) drafts {
	t.Helper()
	var d drafts
	var err error
	if d.recap, err = email.Recap(f.call, f.opt); err != nil {
		t.Fatalf("Recap: %v", err)
	}
	if d.internal, err = email.Internal(f.call, f.opt); err != nil {
		t.Fatalf("Internal: %v", err)
	}
	if d.sms, err = email.Confirmation(f.call, f.opt); err != nil {
		t.Fatalf("Confirmation: %v", err)
	}
	later := f.opt
	later.Now = f.call.At.Add(2 * time.Hour)
	if d.voicemail, err = email.Voicemail(f.call, later); err != nil {
		t.Fatalf("Voicemail: %v", err)
	}
	later.Now = f.call.At.AddDate(0, 0, 3)
	switch d.valueAdd, err = email.ValueAdd(f.call, later, email.Resource{}); {
	case err == nil:
		d.hasValueAdd = true
	case !errors.Is(err, email.ErrNoResource):
		t.Fatalf("ValueAdd: %v", err)
	}
	later.Now = f.call.At.AddDate(0, 0, 6)
	switch d.checkIn, err = email.CheckIn(f.call, later); {
	case err == nil:
		d.hasCheck = true
	case !errors.Is(err, email.ErrNoPainPoint):
		t.Fatalf("CheckIn: %v", err)
	}
	later.Now = f.call.At.AddDate(0, 1, 0)
	if d.breakup, err = email.Breakup(f.call, later); err != nil {
		t.Fatalf("Breakup: %v", err)
	}
	return d
}

// customer lists the customer-facing texts of d, named.
func (d drafts) customer() map[string]string {
	m := map[string]string{
		"recap.subject": d.recap.Subject, "recap.txt": d.recap.Text, "recap.html": d.recap.HTML,
		"sms": d.sms.Text, "voicemail": d.voicemail.Text + d.voicemail.HTML + d.voicemail.Subject,
		"breakup": d.breakup.Text + d.breakup.HTML + d.breakup.Subject,
	}
	if d.hasValueAdd {
		m["value-add"] = d.valueAdd.Text + d.valueAdd.HTML + d.valueAdd.Subject
	}
	if d.hasCheck {
		m["check-in"] = d.checkIn.Text + d.checkIn.HTML + d.checkIn.Subject
	}
	return m
}

// variantsText renders the variants into one golden file.
func (d drafts) variantsText() string {
	var b strings.Builder
	add := func(name string, x email.Draft) {
		b.WriteString("=== " + name + "\nSubject: " + x.Subject + "\n\n" + x.Text + "\n")
	}
	add("voicemail", d.voicemail)
	if d.hasValueAdd {
		add("value-add", d.valueAdd)
	}
	if d.hasCheck {
		add("check-in", d.checkIn)
	}
	add("breakup", d.breakup)
	return b.String()
}

func smsJSON(t testing.TB, s email.SMS) []byte {
	t.Helper()
	b, err := json.MarshalIndent(s, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return append(b, '\n')
}

func recapHeader(d email.Draft) string {
	b, _ := json.Marshal(struct {
		Subject string         `json:"subject"`
		SendBy  time.Time      `json:"send_by"`
		Late    email.Lateness `json:"late"`
		Points  []string       `json:"talking_points,omitempty"`
	}{d.Subject, d.SendBy, d.Late, d.TalkingPoints})
	return string(b) + "\n\n"
}

// TestGoldenFixtures renders every draft of every hand-built call in
// testdata/*.call.json and compares it with testdata/NAME.*.golden.*.
func TestGoldenFixtures(t *testing.T) {
	for _, f := range loadFixtures(t) {
		t.Run(f.name, func(t *testing.T) {
			d := makeDrafts(t, f)
			base := filepath.Join("testdata", f.name)
			golden.Bytes(t, base+".recap.golden.txt", []byte(recapHeader(d.recap)+d.recap.Text))
			golden.Bytes(t, base+".recap.golden.html", []byte(d.recap.HTML))
			mime, err := d.recap.MIME()
			if err != nil {
				t.Fatalf("MIME: %v", err)
			}
			golden.Bytes(t, base+".recap.golden.eml", mime)
			golden.Bytes(t, base+".internal.golden.txt", []byte(d.internal.Text))
			golden.Bytes(t, base+".internal.golden.md", []byte(d.internal.Markdown))
			golden.Bytes(t, base+".sms.golden.json", smsJSON(t, d.sms))
			golden.Bytes(t, base+".variants.golden.txt", []byte(d.variantsText()))
		})
	}
}

// TestGoldenLate renders the recap of one call at each lateness.
func TestGoldenLate(t *testing.T) {
	var f fixture
	for _, x := range loadFixtures(t) {
		if x.name == "globex" {
			f = x
		}
	}
	if f.name == "" {
		t.Fatal("no globex fixture")
	}
	var b strings.Builder
	for _, days := range []int{0, 1, 2, 4, 7} {
		opt := f.opt
		opt.Now = f.call.At.AddDate(0, 0, days)
		d, err := email.Recap(f.call, opt)
		if err != nil {
			t.Fatal(err)
		}
		b.WriteString("=== now +" + itoa(days) + " days\n" + recapHeader(d) + d.Text + "\n")
		for _, p := range d.TalkingPoints {
			b.WriteString("> " + p + "\n")
		}
	}
	golden.Bytes(t, "testdata/globex.late.golden.txt", []byte(b.String()))
}

func itoa(n int) string { return strings.TrimSpace(strings.Repeat(" ", 0) + string(rune('0'+n%10))) }
