package cadence

import (
	"errors"
	"slices"
	"sort"
	"time"

	"github.com/rickar/cal/v2"
	"github.com/rickar/cal/v2/us"

	"github.com/aftercall/aftercall/extract"
	"github.com/aftercall/aftercall/timeexpr"
)

// ErrNoTime is returned when a schedule has no start: Options.At and the
// call's At are both zero (Plan), or the start given to Build is zero.
var ErrNoTime = errors.New("cadence: no start time (Options.At and Call.At are zero)")

// Texting hours: no text, and no prompt recap or confirmation, goes out
// before 08:00 or from 21:00 on, local time (the usual legal quiet hours for
// texts, such as the TCPA's in the US).
const (
	QuietEnd   = 8 * time.Hour  // texts may start at 08:00
	QuietStart = 21 * time.Hour // and stop before 21:00
)

// MinGap is the least time between two touches.
const MinGap = 15 * time.Minute

// Options configure [Plan] and [Build]. The zero Options plan in UTC with
// the default work hours and no holidays, pick the model from the call type,
// and apply every rule.
type Options struct {
	// At is the start of the schedule: when the call ended. Zero means the
	// call's At (Plan); Build takes its start as an argument.
	At time.Time

	// Calendar is the prospect's business calendar: their zone, work
	// hours, weekend and holidays. Every touch is placed in it, never in
	// the rep's zone or the zone of At.
	Calendar timeexpr.Calendar

	// RepZone, when set, fills Touch.RepAt with each touch's time in the
	// rep's zone. It does not move touches.
	RepZone *time.Location

	// Model is the sequence to follow. The zero Model means
	// [ModelFor] the call type.
	Model Model

	// Urgent lifts the rule against daily touches: the call said time
	// matters (an urgent request, a lapsing offer).
	Urgent bool

	// Owner is who on our side makes the touches, and Contact who on
	// their side receives them. Plan fills empty ones from the call: the
	// person on each side who owns the most items, else the first named.
	Owner   string
	Contact string

	// SkipDays are days off for this schedule on top of the calendar's
	// holidays (a company shutdown, a local holiday).
	SkipDays []*cal.Holiday

	// NoBridgeDays turns off the default bridge days (see [BridgeDays]):
	// the day after Thanksgiving, Christmas Eve and New Year's Eve, which
	// sales teams treat as off when the calendar has the holidays they
	// bridge.
	NoBridgeDays bool

	// NoSMS sends email instead of every text: the prospect has not agreed
	// to texts.
	NoSMS bool

	// Lead is the kind of lead the call was, for the first-touch SLA Plan
	// reports (Schedule.FirstTouch). Zero means a warm lead.
	Lead Lead
}

// plan is the resolved form of Options that a Schedule keeps for replans.
// Build and After work on a copy with its own day cache, so a Schedule
// shared between goroutines is never written to.
type plan struct {
	cal     timeexpr.Calendar
	rep     *time.Location
	urgent  bool
	noSMS   bool
	owner   string
	contact string

	days  map[int]dayOff         // date (yyyymmdd) -> whether it is off, and why
	years map[int]map[int]string // year -> date (yyyymmdd) -> holiday name
	// floor is the time no touch being placed may move to or before: a
	// replan's event.
	floor time.Time
}

// dayOff says whether a day is off and why ("" for a workday).
type dayOff struct {
	off bool
	why string
}

// working returns a copy of p with an empty day cache.
func (p *plan) working() *plan {
	q := *p
	q.days = make(map[int]dayOff, 64)
	q.years = make(map[int]map[int]string, 2)
	return &q
}

// holidays returns the calendar's holidays observed in year y, by date, as
// timeexpr.Calendar.Holiday finds them: the year's own dates first (in the
// order of the list), then the next year's that are observed in y (New
// Year's Day on a Saturday, observed on 31 December).
func (p *plan) holidays(y int) map[int]string {
	if t, ok := p.years[y]; ok {
		return t
	}
	t := map[int]string{}
	for _, year := range [...]int{y, y + 1} {
		for _, h := range p.cal.Holidays {
			_, obs := h.Calc(year)
			if obs.IsZero() {
				continue
			}
			oy, om, od := obs.Date()
			if key := oy*10000 + int(om)*100 + od; oy == y {
				if _, ok := t[key]; !ok {
					t[key] = h.Name
				}
			}
		}
	}
	if p.years != nil {
		p.years[y] = t
	}
	return t
}

