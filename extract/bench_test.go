package extract_test

import (
	"os"
	"sync"
	"testing"

	"github.com/aftercall/aftercall/extract"
	"github.com/jdkato/prose/v2"
)

func hourlong(b *testing.B) string {
	data, err := os.ReadFile("../testdata/calls/hourlong-vandelay.txt")
	if err != nil {
		b.Skip("hour-long sample absent")
	}
	return string(data)
}

func BenchmarkParse(b *testing.B) {
	text := hourlong(b)
	opt := extract.Options{At: at, Us: []string{"Nadia Brooks"}}
	// warm up: the one-time tables (timeexpr's rules, the lexicons) are
	// built before b.Loop resets the clock and the counters
	if _, err := extract.Parse(text, opt); err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := extract.Parse(text, opt); err != nil {
			b.Fatal(err)
		}
	}
}

// proseModel is prose's default model, decoded once.
var proseModel = sync.OnceValue(func() *prose.Model { return prose.ModelFromData("en") })

// BenchmarkProse runs prose's full pipeline (tokens, tags, entities) over
// the same text, its model built once and passed with UsingModel.
func BenchmarkProse(b *testing.B) {
	text := hourlong(b)
	model := proseModel()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		if _, err := prose.NewDocument(text, prose.UsingModel(model)); err != nil {
			b.Fatal(err)
		}
	}
}
