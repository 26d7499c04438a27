package email

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io"
	netmail "net/mail"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/aftercall/aftercall/internal/enum"
	"github.com/emersion/go-message"
	"github.com/emersion/go-message/mail"
)

// Kind is what a draft is for. The zero Kind is RecapKind.
type Kind uint8

// Draft kinds.
const (
	RecapKind     Kind = iota // the customer recap after a call
	InternalKind              // the internal summary for the team and the CRM
	VoicemailKind             // the email after leaving a voicemail
	ValueAddKind              // a resource that helps them, asking nothing
	CheckInKind               // a check-in quoting their pain point
	BreakupKind               // the last touch
)

var kindNames = enum.Names{"recap", "internal", "voicemail", "value-add", "check-in", "breakup"}

func (k Kind) String() string { return kindNames.String("Kind", int(k)) }

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return kindNames.Marshal("email", "kind", int(k)) }

// UnmarshalText implements encoding.TextUnmarshaler.
func (k *Kind) UnmarshalText(b []byte) error {
	i, err := kindNames.Unmarshal("email", "kind", b)
	if err == nil {
		*k = Kind(i)
	}
	return err
}

// Draft is an email ready for a person to review and send. The package
// never sends it.
type Draft struct {
	Kind    Kind   `json:"kind"`
	Subject string `json:"subject"`
	// Text is the plain-text body, lines wrapped at Width.
	Text string `json:"text"`
	// HTML is the HTML body (customer drafts), every value from the call
	// escaped.
	HTML string `json:"html,omitempty"`
	// Markdown is the Markdown body (the internal summary).
	Markdown string `json:"markdown,omitempty"`

	From Address   `json:"from"`
	To   []Address `json:"to"`

	// SendBy is when it should go out at the latest.
	SendBy time.Time `json:"send_by"`
	// Late says how late it is at Options.Now, and what to do about it.
	Late Lateness `json:"late"`
	// TalkingPoints, when Late.Action is CallFirst, are for the call to
	// make before sending: context, a clarifying question, a yes-or-no next
	// step, and the recap in brief. For the rep only.
	TalkingPoints []string `json:"talking_points,omitempty"`
	// Omitted are the items a recap left out to stay readable in about a
	// minute (the least urgent first to go); send them as a separate list.
	Omitted []ItemLine `json:"omitted,omitempty"`

	// Date and MessageID go into the MIME header. Zero Date means no Date
	// field; an empty MessageID means one derived from the content, so the
	// same draft always renders to the same bytes.
	Date      time.Time `json:"date"`
	MessageID string    `json:"message_id,omitempty"`
}

