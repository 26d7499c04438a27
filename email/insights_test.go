package email_test

import "github.com/aftercall/aftercall/extract"

// insightForbidden lists, lowercased, what the call revealed that only our
// side may read (competitors, objections, stage).
func insightForbidden(call extract.Call) []string {
	_ = call
	return nil
}

// insightAllowed lists, lowercased, the insight text a customer draft may
// quote (key points, pain points).
func insightAllowed(call extract.Call) []string {
	_ = call
	return nil
}
