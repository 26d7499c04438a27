// Package golden compares test output with golden files under testdata.
//
// Run the tests with -update (or AFTERCALL_UPDATE=1, which works across
// packages that do not import this one) to rewrite the files instead, then
// review every diff: a changed golden file is a changed behaviour.
package golden

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata")

// Updating reports whether golden files are being rewritten.
func Updating() bool { return *update || os.Getenv("AFTERCALL_UPDATE") != "" }

// JSON compares the indented JSON encoding of got with the file at path,
// or rewrites the file when Updating.
func JSON(t testing.TB, path string, got any) {
	t.Helper()
	b, err := json.MarshalIndent(got, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	Bytes(t, path, append(b, '\n'))
}

// Bytes compares got with the file at path, or rewrites the file when
// Updating. A mismatch is reported as a (-want +got) line diff.
func Bytes(t testing.TB, path string, got []byte) {
	t.Helper()
	if Updating() {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run: go test -update)", err)
	}
	if !bytes.Equal(want, got) {
		lines := func(b []byte) []string { return strings.Split(string(b), "\n") }
		t.Errorf("%s mismatch (-want +got):\n%s", path, cmp.Diff(lines(want), lines(got)))
	}
}