// dayOff returns whether t's day is off and why: "weekend" or
// "holiday: <name>".
func (p *plan) dayOff(t time.Time) dayOff {
	y, m, d := t.Date()
	key := y*10000 + int(m)*100 + d
	if v, ok := p.days[key]; ok {
		return v
	}
	var v dayOff
	if name, ok := p.holidays(y)[key]; ok {
		v = dayOff{off: true, why: "holiday: " + name}
	} else if weekend := p.cal.Weekend; weekend == 0 && (t.Weekday() == time.Saturday || t.Weekday() == time.Sunday) ||
		weekend != 0 && weekend.Has(t.Weekday()) {
		v = dayOff{off: true, why: "weekend"}
	}
	if p.days != nil {
		p.days[key] = v
	}
	return v
}

// addWorkdays is timeexpr.Calendar.AddWorkdays through the day cache.
func (p *plan) addWorkdays(t time.Time, n int) time.Time {
	t = t.In(p.cal.Loc())
	for idle := 0; n > 0 && idle < 366; {
		t = t.AddDate(0, 0, 1)
		if !p.dayOff(t).off {
			n--
			idle = 0
		} else {
			idle++
		}
	}
	return t
}

// ModelFor returns the default model for a call type: [PostCall] for every
// sales call. An internal call has no prospect to follow up; ModelFor returns
// the zero Model for it.
func ModelFor(t extract.CallType) Model {
	if t == extract.Internal {
		return Model{}
	}
	return PostCall()
}

// BridgeDays returns the extra days off that [Options] adds by default to
// the calendar c: the day after Thanksgiving when c has Thanksgiving,
// Christmas Eve when it has Christmas Day, New Year's Eve when it has New
// Year's Day. rickar/cal's US list lacks the first; most sales teams
// take all three off, and a touch on them lands in an out-of-office inbox.
func BridgeDays(c timeexpr.Calendar) []*cal.Holiday {
	var thanks, xmas, newYear, hasFriday bool
	for _, h := range c.Holidays {
		if h == nil {
			continue
		}
		d, _ := h.Calc(2026)
		switch {
		case h == us.DayAfterThanksgivingDay || h.Name == us.DayAfterThanksgivingDay.Name:
			hasFriday = true
		case h == us.ThanksgivingDay || h.Name == us.ThanksgivingDay.Name:
			thanks = true
		case d.Month() == time.December && d.Day() == 25:
			xmas = true
		case d.Month() == time.January && d.Day() == 1:
			newYear = true
		}
	}
	var out []*cal.Holiday
	if thanks && !hasFriday {
		out = append(out, us.DayAfterThanksgivingDay)
	}
	if xmas {
		out = append(out, &cal.Holiday{Name: "Christmas Eve", Month: time.December, Day: 24, Func: cal.CalcDayOfMonth})
	}
	if newYear {
		out = append(out, &cal.Holiday{Name: "New Year's Eve", Month: time.December, Day: 31, Func: cal.CalcDayOfMonth})
	}
	return out
}

func (o Options) resolve() *plan {
	c := o.Calendar
	hs := slices.Clip(c.Holidays)
	if !o.NoBridgeDays {
		hs = append(hs, BridgeDays(c)...)
	}
	hs = append(hs, o.SkipDays...)
	c.Holidays = slices.DeleteFunc(slices.Clip(hs), func(h *cal.Holiday) bool { return h == nil || h.Func == nil })
	return &plan{cal: c, rep: o.RepZone, urgent: o.Urgent, noSMS: o.NoSMS, owner: o.Owner, contact: o.Contact}
}

