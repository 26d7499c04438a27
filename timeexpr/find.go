package timeexpr

import "time"

// Find returns every time expression in text, in order of position, each
// resolved against ref in cal. Expressions never overlap. Empty text, text
// without a time and invalid UTF-8 give no expressions.
func Find(text string, ref time.Time, cal Calendar) []Expr {
	if text == "" {
		return nil
	}
	e := newEnv(ref, cal)
	atoms := theParser().find(text, e)
	if len(atoms) == 0 {
		return nil
	}
	return compose(text, atoms, e)
}

// Parse returns the first dated time expression in text (one with a Due
// time, past or not), or else the first expression (an anchored one), so
// that "Before our next call, can you send the deck by Friday?" gives "by
// Friday". It reports false when text holds no time expression.
func Parse(text string, ref time.Time, cal Calendar) (Expr, bool) {
	es := Find(text, ref, cal)
	if len(es) == 0 {
		return Expr{}, false
	}
	for _, e := range es {
		if !e.Due.IsZero() {
			return e, true
		}
	}
	return es[0], true
}
