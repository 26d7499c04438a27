package timeexpr

import (
	"testing"
	"time"

	"github.com/olebedev/when"
)

// TestRulesInWhen checks that the rules are olebedev/when rules: a
// when.Parser built from them finds and resolves a phrase to the start of
// the period it names.
func TestRulesInWhen(t *testing.T) {
	w := when.New(nil)
	for _, family := range allRules() {
		for _, r := range family {
			w.Add(r)
		}
	}
	base := time.Date(2025, 3, 11, 10, 0, 0, 0, time.UTC) // a Tuesday
	for _, tt := range []struct{ text, want string }{
		{"send it by next Friday please", "2025-03-21T00:00:00Z"},
		{"call me at 2pm", "2025-03-11T14:00:00Z"},
		{"we revisit in Q3", "2025-07-01T00:00:00Z"},
	} {
		r, err := w.Parse(tt.text, base)
		if err != nil || r == nil {
			t.Errorf("when.Parse(%q) = %v, %v; want %s", tt.text, r, err, tt.want)
			continue
		}
		if got := r.Time.Format(time.RFC3339); got != tt.want {
			t.Errorf("when.Parse(%q).Time = %s, want %s", tt.text, got, tt.want)
		}
	}
}
