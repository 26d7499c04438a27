package extract

import (
	"strings"
	"time"

	"github.com/aftercall/aftercall/timeexpr"
)

// times returns the dated time expressions in s that are not in the past,
// resolved against the call's reference time. Results are cached.
func (a *analysis) times(s *isent) []timeexpr.Expr {
	if a.timeCache == nil {
		a.timeCache = map[int][]timeexpr.Expr{}
	}
	if v, ok := a.timeCache[s.idx]; ok {
		return v
	}
	var out []timeexpr.Expr
	if !mayHaveTime(s) {
		a.timeCache[s.idx] = nil
		return nil
	}
	ref := a.opt.At.In(a.opt.Calendar.Loc())
	for _, e := range timeexpr.Find(s.text, ref, a.opt.Calendar) {
		if e.Past || e.Start.IsZero() || e.Start.Before(ref.Add(-12*60*60*1e9)) {
			continue
		}
		out = append(out, e)
	}
	a.timeCache[s.idx] = out
	return out
}

// timeWords are the words a time expression without digits needs one
// of; a sentence with neither skips the time parser.
var timeWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(`monday tuesday wednesday thursday friday saturday sunday mon tue tues wed
		thu thur thurs fri sat sun mondays tuesdays wednesdays thursdays fridays january february march april may
		june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
		today tomorrow tonight yesterday week weeks month months morning afternoon evening noon midday midnight
		am pm eod eow eom cob asap quarter q1 q2 q3 q4 year day days hour hours minutes weekend next christmas
		thanksgiving easter new h1 h2 fy`) {
		m[w] = true
	}
	return m
}()

// mayHaveTime reports whether s holds a digit or a time word.
func mayHaveTime(s *isent) bool {
	for _, t := range s.toks {
		if timeWords[t.w] || t.w[0] >= '0' && t.w[0] <= '9' {
			return true
		}
	}
	return false
}

// slot is one meeting time floated in the call.
type slot struct {
	s        *isent
	e        timeexpr.Expr
	at       time.Time // when the meeting starts
	exact    bool      // at has a clock time
	agreed   bool
	declined bool
}

// deadlineWords before a time make it a deadline, not a meeting time.
var deadlineWords = map[string]bool{"by": true, "before": true, "until": true, "within": true, "due": true}

// slotWords after a time make it a proposed or accepted meeting time
// ("Thursday at 10 works", "Tuesday is best").
var slotWords = map[string]bool{"work": true, "works": true, "best": true, "free": true, "open": true}

// hasSlotWord reports whether s holds a slot word anywhere.
func hasSlotWord(s *isent) bool {
	for _, t := range s.toks {
		if slotWords[t.w] {
			return true
		}
	}
	return false
}

// nextMeeting returns the meeting the call scheduled: among the times
// floated in meeting talk, the ones both sides agreed on (in notes, the
// ones recorded as settled) win over ones only proposed; a time given
// to the minute or hour wins over a day, a day over a week; then the
// last said wins. Declined times never win.
func (a *analysis) nextMeeting() *Meeting {
	var slots []slot
	lastCand := -10
	for i := range a.sents {
		s := &a.sents[i]
		// only meeting talk pays for time expressions
		near := s.turn-lastCand <= 2 && (s.has(catAccept) || s.has(catDecline))
		if !near && !a.meetingTalk(s) && !(a.notes && s.has(catSettled)) && !hasSlotWord(s) {
			continue
		}
		ts := a.times(s)
		if len(ts) == 0 {
			continue
		}
		for _, e := range ts {
			if a.deadline(s, e) {
				continue
			}
			cand := a.meetingTalk(s) || a.slotPhrase(s, e) || (a.notes && s.has(catSettled)) ||
				(s.turn-lastCand <= 2 && (s.has(catAccept) || s.has(catDecline)))
			if !cand {
				continue
			}
			lastCand = s.turn
			sl := slot{s: s, e: e}
			sl.at, sl.exact = a.slotTime(s, e)
			a.settle(&sl, slots)
			slots = append(slots, sl)
		}
	}
	best := -1
	for i := range slots {
		if slots[i].declined {
			continue
		}
		if best < 0 || slotBetter(slots[i], slots[best], a.opt.At) {
			best = i
		}
	}
	if best < 0 {
		return nil
	}
	sl := slots[best]
	m := &Meeting{
		Time:    sl.at,
		Phrase:  sl.e.Text,
		Purpose: a.purpose(sl.s, sl.e),
		Source:  sl.s.ev,
	}
	m.Invitees = a.invitees(sl)
	return m
}

