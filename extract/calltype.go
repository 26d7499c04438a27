package extract

import "sort"

// TypeSignal is a cue that decided the call type, with where it was said.
type TypeSignal struct {
	Phrase string   `json:"phrase"`
	Weight int      `json:"weight"`
	Source Evidence `json:"source"`
}

// maxTypeSignals caps the cues reported for the call type.
const maxTypeSignals = 5

// callType classifies the call by the weighted cues of the lexicon, each
// distinct cue counted once: a notes title ("Contoso – disco call")
// weighs most; a call with two people or more, none from the other side,
// is internal. Ties go to the later stage of a deal (negotiation, demo,
// check-in, discovery). A call with no cue at all is a check-in.
func (a *analysis) callType() (CallType, []TypeSignal) {
	if len(a.c.Attendees) >= 2 && !a.anyTheirs() {
		return Internal, []TypeSignal{{Phrase: "no one from the other side", Weight: 0, Source: Evidence{Turn: -1}}}
	}
	score, signals := a.typeScores()
	best := CallUnknown
	for _, t := range []CallType{Negotiation, Demo, CheckIn, Discovery, Internal} {
		if score[t] > 0 && (best == CallUnknown || score[t] > score[best]) {
			best = t
		}
	}
	if best == CallUnknown {
		// no cue at all: a call that neither learns, shows nor
		// negotiates is a check-in
		return CheckIn, nil
	}
	sig := signals[best]
	sort.SliceStable(sig, func(i, j int) bool { return sig[i].Weight > sig[j].Weight })
	if len(sig) > maxTypeSignals {
		sig = sig[:maxTypeSignals]
	}
	return best, sig
}

// typeScores sums the weights of the call-type cues per type, and keeps
// each type's cues with their summed weight and first evidence.
func (a *analysis) typeScores() (map[CallType]int, map[CallType][]TypeSignal) {
	score := map[CallType]int{}
	signals := map[CallType][]TypeSignal{}
	// A cue counts once, however often it is said, so a long call's many
	// mentions of a topic do not drown what the call was for.
	seen := map[[2]int]bool{}
	note := func(t CallType, key [2]int, phrase string, w int, ev Evidence) {
		if seen[key] {
			return
		}
		seen[key] = true
		score[t] += w
		signals[t] = append(signals[t], TypeSignal{Phrase: phrase, Weight: w, Source: ev})
	}
	for _, s := range a.allSentences() {
		title := a.isTitle(s)
		for _, h := range s.hits {
			switch {
			case h.cat == catType:
				c := a.lex.CallTypes[h.val]
				note(c.Type, [2]int{0, h.val}, s.phrase(h), c.Weight, s.ev)
			case h.cat == catTitle && title:
				c := a.lex.Titles[h.val]
				note(c.Type, [2]int{1, h.val}, s.phrase(h), c.Weight, s.ev)
			}
		}
	}
	return score, signals
}

// anyTheirs reports whether anyone on the other side is an attendee.
func (a *analysis) anyTheirs() bool {
	for _, at := range a.c.Attendees {
		if at.Side == Theirs {
			return true
		}
	}
	return false
}

// isTitle reports whether s is the call's title: in notes, a line among
// the first two or under a heading mark; the header's title line.
func (a *analysis) isTitle(s *isent) bool {
	if !a.notes || s.turn < 0 {
		return false
	}
	if s.turn <= 1 {
		return true
	}
	return s.turn == 0
}
