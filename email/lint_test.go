package email_test

import (
	"strings"
	"testing"
	"time"

	"github.com/aftercall/aftercall/email"
)

func TestLint(t *testing.T) {
	long := strings.Repeat("word ", 260) + "See you Friday."
	tests := []struct {
		name string
		text string
		want []string // "rule:text" per finding; "rule" for whole-text findings
	}{
		{"clean", "Great discussion today about SSO. Confirming our next call on Tue Dec 1.", nil},
		{"per our conversation", "Per our conversation, here is the deck. Talk Friday?", []string{"banned:Per our conversation"}},
		{"circling back wrapped across lines", "Just\ncircling back on pricing. Call Tuesday?", []string{"banned:Just\ncircling back"}},
		{"hope this finds you well", "Hope this finds you well! Call Tuesday?", []string{"banned:Hope this finds you well"}},
		{"please find attached", "Please find attached the deck, due Friday.", []string{"banned:Please find attached"}},
		{"curly don't hesitate", "Don’t hesitate to reach out. Call me Friday.", []string{"banned:Don’t hesitate to reach out"}},
		{"straight do not hesitate", "Do not hesitate to reach out by Friday.", []string{"banned:Do not hesitate to reach out"}},
		{"two banned phrases", "Per our conversation, please find attached the deck by Friday.",
			[]string{"banned:Per our conversation", "banned:please find attached"}},
		{"vague check-in", "Just checking in on this. Any updates?", []string{"vague:Just checking in", "vague:Any updates", "next-step"}},
		{"word boundary", "We will touch baselines on Friday.", nil},
		{"no next step", "Thanks for the call.", []string{"next-step"}},
		{"a date is a next step", "Thanks for the call. Talk on Nov 30.", nil},
		{"too long", long, []string{"length"}},
		{"undated item", "Action items:\n- Dana: send the deck\n- Priya: sign the MSA by Friday\n\nCall Tuesday?",
			[]string{"undated-item:Dana: send the deck"}},
		{"date on a wrapped line", "Action items:\n- Dana: send the revised deck to the whole team with the numbers (by\n  Fri Nov 20)\n", nil},
		{"bullets outside an item section", "Notes:\n- the weather was nice\n\nNext call Tuesday.", nil},
		{"numbered items", "Next steps:\n1. Dana sends the deck\n2. Priya signs by 11/30\n", []string{"undated-item:Dana sends the deck"}},
		{"empty", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, f := range email.Lint(tt.text) {
				s := f.Rule
				if f.End > 0 {
					s += ":" + tt.text[f.Start:f.End]
					if f.Text != tt.text[f.Start:f.End] {
						t.Errorf("finding %v: Text %q is not text[%d:%d]", f, f.Text, f.Start, f.End)
					}
				}
				if f.Message == "" {
					t.Errorf("finding %v has no message", f)
				}
				got = append(got, s)
			}
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("Lint(%q) = %q, want %q", tt.text, got, tt.want)
			}
		})
	}
}

func TestLinterOptions(t *testing.T) {
	l := email.Linter{Banned: append(email.DefaultBanned(), email.Phrase{Text: "synergy", Why: "jargon", Instead: "say what it does"}),
		SkipNextStep: true}
	fs := l.Lint("Great synergy today.")
	if len(fs) != 1 || fs[0].Rule != "banned" || fs[0].Instead != "say what it does" {
		t.Errorf("custom phrase: %v", fs)
	}
	if fs := (email.Linter{MaxReading: 2 * time.Second, SkipNextStep: true}).Lint("one two three four five six seven eight nine ten eleven"); len(fs) != 1 || fs[0].Rule != "length" {
		t.Errorf("short MaxReading: %v", fs)
	}
	if d := email.ReadingTime(strings.Repeat("w ", 250), 0); d != time.Minute {
		t.Errorf("ReadingTime(250 words) = %v, want 1m", d)
	}
	if d := email.ReadingTime("at 4:00 PM, the two-year plan isn't 2.5x", 60); d != 8*time.Second {
		t.Errorf("ReadingTime counts %v, want 8 words = 8s", d)
	}
}

func FuzzLint(f *testing.F) {
	for _, s := range []string{"", "Per our conversation", "Action items:\n- x\n", "Just\r\ncircling back", "\xff\xfe just checking in",
		"Ǆ just checking in İ", "DON’T HESITATE TO REACH OUT"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		for _, fd := range email.Lint(s) {
			if fd.Start < 0 || fd.End < fd.Start || fd.End > len(s) {
				t.Fatalf("Lint(%q): finding %v out of bounds", s, fd)
			}
			if fd.End > 0 && s[fd.Start:fd.End] != fd.Text {
				t.Fatalf("Lint(%q): finding %v text mismatch", s, fd)
			}
		}
	})
}
