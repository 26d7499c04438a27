package timeexpr

import "regexp/syntax"

// A prefilter says which two-byte starts a rule's match can have, so the
// engine tries a rule only at the positions where it can match: most
// attempts are then never made, and the ones made fail within a few steps.
type prefilter struct {
	any   [256]bool      // first bytes after which any second byte is possible
	pairs [256][4]uint64 // first byte -> set of second bytes
	// The three-byte starts, checked after the pairs: short holds the
	// starts (of fewer bytes) after which anything may follow, full the
	// three-byte ones. Nil full means no three-byte check.
	short map[string]bool
	full  map[string]bool
}

func (p *prefilter) allows(c0, c1 byte) bool {
	return p.any[c0] || p.pairs[c0][c1>>6]&(1<<(c1&63)) != 0
}

// item is a prefix of a match: s is the first bytes (at most 2); complete
// says the whole match is s.
type item struct {
	s        string
	complete bool
}

const maxItems = 1 << 15

// newPrefilter computes the prefilter of a pattern. A pattern it cannot
// bound (one that may match the empty string, or start with any byte)
// allows everything.
func newPrefilter(pattern string) *prefilter {
	p := &prefilter{}
	re, err := syntax.Parse(pattern, syntax.Perl)
	items, ok := []item(nil), err == nil
	if ok {
		items, ok = prefixes(re.Simplify(), 2)
	}
	if !ok {
		for i := range p.any {
			p.any[i] = true
		}
		return p
	}
	if re3, err := syntax.Parse(pattern, syntax.Perl); err == nil {
		if items3, ok := prefixes(re3.Simplify(), 3); ok {
			p.short, p.full = map[string]bool{}, map[string]bool{}
			for _, it := range items3 {
				if len(it.s) == 3 {
					p.full[it.s] = true
				} else {
					p.short[it.s] = true
				}
			}
		}
	}
	for _, it := range items {
		switch {
		case it.s == "":
			for i := range p.any {
				p.any[i] = true
			}
		case len(it.s) == 1:
			p.any[it.s[0]] = true
		default:
			c0, c1 := it.s[0], it.s[1]
			p.pairs[c0][c1>>6] |= 1 << (c1 & 63)
		}
	}
	return p
}

// prefixes returns the possible n-byte prefixes of re's matches; ok is
// false when they are too many to list.
func prefixes(re *syntax.Regexp, n int) ([]item, bool) {
	empty := []item{{"", true}}
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginLine, syntax.OpEndLine, syntax.OpBeginText,
		syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return empty, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false
		}
		s := string(re.Rune)
		if len(s) > n {
			return []item{{s[:n], false}}, true
		}
		return []item{{s, true}}, true
	case syntax.OpCharClass:
		var out []item
		for i := 0; i+1 < len(re.Rune); i += 2 {
			lo, hi := re.Rune[i], re.Rune[i+1]
			if hi-lo > 128 {
				return nil, false
			}
			for r := lo; r <= hi; r++ {
				out = append(out, item{string(r), true})
			}
		}
		return truncate(out, n), true
	case syntax.OpCapture:
		return prefixes(re.Sub[0], n)
	case syntax.OpQuest:
		a, ok := prefixes(re.Sub[0], n)
		return append(a, empty...), ok
	case syntax.OpStar, syntax.OpPlus, syntax.OpRepeat:
		a, ok := prefixes(re.Sub[0], n)
		if !ok {
			return nil, false
		}
		// n rounds reach n bytes when each round takes one or more.
		out := a
		for k := 1; k < n && ok; k++ {
			more := append(append([]item(nil), a...), empty...)
			out, ok = concat(out, more, n)
		}
		if re.Op == syntax.OpStar || re.Op == syntax.OpRepeat && re.Min == 0 {
			out = append(out, empty...)
		}
		return out, ok
	case syntax.OpConcat:
		out := empty
		for _, sub := range re.Sub {
			done := true
			for _, it := range out {
				if it.complete && len(it.s) < n {
					done = false
					break
				}
			}
			if done {
				break
			}
			b, ok := prefixes(sub, n)
			if !ok {
				// Everything before is fixed: a prefix that is already
				// two bytes long does not depend on sub.
				var kept []item
				for _, it := range out {
					if len(it.s) == n {
						kept = append(kept, item{it.s, false})
					} else {
						return nil, false
					}
				}
				return kept, true
			}
			var ok2 bool
			if out, ok2 = concat(out, b, n); !ok2 {
				return nil, false
			}
		}
		return out, true
	case syntax.OpAlternate:
		var out []item
		for _, sub := range re.Sub {
			a, ok := prefixes(sub, n)
			if !ok {
				return nil, false
			}
			out = append(out, a...)
		}
		if len(out) > maxItems {
			return nil, false
		}
		return out, true
	}
	return nil, false
}

func concat(a, b []item, n int) ([]item, bool) {
	var out []item
	for _, x := range a {
		if !x.complete || len(x.s) >= n {
			out = append(out, item{x.s, false})
			continue
		}
		for _, y := range b {
			s := x.s + y.s
			out = append(out, item{s, y.complete && len(s) <= n})
		}
		if len(out) > maxItems {
			return nil, false
		}
	}
	return truncate(out, n), true
}

// truncate cuts items to n bytes and drops duplicates.
func truncate(items []item, n int) []item {
	seen := make(map[item]bool, len(items))
	out := items[:0]
	for _, it := range items {
		if len(it.s) > n {
			it = item{it.s[:n], false}
		}
		if !seen[it] {
			seen[it] = true
			out = append(out, it)
		}
	}
	return out
}