// Plan returns the follow-up schedule for a call.
//
// The schedule starts at Options.At, or the call's At when that is zero. The
// model is Options.Model, or [ModelFor] the call type. When the call booked a
// next meeting, Plan adds a confirmation text within minutes of the call
// (unless the model has one), and the sequence stops before the meeting's
// day, without a breakup: the meeting replans. The owner and contact come from the
// options or from the call's attendees, and the prospect's other people
// become the schedule's stakeholders.
//
// Plan also reports when the first touch is due by the SLA for the call
// type and Options.Lead ([FirstTouchDue] with [DefaultSLAs]), in the
// calendar with its bridge days.
//
// An internal call returns a schedule with no touches and End EndNoTouch.
func Plan(call extract.Call, opt Options) (Schedule, error) {
	start := opt.At
	if start.IsZero() {
		start = call.At
	}
	if start.IsZero() {
		return Schedule{}, ErrNoTime
	}
	owner, contact, others := people(call)
	if opt.Owner == "" {
		opt.Owner = owner
	}
	if opt.Contact == "" {
		opt.Contact = contact
	}
	m := opt.Model
	if m.IsZero() {
		m = ModelFor(call.Type)
	}
	if m.IsZero() {
		return Schedule{Start: start.In(opt.Calendar.Loc()), Touches: []Touch{}, End: EndNoTouch, opt: opt.resolve()}, nil
	}
	var meet *Meeting
	added := false
	if nm := call.NextMeeting; nm != nil && !nm.Time.IsZero() && nm.Time.After(start) {
		title := nm.Purpose
		if title == "" {
			title = "Next meeting"
		}
		meet = &Meeting{At: nm.Time.In(opt.Calendar.Loc()), Duration: 30 * time.Minute, Title: title, Invitees: slices.Clone(nm.Invitees)}
		if !slices.ContainsFunc(m.Steps, func(s Step) bool { return s.Purpose == Confirmation }) {
			steps := make([]Step, 0, len(m.Steps)+1)
			steps = append(steps, Step{After: After(5, Minutes), Channel: SMS, Purpose: Confirmation,
				Note: "confirm the booked meeting by text within minutes"})
			m.Steps = append(steps, m.Steps...)
			added = true
		}
	}
	s, err := Build(start, m, opt)
	if err != nil {
		return Schedule{}, err
	}
	if added {
		// The confirmation is Plan's, not the model's: keep Step an index
		// into the caller's model.
		for i := range s.Touches {
			s.Touches[i].Step--
		}
	}
	s.Stakeholders = slices.DeleteFunc(others, func(n string) bool { return n == s.opt.contact })
	if f, ok := FirstTouchDue(call.Type, opt.Lead, start, s.opt.cal, nil); ok {
		s.FirstTouch = &f
	}
	if meet != nil {
		s.Meeting = meet
		meetDay := midnight(meet.At)
		s.Touches = slices.DeleteFunc(s.Touches, func(t Touch) bool {
			return !t.At.Before(meet.At) || t.Purpose == Breakup || !t.Prompt && !t.At.Before(meetDay)
		})
		s.End = EndMeeting
	}
	return s, nil
}

// people returns our side's owner, their side's main contact and their
// other people, from the attendees and the items they own.
func people(call extract.Call) (owner, contact string, others []string) {
	count := map[string]int{}
	for _, it := range call.Items {
		count[it.Owner]++
	}
	pick := func(side extract.Side) (best string, all []string) {
		n := -1
		for _, a := range call.Attendees {
			if a.Side != side || a.Name == "" {
				continue
			}
			all = append(all, a.Name)
			if count[a.Name] > n {
				best, n = a.Name, count[a.Name]
			}
		}
		return best, all
	}
	owner, _ = pick(extract.Ours)
	contact, others = pick(extract.Theirs)
	return owner, contact, others
}

// Build returns the schedule of model m from start, in the prospect's
// calendar. It is the lower-level form of [Plan]: no call, so Owner and
// Contact come only from the options.
//
// Each step's time is start plus its delay; then the rules move it, and
// each move is recorded in the touch's Moved:
//
//   - A prompt touch (a recap or confirmation due within PromptWithin of
//     the start) keeps its time when that is between 08:00 and 21:00
//     local, on any day; otherwise it waits for the start of the next work
//     hours. Pushed to another day by the spacing rules, it is placed like
//     any other touch.
//   - Every other touch lands on a workday of the calendar (not a weekend,
//     holiday or bridge day) inside work hours; day-level steps land at the
//     start of their block.
//   - Texts go out only between 08:00 and 21:00 local.
//   - Touches keep their order (the breakup is always last) and at least
//     MinGap apart. Unless Urgent, two day-level touches never fall on the
//     same or consecutive workdays (the touches counted in minutes or hours,
//     right after the call, are exempt).
//   - A phone attempt never uses the block of the previous one.
func Build(start time.Time, m Model, opt Options) (Schedule, error) {
	if start.IsZero() {
		return Schedule{}, ErrNoTime
	}
	if err := m.Validate(); err != nil {
		return Schedule{}, err
	}
	stored := opt.resolve()
	p := stored.working()
	start = start.In(p.cal.Loc())
	ts := make([]pending, len(m.Steps))
	for i, st := range m.Steps {
		ch := st.Channel
		var moved []string
		if p.noSMS && ch == SMS {
			ch, moved = Email, []string{"no SMS consent: email instead"}
		}
		t := Touch{Channel: ch, Purpose: st.Purpose, Reason: st.Note, Booked: st.Booked, Step: i, Moved: moved, After: st.After,
			Prompt: isPrompt(st)}
		raw := p.raw(start, st)
		if raw.Before(start) {
			// Day 0 in a block the call already ran past: the next day's.
			raw = p.blockTime(nextDay(start), st.Block)
			t.Moved = append(t.Moved, "block already past")
		}
		ts[i] = pending{Touch: t, want: st.Block, raw: raw}
	}
	for i := range ts {
		p.settle(&ts[i], ts[i].raw)
	}
	sort.SliceStable(ts, func(i, j int) bool {
		bi, bj := ts[i].Purpose == Breakup, ts[j].Purpose == Breakup
		if bi != bj {
			return bj
		}
		return ts[i].At.Before(ts[j].At)
	})
	p.space(ts, 0, time.Time{})
	s := Schedule{Model: m.Name, Start: start, Touches: make([]Touch, len(ts)), opt: stored}
	for i := range ts {
		s.Touches[i] = p.finish(ts[i].Touch)
	}
	if len(ts) > 0 && ts[len(ts)-1].Purpose == Breakup {
		s.End = EndBreakup
	}
	return s, nil
}

