package cadence

import (
	"time"

	"github.com/aftercall/aftercall/extract"
	"github.com/aftercall/aftercall/internal/enum"
	"github.com/aftercall/aftercall/timeexpr"
)

// Lead is the kind of lead a call produced, for first-touch SLAs and
// ownership. The zero Lead, LeadUnknown, is treated as Warm.
type Lead uint8

// Leads.
const (
	LeadUnknown Lead = iota
	Warm             // a sales call that ended without a firm commitment
	MissedCall       // an inbound call nobody answered
	HighIntent       // asked for pricing, a quote, a demo
	Existing         // an existing customer
	UrgentLead       // an urgent request: delay changes the decision
)

var leadNames = enum.Names{"", "warm", "missed-call", "high-intent", "existing", "urgent"}

func (l Lead) String() string               { return leadNames.String("Lead", int(l)) }
func (l Lead) MarshalText() ([]byte, error) { return leadNames.Marshal("cadence", "lead", int(l)) }
func (l *Lead) UnmarshalText(b []byte) error {
	return leadNames.Set("cadence", "lead", b, (*uint8)(l))
}

// Role is who owns a follow-up: new leads go to the sales owner, existing
// customers to their account owner, urgent requests to whoever is on call.
// The zero Role is RoleUnknown.
type Role uint8

// Roles.
const (
	RoleUnknown Role = iota
	SalesOwner
	AccountOwner
	OnCall
)

var roleNames = enum.Names{"", "sales-owner", "account-owner", "on-call"}

func (r Role) String() string               { return roleNames.String("Role", int(r)) }
func (r Role) MarshalText() ([]byte, error) { return roleNames.Marshal("cadence", "role", int(r)) }
func (r *Role) UnmarshalText(b []byte) error {
	return roleNames.Set("cadence", "role", b, (*uint8)(r))
}

// SLA is a first-touch target: for a lead type (and optionally a call
// type), how soon the first attempt is due and who owns it.
//
// Within counts work time: minutes and hours run only inside the calendar's
// work hours (a missed call at 22:00 is due 5 minutes into the next
// workday: the after-hours plan is to capture it and call back first
// thing). A day-level Within is a deadline at the end of that day's work
// hours; 0bd means the same business day, or the next one when the call
// ends within SameDayCutoff of the end of work hours.
type SLA struct {
	Lead Lead `json:"lead"`
	// Call is the call type the rule is for; CallUnknown matches any.
	Call   extract.CallType `json:"call,omitempty"`
	Within Delay            `json:"within"`
	// SameDay adds a second attempt due by the end of the same business
	// day, if the first gets no answer.
	SameDay bool   `json:"same_day,omitempty"`
	Owner   Role   `json:"owner"`
	Note    string `json:"note,omitempty"`
}

// DefaultSLAs returns the first-touch targets, most specific first: missed
// calls within 5 minutes and again the same day; urgent requests within 5
// minutes by whoever is on call; high-intent requests within the hour;
// existing customers the same business day; sales calls a recap within the
// hour; anything else the same business day. The slice is the caller's to
// change and pass to [FirstTouchDue].
func DefaultSLAs() []SLA {
	return []SLA{
		{Lead: MissedCall, Within: After(5, Minutes), SameDay: true, Owner: SalesOwner, Note: "missed call: attempt within 5 minutes, then again the same day"},
		{Lead: UrgentLead, Within: After(5, Minutes), SameDay: true, Owner: OnCall, Note: "urgent request: the on-call owner, within 5 minutes"},
		{Lead: HighIntent, Within: After(1, Hours), Owner: SalesOwner, Note: "high intent: attempt within 1 hour"},
		{Lead: Existing, Within: After(0, BusinessDays), Owner: AccountOwner, Note: "existing customer: the account owner, the same business day"},
		{Lead: Warm, Call: extract.Discovery, Within: After(1, Hours), Owner: SalesOwner, Note: "recap within the hour"},
		{Lead: Warm, Call: extract.Demo, Within: After(1, Hours), Owner: SalesOwner, Note: "recap within the hour"},
		{Lead: Warm, Call: extract.Negotiation, Within: After(1, Hours), Owner: SalesOwner, Note: "recap within the hour"},
		{Lead: Warm, Call: extract.CheckIn, Within: After(0, BusinessDays), Owner: AccountOwner, Note: "check-in call: recap the same business day"},
		{Lead: Warm, Within: After(0, BusinessDays), Owner: SalesOwner, Note: "follow up the same business day"},
	}
}

