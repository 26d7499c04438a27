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
