package email

import (
	"strings"
	"time"

	"github.com/aftercall/aftercall/extract"
	"github.com/aftercall/aftercall/timeexpr"
)

// SMS is a text message ready to send, with how it will be sent.
type SMS struct {
	Text     string   `json:"text"`
	Encoding Encoding `json:"encoding"`
	Units    int      `json:"units"`
	Segments int      `json:"segments"`
	// NonGSM lists the characters that made the text UCS-2, if any.
	NonGSM []rune    `json:"non_gsm,omitempty"`
	To     []Address `json:"to"`
	// SendAt is the earliest time at or after Options.Now inside the
	// recipient's text window (08:00–21:00 local by default); Held is true
	// when that is later than Now.
	SendAt time.Time `json:"send_at"`
	Held   bool      `json:"held,omitempty"`
}

// MaxSegments is the most segments Confirmation lets a text take: 2
// (306 GSM-7 characters), inside the 320 characters carriers recommend.
const MaxSegments = 2

// Confirmation drafts the text message sent right after the call: what was
// agreed, the next step and its time, what the customer must do, and a
// reply path, signed, with "Reply STOP to opt out." when
// Options.SMSOptOut is set. Quotes, dashes and ellipses are straightened
// so the text stays GSM-7. It first tries to say everything in one
// segment (a shorter greeting and reply path, actions cut to a few
// words); when that cannot be done it keeps the fuller wording within
// MaxSegments, shortening actions and then dropping the least important
// parts. SendAt
// respects the recipient's quiet hours.
func Confirmation(call extract.Call, opt Options) (SMS, error) {
	f, err := newFacts(call, opt)
	if err != nil {
		return SMS{}, err
	}
	rz := opt.RecipientZone
	if rz == nil {
		rz = f.loc
	}
	to := f.to
	if len(to) > 1 {
		to = to[:1]
	}
	name := ""
	if len(to) == 1 {
		name = firstName(to[0].Name)
	}
	greet := "Hi"
	if name != "" {
		greet += " " + name
	}
	w := whenSpoken(call.At, f.now, rz)
	if w == "today" {
		greet += ", thanks for the call today."
	} else {
		greet += ", thanks again for the call " + w + "."
	}
	var signer []string
	if n := firstName(f.sender.Name); n != "" {
		signer = append(signer, n)
	}
	if f.company != "" {
		signer = append(signer, f.company)
	}
	sign := ""
	if len(signer) > 0 {
		sign = "- " + strings.Join(signer, ", ")
	}
	reply := clean(opt.ReplyPath)
	if reply == "" {
		reply = "Reply here with questions or to reschedule."
	}
	data := SMSData{Greeting: greet, Reply: reply, Sign: sign}
	if opt.SMSOptOut {
		data.OptOut = "Reply STOP to opt out."
		if data.Sign != "" {
			data.Sign += "."
		}
	}
	ours, theirs := f.smsItems(name)
	next := f.smsNext(rz)
	t := opt.templates()
	var s SMS
	// One segment is the most deliverable text: when the full wording
	// does not fit in it, try a shorter greeting and reply path with
	// actions cut to a few words.
	full := data
	full.Next = next
	if ours != nil {
		full.Agreed = "Agreed: " + f.smsItem(*ours, 12, rz, true)
	}
	if theirs != nil {
		full.YourPart = "From you: " + f.smsItem(*theirs, 12, rz, false)
	}
	if s, err = f.renderSMS(t, full); err != nil {
		return SMS{}, err
	}
	short := data
	if s.Segments == 1 {
		short = full
	}
	if s.Segments > 1 {
		short.Greeting = strings.Replace(greet, "thanks for the call today.", "thanks for today.", 1)
		if opt.ReplyPath == "" {
			short.Reply = "Questions? Reply here."
		}
	}
	for words := 12; words >= 4; words -= 2 {
		short.Next = next
		short.Agreed, short.YourPart = "", ""
		if ours != nil {
			short.Agreed = "Agreed: " + f.smsItem(*ours, words, rz, true)
		}
		if theirs != nil {
			short.YourPart = "From you: " + f.smsItem(*theirs, words, rz, false)
		}
		if s, err = f.renderSMS(t, short); err != nil {
			return SMS{}, err
		}
		if s.Segments == 1 {
			s.To = to
			s.SendAt, s.Held = textTime(f.now, rz, opt.TextWindow)
			return s, nil
		}
	}
	// Else up to MaxSegments, shortening step by step.
	for words := 12; ; words -= 3 {
		data.Agreed, data.YourPart, data.Next = "", "", next
		if ours != nil {
			data.Agreed = "Agreed: " + f.smsItem(*ours, words, rz, true)
		}
		if theirs != nil {
			data.YourPart = "From you: " + f.smsItem(*theirs, words, rz, false)
		}
		if s, err = f.renderSMS(t, data); err != nil {
			return SMS{}, err
		}
		if s.Segments <= MaxSegments || words <= 3 {
			break
		}
	}
	// Still too long: drop what we agreed, then what they do.
	for _, drop := range []*string{&data.Agreed, &data.YourPart} {
		if s.Segments <= MaxSegments {
			break
		}
		*drop = ""
		if s, err = f.renderSMS(t, data); err != nil {
			return SMS{}, err
		}
	}
	s.To = to
	s.SendAt, s.Held = textTime(f.now, rz, opt.TextWindow)
	return s, nil
}

