package extract_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/aftercall/aftercall/extract"
	"github.com/aftercall/aftercall/internal/golden"
)

var at = time.Date(2026, 11, 17, 10, 0, 0, 0, time.UTC)

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		text string
		opt  extract.Options
		err  error
		msg  string
	}{
		{"empty", "", extract.Options{At: at}, extract.ErrEmpty, "extract: empty input"},
		{"blank", " \n\t\n", extract.Options{At: at}, extract.ErrEmpty, "extract: empty input"},
		{"too large", strings.Repeat("a", extract.MaxInput+1), extract.Options{At: at}, extract.ErrTooLarge, "extract: input larger than 8 MiB"},
		{"no time", "Dana: I'll send it.", extract.Options{}, extract.ErrNoTime, "extract: no reference time (Options.At is zero)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := extract.Parse(tt.text, tt.opt)
			if !errors.Is(err, tt.err) || err.Error() != tt.msg {
				t.Errorf("Parse(%.20q) error = %v, want %q", tt.text, err, tt.msg)
			}
		})
	}
}

func TestDetect(t *testing.T) {
	tests := []struct {
		name, text string
		want       extract.Format
	}{
		{"plain", "Dana Reyes: Hi.\nPriya Shah: Hello.\nDana Reyes: Shall we start?\nPriya Shah: Sure.\n", extract.FormatPlain},
		{"plain with orgs", "Dana (Northwind): Hi.\nPriya (Globex): Hello.\nDana (Northwind): Ok.\nPriya (Globex): Yes.\n", extract.FormatPlain},
		{"timestamped", "[00:00:01] Dana: Hi.\n[00:00:05] Priya: Hello.\n[00:01:10] Dana: Ok.\n", extract.FormatTimestamped},
		{"otter", "Dana Reyes  0:00\nHi there.\n\nPriya Shah  0:04\nHello.\n\nDana Reyes  0:09\nOk.\n", extract.FormatOtter},
		{"vtt", "WEBVTT\n\n00:00:01.000 --> 00:00:04.000\n<v Dana>Hi.</v>\n", extract.FormatVTT},
		{"srt", "1\n00:00:01,000 --> 00:00:04,000\nDana: Hi.\n\n2\n00:00:05,000 --> 00:00:08,000\nPriya: Hello.\n", extract.FormatSRT},
		{"notes bullets", "Call with Globex\n- they want pricing\n- Maya: send SOC 2 by Fri\n- next call Tue\n", extract.FormatNotes},
		{"notes topics", "pricing: 15% off\nbudget: approved\nMarcus asked: can we cap?\nHannah: DPA Mon\n", extract.FormatNotes},
		{"timestamp in parentheses", "Dana (00:00:01): Hi.\nPriya (00:00:04): Hello.\nDana (00:00:09): Ok.\n", extract.FormatTimestamped},
		{"notes without colons", "meridian - disco call\n\nnext steps\n- raj to send form by fri\n- recap email tonite\n", extract.FormatNotes},
		{"vtt note header", "WEBVTT\n\nNOTE Date: 2026-11-17 10:00 UTC\n\n00:00:01.000 --> 00:00:04.000\n<v Dana (Northwind)>Hi.</v>\n", extract.FormatVTT},
		{"filler keeps plain", "Dana: Um, hi. [crosstalk]\nPriya: Uh, hello.\nDana: So, um.\nPriya: [inaudible] yes.\n", extract.FormatPlain},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := extract.Detect(tt.text); got != tt.want {
				t.Errorf("Detect(%.30q) = %v, want %v", tt.text, got, tt.want)
			}
		})
	}
}

func TestReadHeader(t *testing.T) {
	h, ok := extract.ReadHeader("Date: 2026-11-17 10:00 America/New_York\nAttendees: Dana Reyes (Northwind, AE), Priya Shah (VP Eng, Globex), me\n\nDana Reyes: hi\n")
	if !ok {
		t.Fatal("ReadHeader: no header")
	}
	if h.Zone != "America/New_York" || h.Wall != time.Date(2026, 11, 17, 10, 0, 0, 0, time.UTC) {
		t.Errorf("ReadHeader date = %v %q", h.Wall, h.Zone)
	}
	got := fmt.Sprint(h.Attendees)
	want := "[{Dana Reyes Northwind unknown AE []} {Priya Shah Globex unknown VP Eng []} {me  unknown  []}]"
	if strings.ReplaceAll(got, "Side(0)", "unknown") != want && got != strings.ReplaceAll(want, "unknown", "") {
		t.Errorf("ReadHeader attendees = %s, want %s", got, want)
	}
}

