package email_test

import (
	"strings"
	"testing"

	"github.com/aftercall/aftercall/email"
	"github.com/aftercall/aftercall/extract"
)

func benchFixture(b *testing.B, name string) fixture {
	for _, f := range loadFixtures(b) {
		if f.name == name {
			return f
		}
	}
	b.Fatalf("no fixture %s", name)
	return fixture{}
}

// hourLong is the hour-long sample call, parsed, when the repository has it.
func hourLong(b *testing.B) fixture {
	for _, s := range loadSamples(b) {
		if strings.HasPrefix(s.Name, "hourlong") {
			call, err := extract.Parse(s.Text, s.Options)
			if err != nil {
				b.Fatal(err)
			}
			return fixture{name: s.Name, call: call, opt: email.Options{Calendar: s.Options.Calendar}}
		}
	}
	b.Skip("no hour-long sample")
	return fixture{}
}

func BenchmarkRecap(b *testing.B) {
	for _, name := range []string{"contoso", "hourlong"} {
		b.Run(name, func(b *testing.B) {
			var f fixture
			if name == "hourlong" {
				f = hourLong(b)
			} else {
				f = benchFixture(b, name)
			}
			b.ReportAllocs()
			for b.Loop() {
				if _, err := email.Recap(f.call, f.opt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkInternal(b *testing.B) {
	f := benchFixture(b, "contoso")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := email.Internal(f.call, f.opt); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkConfirmation(b *testing.B) {
	f := benchFixture(b, "contoso")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := email.Confirmation(f.call, f.opt); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkLint(b *testing.B) {
	f := benchFixture(b, "contoso")
	d, err := email.Recap(f.call, f.opt)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(d.Text)))
	b.ReportAllocs()
	for b.Loop() {
		email.Lint(d.Text)
	}
}

func BenchmarkCountSMS(b *testing.B) {
	text := strings.Repeat("Hi Priya, thanks for the call today. Next: Thu 12/3 2pm EST. ", 5)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		email.CountSMS(text)
	}
}

func BenchmarkMIME(b *testing.B) {
	f := benchFixture(b, "contoso")
	d, err := email.Recap(f.call, f.opt)
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := d.MIME(); err != nil {
			b.Fatal(err)
		}
	}
}
