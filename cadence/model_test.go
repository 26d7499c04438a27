package cadence_test

import (
	"encoding/json"
	"errors"
	"testing"
	"time"

	"github.com/aftercall/aftercall/cadence"
)

func TestParseDelay(t *testing.T) {
	tests := []struct {
		in      string
		want    cadence.Delay
		wantErr string
	}{
		{"", cadence.Delay{}, ""},
		{"0m", cadence.Delay{}, ""},
		{"30m", cadence.After(30, cadence.Minutes), ""},
		{"2h", cadence.After(2, cadence.Hours), ""},
		{"3d", cadence.After(3, cadence.Days), ""},
		{"2bd", cadence.After(2, cadence.BusinessDays), ""},
		{"4w", cadence.After(4, cadence.Weeks), ""},
		{"999bd", cadence.After(999, cadence.BusinessDays), ""},
		{"1000m", cadence.Delay{}, `cadence: invalid delay "1000m": want a number from 0 to 999 and a unit (m, h, d, bd, w)`},
		{"bd", cadence.Delay{}, `cadence: invalid delay "bd": want a number from 0 to 999 and a unit (m, h, d, bd, w)`},
		{"-1d", cadence.Delay{}, `cadence: invalid delay "-1d": want a number from 0 to 999 and a unit (m, h, d, bd, w)`},
		{"2", cadence.Delay{}, `cadence: invalid delay "2": unknown unit "" (want m, h, d, bd or w)`},
		{"2 days", cadence.Delay{}, `cadence: invalid delay "2 days": unknown unit " days" (want m, h, d, bd or w)`},
		{"2D", cadence.Delay{}, `cadence: invalid delay "2D": unknown unit "D" (want m, h, d, bd or w)`},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := cadence.ParseDelay(tt.in)
			if tt.wantErr != "" {
				if err == nil || err.Error() != tt.wantErr || !errors.Is(err, cadence.ErrDelay) {
					t.Fatalf("ParseDelay(%q) error = %v, want %q", tt.in, err, tt.wantErr)
				}
				return
			}
			if err != nil || got != tt.want {
				t.Fatalf("ParseDelay(%q) = %v, %v, want %v", tt.in, got, err, tt.want)
			}
			if tt.in != "" && got.String() != tt.in {
				t.Errorf("String() = %q, want %q", got.String(), tt.in)
			}
		})
	}
}

func TestValidate(t *testing.T) {
	ok := cadence.Step{After: cadence.After(1, cadence.BusinessDays), Channel: cadence.Email, Purpose: cadence.CheckIn}
	bye := cadence.Step{After: cadence.After(5, cadence.BusinessDays), Channel: cadence.Email, Purpose: cadence.Breakup}
	vm := cadence.Step{After: cadence.After(2, cadence.BusinessDays), Channel: cadence.Voicemail, Purpose: cadence.Callback}
	with := func(f func(*cadence.Step)) cadence.Step { s := ok; f(&s); return s }
	tests := []struct {
		name  string
		model cadence.Model
		want  string
	}{
		{"empty", cadence.Model{Name: "x"}, `cadence: model "x": no steps`},
		{"too-many", cadence.Model{Name: "x", Steps: make([]cadence.Step, 101)}, `cadence: model "x": 101 steps, more than 100`},
		{"no-channel", cadence.Model{Name: "x", Steps: []cadence.Step{with(func(s *cadence.Step) { s.Channel = 0 })}}, `cadence: model "x" step 0: unknown channel 0`},
		{"no-purpose", cadence.Model{Name: "x", Steps: []cadence.Step{ok, with(func(s *cadence.Step) { s.Purpose = 0 })}}, `cadence: model "x" step 1: unknown purpose 0`},
		{"off-hours-block", cadence.Model{Name: "x", Steps: []cadence.Step{with(func(s *cadence.Step) { s.Block = cadence.OffHours })}}, `cadence: model "x" step 0: block off-hours is not a time block a step can ask for`},
		{"breakup-not-last", cadence.Model{Name: "x", Steps: []cadence.Step{bye, ok}}, `cadence: model "x" step 0: the breakup must be the last step`},
		{"two-voicemails", cadence.Model{Name: "x", Steps: []cadence.Step{vm, vm}}, `cadence: model "x" step 1: a second voicemail (leave one, not several)`},
		{"delay-out-of-range", cadence.Model{Name: "x", Steps: []cadence.Step{with(func(s *cadence.Step) { s.After.N = 1000 })}}, `cadence: model "x" step 0: delay 1000 out of range 0-999`},
		{"negative-delay", cadence.Model{Name: "x", Steps: []cadence.Step{with(func(s *cadence.Step) { s.After.N = -1 })}}, `cadence: model "x" step 0: delay -1 out of range 0-999`},
		{"bad-unit", cadence.Model{Name: "x", Steps: []cadence.Step{with(func(s *cadence.Step) { s.After.Unit = 9 })}}, `cadence: model "x" step 0: invalid delay unit 9`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := tt.model.Validate()
			var me *cadence.ModelError
			if err == nil || err.Error() != tt.want || !errors.Is(err, cadence.ErrInvalidModel) || !errors.As(err, &me) {
				t.Fatalf("Validate() = %v, want %q", err, tt.want)
			}
			if _, err := cadence.Build(time.Date(2026, 1, 5, 9, 0, 0, 0, time.UTC), tt.model, cadence.Options{}); err == nil || err.Error() != tt.want {
				t.Errorf("Build error = %v, want %q", err, tt.want)
			}
		})
	}
	for _, m := range cadence.Models() {
		if err := m.Validate(); err != nil {
			t.Errorf("built-in %s: %v", m.Name, err)
		}
		if last := m.Steps[len(m.Steps)-1]; last.Purpose != cadence.Breakup {
			t.Errorf("built-in %s ends with %s, want the breakup", m.Name, last.Purpose)
		}
	}
}

