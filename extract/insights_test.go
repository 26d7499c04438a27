package extract

import (
	"os"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/aftercall/aftercall/timeexpr"
)

// insightsAt is the reference time of the insight tests: Tuesday 24
// November 2026, 14:00 in New York.
var insightsAt = time.Date(2026, 11, 24, 14, 0, 0, 0, mustZone("America/New_York"))

func mustZone(name string) *time.Location {
	loc, err := time.LoadLocation(name)
	if err != nil {
		panic(err)
	}
	return loc
}

// Who is who in the insight tests.
var (
	dana  = Attendee{Name: "Dana Reyes", Org: "Northwind", Side: Ours}
	marco = Attendee{Name: "Marco Bell", Org: "Northwind", Side: Ours}
	priya = Attendee{Name: "Priya Shah", Org: "Larkspur", Side: Theirs}
	tom   = Attendee{Name: "Tom Okafor", Org: "Larkspur", Side: Theirs}
)

// turn is one line of a test call: speaker (first name) and text.
type turn struct{ who, text string }

// callOf builds a call from turns, as Parse would leave it before the
// insights, and runs the analysis. Notes calls put every line in the
// author's (Dana's) mouth.
func callOf(f Format, att []Attendee, items []Item, turns ...turn) Call {
	c := Call{Format: f, Attendees: att, Items: items, At: insightsAt}
	var b strings.Builder
	for i, t := range turns {
		speaker := ""
		for _, a := range att {
			if strings.HasPrefix(a.Name, t.who+" ") || a.Name == t.who {
				speaker = a.Name
			}
		}
		if f == FormatNotes {
			speaker = dana.Name
		} else {
			b.WriteString(speaker + ": ")
		}
		start := b.Len()
		b.WriteString(t.text)
		c.Turns = append(c.Turns, Turn{Index: i, Speaker: speaker, Text: t.text, Span: timeexpr.Span{Start: start, End: b.Len()}})
		b.WriteByte('\n')
	}
	if c.Items == nil {
		c.Items = []Item{}
	}
	opt := Options{At: insightsAt, Calendar: timeexpr.Calendar{Location: insightsAt.Location()}, Us: []string{"Dana Reyes", "Northwind"}}
	analyze(&c, insightInput{text: b.String(), opt: opt})
	return c
}

var customerCall = []Attendee{dana, priya, tom}

