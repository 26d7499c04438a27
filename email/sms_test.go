package email_test

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/aftercall/aftercall/email"
)

func TestCountSMS(t *testing.T) {
	a := func(n int) string { return strings.Repeat("a", n) }
	tests := []struct {
		name     string
		text     string
		enc      email.Encoding
		units    int
		segments int
		nonGSM   string
	}{
		{"empty", "", email.GSM7, 0, 0, ""},
		{"one char", "a", email.GSM7, 1, 1, ""},
		{"160 fits one segment", a(160), email.GSM7, 160, 1, ""},
		{"161 splits in two", a(161), email.GSM7, 161, 2, ""},
		{"306 is two parts of 153", a(306), email.GSM7, 306, 2, ""},
		{"307 needs a third", a(307), email.GSM7, 307, 3, ""},
		{"459 is three parts", a(459), email.GSM7, 459, 3, ""},
		{"GSM accents count one", "ÄÖÑÜ§¿äöñüàèéùìòÇØøÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ@£$¥¡¤", email.GSM7, 42, 1, ""},
		{"euro counts two", "€", email.GSM7, 2, 1, ""},
		{"extension table counts two each", "^{}\\[~]|€\f", email.GSM7, 20, 1, ""},
		{"80 euros fill one segment", strings.Repeat("€", 80), email.GSM7, 160, 1, ""},
		{"81 euros split", strings.Repeat("€", 81), email.GSM7, 162, 2, ""},
		{"159 plus a brace is 161", a(159) + "{", email.GSM7, 161, 2, ""},
		{"escape never straddles a boundary", a(152) + "€" + a(152), email.GSM7, 306, 3, ""},
		{"curly apostrophe forces UCS-2", "it’s", email.UCS2, 4, 1, "’"},
		{"70 UCS-2 units fit", a(69) + "’", email.UCS2, 70, 1, "’"},
		{"71 UCS-2 units split", a(70) + "’", email.UCS2, 71, 2, "’"},
		{"134 UCS-2 units are two parts of 67", "’" + a(133), email.UCS2, 134, 2, "’"},
		{"135 UCS-2 units need a third", "’" + a(134), email.UCS2, 135, 3, "’"},
		{"emoji is two UTF-16 units", "🚀", email.UCS2, 2, 1, "🚀"},
		{"surrogate pair never straddles", a(66) + "🚀" + a(66), email.UCS2, 134, 3, "🚀"},
		{"curly double quotes", "“ok”", email.UCS2, 4, 1, "“”"},
		{"backtick is not GSM", "`", email.UCS2, 1, 1, "`"},
		{"u acute is not GSM", "ú", email.UCS2, 1, 1, "ú"},
		{"each offender once, in order", "’a’b🚀", email.UCS2, 6, 1, "’🚀"},
		{"long GSM text with an emoji becomes UCS-2", a(100) + "🙂", email.UCS2, 102, 2, "🙂"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := email.CountSMS(tt.text)
			if got.Encoding != tt.enc || got.Units != tt.units || got.Segments != tt.segments || string(got.NonGSM) != tt.nonGSM {
				t.Errorf("CountSMS(%q) = %v %d units %d segments %q, want %v %d %d %q",
					tt.text, got.Encoding, got.Units, got.Segments, string(got.NonGSM), tt.enc, tt.units, tt.segments, tt.nonGSM)
			}
			if email.IsGSM7(tt.text) != (tt.enc == email.GSM7) {
				t.Errorf("IsGSM7(%q) = %v", tt.text, !(tt.enc == email.GSM7))
			}
		})
	}
}

func TestStraighten(t *testing.T) {
	tests := []struct{ in, want string }{
		{"it’s “fine” — ok…", `it's "fine" - ok...`},
		{"‘single’ – dash", "'single' - dash"},
		{"plain", "plain"},
		{"a\u00a0b\tc", "a b c"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := email.Straighten(tt.in)
			if got != tt.want {
				t.Errorf("Straighten(%q) = %q, want %q", tt.in, got, tt.want)
			}
			if !email.IsGSM7(got) {
				t.Errorf("Straighten(%q) = %q is not GSM-7", tt.in, got)
			}
		})
	}
}

func TestEncodingText(t *testing.T) {
	for _, e := range []email.Encoding{email.GSM7, email.UCS2} {
		b, err := e.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back email.Encoding
		if err := back.UnmarshalText(b); err != nil || back != e {
			t.Errorf("round trip of %v: %v %v", e, back, err)
		}
	}
	var e email.Encoding
	if err := e.UnmarshalText([]byte("utf-8")); err == nil {
		t.Error("UnmarshalText(utf-8) succeeded")
	}
}

func FuzzCountSMS(f *testing.F) {
	for _, s := range []string{"", "hello", "it’s", "€{}", strings.Repeat("a", 161), "🚀🚀", "\xff\xfe", strings.Repeat("€", 77) + "a"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		c := email.CountSMS(s)
		if (c.Segments == 0) != (s == "") {
			t.Fatalf("CountSMS(%q): %d segments", s, c.Segments)
		}
		if (c.Encoding == email.GSM7) != email.IsGSM7(s) || (c.Encoding == email.GSM7) != (len(c.NonGSM) == 0) {
			t.Fatalf("CountSMS(%q): encoding %v, NonGSM %q", s, c.Encoding, string(c.NonGSM))
		}
		n := utf8.RuneCountInString(s)
		single, part := email.GSM7Single, email.GSM7Part
		if c.Encoding == email.UCS2 {
			single, part = email.UCS2Single, email.UCS2Part
		}
		if c.Units < n || c.Units > 2*n {
			t.Fatalf("CountSMS(%q): %d units for %d runes", s, c.Units, n)
		}
		switch {
		case s == "":
		case c.Units <= single:
			if c.Segments != 1 {
				t.Fatalf("CountSMS(%q): %d units in %d segments", s, c.Units, c.Segments)
			}
		default:
			lo := (c.Units + part - 1) / part
			if c.Segments < lo || c.Segments > c.Units/(part-1)+1 {
				t.Fatalf("CountSMS(%q): %d units in %d segments", s, c.Units, c.Segments)
			}
		}
		st := email.Straighten(s)
		if email.Straighten(st) != st {
			t.Fatalf("Straighten is not idempotent on %q", s)
		}
	})
}
