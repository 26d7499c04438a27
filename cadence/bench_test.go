package cadence_test

import (
	"testing"
	"time"

	"github.com/aftercall/aftercall/cadence"
)

// BenchmarkPlan plans the follow-up of a discovery call with two people
// on the prospect's side, in New York with US holidays.
func BenchmarkPlan(b *testing.B) {
	call, o := replanCall(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := cadence.Plan(call, o); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "plans/s")
}

// BenchmarkBuildLongCycle builds the 18-touch, seven-month long cycle.
func BenchmarkBuildLongCycle(b *testing.B) {
	call, o := replanCall(b)
	m := cadence.LongCycle()
	b.ReportAllocs()
	for b.Loop() {
		if _, err := cadence.Build(call.At, m, o); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "plans/s")
}

// BenchmarkAfter replans a post-call schedule for a went-dark event.
func BenchmarkAfter(b *testing.B) {
	call, o := replanCall(b)
	s, err := cadence.Plan(call, o)
	if err != nil {
		b.Fatal(err)
	}
	ev := cadence.Event{Kind: cadence.WentDark, At: call.At.Add(72 * time.Hour)}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := s.After(ev); err != nil {
			b.Fatal(err)
		}
	}
}

// TestPlanAllocs keeps Plan's allocations in budget: they do not grow with
// the number of days the schedule spans beyond the day cache.
func TestPlanAllocs(t *testing.T) {
	call, o := replanCall(t)
	if n := testing.AllocsPerRun(50, func() { _, _ = cadence.Plan(call, o) }); n > 40 {
		t.Errorf("Plan allocates %.0f times, want at most 40", n)
	}
	m := cadence.LongCycle()
	if n := testing.AllocsPerRun(20, func() { _, _ = cadence.Build(call.At, m, o) }); n > 60 {
		t.Errorf("Build(LongCycle) allocates %.0f times, want at most 60", n)
	}
}
