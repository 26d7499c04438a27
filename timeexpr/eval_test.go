package timeexpr_test

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/aftercall/aftercall/timeexpr"
)

// The evaluation runs the cases of ../shared/eval/timeexpr (the peers'
// public test suites and the sales deadline sentences, see its README) and
// fails when a file's rate drops below the floor the code has reached.
// Raise a floor when the rate goes up; never lower one.

var evalVerbose = flag.Bool("eval.v", false, "log every failing evaluation case")

// evalFloors are the rates (in %) reached, per file.
var evalFloors = map[string]float64{
	"sales.jsonl":    100.0,
	"chrono.jsonl":   86.2,
	"duckling.jsonl": 76.7,
	// when: 89.2 since "this <weekday>" said after that day is the coming
	// one (when-0073, listed below), a convention, not a regression.
	"when.jsonl": 89.2,
}

// expectedDifferences are the peer cases where DESIGN.md (or the sales
// rules of the evaluation README, where DESIGN is silent) deliberately
// resolves differently from the peer. They count as failures in the rate
// (the rate is against the peer's answer) and are listed, grouped by
// reason, so a reader sees why; the test fails when a listed case passes.
// Cases the rules do not cover yet are not listed: they are misses.
var expectedDifferences = map[string]string{
	// bare weekday: DESIGN takes the next one strictly after the reference day; chrono the nearest
	"chrono-0005": "bare weekday: DESIGN takes the next one strictly after the reference day",
	"chrono-0313": "bare weekday: DESIGN takes the next one strictly after the reference day",
	"chrono-0314": "bare weekday: DESIGN takes the next one strictly after the reference day",
	"chrono-0348": "bare weekday: DESIGN takes the next one strictly after the reference day",
	// this <weekday> never names a past day: once this week's has passed it is the coming one; when takes this week's
	"when-0073": "this <weekday> never names a past day (this week's, else the coming one)",
	// parts of a day start at 09:00/13:00/18:00/21:00 (sales rules); chrono uses 06:00/15:00/20:00/22:00
	"chrono-0012": "parts of a day start at 09:00/13:00/18:00/21:00 (sales rules)",
	"chrono-0013": "parts of a day start at 09:00/13:00/18:00/21:00 (sales rules)",
	"chrono-0014": "parts of a day start at 09:00/13:00/18:00/21:00 (sales rules)",
	"chrono-0015": "parts of a day start at 09:00/13:00/18:00/21:00 (sales rules)",
	"chrono-0023": "parts of a day start at 09:00/13:00/18:00/21:00 (sales rules)",
	"chrono-0024": "parts of a day start at 09:00/13:00/18:00/21:00 (sales rules)",
	"chrono-0025": "parts of a day start at 09:00/13:00/18:00/21:00 (sales rules)",
	"chrono-0030": "parts of a day start at 09:00/13:00/18:00/21:00 (sales rules)",
	"chrono-0031": "parts of a day start at 09:00/13:00/18:00/21:00 (sales rules)",
	"chrono-0032": "parts of a day start at 09:00/13:00/18:00/21:00 (sales rules)",
	"chrono-0345": "parts of a day start at 09:00/13:00/18:00/21:00 (sales rules)",
	"chrono-0362": "parts of a day start at 09:00/13:00/18:00/21:00 (sales rules)",
	// midnight is the coming 00:00 (sales rules); chrono takes the past one
	"chrono-0017": "midnight is the coming 00:00 (sales rules)",
	// midnight of a named day is its end ("due Friday at midnight"); chrono its start
	"chrono-0034": "midnight of a named day is its end (\"due Friday at midnight\")",
	// this week said on a Sunday is the coming week (DESIGN: past its last workday)
	"chrono-0136": "this week said on a Sunday is the coming week (DESIGN: past its last workday)",
	// a clock time already past is its next occurrence (sales rules); chrono keeps today's
	"chrono-0173": "a clock time already past is its next occurrence (sales rules)",
	"chrono-0183": "a clock time already past is its next occurrence (sales rules)",
	"chrono-0184": "a clock time already past is its next occurrence (sales rules)",
	"chrono-0185": "a clock time already past is its next occurrence (sales rules)",
	"chrono-0189": "a clock time already past is its next occurrence (sales rules)",
	// a yearless date lies ahead unless it passed less than two weeks ago; chrono takes the nearest
	"chrono-0056": "a yearless date lies ahead unless it passed less than two weeks ago",
	"chrono-0088": "a yearless date lies ahead unless it passed less than two weeks ago",
	"chrono-0089": "a yearless date lies ahead unless it passed less than two weeks ago",
	"chrono-0090": "a yearless date lies ahead unless it passed less than two weeks ago",
	"chrono-0091": "a yearless date lies ahead unless it passed less than two weeks ago",
	"chrono-0101": "a yearless date lies ahead unless it passed less than two weeks ago",
	"chrono-0129": "a yearless date lies ahead unless it passed less than two weeks ago",
	"chrono-0131": "a yearless date lies ahead unless it passed less than two weeks ago",
	"chrono-0135": "a yearless date lies ahead unless it passed less than two weeks ago",
	"chrono-0180": "a yearless date lies ahead unless it passed less than two weeks ago",
	"chrono-0181": "a yearless date lies ahead unless it passed less than two weeks ago",
	// slash dates are month/day; this case runs chrono's en.GB parser
	"chrono-0161": "slash dates are month/day",
	// parts of a day start at 09:00/13:00/18:00/21:00 (sales rules); when uses 08:00/15:00/18:00/23:00
	"when-0003": "parts of a day start at 09:00/13:00/18:00/21:00 (sales rules)",
	"when-0006": "parts of a day start at 09:00/13:00/18:00/21:00 (sales rules)",
	"when-0008": "parts of a day start at 09:00/13:00/18:00/21:00 (sales rules)",
	"when-0010": "parts of a day start at 09:00/13:00/18:00/21:00 (sales rules)",
	"when-0025": "parts of a day start at 09:00/13:00/18:00/21:00 (sales rules)",
	// next <weekday> is the one in next Monday-start week (DESIGN); when takes the coming one
	"when-0072": "next <weekday> is the one in next Monday-start week (DESIGN)",
	// slash dates are month/day (as chrono and Duckling read them); when's common rules read day/month
	"when-0077": "slash dates are month/day (as chrono and Duckling read them)",
	// by X is due at X (DESIGN); Duckling reads the interval from now to X
	"duckling-0466": "by X is due at X (DESIGN)",
	"duckling-0467": "by X is due at X (DESIGN)",
	"duckling-0468": "by X is due at X (DESIGN)",
	"duckling-0469": "by X is due at X (DESIGN)",
	"duckling-0470": "by X is due at X (DESIGN)",
	"duckling-0471": "by X is due at X (DESIGN)",
	"duckling-0472": "by X is due at X (DESIGN)",
	"duckling-0485": "by X is due at X (DESIGN)",
	"duckling-0602": "by X is due at X (DESIGN)",
	"duckling-0603": "by X is due at X (DESIGN)",
	"duckling-0604": "by X is due at X (DESIGN)",
	"duckling-0605": "by X is due at X (DESIGN)",
	// end of a month or year names its last workday (sales: want = due); Duckling the last third of the period
	"duckling-0473": "end of a month or year names its last workday (sales: want = due)",
	"duckling-0474": "end of a month or year names its last workday (sales: want = due)",
	"duckling-0475": "end of a month or year names its last workday (sales: want = due)",
	"duckling-0476": "end of a month or year names its last workday (sales: want = due)",
	"duckling-0477": "end of a month or year names its last workday (sales: want = due)",
	"duckling-0478": "end of a month or year names its last workday (sales: want = due)",
	"duckling-0590": "end of a month or year names its last workday (sales: want = due)",
	"duckling-0591": "end of a month or year names its last workday (sales: want = due)",
	"duckling-0606": "end of a month or year names its last workday (sales: want = due)",
	"duckling-0607": "end of a month or year names its last workday (sales: want = due)",
	"duckling-0608": "end of a month or year names its last workday (sales: want = due)",
	"duckling-0609": "end of a month or year names its last workday (sales: want = due)",
	"duckling-0610": "end of a month or year names its last workday (sales: want = due)",
	"duckling-0611": "end of a month or year names its last workday (sales: want = due)",
	// N days are calendar dates due at the end of work hours (sales rules); Duckling keeps the clock
	"duckling-0291": "N days are calendar dates due at the end of work hours (sales rules)",
	"duckling-0292": "N days are calendar dates due at the end of work hours (sales rules)",
	"duckling-0301": "N days are calendar dates due at the end of work hours (sales rules)",
	"duckling-0307": "N days are calendar dates due at the end of work hours (sales rules)",
	"duckling-0308": "N days are calendar dates due at the end of work hours (sales rules)",
	"duckling-0309": "N days are calendar dates due at the end of work hours (sales rules)",
	"duckling-0322": "N days are calendar dates due at the end of work hours (sales rules)",
	"duckling-0323": "N days are calendar dates due at the end of work hours (sales rules)",
	"duckling-0324": "N days are calendar dates due at the end of work hours (sales rules)",
	// parts of a day start at 09:00/13:00/18:00/21:00 (sales rules); Duckling uses 00:00/12:00/18:00
	"duckling-0349": "parts of a day start at 09:00/13:00/18:00/21:00 (sales rules)",
	"duckling-0351": "parts of a day start at 09:00/13:00/18:00/21:00 (sales rules)",
	"duckling-0357": "parts of a day start at 09:00/13:00/18:00/21:00 (sales rules)",
	"duckling-0363": "parts of a day start at 09:00/13:00/18:00/21:00 (sales rules)",
	"duckling-0365": "parts of a day start at 09:00/13:00/18:00/21:00 (sales rules)",
	"duckling-0369": "parts of a day start at 09:00/13:00/18:00/21:00 (sales rules)",
	"duckling-0370": "parts of a day start at 09:00/13:00/18:00/21:00 (sales rules)",
	"duckling-0371": "parts of a day start at 09:00/13:00/18:00/21:00 (sales rules)",
	"duckling-0518": "parts of a day start at 09:00/13:00/18:00/21:00 (sales rules)",
	"duckling-0531": "parts of a day start at 09:00/13:00/18:00/21:00 (sales rules)",
	"duckling-0554": "parts of a day start at 09:00/13:00/18:00/21:00 (sales rules)",
	"duckling-0555": "parts of a day start at 09:00/13:00/18:00/21:00 (sales rules)",
	// next N units is the reference moved by N units (as chrono reads it); Duckling the interval from the next unit
	"duckling-0378": "next N units is the reference moved by N units (as chrono reads it)",
	"duckling-0379": "next N units is the reference moved by N units (as chrono reads it)",
	"duckling-0380": "next N units is the reference moved by N units (as chrono reads it)",
	"duckling-0381": "next N units is the reference moved by N units (as chrono reads it)",
	"duckling-0382": "next N units is the reference moved by N units (as chrono reads it)",
	"duckling-0383": "next N units is the reference moved by N units (as chrono reads it)",
	"duckling-0387": "next N units is the reference moved by N units (as chrono reads it)",
	"duckling-0388": "next N units is the reference moved by N units (as chrono reads it)",
	"duckling-0389": "next N units is the reference moved by N units (as chrono reads it)",
	"duckling-0393": "next N units is the reference moved by N units (as chrono reads it)",
	"duckling-0394": "next N units is the reference moved by N units (as chrono reads it)",
	"duckling-0397": "next N units is the reference moved by N units (as chrono reads it)",
	"duckling-0398": "next N units is the reference moved by N units (as chrono reads it)",
	"duckling-0401": "next N units is the reference moved by N units (as chrono reads it)",
	"duckling-0402": "next N units is the reference moved by N units (as chrono reads it)",
	// the first week of a month is the Monday-start week holding its 1st (sales rules); Duckling the first week starting in it
	"duckling-0137": "the first week of a month is the Monday-start week holding its 1st (sales rules)",
	"duckling-0145": "the first week of a month is the Monday-start week holding its 1st (sales rules)",
	"duckling-0149": "the first week of a month is the Monday-start week holding its 1st (sales rules)",
	// mid-<month> is the 15th (sales rules); Duckling the middle third from the 11th
	"duckling-0575": "mid-<month> is the 15th (sales rules)",
	// a clock time already past is its next occurrence (sales rules); Duckling keeps today's
	"duckling-0570": "a clock time already past is its next occurrence (sales rules)",
	// a bare hour from 1 to 6 is an afternoon hour in business talk; Duckling reads the 24-hour clock
	"duckling-0569": "a bare hour from 1 to 6 is an afternoon hour in business talk",
}