func TestModelJSON(t *testing.T) {
	for _, m := range cadence.Models() {
		t.Run(m.Name, func(t *testing.T) {
			b, err := json.Marshal(m)
			if err != nil {
				t.Fatal(err)
			}
			var back cadence.Model
			if err := json.Unmarshal(b, &back); err != nil {
				t.Fatalf("%v in %s", err, b)
			}
			b2, _ := json.Marshal(back)
			if string(b) != string(b2) {
				t.Errorf("round trip:\n%s\n%s", b, b2)
			}
		})
	}
	const text = `{"name": "trial", "steps": [
	  {"after": "1h", "channel": "email", "purpose": "recap"},
	  {"after": "2bd", "channel": "phone", "purpose": "check-in", "block": "late-morning"},
	  {"after": "5bd", "channel": "email", "purpose": "breakup"}]}`
	var m cadence.Model
	if err := json.Unmarshal([]byte(text), &m); err != nil {
		t.Fatal(err)
	}
	if err := m.Validate(); err != nil || len(m.Steps) != 3 || m.Steps[1].After != cadence.After(2, cadence.BusinessDays) || m.Steps[1].Block != cadence.LateMorning {
		t.Errorf("decoded %+v, %v", m, err)
	}
	for _, bad := range []struct{ text, want string }{
		{`{"steps": [{"after": "2x", "channel": "email", "purpose": "recap"}]}`, `cadence: invalid delay "2x": unknown unit "x" (want m, h, d, bd or w)`},
		{`{"steps": [{"after": "2d", "channel": "fax", "purpose": "recap"}]}`, `cadence: unknown channel "fax"`},
		{`{"steps": [{"after": "2d", "channel": "email", "purpose": "spam"}]}`, `cadence: unknown purpose "spam"`},
		{`{"steps": [{"after": "2d", "channel": "email", "purpose": "recap", "block": "dawn"}]}`, `cadence: unknown block "dawn"`},
	} {
		var m cadence.Model
		if err := json.Unmarshal([]byte(bad.text), &m); err == nil || err.Error() != bad.want {
			t.Errorf("Unmarshal(%s) error = %v, want %q", bad.text, err, bad.want)
		}
	}
}

