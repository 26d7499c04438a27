package timeexpr

import "time"

// Find returns every time expression in text, in order of position, each
// resolved against ref in cal. Expressions never overlap.
func Find(text string, ref time.Time, cal Calendar) []Expr {
	return nil // implemented by the rules engine (in progress)
}

// Parse returns the first time expression in text.
func Parse(text string, ref time.Time, cal Calendar) (Expr, bool) {
	es := Find(text, ref, cal)
	if len(es) == 0 {
		return Expr{}, false
	}
	return es[0], true
}
