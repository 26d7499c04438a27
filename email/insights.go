package email

import (
	"regexp"
	"strings"

	"github.com/aftercall/aftercall/extract"
)

// insights is what the call revealed beyond its items, as plain strings:
// the customer-safe lists first, then the internal ones.
type insights struct {
	// keyPoints and painPoints are safe for the customer: no point that is
	// also an objection, a budget remark, a risk's evidence or names a
	// competitor. keyPoints are rendered for a bullet (their words in
	// quotes, attributed); painPoints are the bare text.
	keyPoints  []string
	painPoints []string
	// painBullets are painPoints as summary bullets: their words quoted
	// and attributed when a speaker of theirs said them.
	painBullets []string
	// moreBullets are their success criteria, quoted and attributed, for
	// a summary short of points. (Timeline and decision-process remarks
	// are often a risk's evidence or an aside: they stay internal.)
	moreBullets []string

	// Internal only.
	newInfo     []string
	objections  []string
	competitors []string // names
	incumbents  []string // names of the tools they use today
	competitive []string // "Clari (evaluating, 2 mentions)"
	stage       string
	riskNotes   map[extract.Risk]string

	// private are the texts, lowercased, that only our side may read
	// (objections, budget remarks, risk evidence): a question or item
	// quoting one stays out of customer drafts.
	private []string
}

// isPrivate reports whether s repeats or contains one of the private
// texts, or is contained in one.
func (in insights) isPrivate(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	if s == "" {
		return false
	}
	for _, p := range in.private {
		if strings.Contains(s, p) || strings.Contains(p, s) {
			return true
		}
	}
	return false
}

// labelRe matches a notes label such as "pain:" or "Q (Tom):".
var labelRe = regexp.MustCompile(`^(?i:[a-z][a-z /&-]{0,20}(?:\([^)]*\))?):\s+`)

// competitiveCues mark a sentence that talks about other vendors even
// when the call's competitor list missed the name ("also talking to
// zendesk", "they quoted us less"). Such a sentence is never quoted to the
// customer.
var competitiveCues = regexp.MustCompile(`(?i)\b(?:also (?:looking at|talking to|tlking to|evaluating|considering|trialling|trialing)|talking to|tlking to|evaluating|versus|vs\.?|quoted (?:us|them)|cheaper than|competitors?|comp:|went with|going with|demos? from)\b`)

func competitive(s string) bool { return competitiveCues.MatchString(s) }

// pointText is a point's text without a leading notes label ("pain: …").
func pointText(p extract.Point) string {
	return strings.TrimSpace(labelRe.ReplaceAllString(clean(p.Text), ""))
}

