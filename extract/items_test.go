package extract_test

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/aftercall/aftercall/extract"
)

// ref is Tuesday 17 November 2026, 10:00 UTC: "tomorrow" is Wednesday the
// 18th and "Friday" the 20th, both due at 17:00.
var ref = time.Date(2026, 11, 17, 10, 0, 0, 0, time.UTC)

// brief renders an item as "side|owner|kind|action|due|status" for
// comparison; due is "" or "Mon 2 15:04".
func brief(it extract.Item) string {
	due := ""
	if it.Due != nil {
		due = it.Due.Time.Format("Mon 2 15:04")
	}
	return fmt.Sprintf("%s|%s|%s|%s|%s|%s", it.Side, it.Owner, it.Kind, it.Action, due, it.Status)
}

type itemCase struct {
	name   string
	reason string
	text   string
	us     []string
	author string
	want   []string // brief forms, in order; an action ending in "…" matches as a prefix
}

func runItemCases(t *testing.T, cases []itemCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			us := tt.us
			if us == nil {
				us = []string{"Dana Reyes", "Northwind"}
			}
			c, err := extract.Parse(tt.text, extract.Options{At: ref, Us: us, Author: tt.author})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, it := range c.Items {
				got = append(got, brief(it))
			}
			if !matchBriefs(got, tt.want) {
				t.Errorf("%s\nParse(%q)\n got %q\nwant %q", tt.reason, tt.text, got, tt.want)
			}
		})
	}
}

func matchBriefs(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if strings.HasSuffix(want[i], "…") {
			if !strings.HasPrefix(got[i], strings.TrimSuffix(want[i], "…")) {
				return false
			}
			continue
		}
		if got[i] != want[i] {
			return false
		}
	}
	return true
}

const (
	dana  = "Dana Reyes (Northwind): "
	priya = "Priya Shah (Globex): "
	tom   = "Tom Okafor (Globex): "
)

func TestDirectCommitments(t *testing.T) {
	runItemCases(t, []itemCase{
		{"I'll", "I'll + verb binds the speaker", dana + "Thanks for the time.\n" + priya + "Sure.\n" + dana + "I'll send you the revised pricing proposal by Friday.\n" + priya + "Great.\n",
			nil, "", []string{"ours|Dana Reyes|commitment|send the revised pricing proposal|Fri 20 17:00|firm"}},
		{"I will", "the long form too", dana + "Hello.\n" + priya + "Hi.\n" + dana + "I will share the security whitepaper tomorrow.\n" + priya + "Thanks.\n",
			nil, "", []string{"ours|Dana Reyes|commitment|share the security whitepaper|Wed 18 17:00|firm"}},
		{"we'll have that by", "we binds the speaker's side, the speaker owns it", priya + "Hello.\n" + dana + "Hi.\n" + priya + "We'll have the signed order form back to you by Friday.\n" + dana + "Perfect.\n",
			nil, "", []string{"theirs|Priya Shah|commitment|have the signed order form back to you|Fri 20 17:00|firm"}},
		{"let me", "let me + a post-call verb", dana + "Hello.\n" + priya + "Hi.\n" + dana + "Let me check with our product team and get back to you on Friday.\n" + priya + "Thanks.\n",
			nil, "", []string{"ours|Dana Reyes|commitment|check with our product team and get back to you|Fri 20 17:00|firm"}},
		{"I can get you", "an offer with a time is a promise", dana + "Hello.\n" + priya + "Hi.\n" + dana + "I can get you a revised quote tomorrow.\n" + priya + "Great.\n",
			nil, "", []string{"ours|Dana Reyes|commitment|get a revised quote|Wed 18 17:00|firm"}},
		{"I'm going to", "going to + verb", dana + "Hello.\n" + priya + "Hi.\n" + dana + "I'm going to put together a rollout plan by Friday.\n" + priya + "Good.\n",
			nil, "", []string{"ours|Dana Reyes|commitment|put together a rollout plan|Fri 20 17:00|firm"}},
		{"hedge", "I'll try to makes the promise tentative", dana + "Hello.\n" + priya + "Hi.\n" + priya + "I'll try to get you the usage numbers by Friday, no promises.\n" + dana + "Thanks.\n",
			nil, "", []string{"theirs|Priya Shah|commitment|get the usage numbers|Fri 20 17:00|tentative"}},
	})
}