func (f facts) renderSMS(t Templates, data SMSData) (SMS, error) {
	var b strings.Builder
	if err := t.Confirmation.Execute(&b, data); err != nil {
		return SMS{}, err
	}
	text := strings.Join(strings.Fields(Straighten(b.String())), " ")
	c := CountSMS(text)
	return SMS{Text: text, Encoding: c.Encoding, Units: c.Units, Segments: c.Segments, NonGSM: c.NonGSM}, nil
}

// smsItems picks our most important item and theirs (the recipient's own
// first).
func (f facts) smsItems(recipient string) (ours, theirs *extract.Item) {
	best := func(side extract.Side, prefer string) *extract.Item {
		var pick *extract.Item
		score := -1
		for i := range f.call.Items {
			it := &f.call.Items[i]
			if it.Side != side || isSelf(*it) || strings.TrimSpace(it.Action) == "" || f.isColleagueTask(*it) {
				continue
			}
			// Most urgent first; then a dated item, one in plain words
			// ("send the deck"), one the recipient owns.
			s := int(it.Priority) * 8
			if it.Due != nil && !it.Due.Time.IsZero() {
				s += 4
			}
			if startsWithVerb(it.Action) {
				s += 2
			}
			if prefer != "" && firstName(it.Owner) == prefer {
				s++
			}
			if s > score {
				pick, score = it, s
			}
		}
		return pick
	}
	return best(extract.Ours, ""), best(extract.Theirs, recipient)
}

// smsItem is "Maya to send the SOC 2 report by Wed 11/25 4pm CST." (ours)
// or "send the forecast template by Fri 11/27." (theirs).
func (f facts) smsItem(it extract.Item, words int, rz *time.Location, withOwner bool) string {
	s := truncateWords(f.action(it), words)
	if withOwner {
		who := firstName(f.owner(it))
		switch {
		case !startsWithVerb(it.Action):
			s += " (" + who + ")"
		case who == firstName(f.signer()):
			s = "I'll " + s
		default:
			s = who + " to " + s
		}
	}
	if it.Due != nil && !it.Due.Time.IsZero() {
		t := it.Due.Time.In(rz)
		s += " by " + shortWhen(t, !(endOfDay(it.Due.Time, f.cal) || it.Due.Grain >= timeexpr.GrainDay))
	}
	return s + "."
}

// smsNext is the next step with its time.
func (f facts) smsNext(rz *time.Location) string {
	if t, ok := f.meetingAfter(); ok && t.After(f.now) {
		return "Next: our call " + shortWhen(t.In(rz), true) + "."
	}
	if s := f.slots(1); len(s) == 1 {
		return "Next: does " + shortWhen(s[0].In(rz), true) + " work for a quick call?"
	}
	return "Next: what time works for a quick call this week?"
}

// textTime returns the first instant at or after now inside the daily
// window in loc, and whether that is later than now.
func textTime(now time.Time, loc *time.Location, w Window) (time.Time, bool) {
	if w.From == 0 && w.To == 0 {
		w = DefaultTextWindow()
	}
	n := now.In(loc)
	mid := time.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, loc)
	at := func(d time.Time, off time.Duration) time.Time {
		return time.Date(d.Year(), d.Month(), d.Day(), int(off/time.Hour), int(off%time.Hour/time.Minute), 0, 0, loc)
	}
	start, end := at(mid, w.From), at(mid, w.To)
	switch {
	case n.Before(start):
		return start, true
	case n.Before(end):
		return n, false
	}
	return at(mid.AddDate(0, 0, 1), w.From), true
}
