package email_test

import (
	"fmt"
	"strings"
	"time"

	"github.com/aftercall/aftercall/email"
	"github.com/aftercall/aftercall/extract"
	"github.com/aftercall/aftercall/timeexpr"
)

// exampleCall is a short discovery call, as extract.Parse would return it.
func exampleCall() (extract.Call, timeexpr.Calendar) {
	ny, _ := time.LoadLocation("America/New_York")
	cal := timeexpr.Calendar{Location: ny, Holidays: timeexpr.USHolidays()}
	at := time.Date(2026, 11, 17, 10, 0, 0, 0, ny)
	return extract.Call{
		Type: extract.Discovery,
		At:   at,
		Attendees: []extract.Attendee{
			{Name: "Dana Reyes", Org: "Northwind", Side: extract.Ours},
			{Name: "Priya Shah", Org: "Globex", Side: extract.Theirs},
		},
		Items: []extract.Item{
			{Side: extract.Ours, Owner: "Dana Reyes", Action: "send the revised pricing proposal", Kind: extract.Commitment,
				Priority: extract.Blocking, Due: &extract.Due{Time: time.Date(2026, 11, 20, 17, 0, 0, 0, ny), Phrase: "by Friday", Explicit: true}},
			{Side: extract.Theirs, Owner: "Priya Shah", Action: "share the current vendor list", Kind: extract.Commitment},
		},
		Questions: []extract.Question{{Asker: "Priya Shah", Text: "Does it integrate with Salesforce?"}},
		NextMeeting: &extract.Meeting{Time: time.Date(2026, 12, 3, 14, 0, 0, 0, ny), Phrase: "December 3rd at 2pm",
			Invitees: []string{"Priya Shah"}},
		Risks: []extract.Risk{extract.SingleThreaded},
		KeyPoints: []extract.Point{
			{Speaker: "Priya Shah", Text: "We re-key every order into two systems today."},
			{Speaker: "Priya Shah", Text: "We need to be live before the March busy season."},
		},
		PainPoints: []extract.Point{
			{Speaker: "Priya Shah", Text: "Our team loses a day a week to manual reconciliation."},
		},
		Competitors: []extract.Competitor{{Name: "RouteLogic", Relation: "evaluating", Mentions: 1}},
	}, cal
}

func ExampleRecap() {
	call, cal := exampleCall()
	d, err := email.Recap(call, email.Options{Calendar: cal})
	if err != nil {
		panic(err)
	}
	fmt.Println("Subject:", d.Subject)
	fmt.Println("Send by:", d.SendBy.Format(time.RFC3339))
	fmt.Println()
	fmt.Print(d.Text)
	// Output:
	// Subject: Recap: Globex and Northwind, next steps from Nov 17
	// Send by: 2026-11-17T14:00:00-05:00
	//
	// Hi Priya,
	//
	// Thank you for your time today, and for the sharp questions, including "Does it
	// integrate with Salesforce?"
	//
	// What we heard:
	// - Priya: "We re-key every order into two systems today."
	// - Priya: "We need to be live before the March busy season."
	// - Priya: "Our team loses a day a week to manual reconciliation."
	//
	// Action items:
	// - Dana Reyes: send the revised pricing proposal (by Fri Nov 20)
	// - Priya Shah: share the current vendor list (before our call on Thu Dec 3)
	//
	// Next step:
	// Confirming our next call on Thu Dec 3, 2:00 PM EST with Priya Shah. If that
	// time no longer works, reply with one that does.
	//
	// Looking forward to next steps.
	//
	// Best,
	// Dana Reyes
	// Northwind
}

// A recap made three workdays late opens with a short apology; at four or
// more, the draft recommends a call first.
func ExampleRecap_late() {
	call, cal := exampleCall()
	for _, days := range []int{1, 3, 6} {
		d, _ := email.Recap(call, email.Options{Calendar: cal, Now: call.At.AddDate(0, 0, days)})
		fmt.Printf("+%d days: %d workdays late, %v, %d talking points\n", days, d.Late.Days, d.Late.Action, len(d.TalkingPoints))
	}
	// Output:
	// +1 days: 1 workdays late, send, 0 talking points
	// +3 days: 3 workdays late, apologise, 0 talking points
	// +6 days: 4 workdays late, call, 4 talking points
}

