// Command pipeline is aftercall's reference pipeline: it reads a transcript
// or a rep's notes from a file (or "-" for stdin), extracts the call with
// extract.Parse, and prints the items as a readable list, or with -json the
// JSON object DESIGN.md specifies.
//
//	go run ./examples/pipeline testdata/calls/discovery-northwind.txt
//	go run ./examples/pipeline -json -us "Dana Reyes,Northwind" call.vtt
//
// Without -at the reference time is the sample's own `Date:` header line;
// without -tz the zone is the one that line names (else UTC).
package main

import (
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/aftercall/aftercall/cadence"
	"github.com/aftercall/aftercall/email"
	"github.com/aftercall/aftercall/extract"
	"github.com/aftercall/aftercall/timeexpr"
)

// output is the -json object: the extracted call, whose JSON is the
// contract; later stages (recap, internal, confirmation, cadence) add their
// keys as fields here.
type output struct {
	extract.Call
	// Cadence is the follow-up schedule (cadence.Plan in the call's
	// calendar): at, channel and purpose, plus why each touch is there.
	Cadence []cadence.Touch `json:"cadence"`
	// Recap, Internal and Confirmation are the email package's drafts:
	// the customer recap, the internal summary and the text message.
	Recap        recapJSON        `json:"recap"`
	Internal     internalJSON     `json:"internal"`
	Confirmation confirmationJSON `json:"confirmation"`
}

type recapJSON struct {
	Subject string    `json:"subject"`
	Text    string    `json:"text"`
	SendBy  time.Time `json:"send_by"`
}

type internalJSON struct {
	Text string `json:"text"`
}

type confirmationJSON struct {
	Text     string `json:"text"`
	Segments int    `json:"segments"`
}

type config struct {
	at, tz, us, author, format, holidays string
	json                                 bool
}

func main() {
	var cfg config
	flag.StringVar(&cfg.at, "at", "", "reference time of the call, RFC 3339 (default: the file's Date: header)")
	flag.StringVar(&cfg.tz, "tz", "", "IANA time zone of the calendar (default: the header's zone, else UTC)")
	flag.StringVar(&cfg.us, "us", "", "comma-separated names and organisations on our side")
	flag.StringVar(&cfg.author, "author", "", "who wrote the notes (first person in notes)")
	flag.StringVar(&cfg.format, "format", "auto", "input format: auto, transcript or notes")
	flag.StringVar(&cfg.holidays, "holidays", "", "holiday calendar: US, UK or DE (default: none)")
	flag.BoolVar(&cfg.json, "json", false, "print the JSON contract instead of a list")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: pipeline [flags] FILE|-\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	if flag.NArg() != 1 {
		flag.Usage()
		os.Exit(2)
	}
	if err := run(os.Stdout, flag.Arg(0), cfg); err != nil {
		fmt.Fprintln(os.Stderr, "pipeline:", err)
		os.Exit(1)
	}
}

func run(w io.Writer, path string, cfg config) error {
	var data []byte
	var err error
	if path == "-" {
		data, err = io.ReadAll(io.LimitReader(os.Stdin, extract.MaxInput+1))
	} else {
		data, err = os.ReadFile(path)
	}
	if err != nil {
		return err
	}
	text := string(data)
	opt, err := options(text, cfg)
	if err != nil {
		return err
	}
	call, err := extract.Parse(text, opt)
	if err != nil {
		return err
	}
	out := output{Call: call}
	plan, err := cadence.Plan(call, cadence.Options{Calendar: opt.Calendar})
	if err != nil {
		return err
	}
	out.Cadence = plan.Touches
	eopt := email.Options{Calendar: opt.Calendar}
	recap, err := email.Recap(call, eopt)
	if err != nil {
		return err
	}
	out.Recap = recapJSON{Subject: recap.Subject, Text: recap.Text, SendBy: recap.SendBy}
	internal, err := email.Internal(call, eopt)
	if err != nil {
		return err
	}
	out.Internal = internalJSON{Text: internal.Text}
	sms, err := email.Confirmation(call, eopt)
	if err != nil {
		return err
	}
	out.Confirmation = confirmationJSON{Text: sms.Text, Segments: sms.Segments}
	if cfg.json {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(out)
	}
	printCall(w, out)
	return nil
}

// options builds the extract options from the flags and the file's header.
func options(text string, cfg config) (extract.Options, error) {
	var opt extract.Options
	hdr, _ := extract.ReadHeader(text)
	zone := cfg.tz
	if zone == "" {
		zone = hdr.Zone
	}
	loc := time.UTC
	if zone != "" {
		l, err := time.LoadLocation(zone)
		if err != nil {
			return opt, fmt.Errorf("bad time zone %q: %v", zone, err)
		}
		loc = l
	}
	opt.Calendar.Location = loc
	holidays, err := timeexpr.HolidaysFor(cfg.holidays)
	if err != nil {
		return opt, fmt.Errorf("bad -holidays: %v", err)
	}
	opt.Calendar.Holidays = holidays
	switch {
	case cfg.at != "":
		t, err := time.Parse(time.RFC3339, cfg.at)
		if err != nil {
			return opt, fmt.Errorf("bad -at %q: want RFC 3339, like 2026-11-17T10:00:00-05:00", cfg.at)
		}
		opt.At = t.In(loc)
	case !hdr.Wall.IsZero():
		opt.At = hdr.In(loc)
	default:
		return opt, errors.New("no reference time: the file has no Date: header; pass -at 2026-11-17T10:00:00-05:00")
	}
	for _, u := range strings.Split(cfg.us, ",") {
		if u = strings.TrimSpace(u); u != "" {
			opt.Us = append(opt.Us, u)
		}
	}
	opt.Author = cfg.author
	switch cfg.format {
	case "", "auto":
	case "transcript":
		opt.Format = extract.FormatTranscript
	case "notes":
		opt.Format = extract.FormatNotes
	default:
		return opt, fmt.Errorf("bad -format %q: want auto, transcript or notes", cfg.format)
	}
	return opt, nil
}