func TestQuestions(t *testing.T) {
	deferred := Item{Side: Ours, Owner: dana.Name, Action: "check the Trimble version with engineering", Kind: Commitment,
		Source: Evidence{Turn: 1}}
	tests := []struct {
		name   string
		format Format
		items  []Item
		turns  []turn
		want   []Question // Asker, Text, Answered, Item, Topic
	}{
		{
			name:  "answered in the next turn",
			turns: []turn{{"Tom", "Is the driver app offline-capable?"}, {"Dana", "Yes, it queues everything and syncs later."}},
			want:  []Question{{Asker: tom.Name, Text: "Is the driver app offline-capable?", Answered: true}},
		},
		{
			name:  "deferred: open, with the promise and a topic",
			items: []Item{deferred},
			turns: []turn{{"Tom", "Does it integrate with Trimble 2.3?"}, {"Dana", "Good question. Let me check with engineering and get back to you."}},
			want: []Question{{Asker: tom.Name, Text: "Does it integrate with Trimble 2.3?", Item: ptr(0),
				Topic: "integration", Answerer: "engineering", Why: "the product must fit their stack"}},
		},
		{
			name:  "no reply at all",
			turns: []turn{{"Priya", "What does onboarding cost?"}},
			want: []Question{{Asker: priya.Name, Text: "What does onboarding cost?",
				Topic: "pricing", Answerer: "deal desk", Why: "price and terms decide whether they buy"}},
		},
		{
			name:  "a fragment is a question",
			turns: []turn{{"Tom", "Rate limits on the API?"}, {"Dana", "Ten thousand a minute per key."}},
			want:  []Question{{Asker: tom.Name, Text: "Rate limits on the API?", Answered: true}},
		},
		{
			name: "small talk, audio checks and our questions are not",
			turns: []turn{{"Priya", "Can you hear me?"}, {"Dana", "Yes. How do you schedule drivers today?"},
				{"Priya", "Spreadsheets, mostly."}, {"Tom", "How are you?"}},
			want: nil,
		},
		{
			name:  "a preamble asks nothing, an indirect question after it does",
			turns: []turn{{"Priya", "Can I ask about pricing?"}, {"Dana", "Sure."}, {"Priya", "Can I ask how the pricing scales?"}, {"Dana", "Per seat."}},
			want:  []Question{{Asker: priya.Name, Text: "Can I ask how the pricing scales?", Answered: true}},
		},
		{
			name:  "an aside to a colleague is not for us",
			turns: []turn{{"Priya", "Tom, are you nearly done?"}, {"Tom", "Yes."}},
			want:  nil,
		},
		{
			name:   "notes: Q (Name): … → answer",
			format: FormatNotes,
			turns:  []turn{{"Dana", "Q (Tom): do recordings stay in the US? → yes, US-East only"}},
			want:   []Question{{Asker: tom.Name, Text: "do recordings stay in the US?", Answered: true}},
		},
		{
			name:   "notes: Name: question? -> answer, and question? (Name)",
			format: FormatNotes,
			turns: []turn{{"Dana", "Tom: is there an API? -> yes, REST"}, {"Dana", "can we pay quarterly? (Priya) - tbc"},
				{"Dana", "Dana: anything else?"}},
			want: []Question{{Asker: tom.Name, Text: "is there an API?", Answered: true},
				{Asker: priya.Name, Text: "can we pay quarterly?", Topic: "general", Answerer: "account team", Why: "an open question stalls the next step"}},
		},
		{
			name:   "notes: Name asked whether …, not known",
			format: FormatNotes,
			turns:  []turn{{"Dana", "Priya asked whether we support SAML. Not sure, need to check w/ security."}},
			want: []Question{{Asker: priya.Name, Text: "whether we support SAML",
				Topic: "security", Answerer: "security team", Why: "their security review gates the deal"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := callOf(tt.format, customerCall, tt.items, tt.turns...)
			var got []Question
			for _, q := range c.Questions {
				q.Source = Evidence{}
				got = append(got, q)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("questions = %+v, want %+v", got, tt.want)
			}
			for i := range got {
				g, w := got[i], tt.want[i]
				if g.Asker != w.Asker || g.Text != w.Text || g.Answered != w.Answered || !samePtr(g.Item, w.Item) ||
					g.Topic != w.Topic || g.Answerer != w.Answerer || g.Why != w.Why {
					t.Errorf("question %d = %+v, want %+v", i, g, w)
				}
			}
		})
	}
}

func ptr(i int) *int { return &i }

func samePtr(a, b *int) bool { return a == nil && b == nil || a != nil && b != nil && *a == *b }

func TestQuestionEvidence(t *testing.T) {
	c := callOf(FormatPlain, customerCall, nil, turn{"Dana", "Anything else?"}, turn{"Tom", "Sure. Is the app offline-capable?"})
	if len(c.Questions) != 1 {
		t.Fatalf("questions = %+v", c.Questions)
	}
	ev := c.Questions[0].Source
	text := "Dana Reyes: Anything else?\nTom Okafor: Sure. Is the app offline-capable?\n"
	if ev.Turn != 1 || text[ev.Start:ev.End] != "Is the app offline-capable?" || ev.Quote != "Is the app offline-capable?" {
		t.Errorf("evidence = %+v (%q)", ev, text[ev.Start:ev.End])
	}
}

func TestNextMeeting(t *testing.T) {
	ny := insightsAt.Location()
	tests := []struct {
		name    string
		format  Format
		turns   []turn
		want    time.Time // zero: no meeting
		phrase  string
		purpose string
	}{
		{
			name:    "proposed and accepted",
			turns:   []turn{{"Dana", "Let's book a technical call for Thursday, December 3rd at 2pm."}, {"Priya", "December 3rd at 2 works for me."}},
			want:    time.Date(2026, 12, 3, 14, 0, 0, 0, ny),
			purpose: "technical call",
		},
		{
			name: "declined, then a counter-proposal accepted",
			turns: []turn{{"Dana", "Does Friday at 10 work for the next call?"}, {"Priya", "I can't do Friday. How about Monday at 11?"},
				{"Dana", "Monday at 11 works."}},
			want: time.Date(2026, 11, 30, 11, 0, 0, 0, ny),
		},
		{
			name:  "a plan with a day is no meeting",
			turns: []turn{{"Priya", "Let's get the contract signed on Friday."}, {"Dana", "Sure."}},
		},
		{
			name:  "a deadline is no meeting",
			turns: []turn{{"Dana", "I'll send the proposal by Friday."}, {"Priya", "Great."}},
		},
		{
			name:  "a clock time beats a day",
			turns: []turn{{"Dana", "Let's meet early next week."}, {"Priya", "Sure."}, {"Dana", "Let's say Tuesday at 3pm for the follow-up call."}, {"Priya", "Perfect."}},
			want:  time.Date(2026, 12, 1, 15, 0, 0, 0, ny),
		},
		{
			name:  "same time next week, settled by an invite",
			turns: []turn{{"Dana", "Same time next Tuesday then. I'll send the invite."}},
			want:  time.Date(2026, 12, 1, 14, 0, 0, 0, ny),
		},
		{
			name:   "notes: next call line",
			format: FormatNotes,
			turns:  []turn{{"Dana", "next call: Wed Dec 2 10am w/ Priya + Tom"}},
			want:   time.Date(2026, 12, 2, 10, 0, 0, 0, ny),
		},
		{
			name:  "none",
			turns: []turn{{"Dana", "Thanks, talk soon."}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := tt.format
			if f == FormatAuto {
				f = FormatPlain
			}
			c := callOf(f, customerCall, nil, tt.turns...)
			m := c.NextMeeting
			switch {
			case tt.want.IsZero() && m != nil:
				t.Fatalf("next meeting = %+v, want none", m)
			case tt.want.IsZero():
				return
			case m == nil:
				t.Fatalf("next meeting = none, want %s", tt.want)
			case !m.Time.Equal(tt.want):
				t.Errorf("next meeting at %s (%q), want %s", m.Time, m.Phrase, tt.want)
			}
			if tt.purpose != "" && m.Purpose != tt.purpose {
				t.Errorf("purpose = %q, want %q", m.Purpose, tt.purpose)
			}
			if m.Source.Quote == "" {
				t.Errorf("no evidence: %+v", m.Source)
			}
		})
	}
}

func TestCallType(t *testing.T) {
	tests := []struct {
		name   string
		format Format
		att    []Attendee
		turns  []turn
		want   CallType
	}{
		{"discovery questions", FormatPlain, customerCall, []turn{{"Dana", "Walk me through your current process. Who else is involved?"}, {"Priya", "Spreadsheets."}}, Discovery},
		{"a demo", FormatPlain, customerCall, []turn{{"Dana", "Let me share my screen. As you can see, each tile is a depot."}, {"Tom", "Nice."}}, Demo},
		{"terms", FormatPlain, customerCall, []turn{{"Priya", "We need 15% off and net 60 payment terms."}, {"Dana", "I'll send the redlines on the order form."}}, Negotiation},
		{"a QBR", FormatPlain, customerCall, []turn{{"Dana", "Welcome to the QBR. Adoption is up since we last spoke."}}, CheckIn},
		{"nobody from their side", FormatPlain, []Attendee{dana, marco}, []turn{{"Dana", "Walk me through your current process."}, {"Marco", "Sure."}}, Internal},
		{"no cue at all", FormatPlain, customerCall, []turn{{"Dana", "Can we move Monday's slot?"}, {"Priya", "Sure."}}, CheckIn},
		{"the notes title names it", FormatNotes, customerCall, []turn{{"Dana", "Larkspur - demo follow-up"}, {"Dana", "budget: not confirmed, timeline TBD"}}, Demo},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := callOf(tt.format, tt.att, nil, tt.turns...)
			if c.Type != tt.want {
				t.Errorf("type = %s (cues %+v), want %s", c.Type, c.TypeCues, tt.want)
			}
			if tt.want != CheckIn && len(c.TypeCues) == 0 {
				t.Errorf("no cues for %s", c.Type)
			}
		})
	}
}