// nearHas reports whether s or a sentence next to it in its turn has a
// cue of category c.
func (a *analysis) nearHas(s *isent, c icat) bool {
	if s.has(c) {
		return true
	}
	if s.turn < 0 {
		return false
	}
	idx := a.turnSents[s.turn]
	for k, i := range idx {
		if i == s.idx {
			return k > 0 && a.sents[idx[k-1]].has(c) || k+1 < len(idx) && a.sents[idx[k+1]].has(c)
		}
	}
	return false
}

// meetingTalk reports whether s or a sentence next to it in its turn
// sets up a meeting ("First Tuesday back, the fifth of January at ten.
// I'll send the invite.").
func (a *analysis) meetingTalk(s *isent) bool {
	if a.nearHas(s, catMeeting) || a.nearHas(s, catInvite) {
		return true
	}
	// "Let's do the next check-in on …", "let's get Tom on a call …"
	if s.has(catMeetingNoun) {
		for _, t := range s.toks {
			if t.w == "let's" {
				return true
			}
		}
	}
	return false
}

// slotTime is when a meeting at e starts: the start of the phrase's
// period, at the call's own clock time for "same time next Thursday";
// exact reports a clock time.
func (a *analysis) slotTime(s *isent, e timeexpr.Expr) (time.Time, bool) {
	t := e.Start
	if e.Grain == timeexpr.GrainDay && strings.Contains(strings.ToLower(s.text), "same time") {
		at := a.opt.At.In(t.Location())
		return time.Date(t.Year(), t.Month(), t.Day(), at.Hour(), at.Minute(), 0, 0, t.Location()), true
	}
	return t, e.Grain == timeexpr.GrainMinute || e.Grain == timeexpr.GrainHour
}

// slotBetter reports whether x should win over y.
func slotBetter(x, y slot, ref time.Time) bool {
	if x.agreed != y.agreed {
		return x.agreed
	}
	// a meeting later the same day is rarely the next meeting ("I'll send
	// the invite this afternoon")
	if xs, ys := sameDay(x.e.Start, ref), sameDay(y.e.Start, ref); xs != ys {
		return ys
	}
	if x.exact != y.exact {
		return x.exact
	}
	if x.at.Equal(y.at) {
		return false // the first to name it: the proposal, with its purpose
	}
	if x.exact {
		return true // later wins
	}
	if gx, gy := grainRank(x.e.Grain), grainRank(y.e.Grain); gx != gy {
		return gx < gy
	}
	return true // later wins
}

// sameDay reports whether t falls on ref's date (in t's zone).
func sameDay(t, ref time.Time) bool {
	r := ref.In(t.Location())
	return t.Year() == r.Year() && t.YearDay() == r.YearDay()
}

// grainRank orders grains for meetings: a clock time, then a day, then
// anything coarser.
func grainRank(g timeexpr.Grain) int {
	switch g {
	case timeexpr.GrainMinute, timeexpr.GrainHour:
		return 0
	case timeexpr.GrainDay:
		return 1
	}
	return 2
}

// deadline reports whether e in s is a deadline ("by Friday").
func (a *analysis) deadline(s *isent, e timeexpr.Expr) bool {
	if e.Bound != timeexpr.BoundBy {
		return true
	}
	k := tokenBefore(s, e.Span.Start)
	return k >= 0 && deadlineWords[s.toks[k].w]
}

// tokenBefore returns the index of the last token of s ending at or
// before byte offset at, or -1.
func tokenBefore(s *isent, at int) int {
	k := -1
	for i, t := range s.toks {
		if t.end <= at {
			k = i
		}
	}
	return k
}

// slotPhrase reports whether a slot word follows e closely ("Thursday at
// 10 works", "Tuesday or Wednesday is best").
func (a *analysis) slotPhrase(s *isent, e timeexpr.Expr) bool {
	n := 0
	for _, t := range s.toks {
		if t.start < e.Span.End {
			continue
		}
		if slotWords[t.w] {
			return true
		}
		if n++; n >= 4 {
			break
		}
	}
	return false
}