// printCall prints the call as a readable list.
func printCall(w io.Writer, out output) {
	c := out.Call
	fmt.Fprintf(w, "%s call, %s, read as %s\n", orDash(c.Type.String()), c.At.Format("Mon 2 Jan 2006 15:04 MST"), c.Format)
	fmt.Fprintln(w, "\nAttendees:")
	for _, a := range c.Attendees {
		extra := []string{}
		if a.Org != "" {
			extra = append(extra, a.Org)
		}
		if a.Role != "" {
			extra = append(extra, a.Role)
		}
		extra = append(extra, a.Side.String())
		fmt.Fprintf(w, "  %s (%s)\n", a.Name, strings.Join(extra, ", "))
	}
	fmt.Fprintln(w, "\nItems:")
	if len(c.Items) == 0 {
		fmt.Fprintln(w, "  (none)")
	}
	for i, it := range c.Items {
		owner := it.Owner
		if owner == "" {
			owner = "(owner unknown)"
		}
		fmt.Fprintf(w, "  %d. [%s] %s: %s", i, it.Side, owner, it.Action)
		if it.Due != nil {
			fmt.Fprintf(w, ", due %s (%q)", it.Due.Time.Format("Mon 2 Jan 15:04"), it.Due.Phrase)
		}
		fmt.Fprintln(w)
		var tags []string
		tags = append(tags, it.Kind.String())
		if it.Priority != extract.Normal {
			tags = append(tags, it.Priority.String())
		}
		if it.Status != extract.Firm {
			tags = append(tags, it.Status.String())
		}
		if it.Condition != nil {
			tags = append(tags, fmt.Sprintf("if item %d", *it.Condition))
		}
		fmt.Fprintf(w, "     %s; turn %d: %q\n", strings.Join(tags, ", "), it.Source.Turn, it.Source.Quote)
	}
	if c.NextMeeting != nil {
		fmt.Fprintf(w, "\nNext meeting: %s", c.NextMeeting.Phrase)
		if !c.NextMeeting.Time.IsZero() {
			fmt.Fprintf(w, " (%s)", c.NextMeeting.Time.Format("Mon 2 Jan 15:04"))
		}
		fmt.Fprintln(w)
	}
	if len(c.Questions) > 0 {
		fmt.Fprintln(w, "\nQuestions:")
		for _, q := range c.Questions {
			state := "open"
			if q.Answered {
				state = "answered"
			}
			fmt.Fprintf(w, "  %s: %s (%s)\n", q.Asker, q.Text, state)
		}
	}
	if len(c.Risks) > 0 {
		var rs []string
		for _, r := range c.Risks {
			rs = append(rs, r.String())
		}
		fmt.Fprintf(w, "\nRisks: %s\n", strings.Join(rs, ", "))
	}
	printInsights(w, c)
	if len(c.Items) == 0 && len(c.Turns) > 0 {
		fmt.Fprintln(w, "\nTurns:")
		for _, t := range c.Turns {
			fmt.Fprintf(w, "  %d %s: %s\n", t.Index, orDash(t.Speaker), t.Text)
		}
	}
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}

// printInsights prints what the call revealed beyond the items: why the
// type, key points, objections, competitors, new contacts and the stage.
func printInsights(w io.Writer, c extract.Call) {
	if len(c.TypeCues) > 0 {
		var cs []string
		for _, t := range c.TypeCues {
			cs = append(cs, fmt.Sprintf("%q", t.Phrase))
		}
		fmt.Fprintf(w, "\nType cues: %s\n", strings.Join(cs, ", "))
	}
	if len(c.KeyPoints) > 0 {
		fmt.Fprintln(w, "\nKey points:")
		for _, p := range c.KeyPoints {
			fmt.Fprintf(w, "  %s: %s\n", orDash(p.Speaker), p.Text)
		}
	}
	for _, o := range c.Objections {
		state := "not handled"
		if o.Handled {
			state = "handled: " + o.Response
		}
		fmt.Fprintf(w, "\nObjection (%s): %s\n  %s\n", o.Kind, o.Text, state)
	}
	if len(c.Competitors) > 0 {
		var cs []string
		for _, cp := range c.Competitors {
			cs = append(cs, cp.Name+" ("+cp.Relation+")")
		}
		fmt.Fprintf(w, "\nCompetitors: %s\n", strings.Join(cs, ", "))
	}
	if len(c.NewContacts) > 0 {
		var cs []string
		for _, nc := range c.NewContacts {
			s := nc.Name
			if nc.Role != "" {
				s += " (" + nc.Role + ")"
			}
			cs = append(cs, s)
		}
		fmt.Fprintf(w, "\nNew contacts: %s\n", strings.Join(cs, ", "))
	}
	if c.Stage.Move != extract.StageUnknown {
		fmt.Fprintf(w, "\nStage: %s (%s)\n", c.Stage.Move, c.Stage.Reason)
	}
}
