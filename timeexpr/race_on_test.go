//go:build race

package timeexpr_test

const raceEnabled = true
