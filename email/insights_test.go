package email_test

import (
	"strings"

	"github.com/aftercall/aftercall/extract"
)

// insightForbidden lists, lowercased, what the call revealed that only our
// side may read: competitor names, objections and our answers, budget
// remarks, the stage reason and the risk notes.
func insightForbidden(call extract.Call) []string {
	var out []string
	add := func(s string) {
		if s = strings.ToLower(strings.TrimSpace(s)); len(s) >= 3 {
			out = append(out, s)
		}
	}
	for _, c := range call.Competitors {
		add(c.Name)
	}
	for _, o := range call.Objections {
		add(o.Text)
		add(o.Response)
	}
	for _, b := range call.Budget {
		add(b.Text)
	}
	if len(strings.Fields(call.Stage.Reason)) >= 3 {
		add(call.Stage.Reason)
	}
	for _, r := range call.RiskNotes {
		if len(strings.Fields(r.Reason)) >= 3 {
			add(r.Reason)
		}
	}
	return out
}

// insightAllowed lists, lowercased, the insight text a customer draft may
// quote: key points, pain points, timeline, decision process and success
// criteria.
func insightAllowed(call extract.Call) []string {
	var out []string
	for _, ps := range [][]extract.Point{call.KeyPoints, call.PainPoints, call.Timeline, call.DecisionProcess, call.SuccessCriteria} {
		for _, p := range ps {
			out = append(out, strings.ToLower(p.Text))
		}
	}
	return out
}