func ExampleInternal() {
	call, cal := exampleCall()
	d, _ := email.Internal(call, email.Options{Calendar: cal})
	fmt.Print(d.Text)
	// Output:
	// Internal summary: Globex, discovery call on Tue Nov 17
	//
	// Date: Tue Nov 17, 2026, 10:00 AM EST
	// Duration: not recorded
	// Type: discovery
	// Attendees:
	// - Dana Reyes (Northwind): ours
	// - Priya Shah (Globex): theirs
	//
	// Key takeaways:
	// - "We re-key every order into two systems today." (Priya Shah)
	// - "We need to be live before the March busy season." (Priya Shah)
	//
	// New information:
	// - Pain: "Our team loses a day a week to manual reconciliation." (Priya Shah)
	//
	// Objections:
	// - none
	//
	// Competitive notes:
	// - RouteLogic (evaluating)
	//
	// Stage recommendation: not assessed
	//
	// Risk flags:
	// - single-threaded: one contact on their side
	//
	// Open questions:
	// - Priya Shah: "Does it integrate with Salesforce?" (open; nobody owns the
	//   answer yet)
	//
	// Next steps:
	// - [ours] Dana Reyes: send the revised pricing proposal, by Fri Nov 20
	//   [blocking]
	// - [theirs] Priya Shah: share the current vendor list, no date
	//
	// Next meeting: Thu Dec 3, 2:00 PM EST (December 3rd at 2pm)
	// Customer recap due: Tue Nov 17, 2:00 PM EST
}

func ExampleConfirmation() {
	call, cal := exampleCall()
	s, _ := email.Confirmation(call, email.Options{Calendar: cal, SMSOptOut: true})
	fmt.Println(s.Text)
	fmt.Println(s.Encoding, s.Units, "characters,", s.Segments, "segments, send at", s.SendAt.Format("15:04 MST"))
	// Output:
	// Hi Priya, thanks for the call today. Agreed: I'll send the revised pricing proposal by Fri 11/20. Next: our call Thu 12/3 2pm EST. From you: share the current vendor list. Reply here with questions or to reschedule. - Dana, Northwind. Reply STOP to opt out.
	// gsm-7 257 characters, 2 segments, send at 10:00 EST
}

func ExampleCountSMS() {
	for _, text := range []string{
		"See you Thursday at 2pm.",
		"See you Thursday at 2pm – we’ll call.", // a dash and a curly apostrophe
		email.Straighten("See you Thursday at 2pm – we’ll call."),
		"Price: €40 {per seat}", // extension characters count double
	} {
		c := email.CountSMS(text)
		fmt.Printf("%-6v %2d units %d segment(s) %q\n", c.Encoding, c.Units, c.Segments, string(c.NonGSM))
	}
	// Output:
	// gsm-7  24 units 1 segment(s) ""
	// ucs-2  37 units 1 segment(s) "–’"
	// gsm-7  37 units 1 segment(s) ""
	// gsm-7  24 units 1 segment(s) ""
}

func ExampleLint() {
	text := "Hope this finds you well! Just circling back on the proposal.\n\n" +
		"Action items:\n- Send the proposal\n"
	for _, f := range email.Lint(text) {
		fmt.Println(f)
	}
	// Output:
	// banned@0-24: "hope this finds you well" is filler (instead: open with the specific topic)
	// banned@26-44: "just circling back" is overused and vague (instead: Following up on the [integration/pricing/timeline] question you raised)
	// undated-item@79-96: action item without a date (instead: add a date, or a date to confirm)
	// next-step: no next step or date (instead: confirm the next meeting, or propose two specific times)
}

func ExampleDraft_MIME() {
	call, cal := exampleCall()
	opt := email.Options{
		Calendar: cal,
		From:     email.Address{Name: "Dana Reyes", Email: "dana@northwind.example"},
		To:       []email.Address{{Name: "Priya Shah", Email: "priya@globex.example"}},
	}
	d, _ := email.Recap(call, opt)
	b, err := d.MIME()
	if err != nil {
		panic(err)
	}
	head, _, _ := strings.Cut(string(b), "\r\n\r\n")
	fmt.Println(strings.ReplaceAll(head, "\r\n", "\n"))
	// Output:
	// Date: Tue, 17 Nov 2026 10:00:00 -0500
	// From: "Dana Reyes" <dana@northwind.example>
	// To: "Priya Shah" <priya@globex.example>
	// Subject: Recap: Globex and Northwind, next steps from Nov 17
	// Message-Id: <fcef3e7d2514db9521f3a201145094eb@northwind.example>
	// Mime-Version: 1.0
	// Content-Type: multipart/alternative;
	//  boundary="=_aftercall_alt_e1178df11ad0a2fecaf47eb8"
}
