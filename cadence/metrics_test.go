package cadence_test

import (
	"encoding/json"
	"testing"
	"time"

	"github.com/aftercall/aftercall/cadence"
	"github.com/aftercall/aftercall/internal/golden"
	"github.com/aftercall/aftercall/timeexpr"
)

func metricsRecords(t testing.TB) ([]cadence.Record, timeexpr.Calendar) {
	ny := zone(t, "America/New_York")
	at := func(d, h, m int) time.Time { return time.Date(2026, 11, d, h, m, 0, 0, ny) }
	a := func(t time.Time, ch cadence.Channel, r cadence.Result) cadence.Attempt {
		return cadence.Attempt{At: t, Channel: ch, Result: r}
	}
	return []cadence.Record{
		{Lead: "a", Start: at(16, 10, 0), Outcome: cadence.Booked, Attempts: []cadence.Attempt{
			a(at(16, 10, 4), cadence.Phone, cadence.ResultNoAnswer),
			a(at(16, 15, 40), cadence.Phone, cadence.ResultConnected),
			a(at(16, 15, 50), cadence.Email, cadence.ResultBooked),
		}},
		{Lead: "b", Start: at(16, 11, 0), Outcome: cadence.Lost, Attempts: []cadence.Attempt{
			// Out of order on purpose: Measure sorts.
			a(at(18, 10, 35), cadence.Voicemail, cadence.ResultVoicemail),
			a(at(16, 12, 0), cadence.Phone, cadence.ResultNoAnswer),
			a(at(20, 9, 0), cadence.Email, cadence.ResultNone),
		}},
		{Lead: "c", Start: at(17, 9, 0), Outcome: cadence.Open}, // leaked: nobody followed up
		{Lead: "d", Start: at(17, 9, 0), Outcome: cadence.Resolved, Attempts: []cadence.Attempt{
			a(at(17, 11, 0), cadence.Email, cadence.ResultReplied),
		}},
		{Lead: "e", Start: at(17, 14, 0), Outcome: cadence.Booked, Attempts: []cadence.Attempt{
			a(at(17, 20, 0), cadence.SMS, cadence.ResultNone),
			a(at(18, 16, 0), cadence.Phone, cadence.ResultBooked),
		}},
	}, timeexpr.Calendar{Location: ny}
}

func TestMeasure(t *testing.T) {
	recs, c := metricsRecords(t)
	m := cadence.Measure(recs, c)
	if m.Leads != 5 || m.Leakage.Hits != 1 || m.Leakage.Of != 5 || m.Leakage.Rate != 0.2 {
		t.Errorf("leakage %+v of %d leads, want 1 of 5", m.Leakage, m.Leads)
	}
	// First touches: 4m, 60m, 120m, 360m: nearest-rank median 60m, p90 360m.
	if m.FirstTouch != (cadence.Spread{N: 4, Median: time.Hour, P90: 6 * time.Hour}) {
		t.Errorf("first touch %+v", m.FirstTouch)
	}
	blocks := map[cadence.Block]cadence.Rate{}
	for _, b := range m.ConnectByBlock {
		blocks[b.Block] = b.Rate
	}
	// Calls: 10:04 morning (no answer), 15:40 late afternoon (connected),
	// 12:00 midday (no answer), 10:35 late morning (voicemail), 16:00 late
	// afternoon (booked).
	if r := blocks[cadence.LateAfternoon]; r.Of != 2 || r.Hits != 2 {
		t.Errorf("late afternoon %+v, want 2 of 2", r)
	}
	if r := blocks[cadence.LateMorning]; r.Of != 1 || r.Hits != 0 {
		t.Errorf("late morning %+v, want 0 of 1", r)
	}
	if len(m.ConnectByBlock) != 4 {
		t.Errorf("blocks %+v, want morning, late-morning, midday, late-afternoon", m.ConnectByBlock)
	}
	if r := m.ResponseByTouch; len(r) != 3 || r[0].Hits != 1 || r[0].Of != 4 || r[1].Hits != 2 || r[1].Of != 3 || r[2].Hits != 1 || r[2].Of != 2 {
		t.Errorf("response by touch %+v", r)
	}
	outcomes := map[cadence.Outcome]cadence.OutcomeAttempts{}
	for _, o := range m.AttemptsPerOutcome {
		outcomes[o.Outcome] = o
	}
	if o := outcomes[cadence.Booked]; o.Leads != 2 || o.Attempts != 5 || o.Mean != 2.5 {
		t.Errorf("booked %+v, want 2 leads, 5 attempts", o)
	}
	if o := outcomes[cadence.Open]; o.Leads != 1 || o.Attempts != 0 {
		t.Errorf("open %+v", o)
	}
	golden.JSON(t, "testdata/metrics.golden.json", m)
	if empty := cadence.Measure(nil, c); empty.Leads != 0 || empty.FirstTouch.N != 0 || empty.Leakage.Rate != 0 {
		t.Errorf("Measure(nil) = %+v", empty)
	}
	if _, err := json.Marshal(m); err != nil {
		t.Fatal(err)
	}
}
