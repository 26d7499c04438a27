package email

import (
	"strings"
	"time"

	"github.com/aftercall/aftercall/extract"
)

// topic names what the call was about for a subject or a sentence: what
// the most urgent item is about ("the case studies from mid-size
// carriers"), ours first, else "next steps".
func (f facts) topic() string {
	items, rank := f.itemLines()
	byAction := map[string]bool{}
	for _, it := range f.call.Items {
		if startsWithVerb(it.Action) {
			byAction[f.action(it)] = true
		}
	}
	for _, side := range []string{"ours", "shared", "theirs"} {
		for _, i := range rank {
			if it := items[i]; it.Side == side && byAction[it.Action] {
				return shortTopic(nounPhrase(it.Action))
			}
		}
	}
	return "next steps"
}

// proposal asks for a short call at a concrete time.
func (f facts) proposal(minutes int) string {
	var other *time.Location
	if f.cal.Loc() != f.loc {
		other = f.cal.Loc()
	}
	if t, ok := f.meetingAfter(); ok && t.After(f.now) {
		return "We're still on for " + when(t.In(f.loc), f.call.At, other) + "; reply here if that has changed."
	}
	s := f.slots(2)
	switch len(s) {
	case 2:
		return "Would " + when(s[0].In(f.loc), f.call.At, other) + " or " + when(s[1].In(f.loc), f.call.At, other) +
			" work for " + itoa(minutes) + " minutes? Reply with the one that suits you."
	case 1:
		return "Would " + when(s[0].In(f.loc), f.call.At, other) + " work for " + itoa(minutes) + " minutes?"
	}
	return "Could you reply with a time that suits you for " + itoa(minutes) + " minutes this week?"
}

func (f facts) variant(kind Kind, subject string, paras []string) (Draft, error) {
	data := VariantData{Kind: kind.String(), Greeting: f.greeting(), Paragraphs: paras, Sender: f.signer(), Company: f.company}
	t := f.opt.templates()
	d := Draft{Kind: kind, Subject: clean(subject), From: f.sender, To: f.to, SendBy: f.now, Date: f.now}
	var err error
	if d.Text, err = execText(t.Variant, data); err != nil {
		return Draft{}, err
	}
	if d.HTML, err = execHTML(t.VariantHTML, data); err != nil {
		return Draft{}, err
	}
	return d, nil
}

// Voicemail drafts the email to send right after leaving a voicemail: it
// says so, names the reason from the call, and proposes a time.
// Options.Now is when the voicemail was left.
func Voicemail(call extract.Call, opt Options) (Draft, error) {
	f, err := newFacts(call, opt)
	if err != nil {
		return Draft{}, err
	}
	topic := f.topic()
	paras := []string{
		"I left you a voicemail a moment ago about " + topic + ", following our conversation on " +
			day(call.At.In(f.cal.Loc()), call.At) + ". Email is fine too if that is easier.",
		f.proposal(15),
	}
	return f.variant(VoicemailKind, "Tried to reach you about "+topic, paras)
}

// ValueAdd drafts the value-add touch two to three days after the call:
// one resource that helps them whether or not they buy, asking for
// nothing. r is the resource; a zero r means the first of
// Options.Resources, and ErrNoResource when there is none.
func ValueAdd(call extract.Call, opt Options, r Resource) (Draft, error) {
	f, err := newFacts(call, opt)
	if err != nil {
		return Draft{}, err
	}
	if r.Title == "" && len(opt.Resources) > 0 {
		r = opt.Resources[0]
	}
	r = Resource{Title: f.safe(r.Title), URL: clean(r.URL), Why: f.safe(r.Why)}
	if r.Title == "" {
		return Draft{}, ErrNoResource
	}
	first := "Here's the " + r.Title
	if p := f.painPoint(); p != "" {
		first += ", which speaks to what you said about " + quote(p)
	}
	first += "."
	if r.URL != "" {
		first += " " + r.URL
	}
	paras := []string{first}
	if r.Why != "" {
		paras = append(paras, sentence(r.Why))
	}
	last := "No reply needed"
	if t, ok := f.meetingAfter(); ok && t.After(f.now) {
		last += "; we can go through any questions on our call on " + day(t.In(f.loc), call.At) + "."
	} else {
		last += ". If it raises questions, reply here and we'll set up a call next week."
	}
	paras = append(paras, last)
	return f.variant(ValueAddKind, "The "+r.Title+" we discussed", paras)
}

