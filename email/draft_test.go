package email_test

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/aftercall/aftercall/email"
	"github.com/aftercall/aftercall/extract"
	"github.com/emersion/go-message/mail"
)

func sampleDraft() email.Draft {
	return email.Draft{
		Subject: "Recap: pricing",
		Text:    "Hi Priya,\n\nThanks.\n",
		HTML:    "<p>Hi Priya,</p>\n<p>Thanks.</p>\n",
		From:    email.Address{Name: "Dana Reyes", Email: "dana@northwind.example"},
		To:      []email.Address{{Name: "Priya Shah", Email: "priya@globex.example"}, {Name: "Hank Scorpio"}},
		Date:    time.Date(2026, 11, 18, 15, 0, 0, 0, time.FixedZone("EST", -5*3600)),
	}
}

// parse reads a rendered draft back with go-message and returns its
// header and its parts' media types and bodies.
func parse(t *testing.T, b []byte) (mail.Header, []string, []string) {
	t.Helper()
	r, err := mail.CreateReader(bytes.NewReader(b))
	if err != nil {
		t.Fatalf("CreateReader: %v\n%s", err, b)
	}
	var types, bodies []string
	for {
		p, err := r.NextPart()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("NextPart: %v", err)
		}
		h, ok := p.Header.(*mail.InlineHeader)
		if !ok {
			t.Fatalf("part header %T", p.Header)
		}
		typ, _, _ := h.ContentType()
		body, err := io.ReadAll(p.Body)
		if err != nil {
			t.Fatal(err)
		}
		types = append(types, typ)
		bodies = append(bodies, string(body))
	}
	return r.Header, types, bodies
}

func TestMIMERoundTrip(t *testing.T) {
	d := sampleDraft()
	d.Subject = "Recap: Zoë’s pilot"
	d.Text = "Hi Zoë,\n\nThe team’s “wish list” 🚀.\n" + strings.Repeat("x", 1200) + "\n"
	b, err := d.MIME()
	if err != nil {
		t.Fatal(err)
	}
	again, _ := d.MIME()
	if !bytes.Equal(b, again) {
		t.Error("MIME is not deterministic")
	}
	var w bytes.Buffer
	if n, err := d.WriteTo(&w); err != nil || n != int64(len(b)) || !bytes.Equal(w.Bytes(), b) {
		t.Errorf("WriteTo = %d, %v; differs from MIME", n, err)
	}
	for i, line := range strings.Split(string(b), "\r\n") {
		if len(line) > 78 {
			t.Errorf("line %d is %d octets: %q", i, len(line), line)
		}
		if strings.Contains(line, "\n") {
			t.Errorf("line %d has a bare LF", i)
		}
	}
	h, types, bodies := parse(t, b)
	if s, _ := h.Subject(); s != d.Subject {
		t.Errorf("Subject = %q, want %q", s, d.Subject)
	}
	if got, _ := h.Date(); !got.Equal(d.Date) {
		t.Errorf("Date = %v, want %v", got, d.Date)
	}
	if id, _ := h.MessageID(); !strings.HasSuffix(id, "@northwind.example") {
		t.Errorf("Message-ID = %q", id)
	}
	to, _ := h.AddressList("To")
	if len(to) != 1 || to[0].Address != "priya@globex.example" || to[0].Name != "Priya Shah" {
		t.Errorf("To = %v, want only Priya (Hank has no address)", to)
	}
	if strings.Join(types, ",") != "text/plain,text/html" {
		t.Errorf("parts = %v, want text/plain first, then text/html", types)
	}
	if len(bodies) == 2 && (strings.ReplaceAll(bodies[0], "\r\n", "\n") != d.Text || strings.ReplaceAll(bodies[1], "\r\n", "\n") != d.HTML) {
		t.Errorf("bodies differ after decoding:\n%q\n%q", bodies[0], bodies[1])
	}
}

func TestMIMEPlainOnly(t *testing.T) {
	d := sampleDraft()
	d.HTML = ""
	b, err := d.MIME()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "Content-Transfer-Encoding: 7bit") || strings.Contains(string(b), "multipart") {
		t.Errorf("plain ASCII draft should be one 7bit part:\n%s", b)
	}
	_, types, bodies := parse(t, b)
	if len(types) != 1 || types[0] != "text/plain" || strings.ReplaceAll(bodies[0], "\r\n", "\n") != d.Text {
		t.Errorf("parts %v %q", types, bodies)
	}
}

