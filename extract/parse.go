package extract

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/aftercall/aftercall/timeexpr"
)

// defaultLexicon is the built-in lexicon, built once and only read.
var defaultLexicon = sync.OnceValue(func() *Lexicon { lx := DefaultLexicon(); return &lx })

// turnState is a turn with what the parser works on.
type turnState struct {
	raw     rawTurn
	speaker *person
	ct      cleanText
	first   int // index of the turn's first sentence
	n       int // number of sentences
}

// parser holds one Parse call's state. Nothing in it is shared between
// calls, which makes Parse safe for concurrent use.
type parser struct {
	input  string
	opt    Options
	cal    timeexpr.Calendar
	lx     *Lexicon
	format Format
	ps     people
	author *person
	turns  []turnState
	sents  []sentence
	sides  int // number of sides present on the call
	// curSpeaker is the speaker of the sentence being read.
	curSpeaker *person
	// anchored are the items (by index) whose deadline waits on an event.
	anchored map[int]anchored
}

// Parse extracts the call in text: its attendees, turns and the items that
// must follow it, with their owners, deadlines and evidence.
//
// Parse fails with ErrEmpty for blank text, ErrTooLarge over MaxInput bytes
// and ErrNoTime when opt.At is zero. Invalid UTF-8 is replaced with U+FFFD
// first; evidence offsets then refer to the repaired text (identical to the
// input when it is valid UTF-8). Parse is deterministic and safe for
// concurrent use.
func Parse(text string, opt Options) (Call, error) {
	if len(text) > MaxInput {
		return Call{}, ErrTooLarge
	}
	if strings.TrimSpace(text) == "" {
		return Call{}, ErrEmpty
	}
	if opt.At.IsZero() {
		return Call{}, ErrNoTime
	}
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, "\uFFFD")
	}
	p := &parser{input: text, opt: opt, cal: opt.Calendar, lx: opt.Lexicon}
	if p.lx == nil {
		p.lx = defaultLexicon()
	}
	p.format = opt.Format
	switch p.format {
	case FormatAuto:
		p.format = Detect(text)
	case FormatTranscript:
		if p.format = Detect(text); p.format == FormatNotes {
			p.format = FormatPlain
		}
	}
	p.read()
	c := Call{
		At:        opt.At.In(p.cal.Loc()),
		Format:    p.format,
		Items:     []Item{},
		Questions: []Question{},
		Risks:     []Risk{},
	}
	c.Turns = make([]Turn, len(p.turns))
	for i, t := range p.turns {
		tt := Turn{Index: i, Offset: t.raw.offset, Text: t.ct.s}
		if t.speaker != nil {
			tt.Speaker = t.speaker.name
		}
		if n := len(t.raw.segs); n > 0 {
			tt.Span = timeexpr.Span{Start: t.raw.segs[0].Start, End: t.raw.segs[n-1].End}
		}
		c.Turns[i] = tt
	}
	c.Items = p.items()
	c.Attendees = p.ps.attendees()
	if c.Attendees == nil {
		c.Attendees = []Attendee{}
	}
	p.analyze(&c)
	p.settleAnchors(&c)
	return c, nil
}

// read splits the input into turns and sentences and learns who is who.
func (p *parser) read() {
	text := p.input
	hdr, _ := ReadHeader(text)
	raws := readTurns(text, p.format)
	notes := p.format == FormatNotes
	if notes || p.opt.Author != "" {
		if p.opt.Author != "" {
			p.author = p.ps.add(p.opt.Author, "", "")
		} else {
			p.author = p.ps.add("me", "", "")
		}
		p.author.author = true
		p.author.present = notes
	}
	for _, a := range hdr.Attendees {
		if a.Name == "me" {
			if p.author != nil {
				p.author.present = true
			}
			continue
		}
		q := p.ps.add(a.Name, a.Org, a.Role)
		q.present, q.known = true, true
	}
	for _, a := range hdr.Absent {
		q := p.ps.add(a.Name, a.Org, a.Role)
		q.known = true
	}
	p.turns = make([]turnState, 0, len(raws))
	byLabel := map[string]*person{}
	for _, r := range raws {
		t := turnState{raw: r}
		if r.label != "" && !notes {
			if q, ok := byLabel[r.label+"\x00"+r.org]; ok {
				t.speaker = q
			} else {
				t.speaker = p.ps.add(r.label, r.org, "")
				byLabel[r.label+"\x00"+r.org] = t.speaker
			}
			t.speaker.present, t.speaker.speaker, t.speaker.known = true, true, true
		} else if notes {
			t.speaker = p.author
		}
		p.turns = append(p.turns, t)
	}
	p.sents = make([]sentence, 0, len(text)/60+1)
	for i := range p.turns {
		t := &p.turns[i]
		t.ct = p.lx.clean(text, t.raw.segs)
		t.first = len(p.sents)
		p.sents = splitSentences(i, t.ct.s, p.sents)
		t.n = len(p.sents) - t.first
	}
	for i := range p.sents {
		p.ps.readIntroductions(p.sents[i].text, p.turns[p.sents[i].turn].speaker)
	}
	p.ps.assignSides(p.opt.Us, p.opt.Author)
	for _, q := range p.ps.list {
		if q.side == SideUnknown {
			q.side = Theirs
			if q.org != "" {
				for _, o := range p.ps.list {
					if o != q && o.side != SideUnknown && strings.EqualFold(o.org, q.org) {
						q.side = o.side
						break
					}
				}
			}
		}
	}
	seen := map[Side]bool{}
	for _, q := range p.ps.list {
		if q.present {
			seen[q.side] = true
		}
	}
	p.sides = len(seen)
}

// otherSide returns the side opposite s (Theirs for Ours and the other way
// round).
func otherSide(s Side) Side {
	if s == Ours {
		return Theirs
	}
	return Ours
}