func TestRisks(t *testing.T) {
	blocking := Item{Side: Ours, Owner: dana.Name, Action: "send the SOC 2 report", Priority: Blocking, Source: Evidence{Turn: 0}}
	meeting := turn{"Dana", "Let's book the next call for Thursday, December 3rd at 2pm. I'll send the invite."}
	tests := []struct {
		name  string
		att   []Attendee
		items []Item
		turns []turn
		want  []Risk
	}{
		{"single-threaded", []Attendee{dana, priya}, nil, []turn{meeting, {"Priya", "Works for me."}}, []Risk{SingleThreaded}},
		{"no next step", customerCall, nil, []turn{{"Dana", "Thanks all."}, {"Priya", "Bye."}, {"Tom", "Bye."}}, []Risk{NoNextStep}},
		{"vague timeline", customerCall, nil, []turn{meeting, {"Priya", "Timeline is fuzzy, sometime in Q1."}, {"Tom", "Sure."}}, []Risk{VagueTimeline}},
		{"budget uncertain", customerCall, nil, []turn{meeting, {"Priya", "Budget is not confirmed yet."}, {"Tom", "Sure."}}, []Risk{BudgetUncertain}},
		{"answer to our budget question", customerCall, nil, []turn{{"Dana", "What about budget?"}, {"Priya", "Honestly, I don't know yet."}, meeting, {"Tom", "Sure."}}, []Risk{BudgetUncertain}},
		{"decision maker absent", customerCall, nil, []turn{meeting, {"Priya", "Our CFO, Angela Brooks, signs off on anything over that."}, {"Tom", "Sure."}}, []Risk{DecisionMakerAbsent}},
		{"competitor", customerCall, nil, []turn{meeting, {"Priya", "We're also looking at RouteLogic."}, {"Tom", "Sure."}}, []Risk{CompetitorInPlay}},
		{"blocking ours", customerCall, []Item{blocking}, []turn{meeting, {"Tom", "Sure."}, {"Priya", "Sure."}}, []Risk{BlockingOurs}},
		{"internal calls flag none", []Attendee{dana, marco}, nil, []turn{{"Dana", "Budget is not confirmed."}}, []Risk{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := callOf(FormatPlain, tt.att, tt.items, tt.turns...)
			if !slices.Equal(c.Risks, tt.want) {
				t.Errorf("risks = %v, want %v (notes %+v)", c.Risks, tt.want, c.RiskNotes)
			}
			if len(c.RiskNotes) != len(c.Risks) {
				t.Errorf("%d risk notes for %d risks", len(c.RiskNotes), len(c.Risks))
			}
		})
	}
}