func TestReadHeaderForms(t *testing.T) {
	tests := []struct {
		name, text string
		wall       time.Time
		zone       string
		people     int
	}{
		{"vtt note", "WEBVTT\n\nNOTE Date: 2026-12-03 16:00 Europe/Berlin\n", time.Date(2026, 12, 3, 16, 0, 0, 0, time.UTC), "Europe/Berlin", 0},
		{"abbreviated zone", "Date: 2026-11-17 9:30am ET\nPresent: Dana, Priya\n", time.Date(2026, 11, 17, 9, 30, 0, 0, time.UTC), "America/New_York", 2},
		{"markdown and lower-case names", "Date: 2026-12-08 17:30 Asia/Singapore\n**On the call:** sarah lim (it mgr), me\n", time.Date(2026, 12, 8, 17, 30, 0, 0, time.UTC), "Asia/Singapore", 2},
		{"rfc 3339", "Date: 2026-11-17T10:00:00-05:00\n", time.Date(2026, 11, 17, 10, 0, 0, 0, time.UTC), "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h, ok := extract.ReadHeader(tt.text)
			if !ok || !h.Wall.Equal(tt.wall) || h.Zone != tt.zone || len(h.Attendees) != tt.people {
				t.Errorf("ReadHeader(%q) = %+v, %v; want %v %q and %d people", tt.text, h, ok, tt.wall, tt.zone, tt.people)
			}
		})
	}
	if _, ok := extract.ReadHeader("Dana: hello\nPriya: hi\n"); ok {
		t.Errorf("ReadHeader found a header in a transcript without one")
	}
}

func TestConcurrent(t *testing.T) {
	b, err := os.ReadFile("../testdata/calls/discovery-northwind.txt")
	if err != nil {
		t.Skip("sample absent")
	}
	opt := extract.Options{At: at, Us: []string{"Northwind"}}
	first, err := extract.Parse(string(b), opt)
	if err != nil {
		t.Fatal(err)
	}
	want := mustJSON(t, first)
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			c, err := extract.Parse(string(b), opt)
			if err != nil || mustJSON(t, c) != want {
				t.Errorf("concurrent Parse differs (err %v)", err)
			}
		}()
	}
	wg.Wait()
}

func mustJSON(t testing.TB, v any) string {
	b, err := json.Marshal(v)
	if err != nil {
		t.Error(err)
	}
	return string(b)
}

func TestGolden(t *testing.T) {
	for _, s := range samples(t) {
		t.Run(s.Name, func(t *testing.T) {
			c, err := extract.Parse(s.Text, s.Options)
			if err != nil {
				t.Fatal(err)
			}
			checkEvidence(t, s.Text, c)
			golden.JSON(t, filepath.Join("../testdata/calls", s.Name+".golden.json"), c)
		})
	}
}

// checkEvidence checks every item's offsets and quotes against the input.
func checkEvidence(t testing.TB, text string, c extract.Call) {
	t.Helper()
	for i, it := range c.Items {
		for _, e := range append([]extract.Evidence{it.Source}, it.Restated...) {
			if e.Start < 0 || e.End > len(text) || e.Start > e.End {
				t.Fatalf("item %d: evidence [%d:%d] out of bounds (len %d)", i, e.Start, e.End, len(text))
			}
			if utf8.ValidString(text) && text[e.Start:e.End] != e.Quote {
				t.Fatalf("item %d: input[%d:%d] = %q, quote %q", i, e.Start, e.End, text[e.Start:e.End], e.Quote)
			}
		}
		if it.Condition != nil && (*it.Condition < 0 || *it.Condition >= len(c.Items) || *it.Condition == i) {
			t.Fatalf("item %d: condition %d invalid", i, *it.Condition)
		}
	}
}

func FuzzDetect(f *testing.F) {
	for _, s := range []string{"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v A>hi", "1\n00:00:01,000 --> 00:00:02,000\nA: hi", "A  0:00\nhi", "[00:01] A: hi", "- note", "A: hi\nB: yo"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		_ = extract.Detect(text)
		_, _ = extract.ReadHeader(text)
	})
}

func FuzzParse(f *testing.F) {
	// small seeds in every format: large ones slow the mutator down
	for _, seed := range []string{
		"Dana: Can you send the deck?\nPriya: Sure, I'll have it tomorrow.\n",
		"Dana (Northwind): If you can show us X, we'll run a pilot.\nPriya (Globex): Deal.\n",
		"[00:00:01] Dana: Let's set up a call next week.\n[00:00:05] Priya: Does Tuesday at 2 work?\n",
		"Dana Reyes  0:00\nI'll loop in Marcus, our SE.\n\nPriya Shah  0:04\nThanks.\n",
		"WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v A>I'll send it, um,\n\n00:00:02.000 --> 00:00:03.000\n<v A>by Friday.",
		"1\n00:00:01,000 --> 00:00:04,000\nDana: I'll send it.\n\n2\n00:00:05,000 --> 00:00:07,000\nPriya: Thanks.\n",
		"Date: 2026-11-17 10:00 UTC\nAttendees: Dana (Northwind), me\n\nNext steps:\n- Maya: SOC 2 by Fri\n- they'll send the list (Tom)\n- @Rachel to intro us\n",
		"notes\nnext steps\n- raj to send form by fri\n- mtg booked tues 11am\n",
	} {
		f.Add(seed)
	}
	f.Fuzz(func(t *testing.T, text string) {
		c, err := extract.Parse(text, extract.Options{At: at})
		if err != nil {
			return
		}
		if !utf8.ValidString(text) {
			text = strings.ToValidUTF8(text, "\uFFFD")
		}
		checkEvidence(t, text, c)
	})
}
