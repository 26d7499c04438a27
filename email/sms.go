package email

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/aftercall/aftercall/internal/enum"
)

// Encoding is the character set an SMS travels in. The zero Encoding is
// GSM7.
type Encoding uint8

// Encodings.
const (
	GSM7 Encoding = iota // the GSM 03.38 default alphabet, 7 bits a character
	UCS2                 // UTF-16, 16 bits a code unit
)

var encodingNames = enum.Names{"gsm-7", "ucs-2"}

func (e Encoding) String() string { return encodingNames.String("Encoding", int(e)) }

// MarshalText implements encoding.TextMarshaler.
func (e Encoding) MarshalText() ([]byte, error) {
	return encodingNames.Marshal("email", "encoding", int(e))
}

// UnmarshalText implements encoding.TextUnmarshaler.
func (e *Encoding) UnmarshalText(b []byte) error {
	i, err := encodingNames.Unmarshal("email", "encoding", b)
	if err == nil {
		*e = Encoding(i)
	}
	return err
}

// SMS segment sizes (3GPP TS 23.038 and 23.040): a concatenated message
// spends 6 bytes of each segment on the user data header.
const (
	GSM7Single = 160 // septets in a single GSM-7 message
	GSM7Part   = 153 // septets in each part of a concatenated GSM-7 message
	UCS2Single = 70  // UTF-16 code units in a single UCS-2 message
	UCS2Part   = 67  // UTF-16 code units in each part of a concatenated UCS-2 message
)

// gsmBasic is the GSM 03.38 default alphabet (one septet each), in table
// order; the escape code 0x1B is left out.
const gsmBasic = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?" +
	"¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà"

// gsmExtension is the GSM 03.38 extension table: each character is sent as
// the escape code plus one septet, so it counts double.
const gsmExtension = "\f^{}\\[~]|€"

// SMSCount is how an SMS text would be sent.
type SMSCount struct {
	Encoding Encoding `json:"encoding"`
	// Units is the length in the encoding's units: septets for GSM-7 (an
	// extension character counts 2), UTF-16 code units for UCS-2 (an emoji
	// outside the BMP counts 2).
	Units int `json:"units"`
	// Segments is the number of messages the text is sent as; 0 for the
	// empty text.
	Segments int `json:"segments"`
	// NonGSM lists, in order of first appearance and without repeats, the
	// characters that forced UCS-2. Empty for GSM-7.
	NonGSM []rune `json:"non_gsm,omitempty"`
}

// gsmTable maps each character of the GSM-7 alphabet to the septets it
// takes: 1 in the basic table, 2 in the extension table.
var gsmTable = sync.OnceValue(func() map[rune]int {
	m := make(map[rune]int, len(gsmBasic)+len(gsmExtension))
	for _, r := range gsmBasic {
		m[r] = 1
	}
	for _, r := range gsmExtension {
		m[r] = 2
	}
	return m
})

// gsmASCII is gsmTable for the ASCII range, for speed.
var gsmASCII = sync.OnceValue(func() *[utf8.RuneSelf]uint8 {
	var t [utf8.RuneSelf]uint8
	for r, n := range gsmTable() {
		if r < utf8.RuneSelf {
			t[r] = uint8(n)
		}
	}
	return &t
})

// gsmCost returns the septets r takes in GSM-7, or 0 when r is not in
// the alphabet.
func gsmCost(r rune) int {
	if r >= 0 && r < utf8.RuneSelf {
		return int((*gsmASCII())[r])
	}
	return gsmTable()[r]
}

// IsGSM7 reports whether every character of s is in the GSM-7 alphabet
// (basic or extension table).
func IsGSM7(s string) bool {
	for _, r := range s {
		if gsmCost(r) == 0 {
			return false
		}
	}
	return true
}

// CountSMS reports the encoding, length and segment count of text as an
// SMS. One character outside the GSM-7 alphabet (a curly apostrophe, an
// emoji) makes the whole text UCS-2. A concatenated message never splits an
// extension character or a surrogate pair across two segments, so the
// count is exact rather than length divided by 153 or 67. Invalid UTF-8
// bytes count as U+FFFD.
func CountSMS(text string) SMSCount {
	var c SMSCount
	if text == "" {
		return c
	}
	for _, r := range text {
		n := gsmCost(r)
		if n == 0 {
			if c.Encoding == GSM7 {
				c.Encoding = UCS2
			}
			if len(c.NonGSM) < 64 && !containsRune(c.NonGSM, r) {
				c.NonGSM = append(c.NonGSM, r)
			}
		}
		c.Units += n
	}
	single, part := GSM7Single, GSM7Part
	if c.Encoding == UCS2 {
		single, part = UCS2Single, UCS2Part
		c.Units = 0
		for _, r := range text {
			c.Units += utf16Len(r)
		}
	}
	if c.Units <= single {
		c.Segments = 1
		return c
	}
	// Fill segments greedily; a character that does not fit whole starts
	// the next segment.
	c.Segments = 1
	used := 0
	for _, r := range text {
		n := gsmCost(r)
		if c.Encoding == UCS2 {
			n = utf16Len(r)
		}
		if used+n > part {
			c.Segments++
			used = 0
		}
		used += n
	}
	return c
}

func utf16Len(r rune) int {
	if r >= 0x10000 && r <= utf8.MaxRune {
		return 2
	}
	return 1
}

func containsRune(rs []rune, r rune) bool {
	for _, x := range rs {
		if x == r {
			return true
		}
	}
	return false
}

// straightReplacer maps the typographic characters word processors and
// language models produce to their GSM-7 (ASCII) equivalents.
var straightReplacer = strings.NewReplacer(
	"\u2018", "'", "\u2019", "'", "\u201A", "'", "\u201B", "'", "\u2032", "'",
	"\u201C", `"`, "\u201D", `"`, "\u201E", `"`, "\u201F", `"`, "\u2033", `"`,
	"\u2013", "-", "\u2014", "-", "\u2212", "-", "\u2010", "-", "\u2011", "-",
	"\u2026", "...", "\u00A0", " ", "\u2009", " ", "\u202F", " ", "\u2022", "-",
	"\u00AB", `"`, "\u00BB", `"`, "\t", " ",
)

// Straighten replaces curly quotes and apostrophes, dashes, ellipses,
// bullets and special spaces with their plain ASCII forms, so that one
// stray character does not turn a text into UCS-2 and more than double its
// segment count.
func Straighten(s string) string { return straightReplacer.Replace(s) }