func TestHeaderInjection(t *testing.T) {
	evil := []string{
		"Recap\r\nBcc: attacker@evil.example",
		"Recap\nBcc: attacker@evil.example",
		"Recap\rBcc: attacker@evil.example",
		"Recap\u2028Bcc: attacker@evil.example",
		"Recap\x00\x1b\vBcc: attacker@evil.example",
		"Recap\r\n\r\nbody injection",
	}
	for _, s := range evil {
		t.Run(strings.ToValidUTF8(s, "?"), func(t *testing.T) {
			d := sampleDraft()
			d.Subject = s
			d.From.Name = s
			d.To[0].Name = s
			d.MessageID = "id\r\nBcc: x@y@z"
			b, err := d.MIME()
			if err != nil {
				t.Fatal(err)
			}
			head, _, _ := strings.Cut(string(b), "\r\n\r\n")
			for _, line := range strings.Split(head, "\r\n") {
				if strings.HasPrefix(strings.ToLower(line), "bcc:") {
					t.Errorf("injected header line %q in\n%s", line, head)
				}
			}
			if strings.Contains(head, "body injection") && !strings.Contains(head, "Recap body injection") {
				t.Errorf("header broken:\n%s", head)
			}
			h, _, _ := parse(t, b)
			if h.Has("Bcc") {
				t.Error("parsed message has a Bcc field")
			}
			if subj, _ := h.Subject(); strings.ContainsAny(subj, "\r\n") {
				t.Errorf("Subject = %q", subj)
			}
		})
	}
	// The addresses themselves are validated.
	for _, addr := range []string{"a@b.example\r\nBcc: c@d.example", "not an address", "x@y.example, z@w.example", "<x@y.example>"} {
		d := sampleDraft()
		d.To[0].Email = addr
		if _, err := d.MIME(); !errors.Is(err, email.ErrAddress) {
			t.Errorf("To %q: err = %v, want ErrAddress", addr, err)
		}
	}
}

func TestHTMLEscaping(t *testing.T) {
	call := extract.Call{
		Type: extract.Demo,
		At:   time.Date(2026, 3, 3, 10, 0, 0, 0, time.UTC),
		Attendees: []extract.Attendee{
			{Name: `Mallory <img src=x onerror=alert(1)>`, Side: extract.Theirs, Org: `"Evil" & Co`},
			{Name: "Dana Reyes", Side: extract.Ours, Org: "Northwind"},
		},
		Items: []extract.Item{{Side: extract.Theirs, Owner: `Mallory <img src=x onerror=alert(1)>`,
			Action: `send the <script>steal()</script> list & "notes"`, Kind: extract.Commitment,
			Due: &extract.Due{Time: time.Date(2026, 3, 6, 17, 0, 0, 0, time.UTC), Explicit: true}}},
	}
	d, err := email.Recap(call, email.Options{Resources: []email.Resource{{Title: "Guide", URL: "javascript:alert(2)"}}})
	if err != nil {
		t.Fatal(err)
	}
	for _, bad := range []string{"<script", "<img", "onerror=alert(1)>", "javascript:", `"notes"`} {
		if strings.Contains(d.HTML, bad) {
			t.Errorf("HTML carries %q unescaped:\n%s", bad, d.HTML)
		}
	}
	for _, want := range []string{"&lt;script&gt;steal()&lt;/script&gt;", "&amp;", "&lt;img"} {
		if !strings.Contains(d.HTML, want) {
			t.Errorf("HTML lacks %q:\n%s", want, d.HTML)
		}
	}
	// The plain text keeps the words as said.
	if !strings.Contains(d.Text, `<script>steal()</script> list & "notes"`) {
		t.Errorf("text lost the action:\n%s", d.Text)
	}
}

func TestWrap(t *testing.T) {
	tests := []struct {
		name, in, want string
		width          int
	}{
		{"short", "hello", "hello", 78},
		{"prose", "aaa bbb ccc ddd eee fff ggg hhh iii jjj kkk", "aaa bbb ccc ddd eee\nfff ggg hhh iii jjj\nkkk", 20},
		{"bullet hangs", "- aaa bbb ccc ddd eee fff ggg hhh iii", "- aaa bbb ccc ddd\n  eee fff ggg hhh\n  iii", 20},
		{"numbered hangs", "12. aaa bbb ccc ddd eee fff ggg", "12. aaa bbb ccc ddd\n    eee fff ggg", 20},
		{"long word alone", "see https://example.com/a/very/long/path/that/cannot/break now", "see\nhttps://example.com/a/very/long/path/that/cannot/break\nnow", 20},
		{"trailing spaces go", "a   \nb", "a\nb", 20},
		{"runes not bytes", strings.Repeat("é", 20), strings.Repeat("é", 20), 20},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := email.Wrap(tt.in, tt.width); got != tt.want {
				t.Errorf("Wrap(%q, %d) =\n%q\nwant\n%q", tt.in, tt.width, got, tt.want)
			}
		})
	}
}

// TestDraftLinesWrapped checks every line of every fixture draft.
func TestDraftLinesWrapped(t *testing.T) {
	for _, f := range loadFixtures(t) {
		d := makeDrafts(t, f)
		for name, text := range map[string]string{"recap": d.recap.Text, "internal": d.internal.Text, "internal.md": d.internal.Markdown, "breakup": d.breakup.Text} {
			for _, line := range strings.Split(text, "\n") {
				if utf8.RuneCountInString(line) > email.Width && strings.Contains(line, " ") {
					t.Errorf("%s/%s: line over %d: %q", f.name, name, email.Width, line)
				}
			}
		}
	}
}