// settle decides whether the slot was agreed or declined: a reply from
// another speaker in the next turns accepts or declines it; a slot that
// itself accepts ("December 3rd at 2 works for me") agrees, and agrees
// the earlier slot at the same time; in notes a settled line ("agreed",
// "next call:", "invite sent") is agreed.
func (a *analysis) settle(sl *slot, earlier []slot) {
	s := sl.s
	if a.notes {
		sl.agreed = s.has(catSettled) || s.has(catInvite)
		return
	}
	// the speaker settles it: "same time next Thursday then. I'll put it
	// in the calendar."
	sl.agreed = a.nearHas(s, catInvite)
	if s.has(catAccept) && !s.isQuestion() && !s.has(catMeeting) || a.slotPhrase(s, sl.e) && !s.isQuestion() {
		for i := range earlier {
			if earlier[i].e.Start.Equal(sl.e.Start) && earlier[i].s.speaker != s.speaker {
				earlier[i].agreed = true
				sl.agreed = true
			}
		}
		if s.has(catAccept) && !s.has(catMeeting) && !s.isQuestion() {
			sl.agreed = true
		}
	}
	// the first reply by someone else within three turns
	for ti := s.turn + 1; ti < len(a.c.Turns) && ti <= s.turn+3; ti++ {
		idx := a.turnSents[ti]
		if len(idx) == 0 || a.sents[idx[0]].speaker == s.speaker {
			continue
		}
		for _, k := range idx {
			r := &a.sents[k]
			if r.has(catDecline) {
				// a counter-proposal or a refusal
				sl.declined = !r.has(catAccept) || len(a.times(r)) > 0
				if sl.declined {
					return
				}
			}
		}
		for _, k := range idx {
			if a.sents[k].has(catAccept) {
				sl.agreed = true
				return
			}
		}
		return
	}
}

// invitees are the people named in the meeting sentence and who
// proposed and accepted it.
func (a *analysis) invitees(sl slot) []string {
	var out []string
	seen := map[string]bool{}
	add := func(n string) {
		if n != "" && !seen[n] {
			seen[n] = true
			out = append(out, n)
		}
	}
	for _, n := range a.namesIn(sl.s) {
		if _, ok := a.attendee(n); ok || a.isAbsentName(n) != "" {
			add(n)
		}
	}
	if !a.notes {
		add(sl.s.speaker)
		for ti := sl.s.turn + 1; ti < len(a.c.Turns) && ti <= sl.s.turn+3; ti++ {
			for _, k := range a.turnSents[ti] {
				if a.sents[k].has(catAccept) {
					add(a.sents[k].speaker)
				}
			}
		}
	}
	return out
}

// purposeStops end the words before a meeting noun.
var purposeStops = map[string]bool{"a": true, "an": true, "the": true, "our": true, "your": true, "on": true,
	"for": true, "book": true, "get": true, "set": true, "up": true, "let's": true, "schedule": true,
	"have": true, "do": true, "to": true, "and": true, "with": true, "this": true, "that": true, ":": true}

// purpose returns the meeting's name as said ("technical call", "trial
// kickoff"), with a following "to …" clause when it names one.
func (a *analysis) purpose(s *isent, e timeexpr.Expr) string {
	h, ok := s.first(catMeetingNoun)
	if !ok {
		return ""
	}
	i := h.i
	inTime := func(t itok) bool { return t.start >= e.Span.Start && t.end <= e.Span.End }
	for i > 0 && h.i-i < 2 && !purposeStops[s.toks[i-1].w] && !qFillers[s.toks[i-1].w] && !inTime(s.toks[i-1]) &&
		strings.TrimSpace(s.text[s.toks[i-1].end:s.toks[i].start]) == "" {
		i--
	}
	end := s.toks[h.j-1].end
	if h.j < len(s.toks) && s.toks[h.j].w == "to" {
		j := h.j + 1
		for j < len(s.toks) && !inTime(s.toks[j]) && !strings.ContainsAny(s.text[s.toks[j-1].end:s.toks[j].start], ",;(") {
			j++
		}
		if j > h.j+1 {
			end = s.toks[j-1].end
		}
	}
	return s.text[s.toks[i].start:end]
}
