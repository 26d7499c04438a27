package extract_test

import (
	"fmt"
	"time"

	"github.com/aftercall/aftercall/extract"
)

func ExampleParse() {
	text := `Dana Reyes (Northwind): Thanks for the time today, Priya.
Priya Shah (Globex): Could you send me the security whitepaper by Friday?
Dana Reyes (Northwind): Sure, I'll send it over by Friday.
Priya Shah (Globex): Great. I'll loop in our CFO, Martin Webb, next week.
Dana Reyes (Northwind): Let me share my screen for a second.
`
	call, err := extract.Parse(text, extract.Options{
		At: time.Date(2026, 11, 17, 10, 0, 0, 0, time.UTC),
		Us: []string{"Northwind"},
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, it := range call.Items {
		due := "no date"
		if it.Due != nil {
			due = it.Due.Time.Format("Mon Jan 2 15:04")
		}
		fmt.Printf("%s | %s | %s | %s | %s\n", it.Side, it.Owner, it.Kind, it.Action, due)
	}
	// Output:
	// ours | Dana Reyes | request | send the security whitepaper | Fri Nov 20 17:00
	// theirs | Priya Shah | introduction | loop in our CFO | Fri Nov 27 17:00
}

func ExampleDetect() {
	fmt.Println(extract.Detect("WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Dana Reyes>Hi.\n"))
	fmt.Println(extract.Detect("[00:00:01] Dana: Hi.\n[00:00:04] Priya: Hello.\n[00:00:09] Dana: Shall we?\n"))
	fmt.Println(extract.Detect("Next steps:\n- Maya: SOC 2 report by Friday\n- they'll send the user list\n"))
	// Output:
	// vtt
	// timestamped
	// notes
}

func ExampleReadHeader() {
	h, ok := extract.ReadHeader("Date: 2026-11-17 10:00 America/New_York\nAttendees: Dana Reyes (Northwind, AE), Priya Shah (Globex)\n\nDana Reyes: Hi.\n")
	fmt.Println(ok, h.Wall.Format("2006-01-02 15:04"), h.Zone)
	for _, a := range h.Attendees {
		fmt.Printf("%s | %s | %s\n", a.Name, a.Org, a.Role)
	}
	// Output:
	// true 2026-11-17 10:00 America/New_York
	// Dana Reyes | Northwind | AE
	// Priya Shah | Globex |
}

func ExampleDefaultLexicon() {
	text := "Dana: I'll send the deck tomorrow, fingers crossed.\nPriya: Thanks.\nDana: Bye.\nPriya: Bye.\n"
	opt := extract.Options{At: time.Date(2026, 11, 17, 10, 0, 0, 0, time.UTC), Us: []string{"Dana"}}
	before, _ := extract.Parse(text, opt)

	lx := extract.DefaultLexicon()
	lx.Hedges = append(lx.Hedges, "fingers crossed")
	opt.Lexicon = &lx
	after, _ := extract.Parse(text, opt)

	fmt.Println(before.Items[0].Action, "|", before.Items[0].Status)
	fmt.Println(after.Items[0].Action, "|", after.Items[0].Status)
	// Output:
	// send the deck | firm
	// send the deck | tentative
}
