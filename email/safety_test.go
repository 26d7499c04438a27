package email_test

import (
	"strings"
	"testing"

	"github.com/aftercall/aftercall/email"
	"github.com/aftercall/aftercall/extract"
)

// internalMarkers never appear in a customer draft: they name internal
// notes, risk flags, stage, probability, objection handling or
// competition.
var internalMarkers = []string{
	"risk flag", "single-threaded", "single threaded", "vague timeline", "budget uncertain", "budget-uncertain",
	"decision maker absent", "decision-maker-absent", "blocking-ours", "no-next-step", "competitor", "competitive",
	"objection", "handled:", "stage recommendation", "deal stage", "probability", "forecast category",
	"internal summary", "internal note", "for me", "note to self", "upsell", "close date", "pipeline stage",
}

// forbidden returns what must not reach the customer for call and opt,
// lowercased: the markers, the competitor names and what the call
// revealed only for our side.
func forbidden(call extract.Call, opt email.Options) []string {
	out := append([]string(nil), internalMarkers...)
	for _, c := range opt.Competitors {
		out = append(out, strings.ToLower(c))
	}
	out = append(out, insightForbidden(call)...)
	return out
}

// allowedQuotes is the call text a customer draft may repeat verbatim.
func allowedQuotes(call extract.Call, opt email.Options) []string {
	var out []string
	for _, it := range call.Items {
		out = append(out, strings.ToLower(it.Action), strings.ToLower(it.Source.Quote))
	}
	for _, q := range call.Questions {
		out = append(out, strings.ToLower(q.Text))
	}
	if m := call.NextMeeting; m != nil {
		out = append(out, strings.ToLower(m.Purpose))
	}
	out = append(out, strings.ToLower(opt.PainPoint))
	out = append(out, insightAllowed(call)...)
	return out
}

// sentencesOf splits turn text into sentences of six words or more.
func sentencesOf(text string) []string {
	var out []string
	for _, s := range strings.FieldsFunc(text, func(r rune) bool { return strings.ContainsRune(".!?\n;", r) }) {
		s = strings.Join(strings.Fields(strings.Trim(s, " -*•#")), " ")
		if len(strings.Fields(s)) >= 6 {
			out = append(out, strings.ToLower(s))
		}
	}
	return out
}

// checkCustomerSafe fails when a customer draft carries anything internal:
// a marker, a competitor, an insight kept for our side, or a sentence of
// the call that is not the source of an item, a question, the meeting or a
// pain point.
func checkCustomerSafe(t *testing.T, call extract.Call, opt email.Options, d drafts) {
	t.Helper()
	bad := forbidden(call, opt)
	allowed := allowedQuotes(call, opt)
	for name, text := range d.customer() {
		low := strings.ToLower(text)
		for _, b := range bad {
			if b != "" && containsWord(low, b) {
				t.Errorf("%s carries %q:\n%s", name, b, text)
			}
		}
		flat := strings.Join(strings.Fields(low), " ")
	turns:
		for _, turn := range call.Turns {
			for _, s := range sentencesOf(turn.Text) {
				if !strings.Contains(flat, s) {
					continue
				}
				for _, a := range allowed {
					if strings.Contains(a, s) {
						continue turns
					}
				}
				t.Errorf("%s repeats a sentence of turn %d that is no item, question or pain point: %q", name, turn.Index, s)
			}
		}
	}
}

// TestCustomerDraftsCarryNothingInternal runs the check over every
// fixture, with competitors and internal-only facts planted.
func TestCustomerDraftsCarryNothingInternal(t *testing.T) {
	for _, f := range loadFixtures(t) {
		t.Run(f.name, func(t *testing.T) {
			checkCustomerSafe(t, f.call, f.opt, makeDrafts(t, f))
		})
	}
}

// TestSafetyCheckCanFail proves the check above catches a leak.
func TestSafetyCheckCanFail(t *testing.T) {
	f := loadFixtures(t)[0]
	d := makeDrafts(t, f)
	d.recap.Text += "\nRisk flags: single-threaded. Stage recommendation: advance.\n"
	ft := &testing.T{}
	_ = ft
	leaks := 0
	low := strings.ToLower(d.recap.Text)
	for _, b := range forbidden(f.call, f.opt) {
		if strings.Contains(low, b) {
			leaks++
		}
	}
	if leaks < 3 {
		t.Errorf("planted leak found %d markers, want at least 3", leaks)
	}
}

// TestDraftsAreLintClean lints every customer draft of every fixture, at
// every lateness.
func TestDraftsAreLintClean(t *testing.T) {
	for _, f := range loadFixtures(t) {
		t.Run(f.name, func(t *testing.T) {
			for name, text := range lintTargets(t, f) {
				if fs := email.Lint(text); len(fs) > 0 {
					t.Errorf("%s is not lint-clean: %v\n%s", name, fs, text)
				}
			}
		})
	}
}