func TestRequests(t *testing.T) {
	runItemCases(t, []itemCase{
		{"accepted", "the person who accepts owns it, due when they said",
			priya + "Can you send the SOC 2 report?\n" + dana + "Sure, I'll have it tomorrow.\n" + priya + "Thanks.\n" + dana + "Bye.\n",
			nil, "", []string{"ours|Dana Reyes|request|send the SOC 2 report|Wed 18 17:00|firm"}},
		{"declined", "a refused request is no item",
			dana + "Could you share your current contract?\n" + priya + "No, we can't share that, sorry.\n" + dana + "Understood.\n" + priya + "Thanks.\n",
			nil, "", nil},
		{"in-call request", "asking to be told something now is no item",
			dana + "Can you walk me through your current process?\n" + priya + "Sure, we use spreadsheets.\n" + dana + "Got it.\n" + priya + "Yes.\n",
			nil, "", nil},
	})
}

func TestAgreements(t *testing.T) {
	runItemCases(t, []itemCase{
		{"let's plan on", "a joint plan is shared",
			dana + "Let's plan on a pilot at one depot in January.\n" + priya + "That works.\n" + dana + "Great.\n" + priya + "Bye.\n",
			nil, "", []string{"shared||agreement|plan on a pilot at one depot|…"}},
		{"time proposal", "an accepted meeting time is a shared meeting",
			dana + "Does Thursday at 2pm work for a follow-up?\n" + priya + "Thursday at 2 works for me.\n" + dana + "Great.\n" + priya + "Bye.\n",
			nil, "", []string{"shared||meeting|hold the follow-up|Thu 19 14:00|firm"}},
	})
}

