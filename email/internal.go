package email

import (
	"strings"
	"time"

	"github.com/aftercall/aftercall/extract"
)

// RiskText describes each risk flag for the internal summary. The map is a
// fresh copy a caller may change.
func RiskText() map[extract.Risk]string {
	return map[extract.Risk]string{
		extract.SingleThreaded:      "single-threaded: one contact on their side",
		extract.VagueTimeline:       "vague timeline: no dated timeline",
		extract.BudgetUncertain:     "budget uncertain: not confirmed",
		extract.NoNextStep:          "no next step: no meeting scheduled",
		extract.DecisionMakerAbsent: "decision maker absent from the call",
		extract.CompetitorInPlay:    "competitor in play",
		extract.BlockingOurs:        "a blocking item is on our side",
	}
}

// Internal drafts the internal summary of call for the team and the CRM:
// date, attendees, duration, type, key takeaways, new information,
// objections, competitive notes, stage recommendation, risk flags, open
// questions and next steps with dates. Draft.Text is plain text,
// Draft.Markdown the same in Markdown; it goes to our side only (Draft.To
// lists our attendees) and is due within an hour of the call.
func Internal(call extract.Call, opt Options) (Draft, error) {
	f, err := newFacts(call, opt)
	if err != nil {
		return Draft{}, err
	}
	loc := f.cal.Loc()
	at := call.At.In(loc)
	data := InternalData{
		Title:       f.internalTitle(),
		Date:        at.Format("Mon Jan 2, 2006, 3:04 PM") + " " + zoneName(at),
		Duration:    duration(call),
		Type:        call.Type.String(),
		Stage:       f.ins.stage,
		NextMeeting: "none scheduled",
		SendBy:      day(f.sendBy.In(loc), call.At) + ", " + clock(f.sendBy.In(loc)),
	}
	if data.Type == "" {
		data.Type = "unknown"
	}
	if data.Stage == "" {
		data.Stage = "not assessed"
	}
	if m := call.NextMeeting; m != nil {
		switch {
		case !m.Time.IsZero():
			data.NextMeeting = when(m.Time.In(loc), call.At, nil)
			if m.Phrase != "" {
				data.NextMeeting += " (" + clean(m.Phrase) + ")"
			}
		case m.Phrase != "":
			data.NextMeeting = clean(m.Phrase) + " (no time set)"
		}
	}
	for _, a := range call.Attendees {
		s := clean(a.Name)
		if a.Role != "" {
			s += ", " + clean(a.Role)
		}
		if a.Org != "" {
			s += " (" + clean(a.Org) + ")"
		}
		if a.Side != extract.SideUnknown {
			s += ": " + a.Side.String()
		}
		data.Attendees = append(data.Attendees, s)
	}
	for _, p := range call.KeyPoints {
		if t := pointText(p); t != "" {
			data.Takeaways = append(data.Takeaways, quote(t)+speakerTag(p.Speaker))
		}
	}
	if len(data.Takeaways) == 0 {
		data.Takeaways = f.fallbackTakeaways()
	}
	data.NewInfo = f.ins.newInfo
	data.Objections = cleanAll(f.ins.objections)
	data.Competitive = cleanAll(f.ins.competitive)
	rt := RiskText()
	for _, r := range call.Risks {
		s, ok := rt[r]
		if !ok {
			s = r.String()
		}
		if why := f.ins.riskNotes[r]; why != "" {
			s = r.String() + ": " + why
		}
		data.Risks = append(data.Risks, s)
	}
	for _, q := range call.Questions {
		s := clean(q.Asker)
		if s == "" {
			s = "someone"
		}
		s += ": " + quote(clean(q.Text))
		switch {
		case q.Answered:
			s += " (answered)"
		case q.Item != nil && *q.Item >= 0 && *q.Item < len(call.Items):
			it := call.Items[*q.Item]
			s += " (open; " + ownerOrTBD(it) + " to answer"
			if it.Due != nil && !it.Due.Time.IsZero() {
				s += " by " + dueText(it.Due, call.At, f.cal, loc)
			}
			s += ")"
		default:
			s += " (open; nobody owns the answer yet)"
		}
		data.Questions = append(data.Questions, s)
	}
	for i, it := range call.Items {
		s := "[" + it.Side.String() + "] " + ownerOrTBD(it) + ": " + clean(it.Action)
		if it.Due != nil && !it.Due.Time.IsZero() {
			s += ", by " + dueText(it.Due, call.At, f.cal, loc)
			if !it.Due.Explicit {
				s += " (implied)"
			}
		} else {
			s += ", no date"
		}
		var tags []string
		if it.Priority != extract.Normal {
			tags = append(tags, it.Priority.String())
		}
		if it.Status == extract.Tentative {
			tags = append(tags, "tentative")
		}
		if it.Condition != nil && *it.Condition >= 0 && *it.Condition < len(call.Items) && *it.Condition != i {
			tags = append(tags, "after: "+clean(call.Items[*it.Condition].Action))
		}
		if len(tags) > 0 {
			s += " [" + strings.Join(tags, "; ") + "]"
		}
		data.NextSteps = append(data.NextSteps, s)
	}
	t := opt.templates()
	d := Draft{Kind: InternalKind, Subject: f.internalTitle(), From: f.sender,
		SendBy: call.At.Add(timing(opt.Timing, extract.Internal).Within), Date: f.now}
	d.Late = Late(d.SendBy, f.now, f.cal)
	for _, a := range f.ours {
		d.To = append(d.To, Address{Name: clean(a.Name)})
	}
	if d.Text, err = execText(t.InternalText, data); err != nil {
		return Draft{}, err
	}
	if d.Markdown, err = execText(t.InternalMarkdown, data); err != nil {
		return Draft{}, err
	}
	return d, nil
}