// lintTargets are the customer texts of f, and the recap at each lateness.
func lintTargets(t *testing.T, f fixture) map[string]string {
	d := makeDrafts(t, f)
	m := map[string]string{"recap": d.recap.Text, "sms": d.sms.Text, "voicemail": d.voicemail.Text, "breakup": d.breakup.Text}
	if d.hasValueAdd {
		m["value-add"] = d.valueAdd.Text
	}
	if d.hasCheck {
		m["check-in"] = d.checkIn.Text
	}
	for _, days := range []int{1, 2, 3, 5, 9} {
		opt := f.opt
		opt.Now = f.call.At.AddDate(0, 0, days)
		r, err := email.Recap(f.call, opt)
		if err != nil {
			t.Fatal(err)
		}
		m["recap+"+string(rune('0'+days))] = r.Text
		// Talking points are for the rep's call: phrases only.
		tp := email.Linter{SkipReadTime: true, SkipItemDates: true}
		if fs := tp.Lint(strings.Join(r.TalkingPoints, "\n")); len(fs) > 0 {
			t.Errorf("talking points +%d: %v", days, fs)
		}
	}
	// The internal summary is for us: only the phrase rules apply.
	in := email.Linter{SkipNextStep: true, SkipReadTime: true, SkipItemDates: true}
	if fs := in.Lint(d.internal.Text); len(fs) > 0 {
		t.Errorf("internal summary: %v", fs)
	}
	return m
}

// containsWord reports whether s holds w not followed by a letter, so a
// competitor named "Workday" does not match "2 workdays after".
func containsWord(s, w string) bool {
	for off := 0; ; {
		k := strings.Index(s[off:], w)
		if k < 0 {
			return false
		}
		e := off + k + len(w)
		if e == len(s) || !(s[e] >= 'a' && s[e] <= 'z') {
			return true
		}
		off += k + 1
	}
}

// TestUnlistedCompetitorsStayOut plants competitor talk that the call's
// competitor list missed: a rep's notes line and a customer's sentence.
func TestUnlistedCompetitorsStayOut(t *testing.T) {
	call, cal := exampleCall()
	call.Competitors = nil
	call.PainPoints = []extract.Point{
		{Speaker: "me", Text: "pain: spreadsheets everywhere, also tlking to zendesk"},
		{Speaker: "Priya Shah", Text: "Honestly we're also evaluating Freshworks for the same thing."},
	}
	call.KeyPoints = append(call.KeyPoints, extract.Point{Speaker: "Priya Shah", Text: "HubSpot quoted us a lot less than your list price."})
	opt := email.Options{Calendar: cal}
	d := makeDrafts(t, fixture{name: "planted", call: call, opt: opt})
	for name, text := range d.customer() {
		for _, bad := range []string{"zendesk", "freshworks", "hubspot", "quoted us"} {
			if strings.Contains(strings.ToLower(text), bad) {
				t.Errorf("%s carries %q:\n%s", name, bad, text)
			}
		}
	}
	in, _ := email.Internal(call, opt)
	if !strings.Contains(in.Text, "zendesk") || !strings.Contains(in.Text, "HubSpot") {
		t.Errorf("the internal summary lost the competitive intel:\n%s", in.Text)
	}
}

// TestColleagueTasksStayInternal: our side asking one of our own is an
// internal note.
func TestColleagueTasksStayInternal(t *testing.T) {
	call, cal := exampleCall()
	call.Attendees = append(call.Attendees, extract.Attendee{Name: "Maya Lindqvist", Side: extract.Ours})
	call.Items = append(call.Items,
		extract.Item{Side: extract.Ours, Owner: "Dana Reyes", Action: "ask Maya about data retention defaults"},
		extract.Item{Side: extract.Ours, Owner: "Dana Reyes", Action: "ask legal about the DPA"})
	opt := email.Options{Calendar: cal}
	d := makeDrafts(t, fixture{name: "colleague", call: call, opt: opt})
	for name, text := range d.customer() {
		if strings.Contains(text, "ask Maya") {
			t.Errorf("%s carries the internal ask:\n%s", name, text)
		}
	}
	if !strings.Contains(d.recap.Text, "ask legal about the DPA") {
		t.Errorf("an ask of no colleague was dropped:\n%s", d.recap.Text)
	}
	if !strings.Contains(d.internal.Text, "ask Maya about data retention defaults") {
		t.Errorf("the internal summary lost it:\n%s", d.internal.Text)
	}
}
