package timeexpr_test

import (
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/olebedev/when"
	"github.com/olebedev/when/rules/common"
	"github.com/olebedev/when/rules/en"

	"github.com/aftercall/aftercall/timeexpr"
)

// benchText returns the hour-long sample transcript of the repository when
// it exists, else the package's own (a ~60 KB transcript of varied sales
// talk, testdata/hourlong.txt).
func benchText(tb testing.TB) string {
	tb.Helper()
	for _, p := range []string{
		filepath.Join("..", "testdata", "calls", "hourlong-vandelay.txt"),
		filepath.Join("testdata", "hourlong.txt"),
	} {
		if b, err := os.ReadFile(p); err == nil {
			return string(b)
		}
	}
	tb.Skip("no transcript")
	return ""
}

var benchRef = time.Date(2026, 11, 17, 10, 0, 0, 0, time.UTC)

func BenchmarkFind(b *testing.B) {
	text := benchText(b)
	cal := timeexpr.Calendar{}
	timeexpr.Find(text, benchRef, cal) // build the parser outside the timing
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = len(timeexpr.Find(text, benchRef, cal))
	}
	b.ReportMetric(float64(n), "exprs")
}

// BenchmarkWhen runs olebedev/when alone over the same text, the way a
// caller finds every expression with it: Parse, then parse again after the
// match, until nothing is left.
func BenchmarkWhen(b *testing.B) {
	text := benchText(b)
	w := when.New(nil)
	w.Add(en.All...)
	w.Add(common.All...)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		n = 0
		rest := text
		for {
			r, err := w.Parse(rest, benchRef)
			if err != nil || r == nil {
				break
			}
			n++
			next := r.Index + len(r.Text)
			if next <= 0 || next > len(rest) {
				break
			}
			rest = rest[next:]
		}
	}
	b.ReportMetric(float64(n), "exprs")
}
