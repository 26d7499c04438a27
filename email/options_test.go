package email_test

import (
	htmltemplate "html/template"
	"strings"
	"testing"
	"text/template"
	"time"

	"github.com/aftercall/aftercall/email"
	"github.com/aftercall/aftercall/extract"
	"github.com/aftercall/aftercall/timeexpr"
)

func TestTemplatesReplaceable(t *testing.T) {
	call, cal := exampleCall()
	tpl := &email.Templates{
		RecapText:    template.Must(template.New("r").Parse("{{.Greeting}} {{len .Items}} items. {{.NextStep}}\n")),
		RecapHTML:    htmltemplate.Must(htmltemplate.New("h").Parse(`<p title="{{.Sender}}">{{range .Items}}{{.Action}}{{end}}</p>`)),
		Confirmation: template.Must(template.New("c").Parse("{{.Next}} {{.Sign}}")),
	}
	call.Items[0].Action = `send the <deck> & "notes"`
	d, err := email.Recap(call, email.Options{Calendar: cal, Templates: tpl})
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(d.Text, "Hi Priya, 2 items. Confirming our next call") {
		t.Errorf("custom text template not used:\n%s", d.Text)
	}
	if d.HTML != `<p title="Dana Reyes">send the &lt;deck&gt; &amp; &#34;notes&#34;share the current vendor list</p>` {
		t.Errorf("custom HTML template: %s", d.HTML)
	}
	s, err := email.Confirmation(call, email.Options{Calendar: cal, Templates: tpl})
	if err != nil {
		t.Fatal(err)
	}
	if s.Text != "Next: our call Thu 12/3 2pm EST. - Dana, Northwind" {
		t.Errorf("custom confirmation: %q", s.Text)
	}
	// A nil field keeps the default.
	in, err := email.Internal(call, email.Options{Calendar: cal, Templates: tpl})
	if err != nil || !strings.HasPrefix(in.Text, "Internal summary:") {
		t.Errorf("Internal with defaults: %v\n%s", err, in.Text)
	}
	// A template that fails is an error, not a panic.
	bad := &email.Templates{RecapText: template.Must(template.New("b").Parse("{{.Nope}}"))}
	if _, err := email.Recap(call, email.Options{Calendar: cal, Templates: bad}); err == nil {
		t.Error("a template naming a missing field did not fail")
	}
}

func TestDefaultTemplatesAreCopies(t *testing.T) {
	call, cal := exampleCall()
	before, err := email.Recap(call, email.Options{Calendar: cal})
	if err != nil {
		t.Fatal(err)
	}
	d := email.DefaultTemplates()
	template.Must(d.RecapText.Parse("changed\n"))
	after, err := email.Recap(call, email.Options{Calendar: cal})
	if err != nil || after.Text != before.Text {
		t.Errorf("changing DefaultTemplates changed the package's templates: %v\n%s", err, after.Text)
	}
	mine, _ := email.Recap(call, email.Options{Calendar: cal, Templates: &d})
	if mine.Text != "changed\n" {
		t.Errorf("the changed copy was not used: %q", mine.Text)
	}
}

func TestRecapOmitsLeastUrgentWhenLong(t *testing.T) {
	call, cal := exampleCall()
	var items []extract.Item
	for i := range 40 {
		it := extract.Item{Side: extract.Ours, Owner: "Dana Reyes", Action: "send document number " + string(rune('A'+i%26)) + string(rune('a'+i/26)) + " with all the supporting material",
			Due: &extract.Due{Time: call.At.AddDate(0, 0, 1+i), Explicit: true}}
		if i == 39 {
			it.Priority = extract.Blocking
		}
		items = append(items, it)
	}
	call.Items = items
	d, err := email.Recap(call, email.Options{Calendar: cal})
	if err != nil {
		t.Fatal(err)
	}
	if email.ReadingTime(d.Text, 0) > time.Minute {
		t.Errorf("recap reads in %v", email.ReadingTime(d.Text, 0))
	}
	if len(d.Omitted) == 0 || len(d.Omitted) == len(items) {
		t.Fatalf("Omitted = %d items", len(d.Omitted))
	}
	shown := strings.Count(d.Text, "- Dana")
	if shown+len(d.Omitted) != len(items) {
		t.Errorf("%d shown + %d omitted != %d items", shown, len(d.Omitted), len(items))
	}
	if !strings.Contains(d.Text, "document number Nb") {
		t.Errorf("the blocking item was left out:\n%s", d.Text)
	}
	if !strings.Contains(d.Text, "Plus "+itoa2(len(d.Omitted))+" smaller items") {
		t.Errorf("no note of the omitted items:\n%s", d.Text)
	}
	for _, o := range d.Omitted {
		if strings.Contains(d.Text, o.Action+" (") {
			t.Errorf("omitted item %q is in the text", o.Action)
		}
	}
	if fs := email.Lint(d.Text); len(fs) > 0 {
		t.Errorf("not lint-clean: %v", fs)
	}
}

func itoa2(n int) string {
	if n < 10 {
		return string(rune('0' + n))
	}
	return string(rune('0'+n/10)) + string(rune('0'+n%10))
}