func (f facts) internalTitle() string {
	s := "Internal summary: "
	if org := f.theirOrgRaw(); org != "" {
		s += org + ", "
	}
	typ := f.call.Type.String()
	if typ == "" {
		typ = "sales"
	}
	return clean(s + typ + " call on " + day(f.call.At.In(f.cal.Loc()), f.call.At))
}

func (f facts) theirOrgRaw() string {
	for _, a := range f.theirs {
		if a.Org != "" {
			return clean(a.Org)
		}
	}
	return ""
}

// fallbackTakeaways summarise the items when the call has no key points.
func (f facts) fallbackTakeaways() []string {
	var out []string
	n := map[extract.Side]int{}
	for _, it := range f.call.Items {
		n[it.Side]++
		if it.Priority == extract.Blocking && len(out) < 3 {
			out = append(out, "Blocking: "+ownerOrTBD(it)+" to "+clean(it.Action))
		}
	}
	out = append(out, itoa(n[extract.Ours])+" items on our side, "+itoa(n[extract.Theirs])+" on theirs, "+itoa(n[extract.Shared])+" shared")
	open := 0
	for _, q := range f.call.Questions {
		if !q.Answered {
			open++
		}
	}
	if open > 0 {
		out = append(out, itoa(open)+" open question(s) from their side")
	}
	return out
}

func ownerOrTBD(it extract.Item) string {
	if o := clean(it.Owner); o != "" {
		return o
	}
	if it.OwnerReason != "" {
		return "owner unknown (" + clean(it.OwnerReason) + ")"
	}
	return "owner unknown"
}

func cleanAll(xs []string) []string {
	var out []string
	for _, x := range xs {
		if x = clean(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// duration is the call's length from its turn offsets, or "not recorded".
func duration(call extract.Call) string {
	var last time.Duration
	for _, t := range call.Turns {
		last = max(last, t.Offset)
	}
	if last <= 0 {
		return "not recorded"
	}
	m := int((last + 30*time.Second) / time.Minute)
	if m < 60 {
		return "about " + itoa(max(m, 1)) + " min"
	}
	return "about " + itoa(m/60) + " h " + pad2(m%60) + " min"
}