// TestEnumText checks every enum's text form round-trips, and that values
// out of range fail to marshal.
func TestEnumText(t *testing.T) {
	type textEnum interface {
		String() string
		MarshalText() ([]byte, error)
	}
	check := func(name string, n int, mk func(int) textEnum, un func([]byte) (textEnum, error)) {
		t.Run(name, func(t *testing.T) {
			for i := range n {
				v := mk(i)
				b, err := v.MarshalText()
				if err != nil {
					t.Fatalf("%s(%d).MarshalText: %v", name, i, err)
				}
				back, err := un(b)
				if err != nil || back != v {
					t.Errorf("%s(%d) %q round trip = %v, %v", name, i, b, back, err)
				}
			}
			if _, err := mk(n).MarshalText(); err == nil {
				t.Errorf("%s(%d).MarshalText succeeded, want an error", name, n)
			}
			if _, err := un([]byte("nonsense")); err == nil {
				t.Errorf("%s UnmarshalText(nonsense) succeeded", name)
			}
		})
	}
	check("Channel", 6, func(i int) textEnum { return cadence.Channel(i) }, func(b []byte) (textEnum, error) {
		var v cadence.Channel
		err := v.UnmarshalText(b)
		return v, err
	})
	check("Purpose", 8, func(i int) textEnum { return cadence.Purpose(i) }, func(b []byte) (textEnum, error) {
		var v cadence.Purpose
		err := v.UnmarshalText(b)
		return v, err
	})
	check("Block", 7, func(i int) textEnum { return cadence.Block(i) }, func(b []byte) (textEnum, error) {
		var v cadence.Block
		err := v.UnmarshalText(b)
		return v, err
	})
	check("End", 6, func(i int) textEnum { return cadence.End(i) }, func(b []byte) (textEnum, error) {
		var v cadence.End
		err := v.UnmarshalText(b)
		return v, err
	})
	check("EventKind", 8, func(i int) textEnum { return cadence.EventKind(i) }, func(b []byte) (textEnum, error) {
		var v cadence.EventKind
		err := v.UnmarshalText(b)
		return v, err
	})
	check("Lead", 6, func(i int) textEnum { return cadence.Lead(i) }, func(b []byte) (textEnum, error) {
		var v cadence.Lead
		err := v.UnmarshalText(b)
		return v, err
	})
	check("Role", 4, func(i int) textEnum { return cadence.Role(i) }, func(b []byte) (textEnum, error) {
		var v cadence.Role
		err := v.UnmarshalText(b)
		return v, err
	})
	check("Severity", 4, func(i int) textEnum { return cadence.Severity(i) }, func(b []byte) (textEnum, error) {
		var v cadence.Severity
		err := v.UnmarshalText(b)
		return v, err
	})
	check("Remedy", 5, func(i int) textEnum { return cadence.Remedy(i) }, func(b []byte) (textEnum, error) {
		var v cadence.Remedy
		err := v.UnmarshalText(b)
		return v, err
	})
	check("Result", 7, func(i int) textEnum { return cadence.Result(i) }, func(b []byte) (textEnum, error) {
		var v cadence.Result
		err := v.UnmarshalText(b)
		return v, err
	})
	check("Outcome", 4, func(i int) textEnum { return cadence.Outcome(i) }, func(b []byte) (textEnum, error) {
		var v cadence.Outcome
		err := v.UnmarshalText(b)
		return v, err
	})
	if got := cadence.Channel(9).String(); got != "Channel(9)" {
		t.Errorf("Channel(9).String() = %q", got)
	}
}

func TestBlockOf(t *testing.T) {
	tests := []struct {
		h, m int
		want cadence.Block
	}{
		{8, 59, cadence.OffHours}, {9, 0, cadence.Morning}, {10, 29, cadence.Morning}, {10, 30, cadence.LateMorning},
		{12, 0, cadence.Midday}, {13, 30, cadence.EarlyAfternoon}, {15, 29, cadence.EarlyAfternoon},
		{15, 30, cadence.LateAfternoon}, {16, 59, cadence.LateAfternoon}, {17, 0, cadence.OffHours}, {23, 0, cadence.OffHours},
	}
	for _, tt := range tests {
		if got := cadence.BlockOf(time.Date(2026, 3, 8, tt.h, tt.m, 0, 0, time.UTC)); got != tt.want {
			t.Errorf("BlockOf(%02d:%02d) = %s, want %s", tt.h, tt.m, got, tt.want)
		}
	}
}