func TestEnumsText(t *testing.T) {
	for _, k := range []email.Kind{email.RecapKind, email.InternalKind, email.VoicemailKind, email.ValueAddKind, email.CheckInKind, email.BreakupKind} {
		b, err := k.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back email.Kind
		if err := back.UnmarshalText(b); err != nil || back != k || k.String() != string(b) {
			t.Errorf("Kind %v round trip: %v %v", k, back, err)
		}
	}
	for _, a := range []email.LateAction{email.SendAsIs, email.Apologise, email.CallFirst} {
		b, err := a.MarshalText()
		if err != nil {
			t.Fatal(err)
		}
		var back email.LateAction
		if err := back.UnmarshalText(b); err != nil || back != a {
			t.Errorf("LateAction %v round trip: %v %v", a, back, err)
		}
	}
	if _, err := email.Kind(99).MarshalText(); err == nil {
		t.Error("Kind(99) marshals")
	}
}

func TestVariantErrors(t *testing.T) {
	call, cal := exampleCall()
	call.PainPoints = nil
	if _, err := email.CheckIn(call, email.Options{Calendar: cal}); err != email.ErrNoPainPoint {
		t.Errorf("CheckIn without a pain point: %v", err)
	}
	if d, err := email.CheckIn(call, email.Options{Calendar: cal, PainPoint: "our reps re-key every order twice"}); err != nil || !strings.Contains(strings.Join(strings.Fields(d.Text), " "), `"Our reps re-key every order twice"`) {
		t.Errorf("CheckIn with Options.PainPoint: %v\n%s", err, d.Text)
	}
	if _, err := email.ValueAdd(call, email.Options{Calendar: cal}, email.Resource{}); err != email.ErrNoResource {
		t.Errorf("ValueAdd without a resource: %v", err)
	}
}

func TestPronounsAddressTheCustomer(t *testing.T) {
	call, cal := exampleCall()
	call.Attendees = append(call.Attendees, extract.Attendee{Name: "Dana Reyes", Side: extract.Ours})
	call.Turns = []extract.Turn{{Index: 0, Speaker: "Priya Shah"}, {Index: 1, Speaker: "Dana Reyes"}}
	tests := []struct {
		name   string
		format extract.Format
		turn   int
		side   extract.Side
		action string
		want   string
	}{
		{"said by them", extract.FormatPlain, 0, extract.Theirs, "get our redlines back to you", "get your redlines back to us"},
		{"their request of us", extract.FormatPlain, 0, extract.Ours, "complete our supplier form and get it back to me", "complete your supplier form and get it back to you"},
		{"said by us", extract.FormatPlain, 1, extract.Ours, "send you our security whitepaper", "send you our security whitepaper"},
		{"rep's notes", extract.FormatNotes, 1, extract.Ours, "send them their pricing options", "send you your pricing options"},
		{"shorthand", extract.FormatNotes, 1, extract.Ours, "owe them the answer on SSO", "get back to you on SSO"},
		{"their acceptance of our request, in our words", extract.FormatPlain, -2, extract.Theirs, "send your data processing addendum", "send your data processing addendum"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := call
			c.Format = tt.format
			ev := extract.Evidence{Turn: tt.turn}
			if tt.turn == -2 { // Priya accepts: "Sure, I'll send it this afternoon."
				ev = extract.Evidence{Turn: 0, Quote: "Sure, I'll send it this afternoon."}
			}
			c.Items = []extract.Item{{Side: tt.side, Owner: "Dana Reyes", Action: tt.action, Source: ev,
				Due: &extract.Due{Time: call.At.AddDate(0, 0, 2), Explicit: true}}}
			d, err := email.Recap(c, email.Options{Calendar: cal})
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(strings.Join(strings.Fields(d.Text), " "), ": "+tt.want+" (") {
				t.Errorf("action %q: want %q in\n%s", tt.action, tt.want, d.Text)
			}
		})
	}
}

func TestNextStep(t *testing.T) {
	call, cal := exampleCall()
	london := timeexpr.Calendar{Location: mustLoc(t, "Europe/London"), Holidays: timeexpr.UKHolidays()}
	tests := []struct {
		name    string
		meeting *extract.Meeting
		opt     email.Options
		want    string
	}{
		{"scheduled", call.NextMeeting, email.Options{Calendar: cal},
			"Confirming our next call on Thu Dec 3, 2:00 PM EST with Priya Shah."},
		{"none: two times", nil, email.Options{Calendar: cal},
			"Would Wed Nov 18, 10:00 AM EST or Thu Nov 19, 2:00 PM EST work for a 30-minute follow-up?"},
		{"a phrase without a date", &extract.Meeting{Phrase: "next week"}, email.Options{Calendar: cal},
			"We said we'd talk again next week: would Wed Nov 18, 10:00 AM EST or"},
		{"both sides' hours: London and New York overlap 9 to 12 New York", nil, email.Options{Calendar: london, Customer: &cal},
			"Would Wed Nov 18, 10:00 AM EST (3:00 PM GMT) or Thu Nov 19, 11:00 AM EST (4:00 PM GMT) work"},
		{"a 45-minute meeting", nil, email.Options{Calendar: cal, Meeting: 45 * time.Minute},
			"work for a 45-minute follow-up?"},
		{"made late: times after now", nil, email.Options{Calendar: cal, Now: call.At.AddDate(0, 0, 2)},
			"Would Fri Nov 20, 10:00 AM EST or Mon Nov 23, 2:00 PM EST"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c := call
			c.NextMeeting = tt.meeting
			d, err := email.Recap(c, tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.Join(strings.Fields(d.Text), " "); !strings.Contains(got, tt.want) {
				t.Errorf("want %q in\n%s", tt.want, d.Text)
			}
		})
	}
}