// insightsOf gathers the insights of call.
func insightsOf(call extract.Call) insights {
	var in insights
	for _, c := range call.Competitors {
		if n := clean(c.Name); n != "" {
			if c.Relation == "incumbent" {
				in.incumbents = append(in.incumbents, n)
			} else {
				in.competitors = append(in.competitors, n)
			}
			s := n
			var tags []string
			if c.Relation != "" {
				tags = append(tags, c.Relation)
			}
			if c.Mentions > 1 {
				tags = append(tags, itoa(c.Mentions)+" mentions")
			}
			if len(tags) > 0 {
				s += " (" + strings.Join(tags, ", ") + ")"
			}
			if q := clean(c.Source.Quote); q != "" {
				s += ": " + quote(q)
			}
			in.competitive = append(in.competitive, s)
		}
	}
	red := newRedactor(in.competitors, in.incumbents)

	// Sources of what must not reach the customer.
	type span struct{ start, end int }
	private := map[span]bool{}
	mark := func(e extract.Evidence) {
		if e.End > e.Start {
			private[span{e.Start, e.End}] = true
		}
		if q := strings.ToLower(strings.TrimSpace(e.Quote)); len(q) >= 12 {
			in.private = append(in.private, q)
		}
	}
	for _, o := range call.Objections {
		mark(o.Source)
		if t := strings.ToLower(strings.TrimSpace(o.Text)); len(t) >= 12 {
			in.private = append(in.private, t)
		}
		in.objections = append(in.objections, objectionLine(o))
	}
	for _, b := range call.Budget {
		mark(b.Source)
	}
	for _, r := range call.RiskNotes {
		if r.Source != nil {
			mark(*r.Source)
		}
	}
	safe := func(p extract.Point) (string, bool) {
		t := pointText(p)
		if t == "" || private[span{p.Source.Start, p.Source.End}] || red.has(t) || competitive(t) {
			return "", false
		}
		return t, true
	}
	theirs := map[string]bool{}
	for _, a := range call.Attendees {
		if a.Side == extract.Theirs {
			theirs[a.Name] = true
		}
	}
	// Key points in the recap come from their side's own words only: in
	// notes every line is the rep's, and may be a remark for us.
	for _, p := range call.KeyPoints {
		if t, ok := safe(p); ok && theirs[p.Speaker] {
			in.keyPoints = append(in.keyPoints, firstName(p.Speaker)+": "+quote(truncateQuote(t, 30)))
		}
	}
	// Pain points too: only in their own words. A rep's notes line may
	// carry competitive intel ("also tlking to zendesk").
	for _, p := range call.PainPoints {
		if t, ok := safe(p); ok && theirs[p.Speaker] {
			t = truncateQuote(t, 20)
			in.painPoints = append(in.painPoints, t)
			in.painBullets = append(in.painBullets, firstName(p.Speaker)+": "+quote(t))
		}
	}

	for _, ps := range [][]extract.Point{call.SuccessCriteria} {
		for _, p := range ps {
			if t, ok := safe(p); ok && theirs[p.Speaker] {
				in.moreBullets = append(in.moreBullets, firstName(p.Speaker)+": "+quote(truncateQuote(t, 30)))
			}
		}
	}

	for _, g := range []struct {
		label string
		ps    []extract.Point
	}{
		{"Pain", call.PainPoints}, {"Timeline", call.Timeline}, {"Budget", call.Budget},
		{"Decision process", call.DecisionProcess}, {"Success criteria", call.SuccessCriteria},
	} {
		for _, p := range g.ps {
			if t := pointText(p); t != "" {
				in.newInfo = append(in.newInfo, g.label+": "+quote(t)+speakerTag(p.Speaker))
			}
		}
	}
	for _, d := range call.DecisionMakers {
		s := "Decision maker: " + clean(d.Name)
		if d.Name == "" {
			s = "Decision maker: (unnamed)"
		}
		if d.Role != "" {
			s += ", " + clean(d.Role)
		}
		if d.Present {
			s += " (on the call)"
		} else {
			s += " (not on the call)"
		}
		in.newInfo = append(in.newInfo, s)
	}
	for _, c := range call.NewContacts {
		s := "New contact: " + clean(c.Name)
		if c.Role != "" {
			s += ", " + clean(c.Role)
		}
		if c.Org != "" {
			s += " (" + clean(c.Org) + ")"
		}
		in.newInfo = append(in.newInfo, s)
	}
	if m := call.Stage.Move; m != extract.StageUnknown {
		in.stage = m.String()
		if r := clean(call.Stage.Reason); r != "" {
			in.stage += " (" + r + ")"
		}
	}
	in.riskNotes = map[extract.Risk]string{}
	for _, r := range call.RiskNotes {
		if t := clean(r.Reason); t != "" {
			in.riskNotes[r.Risk] = t
		}
	}
	return in
}

func speakerTag(s string) string {
	if s = clean(s); s == "" || s == "me" {
		return ""
	}
	return " (" + s + ")"
}

// objectionLine is "price: "…" (handled: …)" for the internal summary.
func objectionLine(o extract.Objection) string {
	s := quote(clean(o.Text))
	if o.Kind != "" {
		s = clean(o.Kind) + ": " + s
	}
	if o.Speaker != "" && o.Speaker != "me" {
		s += " (" + clean(o.Speaker) + ")"
	}
	switch {
	case o.Handled && o.Response != "":
		s += "; handled: " + quote(clean(o.Response))
	case o.Handled:
		s += "; handled"
	default:
		s += "; not handled"
	}
	return s
}

// truncateQuote keeps at most n words of s, marking a cut with "...".
func truncateQuote(s string, n int) string {
	if t := truncateWords(s, n); t != s {
		return t + "..."
	}
	return s
}
