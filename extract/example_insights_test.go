package extract_test

import (
	"fmt"
	"time"

	"github.com/aftercall/aftercall/extract"
	"github.com/aftercall/aftercall/timeexpr"
)

// Parse also reads what the call revealed beyond the items: the other
// side's questions, the next meeting, the call type with the cues that
// decided it, competitors, decision makers and risk flags.
func ExampleParse_insights() {
	const call = `Dana Reyes (Northwind): Walk me through your current process. How do you schedule drivers today?
Priya Shah (Larkspur): Spreadsheets and a whiteboard, honestly. We're also looking at RouteLogic.
Priya Shah (Larkspur): Does it integrate with Trimble?
Dana Reyes (Northwind): I don't want to guess. Let me check with engineering and get back to you.
Priya Shah (Larkspur): Our COO, Angela Brooks, signs off on anything over that.
Dana Reyes (Northwind): Let's book a follow-up for Thursday, December 3rd at 2pm.
Priya Shah (Larkspur): December 3rd at 2 works for me.
`
	ny, _ := time.LoadLocation("America/New_York")
	c, err := extract.Parse(call, extract.Options{
		At:       time.Date(2026, 11, 24, 14, 0, 0, 0, ny),
		Calendar: timeexpr.Calendar{Location: ny},
		Us:       []string{"Dana Reyes", "Northwind"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println("type:", c.Type, "because of", fmt.Sprintf("%q", c.TypeCues[0].Phrase))
	for _, q := range c.Questions {
		fmt.Printf("question from %s: %q answered=%v topic=%s ask=%s\n", q.Asker, q.Text, q.Answered, q.Topic, q.Answerer)
	}
	fmt.Println("next meeting:", c.NextMeeting.Time.Format(time.RFC3339), "purpose:", c.NextMeeting.Purpose)
	for _, cp := range c.Competitors {
		fmt.Println("competitor:", cp.Name, cp.Relation)
	}
	for _, dm := range c.DecisionMakers {
		fmt.Println("decision maker:", dm.Name, dm.Role, "present:", dm.Present)
	}
	fmt.Println("risks:", c.Risks)
	// Output:
	// type: discovery because of "Walk me through your"
	// question from Priya Shah: "Does it integrate with Trimble?" answered=false topic=integration ask=engineering
	// next meeting: 2026-12-03T14:00:00-05:00 purpose: follow-up
	// competitor: RouteLogic evaluating
	// decision maker: Angela Brooks COO present: false
	// risks: [single-threaded decision-maker-absent competitor]
}

// The insight cues are data: extend a copy of the defaults and pass it
// in Options.Insights; name vendors in Options.Competitors.
func ExampleDefaultInsightCues() {
	cues := extract.DefaultInsightCues()
	cues.CallTypes = append(cues.CallTypes, extract.TypeCue{Type: extract.CheckIn, Phrase: "health check", Weight: 5})
	const call = `Dana Reyes (Northwind): Thanks for making time for the health check.
Priya Shah (Larkspur): Sure. Acme keeps calling us, by the way.
`
	c, err := extract.Parse(call, extract.Options{
		At:          time.Date(2026, 11, 24, 14, 0, 0, 0, time.UTC),
		Us:          []string{"Dana Reyes", "Northwind"},
		Insights:    &cues,
		Competitors: []string{"Acme"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.Type, c.TypeCues[0].Phrase)
	fmt.Println(c.Competitors[0].Name, c.Risks)
	// Output:
	// check-in health check
	// Acme [single-threaded no-next-step competitor]
}