func TestConditionals(t *testing.T) {
	c, err := extract.Parse(dana+"Hello.\n"+priya+"If you can show us the connector works with our setup, we'll run a pilot at one depot.\n"+dana+"Deal.\n"+priya+"Bye.\n",
		extract.Options{At: ref, Us: []string{"Northwind"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Items) != 2 {
		t.Fatalf("got %d items, want 2: %v", len(c.Items), c.Items)
	}
	var x, y extract.Item
	for _, it := range c.Items {
		if it.Condition != nil {
			y = it
		} else {
			x = it
		}
	}
	if y.Condition == nil || c.Items[*y.Condition].Action != x.Action {
		t.Fatalf("the pilot does not depend on the demo: %v", c.Items)
	}
	if x.Owner != "Dana Reyes" || x.Side != extract.Ours || y.Owner != "Priya Shah" || y.Side != extract.Theirs {
		t.Errorf("owners: condition %s/%s, item %s/%s", x.Side, x.Owner, y.Side, y.Owner)
	}
	if !strings.HasPrefix(y.Action, "run a pilot") {
		t.Errorf("item action %q", y.Action)
	}
}

func TestThirdPerson(t *testing.T) {
	runItemCases(t, []itemCase{
		{"named", "a named person owns it, by the full name the call knows",
			"Attendees: Dana Reyes (Northwind), Marcus Bell (Northwind), Priya Shah (Globex)\n\n" + dana + "Hello.\n" + priya + "Hi.\n" + dana + "Marcus will send the integration guide on Friday.\n" + priya + "Great.\n",
			nil, "", []string{"ours|Marcus Bell|commitment|send the integration guide|Fri 20 17:00|firm"}},
		{"team", "a person's team is that person's item",
			dana + "Hello.\n" + priya + "Priya's team will review the contract by Friday.\n" + dana + "Thanks.\n" + priya + "Sure.\n",
			nil, "", []string{"theirs|Priya Shah|commitment|review the contract|Fri 20 17:00|firm"}},
		{"appositive", "our CFO, Name, will … names the owner",
			dana + "Hello.\n" + priya + "Our CFO, Marta Lindqvist, will confirm the budget by Friday.\n" + dana + "Thanks.\n" + priya + "Sure.\n",
			nil, "", []string{"theirs|Marta Lindqvist|commitment|confirm the budget|Fri 20 17:00|firm"}},
	})
}

func TestSharedAndIntroductions(t *testing.T) {
	runItemCases(t, []itemCase{
		{"let's set up", "a meeting both sides hold is shared",
			dana + "Hello.\n" + priya + "Hi.\n" + dana + "Let's set up a call with your CTO next week.\n" + priya + "Sounds good.\n",
			nil, "", []string{"shared||meeting|set up a call with your CTO|Fri 27 17:00|firm"}},
		{"loop in", "an introduction is the introducer's item",
			dana + "Hello.\n" + priya + "Hi.\n" + dana + "Let me loop in our solutions engineer, Marcus Bell.\n" + priya + "Great.\n",
			nil, "", []string{"ours|Dana Reyes|introduction|loop in our solutions engineer||firm"}},
	})
}

func TestNoItem(t *testing.T) {
	runItemCases(t, []itemCase{
		{"in-call", "things done during the call", dana + "Let me share my screen.\n" + priya + "Okay.\n" + dana + "Let me pull that up.\n" + priya + "Sure.\n", nil, "", nil},
		{"past", "things already done", dana + "I sent that last week.\n" + priya + "I got it, thanks.\n" + dana + "We did the demo on Monday.\n" + priya + "Yes.\n", nil, "", nil},
		{"small talk", "hypotheticals and small talk", dana + "I was in Denver last Tuesday.\n" + priya + "If we ever moved offices, we would need a new system.\n" + dana + "Ha, fair.\n" + priya + "Yes.\n", nil, "", nil},
		{"future question", "a question about the future commits nobody", dana + "Will you be at the conference next week?\n" + priya + "Probably, yes.\n" + dana + "When will you decide?\n" + priya + "Soon.\n", nil, "", nil},
		{"capability", "saying what a product can do is no promise", dana + "We can route exceptions to a Teams channel.\n" + priya + "Nice.\n" + dana + "You can export it too.\n" + priya + "Good.\n", nil, "", nil},
	})
}

func TestDuplicatesMerged(t *testing.T) {
	c, err := extract.Parse(dana+"I'll send you the case studies next week.\n"+priya+"Great.\n"+dana+"So to recap, I'll send the case studies by Thursday.\n"+priya+"Thanks.\n",
		extract.Options{At: ref, Us: []string{"Northwind"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Items) != 1 {
		t.Fatalf("got %d items, want 1 merged: %v", len(c.Items), c.Items)
	}
	it := c.Items[0]
	if len(it.Restated) != 1 || it.Due == nil || it.Due.Time != time.Date(2026, 11, 19, 17, 0, 0, 0, time.UTC) {
		t.Errorf("merged item = %s restated %d, want the Thursday deadline and one restatement", brief(it), len(it.Restated))
	}
}

func TestTeamMeeting(t *testing.T) {
	text := "Project Manager: Okay, let's start.\nIndustrial Designer: Ready.\nProject Manager: So you'll look at the casing options for next time?\nIndustrial Designer: Yes, will do.\n" +
		"Project Manager: And the designer will draft the layout by Friday.\nUser Interface: Fine.\nUser Interface: I'll go with the blue one, honestly.\nProject Manager: Great.\n"
	c, err := extract.Parse(text, extract.Options{At: ref, Us: []string{"Project Manager", "Industrial Designer", "User Interface"}})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, it := range c.Items {
		got = append(got, it.Owner+": "+it.Action)
	}
	want := []string{"Industrial Designer: look at the casing options", "Industrial Designer: draft the layout"}
	if strings.Join(got, "; ") != strings.Join(want, "; ") {
		t.Errorf("team meeting items = %q, want %q", got, want)
	}
}

func TestNotesForms(t *testing.T) {
	notes := "Attendees: Rachel Okafor (Contoso), Maya Lindqvist (Northwind), me\n\n" +
		"Next steps:\n- AI: recap email to Rachel tomorrow\n- Maya: security pack to Rachel by Friday\n" +
		"- Rachel will send the rep counts by Friday\n- pricing options for Rachel (@Maya)\n- they'll send the vendor questionnaire\n- I owe them the roadmap answer tomorrow\n"
	runItemCases(t, []itemCase{
		{"notes", "owner forms and first person in notes", notes, []string{"Jordan Park", "Northwind"}, "Jordan Park", []string{
			"ours|Jordan Park|commitment|recap email to Rachel|Wed 18 17:00|firm",
			"ours|Maya Lindqvist|commitment|security pack to Rachel|Fri 20 17:00|firm",
			"theirs|Rachel Okafor|commitment|send the rep counts|Fri 20 17:00|firm",
			"ours|Maya Lindqvist|commitment|pricing options for Rachel||firm",
			"theirs|Contoso|commitment|send the vendor questionnaire||firm",
			"ours|Jordan Park|commitment|owe them the roadmap answer|Wed 18 17:00|firm",
		}},
	})
}

func TestBlockingPriority(t *testing.T) {
	c, err := extract.Parse(priya+"We'd need to see the DPA before legal signs off.\n"+dana+"Absolutely, I'll send the DPA by Friday.\n"+priya+"Thanks.\n"+dana+"Sure.\n",
		extract.Options{At: ref, Us: []string{"Northwind"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Items) != 1 || c.Items[0].Priority != extract.Blocking || c.Items[0].Owner != "Dana Reyes" {
		t.Errorf("items = %v, want Dana's DPA, blocking", c.Items)
	}
}

func TestFormats(t *testing.T) {
	tests := []struct {
		name, text string
		format     extract.Format
	}{
		{"vtt voice tags", "WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\n<v Dana Reyes>I'll send you the deck,\n\n2\n00:00:04.000 --> 00:00:06.000\n<v Dana Reyes>um, by Friday.\n\n3\n00:00:06.000 --> 00:00:08.000\n<v Priya Shah>Thanks.\n", extract.FormatVTT},
		{"vtt without tags", "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\nDana Reyes: I'll send you the deck by Friday.\n\n00:00:05.000 --> 00:00:07.000\nPriya Shah: Thanks.\n", extract.FormatVTT},
		{"srt", "1\n00:00:01,000 --> 00:00:04,000\nDana Reyes: I'll send you the deck by Friday.\n\n2\n00:00:05,000 --> 00:00:07,000\nPriya Shah: Thanks.\n", extract.FormatSRT},
		{"otter", "Dana Reyes  0:00\nI'll send you the deck by Friday.\n\nPriya Shah  0:04\nThanks.\n\nDana Reyes  0:06\nBye.\n", extract.FormatOtter},
		{"timestamped", "[00:00:01] Dana Reyes: I'll send you the deck by Friday.\n[00:00:05] Priya Shah: Thanks.\n[00:00:07] Dana Reyes: Bye.\n", extract.FormatTimestamped},
		{"plain with filler", "Dana Reyes: Um, I'll, uh, send you the deck [crosstalk] by Friday.\nPriya Shah: [inaudible] Thanks.\nDana Reyes: Bye.\nPriya Shah: Bye.\n", extract.FormatPlain},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := extract.Parse(tt.text, extract.Options{At: ref, Us: []string{"Dana Reyes"}})
			if err != nil {
				t.Fatal(err)
			}
			if c.Format != tt.format {
				t.Errorf("format = %v, want %v", c.Format, tt.format)
			}
			if len(c.Items) != 1 || c.Items[0].Owner != "Dana Reyes" || c.Items[0].Due == nil || c.Items[0].Action != "send the deck" {
				t.Fatalf("items = %v", c.Items)
			}
			checkEvidence(t, tt.text, c)
		})
	}
}

func TestSpeakerForms(t *testing.T) {
	text := "Dana Reyes: Hi all.\nPriya Shah: Hello.\nDANA REYES: Can you hear me?\nDana: I'll send it over tomorrow.\n"
	c, err := extract.Parse(text, extract.Options{At: ref, Us: []string{"Dana Reyes"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Attendees) != 2 || c.Attendees[0].Name != "Dana Reyes" || strings.Join(c.Attendees[0].Aliases, ",") != "DANA REYES,Dana" {
		t.Errorf("attendees = %+v", c.Attendees)
	}
}

func TestIntroductionAttendee(t *testing.T) {
	text := dana + "Hi Priya.\n" + priya + "Hi, this is Marcus, our security lead.\n" + dana + "Welcome, Marcus.\n" + priya + "Thanks.\n"
	c, err := extract.Parse(text, extract.Options{At: ref, Us: []string{"Northwind"}})
	if err != nil {
		t.Fatal(err)
	}
	var found bool
	for _, a := range c.Attendees {
		if a.Name == "Marcus" {
			found = a.Role == "security lead" && a.Side == extract.Theirs && a.Org == "Globex"
		}
	}
	if !found {
		t.Errorf("attendees = %+v, want Marcus, Globex security lead, theirs", c.Attendees)
	}
}

func TestRequestForms(t *testing.T) {
	ask := func(q string) string {
		return priya + q + "\n" + dana + "Sure, will do.\n" + priya + "Thanks.\n" + dana + "Bye.\n"
	}
	runItemCases(t, []itemCase{
		{"could you", "interrogative modal", ask("Could you send me the current contract by Friday?"), nil, "", []string{"ours|Dana Reyes|request|send the current contract|Fri 20 17:00|firm"}},
		{"would you mind", "would you mind + -ing", ask("Would you mind sending the slides tomorrow?"), nil, "", []string{"ours|Dana Reyes|request|send the slides|Wed 18 17:00|firm"}},
		{"imperative", "a bare imperative at the start of a sentence", ask("Send me the deck by Friday."), nil, "", []string{"ours|Dana Reyes|request|send the deck|Fri 20 17:00|firm"}},
		{"is it possible", "is it possible to …", ask("Is it possible to get a sandbox next week?"), nil, "", []string{"ours|Dana Reyes|request|get a sandbox|Fri 27 17:00|firm"}},
		{"think you could", "do you think you could …", ask("Do you think you could loop in your CTO?"), nil, "", []string{"ours|Dana Reyes|introduction|loop in your CTO||firm"}},
		{"need statement", "we'd need to see …, accepted", ask("We'd need to see a SOC 2 report before legal signs off."), nil, "", []string{"ours|Dana Reyes|request|send a SOC 2 report|…"}},
	})
}

func TestCancelled(t *testing.T) {
	runItemCases(t, []itemCase{
		{"let's not", "a plan taken back later is no item",
			dana + "Let's do an on-site workshop in March.\n" + priya + "Actually, let's not do the on-site workshop, video is fine.\n" + dana + "Sure.\n" + priya + "Great.\n",
			nil, "", nil},
	})
}

func TestTheirOwnPlans(t *testing.T) {
	runItemCases(t, []itemCase{
		{"business plan", "the other side's own plans are no item; a deal step is",
			dana + "Hello.\n" + priya + "We're going to hire two more dispatchers next quarter.\n" + priya + "If the pilot goes well, we'll roll it out to all depots.\n" + dana + "Great.\n",
			nil, "", []string{"theirs|Priya Shah|commitment|roll it out to all depots||firm"}},
		{"look after a promise", "\"I'll take a look\" reviews what was just promised",
			dana + "I'll send the summary tonight.\n" + priya + "Thanks, I'll take a look tomorrow morning.\n" + dana + "Great.\n" + priya + "Bye.\n",
			nil, "", []string{"ours|Dana Reyes|commitment|send the summary|Tue 17 21:00|firm", "theirs|Priya Shah|commitment|review the summary|Wed 18 12:00|firm"}},
	})
}

func TestPronouns(t *testing.T) {
	runItemCases(t, []itemCase{
		{"they", "they after a team named in the sentence",
			dana + "Hello.\n" + priya + "Our legal team, they'll review the MSA by Friday.\n" + dana + "Great.\n" + priya + "Bye.\n",
			nil, "", []string{"theirs|legal team|commitment|review the MSA|Fri 20 17:00|firm"}},
		{"he", "he after the one person just named",
			"Attendees: Dana Reyes (Northwind), Marcus Bell (Northwind), Priya Shah (Globex)\n\n" + priya + "Who owns the integration?\n" + dana + "Marcus does. He'll send you the API docs tomorrow.\n" + priya + "Great.\n",
			nil, "", []string{"ours|Marcus Bell|commitment|send the API docs|Wed 18 17:00|firm"}},
		{"unclear they", "they with nothing to point at is no item",
			dana + "Hello.\n" + priya + "They'll probably call you next week.\n" + dana + "Okay.\n" + priya + "Bye.\n",
			nil, "", nil},
	})
}

func TestSpeakerPromiseForms(t *testing.T) {
	runItemCases(t, []itemCase{
		{"you'll have it by", "you'll have X by <time> is the speaker's promise",
			priya + "Can we get the updated order form?\n" + dana + "You'll have it by Friday.\n" + priya + "Great.\n" + dana + "Bye.\n",
			nil, "", []string{"ours|Dana Reyes|…"}},
		{"expect", "expect X by <time> is the speaker's promise",
			dana + "Hello.\n" + priya + "Hi.\n" + dana + "Expect the contract by Friday.\n" + priya + "Thanks.\n",
			nil, "", []string{"ours|Dana Reyes|commitment|send the contract|Fri 20 17:00|firm"}},
	})
}