func TestObjectionsAndCompetitors(t *testing.T) {
	c := callOf(FormatPlain, customerCall, nil,
		turn{"Priya", "Honestly it's too expensive for us, and CrowdStrike came in fifteen percent lower."},
		turn{"Dana", "I hear you. We include the 24/7 SOC, which they charge extra for."},
		turn{"Tom", "We trialled Condeco last year, and we're also looking at project44."},
	)
	if len(c.Objections) != 1 || c.Objections[0].Kind != "price" || !c.Objections[0].Handled ||
		c.Objections[0].Response != "I hear you. We include the 24/7 SOC, which they charge extra for." {
		t.Errorf("objections = %+v", c.Objections)
	}
	var names []string
	for _, cp := range c.Competitors {
		names = append(names, cp.Name+"/"+cp.Relation)
	}
	want := []string{"CrowdStrike/evaluating", "Condeco/evaluating", "project44/evaluating"}
	if !slices.Equal(names, want) {
		t.Errorf("competitors = %v, want %v", names, want)
	}
}

func TestCompetitorOption(t *testing.T) {
	turns := []turn{{"Priya", "Right now Acme handles our dispatch."}}
	if c := callOf(FormatPlain, customerCall, nil, turns...); len(c.Competitors) != 0 {
		t.Fatalf("without the option: %+v", c.Competitors)
	}
	c := Call{Format: FormatPlain, Attendees: customerCall, Turns: []Turn{{Speaker: priya.Name, Text: turns[0].text, Span: timeexpr.Span{End: len(turns[0].text)}}}}
	analyze(&c, insightInput{text: turns[0].text, opt: Options{At: insightsAt, Competitors: []string{"Acme"}}})
	if len(c.Competitors) != 1 || c.Competitors[0].Name != "Acme" {
		t.Errorf("with Options.Competitors: %+v", c.Competitors)
	}
	// a caller's own lexicon replaces the defaults
	lex := DefaultInsightCues()
	lex.CallTypes = append(lex.CallTypes, TypeCue{Type: Negotiation, Phrase: "right now", Weight: 9})
	c = Call{Format: FormatPlain, Attendees: customerCall, Turns: []Turn{{Speaker: priya.Name, Text: "Right now our vendor Globex handles our dispatch.", Span: timeexpr.Span{End: 49}}}}
	analyze(&c, insightInput{text: c.Turns[0].Text, opt: Options{At: insightsAt, Insights: &lex}})
	if c.Type != Negotiation {
		t.Errorf("type with Options.Insights = %s", c.Type)
	}
}