// clean makes s safe for one header field: control characters (CR and LF
// above all) become spaces, runs of space collapse, and the result is
// trimmed. No value from a call can start a new header line.
func clean(s string) string {
	var b strings.Builder
	space := false
	for _, r := range s {
		if r == utf8.RuneError || unicode.IsControl(r) || unicode.IsSpace(r) || r == '\u2028' || r == '\u2029' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

func (d Draft) addresses(list []Address) ([]*mail.Address, error) {
	var out []*mail.Address
	for _, a := range list {
		e := clean(a.Email)
		if e == "" {
			continue // a name without an address: the person fills it in
		}
		p, err := netmail.ParseAddress(e)
		if err != nil || p.Name != "" || p.Address != e {
			return nil, fmt.Errorf("%w: %q", ErrAddress, a.Email)
		}
		out = append(out, &mail.Address{Name: clean(a.Name), Address: p.Address})
	}
	return out, nil
}

// boundary returns a multipart boundary derived from the content: fixed
// for the same draft, and (being a hash of it) absent from it.
func (d Draft) boundary(tag string) string {
	h := sha256.Sum256([]byte(tag + "\x00" + d.Subject + "\x00" + d.Text + "\x00" + d.HTML))
	return "=_aftercall_" + tag + "_" + hex.EncodeToString(h[:12])
}

func (d Draft) messageID() string {
	if id := clean(d.MessageID); id != "" {
		return strings.Trim(id, "<>")
	}
	domain := "aftercall.invalid"
	if i := strings.LastIndexByte(d.From.Email, '@'); i >= 0 {
		if dom := clean(d.From.Email[i+1:]); dom != "" && !strings.ContainsAny(dom, "<>@ ") {
			domain = dom
		}
	}
	h := sha256.Sum256([]byte(d.Date.UTC().Format(time.RFC3339) + "\x00" + d.Subject + "\x00" + d.Text))
	return hex.EncodeToString(h[:16]) + "@" + domain
}

// MIME renders the draft as an RFC 5322 message: From, To, Subject, Date
// and Message-ID (RFC 2047-encoded where needed), then a
// multipart/alternative body with the plain text first and the HTML last
// (RFC 2046 §5.1.4), or a single text/plain part when there is no HTML.
// Bodies use 7bit when they are ASCII with short lines, quoted-printable
// otherwise; lines end in CRLF. The output is byte-for-byte the same for
// the same draft: the boundary and the default Message-ID derive from the
// content, and nothing reads the clock. Recipients without an address are
// left out; an invalid address is an error wrapping ErrAddress.
func (d Draft) MIME() ([]byte, error) {
	var buf bytes.Buffer
	if _, err := d.WriteTo(&buf); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// WriteTo writes the MIME rendering of the draft to w.
func (d Draft) WriteTo(w io.Writer) (int64, error) {
	var h mail.Header
	// textproto writes fields in the reverse order of setting them: set
	// the last one first, so the header reads Date, From, To, Subject,
	// Message-Id, MIME-Version, Content-Type.
	text := crlf(d.Text)
	if d.HTML == "" {
		setBody(&h.Header, "text/plain", text)
	} else {
		h.SetContentType("multipart/alternative", map[string]string{"boundary": d.boundary("alt")})
	}
	h.Set("MIME-Version", "1.0")
	from, err := d.addresses([]Address{d.From})
	if err != nil {
		return 0, err
	}
	to, err := d.addresses(d.To)
	if err != nil {
		return 0, err
	}
	h.SetMessageID(d.messageID())
	h.SetSubject(clean(d.Subject))
	h.SetAddressList("To", to)
	h.SetAddressList("From", from)
	if !d.Date.IsZero() {
		h.SetDate(d.Date)
	}

	cw := &countWriter{w: w}
	mw, err := message.CreateWriter(cw, h.Header)
	if err != nil {
		return cw.n, err
	}
	if d.HTML == "" {
		if _, err := io.WriteString(mw, text); err != nil {
			return cw.n, err
		}
		return cw.n, mw.Close()
	}
	for _, part := range []struct{ typ, body string }{{"text/plain", text}, {"text/html", crlf(d.HTML)}} {
		var ph message.Header
		setBody(&ph, part.typ, part.body)
		pw, err := mw.CreatePart(ph)
		if err != nil {
			return cw.n, err
		}
		if _, err := io.WriteString(pw, part.body); err != nil {
			return cw.n, err
		}
		if err := pw.Close(); err != nil {
			return cw.n, err
		}
	}
	return cw.n, mw.Close()
}

// setBody sets the content type and transfer encoding of a text part.
func setBody(h *message.Header, typ, body string) {
	enc := "7bit"
	for line := range strings.SplitSeq(body, "\r\n") {
		if len(line) > 998 || strings.HasPrefix(line, "From ") {
			enc = "quoted-printable"
			break
		}
	}
	for i := 0; i < len(body) && enc == "7bit"; i++ {
		if c := body[i]; c >= 0x80 || c == 0 || (c == '\r' && (i+1 >= len(body) || body[i+1] != '\n')) {
			enc = "quoted-printable"
		}
	}
	h.Set("Content-Transfer-Encoding", enc)
	h.SetContentType(typ, map[string]string{"charset": "utf-8"})
}

// crlf converts line ends to CRLF and ends s with one.
func crlf(s string) string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	if !strings.HasSuffix(s, "\n") {
		s += "\n"
	}
	return strings.ReplaceAll(s, "\n", "\r\n")
}

type countWriter struct {
	w io.Writer
	n int64
}

func (c *countWriter) Write(b []byte) (int, error) {
	n, err := c.w.Write(b)
	c.n += int64(n)
	return n, err
}
