package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/aftercall/aftercall/extract"
	"github.com/aftercall/aftercall/internal/sample"
)

// samples loads every testdata/calls sample that has a want file.
func samples(t testing.TB) []sample.Sample {
	t.Helper()
	ss, err := sample.Load("../testdata/calls")
	if err != nil {
		t.Fatal(err)
	}
	if len(ss) == 0 {
		t.Skip("no samples in ../testdata/calls")
	}
	return ss
}

// words returns the lower-case words of s.
func words(s string) []string {
	return strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= '0' && r <= '9' || r == '\'' || r > 127)
	})
}

// overlap is the share of the want quote's words found in got.
func overlap(wantQuote, got string) float64 {
	ww := words(wantQuote)
	if len(ww) == 0 {
		return 0
	}
	set := map[string]bool{}
	for _, w := range words(got) {
		set[w] = true
	}
	n := 0
	for _, w := range ww {
		if set[w] {
			n++
		}
	}
	return float64(n) / float64(len(ww))
}

type score struct {
	want, got, matched, owner, due, prio, cond, kind int
}

func (s score) f1() (p, r, f float64) {
	if s.got > 0 {
		p = float64(s.matched) / float64(s.got)
	} else {
		p = 1
	}
	if s.want > 0 {
		r = float64(s.matched) / float64(s.want)
	} else {
		r = 1
	}
	if p+r > 0 {
		f = 2 * p * r / (p + r)
	}
	return
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// scoreCall matches got items to want items: a pair matches when the got
// item's quotes (source and restatements) hold at least 60% of the want
// quote's words; among those, same side and owner is preferred.
func scoreCall(w sample.Want, c extract.Call) score {
	sc, _ := matchCall(w, c)
	return sc
}

// matchCall scores c against w and returns, for each want item, the index
// of the item it matched or -1.
func matchCall(w sample.Want, c extract.Call) (score, []int) {
	sc := score{want: len(w.Items), got: len(c.Items)}
	match := make([]int, len(w.Items))
	used := make([]bool, len(c.Items))
	for wk, wi := range w.Items {
		match[wk] = -1
		best, bestScore := -1, 0.0
		for gi, it := range c.Items {
			if used[gi] {
				continue
			}
			ov := overlap(wi.Quote, it.Source.Quote)
			for _, r := range it.Restated {
				ov = max(ov, overlap(wi.Quote, r.Quote))
			}
			if ov < 0.6 {
				continue
			}
			s := ov
			if it.Side.String() == wi.Side {
				s += 1
			}
			if it.Owner == wi.Owner {
				s += 1
			}
			if s > bestScore {
				best, bestScore = gi, s
			}
		}
		if best < 0 {
			continue
		}
		used[best] = true
		match[wk] = best
		it := c.Items[best]
		sc.matched++
		if it.Owner == wi.Owner && it.Side.String() == wi.Side {
			sc.owner++
		}
		if it.Priority.String() == wi.Priority {
			sc.prio++
		}
		if (it.Condition == nil) == (wi.Condition == nil) {
			sc.cond++
		}
		if it.Kind.String() == wi.Kind {
			sc.kind++
		}
		switch {
		case wi.Due == nil && it.Due == nil:
			sc.due++
		case wi.Due != nil && it.Due != nil:
			if t, err := time.Parse(time.RFC3339, *wi.Due); err == nil && t.Equal(it.Due.Time) {
				sc.due++
			}
		}
	}
	return sc, match
}

// Floors the overall score must reach (see the package report).
const (
	floorF1    = 0.95
	floorOwner = 0.95
	floorDue   = 0.95
)

func TestScore(t *testing.T) {
	var total score
	t.Logf("%-24s %5s %5s %5s %6s %6s %6s %6s %6s %6s %6s %6s", "file", "want", "got", "match", "prec", "recall", "F1", "owner", "due", "prio", "cond", "kind")
	for _, s := range samples(t) {
		c, err := extract.Parse(s.Text, s.Options)
		if err != nil {
			t.Errorf("%s: %v", s.Name, err)
			continue
		}
		sc := scoreCall(s.Want, c)
		p, r, f := sc.f1()
		t.Logf("%-24s %5d %5d %5d %6.2f %6.2f %6.2f %6.2f %6.2f %6.2f %6.2f %6.2f", s.Name, sc.want, sc.got, sc.matched, p, r, f,
			ratio(sc.owner, sc.matched), ratio(sc.due, sc.matched), ratio(sc.prio, sc.matched), ratio(sc.cond, sc.matched), ratio(sc.kind, sc.matched))
		total.want += sc.want
		total.got += sc.got
		total.matched += sc.matched
		total.owner += sc.owner
		total.due += sc.due
		total.prio += sc.prio
		total.cond += sc.cond
		total.kind += sc.kind
	}
	p, r, f := total.f1()
	ow, du := ratio(total.owner, total.matched), ratio(total.due, total.matched)
	t.Logf("%-24s %5d %5d %5d %6.2f %6.2f %6.2f %6.2f %6.2f %6.2f %6.2f %6.2f", "OVERALL", total.want, total.got, total.matched, p, r, f, ow, du,
		ratio(total.prio, total.matched), ratio(total.cond, total.matched), ratio(total.kind, total.matched))
	if f < floorF1 || ow < floorOwner || du < floorDue {
		t.Errorf("overall F1 %.2f (floor %.2f), owner %.2f (floor %.2f), due %.2f (floor %.2f)", f, floorF1, ow, floorOwner, du, floorDue)
	}
}

// TestScoreDetail logs, per sample, the want items no item matched, the
// items that matched nothing, and the matched items whose owner, due,
// priority or kind differs from the want file. It is a report for people
// tuning the rules (run with -v); TestScore holds the floors.
func TestScoreDetail(t *testing.T) {
	if !testing.Verbose() {
		t.Skip("run with -v")
	}
	for _, s := range samples(t) {
		c, err := extract.Parse(s.Text, s.Options)
		if err != nil {
			t.Fatal(err)
		}
		_, match := matchCall(s.Want, c)
		used := make([]bool, len(c.Items))
		for wk, wi := range s.Want.Items {
			gi := match[wk]
			if gi < 0 {
				t.Logf("%s MISSED %s/%q: %q", s.Name, wi.Side, wi.Owner, wi.Quote)
				continue
			}
			used[gi] = true
			it := c.Items[gi]
			if it.Priority.String() != wi.Priority {
				t.Logf("%s PRIO got %s want %s: %q", s.Name, it.Priority, wi.Priority, wi.Quote)
			}
			if it.Kind.String() != wi.Kind {
				t.Logf("%s KIND got %s want %s: %q", s.Name, it.Kind, wi.Kind, wi.Quote)
			}
			if it.Owner != wi.Owner || it.Side.String() != wi.Side {
				t.Logf("%s OWNER got %s/%q want %s/%q: %q", s.Name, it.Side, it.Owner, wi.Side, wi.Owner, wi.Quote)
			}
			d, w := "null", "null"
			if it.Due != nil {
				d = it.Due.Time.Format(time.RFC3339)
			}
			if wi.Due != nil {
				w = *wi.Due
			}
			if wt, err := time.Parse(time.RFC3339, w); d != w && (it.Due == nil || err != nil || !wt.Equal(it.Due.Time)) {
				t.Logf("%s DUE got %s want %s: %q", s.Name, d, w, wi.Quote)
			}
		}
		for gi, it := range c.Items {
			if !used[gi] {
				t.Logf("%s EXTRA %s/%q %q: %q", s.Name, it.Side, it.Owner, it.Action, it.Source.Quote)
			}
		}
	}
}