func TestNewContactsAndDecisionMakers(t *testing.T) {
	c := callOf(FormatPlain, customerCall, nil,
		turn{"Dana", "Who else weighs in on a decision like this?"},
		turn{"Priya", "Our COO, Angela Brooks. She signs off on anything over that number."},
		turn{"Dana", "Let me loop in our solutions engineer, Marcus Bell."},
	)
	var contacts []string
	for _, nc := range c.NewContacts {
		contacts = append(contacts, nc.Name+"/"+nc.Role+"/"+nc.Side.String())
	}
	want := []string{"Angela Brooks/COO/theirs", "Marcus Bell/solutions engineer/ours"}
	if !slices.Equal(contacts, want) {
		t.Errorf("new contacts = %v, want %v", contacts, want)
	}
	if len(c.DecisionMakers) != 1 || c.DecisionMakers[0].Name != "Angela Brooks" || c.DecisionMakers[0].Present {
		t.Errorf("decision makers = %+v", c.DecisionMakers)
	}
	// the CRM adds their side only: both attendees and Angela
	if n := len(c.CRM.Contacts); n != 3 {
		t.Errorf("CRM contacts = %+v", c.CRM.Contacts)
	}
}

func TestKeyPoints(t *testing.T) {
	c := callOf(FormatPlain, customerCall, nil,
		turn{"Priya", "The dispatchers rebuild the schedule by hand every morning, it's chaos."},
		turn{"Priya", "We need it live before the peak season deadline in March, that's a hard requirement."},
		turn{"Priya", "Budget is about $12,000 set aside for this year, pending approval."},
		turn{"Tom", "Okay."},
		turn{"Dana", "Our product has a lot of features."},
	)
	if len(c.KeyPoints) != 3 {
		t.Fatalf("key points = %+v", c.KeyPoints)
	}
	for _, p := range c.KeyPoints {
		if p.Speaker != priya.Name {
			t.Errorf("key point from %q: %q", p.Speaker, p.Text)
		}
	}
	if len(c.PainPoints) != 1 || len(c.Budget) != 1 || len(c.Timeline) != 1 {
		t.Errorf("pain %d budget %d timeline %d", len(c.PainPoints), len(c.Budget), len(c.Timeline))
	}
}

func TestStageAndCRM(t *testing.T) {
	due := time.Date(2026, 11, 27, 17, 0, 0, 0, insightsAt.Location())
	items := []Item{
		{Side: Ours, Owner: dana.Name, Action: "send the pricing sheet", Due: &Due{Time: due, Phrase: "by Friday"}, Source: Evidence{Turn: 2}},
		{Side: Theirs, Owner: tom.Name, Action: "send the driver roster", Source: Evidence{Turn: 3}},
	}
	c := callOf(FormatPlain, customerCall, items,
		turn{"Dana", "Let's book the next call for Thursday, December 3rd at 2pm."},
		turn{"Priya", "Works for me."},
		turn{"Dana", "For 20 seats it lands around $38,000 a year, and anything over $5,000 needs approval."},
		turn{"Tom", "I'll send the roster."},
	)
	if c.Stage.Move != Advance {
		t.Errorf("stage = %+v, want advance", c.Stage)
	}
	u := c.CRM
	if u.NextStep == nil || !u.NextStep.Due.Equal(time.Date(2026, 12, 3, 14, 0, 0, 0, insightsAt.Location())) {
		t.Errorf("next step = %+v", u.NextStep)
	}
	if u.Amount == nil || u.Amount.Value != 38000 || u.Amount.Currency != "USD" {
		t.Errorf("amount = %+v", u.Amount)
	}
	if len(u.Tasks) != 2 || u.Tasks[0].Due == nil || !u.Tasks[0].Due.Equal(due) || u.Tasks[1].Due != nil {
		t.Errorf("tasks = %+v", u.Tasks)
	}
	if !strings.Contains(u.Notes, "Stage: advance") || u.LastActivity.Type != c.Type {
		t.Errorf("notes = %q, activity = %+v", u.Notes, u.LastActivity)
	}
	// an unanswered objection moves the deal back
	c = callOf(FormatPlain, customerCall, items, turn{"Priya", "Honestly this is not a priority for us this year."})
	if c.Stage.Move != MoveBack {
		t.Errorf("stage = %+v, want move-back", c.Stage)
	}
}