// FirstTouch is when the first follow-up of a call is due, by its SLA.
type FirstTouch struct {
	SLA SLA       `json:"sla"`
	Due time.Time `json:"due"`
	// Again is when a second attempt is due if the first gets no answer
	// (SLA.SameDay), else zero.
	Again time.Time `json:"again,omitzero"`
}

// FirstTouchDue returns when the first touch after a call that ended at end
// is due, by the first rule of table that matches the lead and call type
// (nil table means [DefaultSLAs]). ok is false when no rule matches.
func FirstTouchDue(call extract.CallType, lead Lead, end time.Time, c timeexpr.Calendar, table []SLA) (f FirstTouch, ok bool) {
	if table == nil {
		table = DefaultSLAs()
	}
	if lead == LeadUnknown {
		lead = Warm
	}
	for _, r := range table {
		if r.Lead == lead && (r.Call == extract.CallUnknown || r.Call == call) {
			f.SLA, ok = r, true
			break
		}
	}
	if !ok {
		return FirstTouch{}, false
	}
	end = end.In(c.Loc())
	f.Due = deadline(end, f.SLA.Within, c)
	if f.SLA.SameDay {
		f.Again = c.WorkdayEnd(f.Due)
		if !f.Again.After(f.Due) {
			f.Again = c.NextWorkday(f.Due)
			f.Again = c.WorkdayEnd(f.Again)
		}
	}
	return f, true
}

// Late returns how late a first touch made at at is, and what to do.
func (f FirstTouch) Late(at time.Time, c timeexpr.Calendar, rules []LateRule) Lateness {
	return lateness(f.Due, Callback, false, at, c, rules)
}

// SameDayCutoff is how long before the end of work hours a call must end
// for a same-day deadline to mean today; later, it means the next workday.
const SameDayCutoff = time.Hour

// deadline returns the due time of a delay from t: work time for minutes
// and hours, the end of work hours of the day for day-level delays.
func deadline(t time.Time, d Delay, c timeexpr.Calendar) time.Time {
	switch d.Unit {
	case Minutes:
		return addWorkTime(t, time.Duration(d.N)*time.Minute, c)
	case Hours:
		return addWorkTime(t, time.Duration(d.N)*time.Hour, c)
	}
	day := midnight(t)
	switch d.Unit {
	case Days:
		day = day.AddDate(0, 0, d.N)
	case Weeks:
		day = day.AddDate(0, 0, 7*d.N)
	case BusinessDays:
		day = c.AddWorkdays(day, d.N)
	}
	// Same day past the cutoff (the last hour of work) means the next
	// workday: nobody can follow up in the ten minutes before close.
	if !c.IsWorkday(day) || c.WorkdayEnd(day).Sub(t) < SameDayCutoff {
		return c.WorkdayEnd(c.NextWorkday(day))
	}
	return c.WorkdayEnd(day)
}

// addWorkTime adds d of work time to t: the clock runs only inside work
// hours on workdays.
func addWorkTime(t time.Time, d time.Duration, c timeexpr.Calendar) time.Time {
	t = c.NextWorkTime(t)
	for range 4000 {
		left := c.WorkdayEnd(t).Sub(t)
		if d <= left {
			return t.Add(d)
		}
		d -= left
		t = c.NextWorkday(t)
	}
	return t
}

// workTime returns the work time between a and b (zero when b is not
// after a).
func workTime(a, b time.Time, c timeexpr.Calendar) time.Duration {
	if !b.After(a) {
		return 0
	}
	a, b = a.In(c.Loc()), b.In(c.Loc())
	var sum time.Duration
	for day, n := midnight(a), 0; !day.After(b) && n < 4000; day, n = nextDay(day), n+1 {
		if !c.IsWorkday(day) {
			continue
		}
		from, to := c.WorkdayStart(day), c.WorkdayEnd(day)
		if a.After(from) {
			from = a
		}
		if b.Before(to) {
			to = b
		}
		if to.After(from) {
			sum += to.Sub(from)
		}
	}
	return sum
}

// Severity grades how late a touch is. The zero Severity is OnTime.
type Severity uint8

// Severities.
const (
	OnTime Severity = iota
	Late
	VeryLate
	Missed // the moment has passed
)

var severityNames = enum.Names{"on-time", "late", "very-late", "missed"}

func (s Severity) String() string { return severityNames.String("Severity", int(s)) }
func (s Severity) MarshalText() ([]byte, error) {
	return severityNames.Marshal("cadence", "severity", int(s))
}
func (s *Severity) UnmarshalText(b []byte) error {
	return severityNames.Set("cadence", "severity", b, (*uint8)(s))
}

