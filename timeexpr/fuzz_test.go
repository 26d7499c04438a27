package timeexpr_test

import (
	"bufio"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/aftercall/aftercall/timeexpr"
)

// fuzzSeeds are phrases from the rule tables plus hard inputs.
var fuzzSeeds = []string{
	"", "by EOD", "next Tuesday at 10am", "before the demo on Thursday at 2pm", "3:30-4:30pm",
	"Tuesday or Wednesday", "in 3 business days", "9am PT", "end of Q1", "H2", "mid-December",
	"12/3", "2026-12-03T14:00:00-05:00", "the 31st", "24/7", "$12,000", "555-0142", "\xff\xfe",
	"at 99:99", "Feb 30", "31/31/2031", "in 99999999999 days", "q4 2018", "FY27", "at",
	"first thing", "the day after tomorrow at noon", "[00:12:34] Dana: by Friday",
	strings.Repeat("1/", 200), strings.Repeat("may march ", 50),
}

// evalTexts returns the texts of the evaluation files, when present.
func evalTexts() []string {
	var out []string
	files, _ := filepath.Glob(filepath.Join(evalDir(), "*.jsonl"))
	for _, path := range files {
		f, err := os.Open(path)
		if err != nil {
			continue
		}
		sc := bufio.NewScanner(f)
		sc.Buffer(make([]byte, 1<<20), 1<<20)
		for sc.Scan() {
			var c struct{ Text string }
			if json.Unmarshal(sc.Bytes(), &c) == nil {
				out = append(out, c.Text)
			}
		}
		f.Close()
	}
	return out
}

// checkInvariants asserts what Find promises for any input.
func checkInvariants(t *testing.T, text string, es []timeexpr.Expr) {
	t.Helper()
	prev := 0
	for _, e := range es {
		s := e.Span
		if s.Start < prev || s.End <= s.Start || s.End > len(text) {
			t.Fatalf("Find(%q): span %v out of order or bounds (previous end %d)", text, s, prev)
		}
		if text[s.Start:s.End] != e.Text {
			t.Fatalf("Find(%q): text %q != input[%d:%d] %q", text, e.Text, s.Start, s.End, text[s.Start:s.End])
		}
		prev = s.End
		if e.Bound == timeexpr.BoundBy && !e.Start.IsZero() && !e.Due.IsZero() && !e.End.IsZero() {
			if e.Due.Before(e.Start) || e.End.Before(e.Due) {
				t.Fatalf("Find(%q): %q has Start %s, Due %s, End %s out of order", text, e.Text, e.Start, e.Due, e.End)
			}
		}
		if e.Grain == timeexpr.GrainUnknown && !e.Due.IsZero() {
			t.Fatalf("Find(%q): %q has a due time and no grain", text, e.Text)
		}
	}
}

func FuzzFind(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
	for _, s := range evalTexts() {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		if len(text) > 1<<16 {
			return
		}
		es := timeexpr.Find(text, ref, nyCal)
		checkInvariants(t, text, es)
		x, ok := timeexpr.Parse(text, ref, nyCal)
		want := timeexpr.Expr{}
		for _, e := range es {
			if !e.Due.IsZero() {
				want = e
				break
			}
		}
		if want.IsZero() && len(es) > 0 {
			want = es[0]
		}
		if ok != (len(es) > 0) || x != want {
			t.Fatalf("Parse(%q) = %v, %v; want %v (Find: %v)", text, x, ok, want, es)
		}
	})
}

var noiseFull = flag.Bool("noise.full", false, "run TestNoise over 10 MB (default 2 MB; 256 KB with -short, 64 KB with -race)")

// TestNoise checks that large noise (dense with digits, month names and
// bound words, and invalid UTF-8) gives no panic and takes linear time.
func TestNoise(t *testing.T) {
	noiseSize := 2 << 20
	switch {
	case *noiseFull:
		noiseSize = 10 << 20
	case raceEnabled:
		noiseSize = 64 << 10
	case testing.Short():
		noiseSize = 256 << 10
	}
	var b strings.Builder
	words := []string{"1", "12/", "at", "3", "pm", "may", "Friday", "\xff", "Q", "-", ":", "by", "next", "week", "00", "2026-", "the", "3rd", "of"}
	x := uint32(1)
	for b.Len() < noiseSize {
		x = x*1664525 + 1013904223
		b.WriteString(words[x>>16%uint32(len(words))])
		if x&3 != 0 {
			b.WriteByte(' ')
		}
	}
	text := b.String()
	small := text[:noiseSize/10]
	start := time.Now()
	timeexpr.Find(small, ref, nyCal)
	t1 := time.Since(start)
	start = time.Now()
	es := timeexpr.Find(text, ref, nyCal)
	t10 := time.Since(start)
	checkInvariants(t, text, es)
	t.Logf("Find over %d bytes of noise: %v (a tenth: %v)", len(text), t10, t1)
	// Ten times the text may take ten times as long, not a hundred.
	if t10 > 30*t1+time.Second {
		t.Errorf("Find over %d bytes took %v, over a tenth %v: not linear", len(text), t10, t1)
	}
	if utf8.ValidString(text) {
		t.Log("noise happened to be valid UTF-8")
	}
}

// TestLongTokens checks that huge single tokens (a 4 MB number, a 4 MB
// word) are handled in linear time.
func TestLongTokens(t *testing.T) {
	n := 4 << 20
	if raceEnabled || testing.Short() {
		n = 256 << 10
	}
	for _, text := range []string{
		strings.Repeat("1", n) + " by Friday",
		"by Friday " + strings.Repeat("a", n),
		strings.Repeat("12:", n/3),
		strings.Repeat("[12:", n/4),
	} {
		start := time.Now()
		es := timeexpr.Find(text, ref, nyCal)
		checkInvariants(t, text, es)
		if d := time.Since(start); d > 20*time.Second {
			t.Errorf("Find over a %d-byte token took %v", len(text), d)
		}
	}
}

// TestConcurrentFind runs Find from several goroutines at once (run it
// with -race): the parser is shared and read-only.
func TestConcurrentFind(t *testing.T) {
	texts := append(evalTexts(), fuzzSeeds...)
	if len(texts) > 400 {
		texts = texts[:400]
	}
	want := make([][]timeexpr.Expr, len(texts))
	for i, s := range texts {
		want[i] = timeexpr.Find(s, ref, nyCal)
	}
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func(g int) {
			defer wg.Done()
			for i := range texts {
				k := (i + g*37) % len(texts)
				got := timeexpr.Find(texts[k], ref, nyCal)
				if len(got) != len(want[k]) {
					t.Errorf("Find(%q) concurrently = %v, want %v", texts[k], got, want[k])
					return
				}
				for j := range got {
					if got[j] != want[k][j] {
						t.Errorf("Find(%q) concurrently = %v, want %v", texts[k], got, want[k])
						return
					}
				}
			}
		}(g)
	}
	wg.Wait()
}