type evalCase struct {
	ID    string  `json:"id"`
	Text  string  `json:"text"`
	Ref   string  `json:"ref"`
	TZ    string  `json:"tz"`
	Want  *string `json:"want"`
	Due   *string `json:"due"`
	Grain string  `json:"grain"`
	Note  string  `json:"note"`
}

func evalDir() string { return filepath.Join("..", "..", "shared", "eval", "timeexpr") }

func readCases(t *testing.T, path string) []evalCase {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var cs []evalCase
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var c evalCase
		if err := json.Unmarshal(sc.Bytes(), &c); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		cs = append(cs, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return cs
}

// sameAtGrain applies the README's matching rule.
func sameAtGrain(got, want time.Time, grain string, loc *time.Location) bool {
	switch grain {
	case "minute", "hour":
		return got.Truncate(time.Minute).Equal(want.Truncate(time.Minute))
	}
	g, w := got.In(loc), want.In(loc)
	gy, gm, gd := g.Date()
	wy, wm, wd := w.Date()
	switch grain {
	case "day":
		return gy == wy && gm == wm && gd == wd
	case "week":
		monday := func(t time.Time) time.Time {
			y, m, d := t.Date()
			return time.Date(y, m, d-(int(t.Weekday())+6)%7, 0, 0, 0, 0, time.UTC)
		}
		return monday(g).Equal(monday(w))
	case "month":
		return gy == wy && gm == wm
	case "quarter":
		return gy == wy && (gm-1)/3 == (wm-1)/3
	case "year":
		return gy == wy
	}
	return false
}

// evalCaseOK runs one case and reports whether it passes, with what was
// found for the failure log.
func evalCaseOK(t *testing.T, file string, c evalCase) (bool, string) {
	loc, err := time.LoadLocation(c.TZ)
	if err != nil {
		t.Fatalf("%s: %v", c.ID, err)
	}
	ref, err := time.Parse(time.RFC3339, c.Ref)
	if err != nil {
		t.Fatalf("%s: %v", c.ID, err)
	}
	x, ok := timeexpr.Parse(c.Text, ref, timeexpr.Calendar{Location: loc})
	got := "none"
	if ok {
		got = x.String() + " start " + x.Start.Format(time.RFC3339)
	}
	if file == "sales.jsonl" {
		if c.Due == nil {
			return !ok || !x.Resolved(), got
		}
		want, err := time.Parse(time.RFC3339, *c.Due)
		if err != nil {
			t.Fatalf("%s: %v", c.ID, err)
		}
		return ok && x.Resolved() && x.Due.Equal(want), got
	}
	if c.Want == nil {
		return !ok, got
	}
	want, err := time.Parse(time.RFC3339, *c.Want)
	if err != nil {
		t.Fatalf("%s: %v", c.ID, err)
	}
	return ok && !x.Start.IsZero() && sameAtGrain(x.Start, want, c.Grain, loc), got
}

func TestEval(t *testing.T) {
	dir := evalDir()
	files, _ := filepath.Glob(filepath.Join(dir, "*.jsonl"))
	if len(files) == 0 {
		t.Skipf("no evaluation data in %s", dir)
	}
	sort.Strings(files)
	var summary []string
	for _, path := range files {
		file := filepath.Base(path)
		cases := readCases(t, path)
		pass := 0
		for _, c := range cases {
			ok, got := evalCaseOK(t, file, c)
			if ok {
				pass++
				if why, listed := expectedDifferences[c.ID]; listed {
					t.Errorf("%s passes but is listed as an expected difference (%s): remove it", c.ID, why)
				}
				continue
			}
			if *evalVerbose {
				want := "none"
				if c.Want != nil {
					want = *c.Want
				}
				if c.Due != nil {
					want = "due " + *c.Due
				}
				diff := ""
				if why, listed := expectedDifferences[c.ID]; listed {
					diff = " [expected: " + why + "]"
				}
				t.Logf("FAIL %s %q ref %s: got %s; want %s (%s)%s", c.ID, c.Text, c.Ref, got, want, c.Grain, diff)
			}
		}
		rate := 100 * float64(pass) / float64(len(cases))
		diffs := 0
		for _, c := range cases {
			if _, ok := expectedDifferences[c.ID]; ok {
				diffs++
			}
		}
		t.Logf("%s: %d/%d = %.1f%% (%d deliberate differences; %.1f%% of the rest)", file, pass, len(cases), rate,
			diffs, 100*float64(pass)/float64(len(cases)-diffs))
		summary = append(summary, strings.TrimSuffix(file, ".jsonl")+" "+formatRate(rate))
		if floor, ok := evalFloors[file]; ok && math.Round(rate*10)/10 < floor {
			t.Errorf("%s: rate %.1f%% is below the floor %.1f%%", file, rate, floor)
		}
	}
	t.Logf("eval summary: %s", strings.Join(summary, ", "))
}

func formatRate(r float64) string { return fmt.Sprintf("%.1f%%", r) }
