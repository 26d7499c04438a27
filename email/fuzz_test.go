package email_test

import (
	"bytes"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/aftercall/aftercall/email"
	"github.com/aftercall/aftercall/extract"
	"github.com/emersion/go-message/mail"
)

var plainWord = regexp.MustCompile(`^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$`)

// FuzzDrafts feeds arbitrary names, actions and questions through every
// draft: no panic, a MIME rendering that parses back without an injected
// header, wrapped text, and a text message whose count matches its text.
func FuzzDrafts(f *testing.F) {
	f.Add("Dana Reyes", "Priya Shah", "send the revised pricing proposal", "Does it integrate?", "Clari", int64(0))
	f.Add("Eve\r\nBcc: x@y.example", "Zoë <b>", "share the “wish list” 🚀", "Is it cheaper than Clari?", "clari", int64(3))
	f.Add("", "", "", "", "", int64(-7))
	f.Add("Dana Reyes", "Priya Shah", "send the deck", "When?", "00", int64(1)) // a name the template writes itself ("10:00")
	f.Add("\xff\xfe", "a\u2028b", strings.Repeat("word ", 300), "?", "(", int64(40))
	f.Fuzz(func(t *testing.T, ours, theirs, action, question, competitor string, days int64) {
		at := time.Date(2026, 11, 17, 10, 0, 0, 0, time.UTC)
		call := extract.Call{
			Type: extract.Discovery, At: at,
			Attendees: []extract.Attendee{{Name: ours, Org: ours, Side: extract.Ours}, {Name: theirs, Org: theirs, Side: extract.Theirs}},
			Items: []extract.Item{
				{Side: extract.Ours, Owner: ours, Action: action, Priority: extract.Blocking,
					Due: &extract.Due{Time: at.AddDate(0, 0, 3), Explicit: true}},
				{Side: extract.Theirs, Owner: theirs, Action: action, Condition: new(int)},
			},
			Questions:   []extract.Question{{Asker: theirs, Text: question}},
			KeyPoints:   []extract.Point{{Speaker: theirs, Text: question + " " + action}},
			PainPoints:  []extract.Point{{Speaker: theirs, Text: action}},
			Competitors: []extract.Competitor{{Name: competitor, Relation: "evaluating"}},
		}
		opt := email.Options{Now: at.Add(time.Duration(days%400) * 24 * time.Hour),
			To: []email.Address{{Name: theirs, Email: "p@globex.example"}}, From: email.Address{Name: ours, Email: "d@northwind.example"}}
		d, err := email.Recap(call, opt)
		if err != nil {
			t.Fatal(err)
		}
		b, err := d.MIME()
		if err != nil {
			t.Fatal(err)
		}
		r, err := mail.CreateReader(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("rendering does not parse: %v", err)
		}
		for _, k := range []string{"Bcc", "Cc", "Reply-To"} {
			if r.Header.Has(k) {
				t.Fatalf("injected %s header", k)
			}
		}
		if c := strings.TrimSpace(competitor); len(c) >= 2 && plainWord.MatchString(c) {
			// The name leaks when the recap says it more often than the same
			// recap made without competitors: the template's own words ("10:00
			// AM", "Recap") are no leak.
			re := regexp.MustCompile(`(?i)\b` + regexp.QuoteMeta(c) + `\b`)
			clean := call
			clean.Competitors = nil
			d0, err := email.Recap(clean, opt)
			if err != nil {
				t.Fatal(err)
			}
			if n, n0 := len(re.FindAllStringIndex(d.Text, -1)), len(re.FindAllStringIndex(d0.Text, -1)); n > n0 {
				t.Fatalf("competitor %q in the recap (%d times, %d without competitors):\n%s", c, n, n0, d.Text)
			}
		}
		for _, line := range strings.Split(d.Text, "\n") {
			if utf8.RuneCountInString(line) > email.Width && strings.Contains(strings.TrimSpace(line), " ") {
				t.Fatalf("line over %d: %q", email.Width, line)
			}
		}
		if _, err := email.Internal(call, opt); err != nil {
			t.Fatal(err)
		}
		s, err := email.Confirmation(call, opt)
		if err != nil {
			t.Fatal(err)
		}
		if c := email.CountSMS(s.Text); c.Segments != s.Segments || c.Encoding != s.Encoding {
			t.Fatalf("SMS count %+v does not match %q", s, s.Text)
		}
		for _, fn := range []func(extract.Call, email.Options) (email.Draft, error){email.Voicemail, email.Breakup} {
			if _, err := fn(call, opt); err != nil {
				t.Fatal(err)
			}
		}
		_, _ = email.CheckIn(call, opt)
		_, _ = email.ValueAdd(call, opt, email.Resource{Title: action, URL: question})
	})
}