// CheckIn drafts the check-in with context, five to seven days after the
// call when they have not replied: it quotes a specific pain point from
// the call and proposes a concrete next step. Without a pain point (from
// the call or Options.PainPoint) it returns ErrNoPainPoint rather than a
// generic "checking in".
func CheckIn(call extract.Call, opt Options) (Draft, error) {
	f, err := newFacts(call, opt)
	if err != nil {
		return Draft{}, err
	}
	p := f.painPoint()
	if p == "" {
		return Draft{}, ErrNoPainPoint
	}
	first := "I have been thinking about what you said on our call on " + day(call.At.In(f.cal.Loc()), call.At) +
		": " + quote(p) + "."
	for _, it := range call.Items {
		if it.Side == extract.Ours && !isSelf(it) && !f.isColleagueTask(it) && strings.TrimSpace(it.Action) != "" {
			first += " On our side, " + firstName(f.owner(it)) + " committed to " + f.action(it) + ", and that is on track."
			break
		}
	}
	paras := []string{first, "I'd like to walk you through how we would tackle it. " + f.proposal(15)}
	subj := truncateWords(p, 8)
	if subj != p {
		subj += "..."
	}
	return f.variant(CheckInKind, "Your point: "+quote(subj), paras)
}

// Breakup drafts the last touch after the prospect has gone quiet: it says
// this is the last note, gives an easy way out ("not now") and an easy way
// back, and no guilt.
func Breakup(call extract.Call, opt Options) (Draft, error) {
	f, err := newFacts(call, opt)
	if err != nil {
		return Draft{}, err
	}
	paras := []string{
		"I haven't heard back since our call on " + day(call.At.In(f.cal.Loc()), call.At) + " about " + f.topic() +
			", so I'll assume the timing isn't right and close this out on my end. This is my last note on it.",
		"If it's a \"not now\", reply with those two words and I'll check back next quarter. If things have moved, reply with a time that suits you and I'll make it work.",
	}
	return f.variant(BreakupKind, "Closing the loop on "+f.topic(), paras)
}

// shortTopic keeps a topic short: past six words it is cut before the
// first "and", comma or "with", then to ten words.
func shortTopic(s string) string {
	if len(strings.Fields(s)) > 6 {
		for _, sep := range []string{" and ", ", ", " with ", " for "} {
			if i := strings.Index(s, sep); i > 0 && len(strings.Fields(s[:i])) >= 2 {
				s = s[:i]
				break
			}
		}
	}
	return truncateWords(s, 10)
}

// leadVerbs are the verbs an item's action starts with that nounPhrase
// drops ("send the proposal" → "the proposal"), longest first.
var leadVerbs = []string{
	"follow up on", "loop in", "set up", "sign off on", "walk through", "get back to", "put together", "send over", "share out",
	"send", "share", "provide", "deliver", "prepare", "build", "draft", "review", "schedule", "confirm",
	"check", "finalize", "finalise", "write", "create", "update", "book", "hold", "run", "get", "find",
	"introduce", "answer", "clarify", "arrange", "organize", "organise", "circulate", "forward", "submit",
	"sign", "approve", "return", "test", "try", "evaluate", "compare", "loop", "ask", "connect", "map", "pull",
	"load", "show", "add", "look", "email", "call", "reply", "join", "meet", "decide", "extend", "price", "plan",
}

// startsWithVerb reports whether action starts with a verb in base form
// that "to" can precede ("send the deck", not "SOC 2 report to Tom").
func startsWithVerb(action string) bool {
	f := strings.Fields(strings.ToLower(action))
	if len(f) == 0 {
		return false
	}
	for _, v := range leadVerbs {
		if w := strings.Fields(v); w[0] == f[0] {
			return true
		}
	}
	return false
}

// nounPhrase turns an action into what it is about, for "about …":
// "send Tom the SOC 2 report" → "the SOC 2 report", "answer whether X" →
// "whether X". It returns the action unchanged when it starts with no
// known verb.
func nounPhrase(action string) string {
	low := strings.ToLower(action)
	for _, v := range leadVerbs {
		if strings.HasPrefix(low, v+" ") {
			rest := strings.TrimSpace(action[len(v):])
			// "send Tom the report": drop the indirect object.
			f := strings.Fields(rest)
			if len(f) > 2 {
				switch strings.ToLower(f[1]) {
				case "the", "a", "an", "our", "your", "their", "his", "her":
					if r := f[0]; r != "" && r[0] >= 'A' && r[0] <= 'Z' || strings.EqualFold(r, "us") || strings.EqualFold(r, "them") || strings.EqualFold(r, "you") {
						rest = strings.Join(f[1:], " ")
					}
				}
			}
			return rest
		}
	}
	return action
}