// pending is a touch being placed.
type pending struct {
	Touch
	want Block     // the block the step asked for
	raw  time.Time // the time the step asked for
}

func (p *plan) finish(t Touch) Touch {
	t.Block = BlockOf(t.At)
	if t.Owner == "" {
		t.Owner = p.owner
	}
	if t.Contact == "" {
		t.Contact = p.contact
	}
	if p.rep != nil {
		t.RepAt = t.At.In(p.rep)
	}
	return t
}

// raw returns the time a step asks for, before any rule.
func (p *plan) raw(start time.Time, s Step) time.Time {
	n := s.After.N
	switch s.After.Unit {
	case Hours:
		return start.Add(time.Duration(n) * time.Hour)
	case Days:
		return p.blockTime(midnight(start).AddDate(0, 0, n), s.Block)
	case Weeks:
		return p.blockTime(midnight(start).AddDate(0, 0, 7*n), s.Block)
	case BusinessDays:
		return p.blockTime(p.addWorkdays(midnight(start), n), s.Block)
	}
	return start.Add(time.Duration(n) * time.Minute)
}

// midnight returns the start of t's day in t's zone.
func midnight(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d, 0, 0, 0, 0, t.Location())
}

// nextDay returns the start of the day after t's, in t's zone.
func nextDay(t time.Time) time.Time {
	y, m, d := t.Date()
	return time.Date(y, m, d+1, 0, 0, 0, 0, t.Location())
}

func clock(t time.Time) time.Duration {
	h, m, s := t.Clock()
	return time.Duration(h)*time.Hour + time.Duration(m)*time.Minute + time.Duration(s)*time.Second
}

// blockTime returns the start of block b on t's day, kept inside work
// hours; AnyBlock is the start of work hours.
func (p *plan) blockTime(t time.Time, b Block) time.Time {
	ws, we := p.cal.WorkdayStart(t), p.cal.WorkdayEnd(t)
	if b == AnyBlock || b >= OffHours {
		return ws
	}
	d := blockStarts[b]
	y, m, day := t.Date()
	bt := time.Date(y, m, day, int(d/time.Hour), int(d%time.Hour/time.Minute), 0, 0, t.Location())
	if latest := we.Add(-MinGap); bt.After(latest) {
		bt = latest
	}
	if bt.Before(ws) {
		bt = ws
	}
	return bt
}

func addMove(moved []string, why string) []string {
	if slices.Contains(moved, why) {
		return moved
	}
	return append(moved, why)
}

// settle places x at t or the first time after it that its rules allow.
func (p *plan) settle(x *pending, t time.Time) {
	t = t.In(p.cal.Loc())
	if x.Prompt {
		x.At = p.prompt(x, t)
		return
	}
	x.At = p.place(x, t)
}

// prompt places a prompt touch: at t when t is inside texting hours on the
// day the step asked for, else at the start of the next work hours; pushed
// to another day (by the spacing rules), it is placed like any touch.
func (p *plan) prompt(x *pending, t time.Time) time.Time {
	if !midnight(t).Equal(midnight(x.raw.In(t.Location()))) {
		// Pushed off the day it follows the call on: an ordinary touch.
		return p.place(x, t)
	}
	c := clock(t)
	if c >= QuietEnd && c < QuietStart {
		return t
	}
	x.Moved = addMove(x.Moved, "quiet hours")
	base := nextDay(t)
	if c < QuietEnd {
		base = midnight(t)
	}
	// Search from the start of that day, not noting "before hours": the
	// quiet hours are the reason.
	keep := x.Moved
	at := p.place(x, base)
	x.Moved = slices.DeleteFunc(x.Moved, func(s string) bool {
		return (s == "before hours" || s == "after hours") && !slices.Contains(keep, s)
	})
	return at
}

