package email

import "github.com/aftercall/aftercall/extract"

// insights is what the call revealed beyond its items, as plain strings.
type insights struct {
	keyPoints   []string
	painPoints  []string
	newInfo     []string
	objections  []string // "what they said (handled: how)"
	competitors []string
	stage       string
}

// insightsOf gathers the insights of call.
func insightsOf(call extract.Call) insights {
	_ = call
	return insights{}
}