// Remedy is what to do about a late touch. The zero Remedy is NoRemedy.
type Remedy uint8

// Remedies.
const (
	NoRemedy    Remedy = iota
	SendNow            // send it now, without mentioning the delay
	Acknowledge        // send it now and own the delay in one line
	Skip               // skip it: the next touch carries fresh value, and the schedule is replanned from now
	Escalate           // hand it to the on-call owner
)

var remedyNames = enum.Names{"", "send-now", "acknowledge", "skip", "escalate"}

func (r Remedy) String() string { return remedyNames.String("Remedy", int(r)) }
func (r Remedy) MarshalText() ([]byte, error) {
	return remedyNames.Marshal("cadence", "remedy", int(r))
}
func (r *Remedy) UnmarshalText(b []byte) error {
	return remedyNames.Set("cadence", "remedy", b, (*uint8)(r))
}

// LateRule grades lateness past a threshold. Over is work time, except for
// prompt touches, whose lateness is wall-clock time (they go out after hours
// too).
type LateRule struct {
	Over time.Duration `json:"over"`
	// Purposes limits the rule to these purposes; nil means every purpose.
	Purposes []Purpose `json:"purposes,omitempty"`
	Severity Severity  `json:"severity"`
	Remedy   Remedy    `json:"remedy"`
	Advice   string    `json:"advice"`
}

// DefaultLateRules returns the lateness grades: 15 minutes of grace; then
// send at once; after half a workday own the delay; after two workdays skip
// a value-add or check-in but still send (with an acknowledgement) a recap or
// confirmation; a callback more than an hour late goes to whoever is on call.
func DefaultLateRules() []LateRule {
	return []LateRule{
		{Over: 15 * time.Minute, Severity: Late, Remedy: SendNow, Advice: "send it now; the delay is too small to mention"},
		{Over: 4 * time.Hour, Severity: VeryLate, Remedy: Acknowledge, Advice: "send it now and own the delay in one line, without over-apologising"},
		{Over: time.Hour, Purposes: []Purpose{Callback}, Severity: VeryLate, Remedy: Escalate, Advice: "a callback over an hour late: hand it to whoever is on call now"},
		{Over: 16 * time.Hour, Severity: Missed, Remedy: Skip, Advice: "the moment has passed: skip it, make the next touch carry fresh value, and replan from now"},
		{Over: 16 * time.Hour, Purposes: []Purpose{Recap, Confirmation}, Severity: Missed, Remedy: Acknowledge, Advice: "still send it, with a one-line acknowledgement: the written record matters more than the delay"},
	}
}

// Lateness is how late a touch is at a given time, and what to do.
type Lateness struct {
	Due time.Time `json:"due"`
	At  time.Time `json:"at"`
	// By is how late: work time, or wall-clock time for a prompt touch.
	// Zero when not late.
	By       time.Duration `json:"by"`
	Severity Severity      `json:"severity"`
	Remedy   Remedy        `json:"remedy"`
	Advice   string        `json:"advice,omitempty"`
}

// LateAt returns how late touch t is when it is done (or still not done) at
// at, graded by rules (nil means [DefaultLateRules]). Of the rules whose Over
// the lateness exceeds, one that names the touch's purpose beats one for
// every purpose, and then the largest Over wins.
func LateAt(t Touch, at time.Time, c timeexpr.Calendar, rules []LateRule) Lateness {
	return lateness(t.At, t.Purpose, t.Prompt, at, c, rules)
}

func lateness(due time.Time, p Purpose, prompt bool, at time.Time, c timeexpr.Calendar, rules []LateRule) Lateness {
	if rules == nil {
		rules = DefaultLateRules()
	}
	l := Lateness{Due: due.In(c.Loc()), At: at.In(c.Loc())}
	if prompt {
		l.By = max(at.Sub(due), 0)
	} else {
		l.By = workTime(due, at, c)
	}
	var best *LateRule
	for i := range rules {
		r := &rules[i]
		if l.By <= r.Over {
			continue
		}
		named := len(r.Purposes) > 0
		if named && !containsPurpose(r.Purposes, p) {
			continue
		}
		bestNamed := best != nil && len(best.Purposes) > 0
		if best == nil || named && !bestNamed || named == bestNamed && r.Over > best.Over {
			best = r
		}
	}
	if best != nil {
		l.Severity, l.Remedy, l.Advice = best.Severity, best.Remedy, best.Advice
	}
	return l
}

func containsPurpose(ps []Purpose, p Purpose) bool {
	for _, x := range ps {
		if x == p {
			return true
		}
	}
	return false
}