func TestAnalyzeEmptyCall(t *testing.T) {
	c := Call{Items: []Item{}}
	analyze(&c, insightInput{opt: Options{At: insightsAt}})
	if c.Questions == nil || c.KeyPoints == nil || c.Objections == nil || c.Competitors == nil || c.Risks == nil ||
		c.CRM.Tasks == nil || c.CRM.Contacts == nil {
		t.Errorf("nil lists in %+v", c)
	}
	if c.NextMeeting != nil {
		t.Errorf("next meeting = %+v", c.NextMeeting)
	}
}

func TestStageMoveText(t *testing.T) {
	for _, m := range []StageMove{StageUnknown, Advance, Hold, MoveBack} {
		b, err := m.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back StageMove
		if err := back.UnmarshalText(b); err != nil || back != m {
			t.Errorf("%v: round trip %q = %v, %v", m, b, back, err)
		}
	}
	if _, err := StageMove(9).MarshalText(); err == nil {
		t.Error("StageMove(9).MarshalText: no error")
	}
}

func TestTokensAndMatcher(t *testing.T) {
	toks := itokens("We’re on the Check-in; $38,000 — 15% off! project44")
	var ws []string
	for _, tk := range toks {
		ws = append(ws, tk.w)
	}
	want := []string{"we're", "on", "the", "check", "in", "$", "38,000", "15", "%", "off", "project44"}
	if !slices.Equal(ws, want) {
		t.Errorf("itokens = %q, want %q", ws, want)
	}
	lex := InsightCues{Pains: []string{"frustrat*"}, Timelines: []string{"check in"}}
	m := compileInsights(&lex)
	hits := m.match(itokens("Frustrating check-in"))
	if len(hits) != 2 || hits[0].cat != catPain || hits[1].cat != catTimeline {
		t.Errorf("hits = %+v", hits)
	}
}

func FuzzAnalyze(f *testing.F) {
	f.Add("Dana Reyes: Does Thursday at 2 work?\nPriya Shah: Works. Is it SOC 2 certified?\n")
	f.Add("Q (Tom): is it fast? → yes\nnext call: Tue 10am\n")
	f.Fuzz(func(t *testing.T, text string) {
		c, err := Parse(text, Options{At: insightsAt, Us: []string{"Dana Reyes"}})
		if err != nil {
			return
		}
		// offsets refer to the repaired text when the input is not UTF-8
		text = strings.ToValidUTF8(text, "\uFFFD")
		check := func(what string, ev Evidence) {
			if ev.Start < 0 || ev.End > len(text) || ev.Start > ev.End {
				t.Fatalf("%s evidence %+v out of range (len %d)", what, ev, len(text))
			}
		}
		for _, q := range c.Questions {
			check("question", q.Source)
		}
		if c.NextMeeting != nil {
			check("meeting", c.NextMeeting.Source)
		}
		for _, p := range c.KeyPoints {
			check("key point", p.Source)
		}
	})
}

// BenchmarkAnalyze measures the insight rules alone on the hour-long
// sample, after one Parse.
func BenchmarkAnalyze(b *testing.B) {
	data, err := os.ReadFile("../testdata/calls/hourlong-vandelay.txt")
	if err != nil {
		b.Skip("hour-long sample absent")
	}
	text := string(data)
	opt := Options{At: insightsAt, Us: []string{"Nadia Brooks", "Owen Fischer", "Grace Liu"}}
	c, err := Parse(text, opt)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		cc := c
		analyze(&cc, insightInput{text: text, opt: opt})
	}
}
