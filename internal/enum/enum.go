// Package enum implements the text form of the small integer enums the
// public packages export, so each enum is a names table plus three one-line
// methods.
package enum

import "fmt"

// Names maps an enum value (the index) to its text form.
type Names []string

// String returns the name of v, or "Type(v)" when v is out of range.
func (n Names) String(typ string, v int) string {
	if v >= 0 && v < len(n) {
		return n[v]
	}
	return fmt.Sprintf("%s(%d)", typ, v)
}

// Marshal returns the name of v, or an error naming pkg and typ when v is
// out of range.
func (n Names) Marshal(pkg, typ string, v int) ([]byte, error) {
	if v < 0 || v >= len(n) {
		return nil, fmt.Errorf("%s: invalid %s %d", pkg, typ, v)
	}
	return []byte(n[v]), nil
}

// Unmarshal returns the value whose name is b.
func (n Names) Unmarshal(pkg, typ string, b []byte) (int, error) {
	for i, name := range n {
		if name == string(b) {
			return i, nil
		}
	}
	return 0, fmt.Errorf("%s: unknown %s %q", pkg, typ, b)
}

// Set sets *v to the value named b; on error *v is left unchanged. It is
// the body of an enum's UnmarshalText: names.Set("pkg", "kind", b, (*uint8)(k)).
func (n Names) Set(pkg, typ string, b []byte, v *uint8) error {
	i, err := n.Unmarshal(pkg, typ, b)
	if err == nil {
		*v = uint8(i)
	}
	return err
}