// place returns the first time at or after t on a workday inside work
// hours (and texting hours for a text), noting every move in x.Moved. A
// move to another day lands at the start of the touch's block.
func (p *plan) place(x *pending, t time.Time) time.Time {
	for range 2000 {
		if off := p.dayOff(t); off.off {
			x.Moved = addMove(x.Moved, off.why)
			t = p.blockTime(nextDay(t), x.want)
			continue
		}
		if ws := p.cal.WorkdayStart(t); t.Before(ws) {
			x.Moved = addMove(x.Moved, "before hours")
			t = p.blockTime(t, x.want)
			if t.Before(ws) {
				t = ws
			}
			continue
		}
		if !t.Before(p.cal.WorkdayEnd(t)) {
			x.Moved = addMove(x.Moved, "after hours")
			t = p.blockTime(nextDay(t), x.want)
			continue
		}
		if x.Channel == SMS {
			if c := clock(t); c < QuietEnd || c >= QuietStart {
				x.Moved = addMove(x.Moved, "quiet hours")
				if c < QuietEnd {
					y, m, d := t.Date()
					t = time.Date(y, m, d, int(QuietEnd/time.Hour), 0, 0, 0, t.Location())
				} else {
					t = p.blockTime(nextDay(t), x.want)
				}
				continue
			}
		}
		return t
	}
	// A calendar with no workday in years: give up moving.
	return t
}

// space enforces the rules between touches, from index from on: order and
// the minimum gap, no daily touches unless urgent, varied phone blocks.
// lastCall, when set, is a call actually made after the history touches
// (an unanswered attempt): the next call varies its block from that one.
// Every adjustment but a block change moves a touch later, and a block
// change happens once per touch and rule pass, so it ends.
func (p *plan) space(ts []pending, from int, lastCall time.Time) {
	if len(ts) == 0 {
		return
	}
	for i := max(from, 1); i < len(ts); i++ {
		x, prev := &ts[i], &ts[i-1]
		for range 50 {
			changed := false
			if least := prev.At.Add(MinGap); x.At.Before(least) {
				x.Moved = addMove(x.Moved, "spacing")
				p.settle(x, least)
				changed = true
			}
			if !p.urgent && x.After.IsDayLevel() {
				// Against the last day-level touch before this one.
				for j := i - 1; j >= 0; j-- {
					if !ts[j].After.IsDayLevel() {
						continue
					}
					pd := midnight(ts[j].At)
					if limit := p.addWorkdays(pd, 1); !midnight(x.At).After(midnight(limit)) {
						x.Moved = addMove(x.Moved, "spacing")
						x.At = p.place(x, p.blockTime(p.addWorkdays(pd, 2), x.want))
						changed = true
					}
					break
				}
			}
			if x.Channel.calls() {
				for j := i - 1; j >= 0; j-- {
					if !ts[j].Channel.calls() {
						continue
					}
					prevCall := ts[j].At
					if j < from && lastCall.After(prevCall) {
						prevCall = lastCall
					}
					if b := BlockOf(prevCall.In(p.cal.Loc())); b == BlockOf(x.At) {
						x.Moved = addMove(x.Moved, "block")
						p.switchBlock(x, b.alternate(), prev.At.Add(MinGap))
						changed = true
					}
					break
				}
			}
			if !changed {
				break
			}
		}
	}
}

// switchBlock moves a call to block alt on its own day, or on the next day
// when that is earlier than notBefore.
func (p *plan) switchBlock(x *pending, alt Block, notBefore time.Time) {
	if !p.floor.IsZero() && !notBefore.After(p.floor) {
		notBefore = p.floor.Add(time.Minute)
	}
	t := p.blockTime(x.At, alt)
	if t.Before(notBefore) {
		t = p.blockTime(nextDay(x.At), alt)
	}
	x.want = alt
	x.At = p.place(x, t)
}

// PromptWithin is the longest delay a recap or confirmation step may have
// and still follow the call promptly (after hours too, before 21:00).
const PromptWithin = 3 * time.Hour

// isPrompt reports whether a step follows the call promptly: a recap or a
// confirmation counted in minutes or hours, within PromptWithin.
func isPrompt(st Step) bool {
	if st.Purpose != Recap && st.Purpose != Confirmation {
		return false
	}
	switch st.After.Unit {
	case Minutes:
		return time.Duration(st.After.N)*time.Minute <= PromptWithin
	case Hours:
		return time.Duration(st.After.N)*time.Hour <= PromptWithin
	}
	return false
}
