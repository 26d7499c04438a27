// Package sample loads the repository's sample calls (testdata/calls) with
// their hand-written want files, for the tests of every package that runs
// on them. The want file's format is described in testdata/calls/README.md.
package sample

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/aftercall/aftercall/extract"
	"github.com/aftercall/aftercall/timeexpr"
)

// Sample is one sample call or set of notes with its want file.
type Sample struct {
	Name string // file name without extension: "discovery-northwind"
	Path string // the input file
	Text string // the input
	Want Want
	// Options are the extract.Options the want file names.
	Options extract.Options
}

// Want is a sample's hand-written NAME.want.json.
type Want struct {
	About       string         `json:"about"`
	Options     WantOptions    `json:"options"`
	Type        string         `json:"type"`
	Items       []WantItem     `json:"items"`
	Questions   []WantQuestion `json:"questions"`
	NextMeeting *WantMeeting   `json:"next_meeting"`
	Risks       []string       `json:"risks"`
}

// WantOptions are the options a sample is parsed with.
type WantOptions struct {
	At       string   `json:"at"`
	TZ       string   `json:"tz"`
	Holidays string   `json:"holidays"`
	Us       []string `json:"us"`
	Author   string   `json:"author"`
	Format   string   `json:"format"`
}

// WantItem is an item a careful reader lists.
type WantItem struct {
	Side      string  `json:"side"`
	Owner     string  `json:"owner"`
	Action    string  `json:"action"`
	Kind      string  `json:"kind"`
	Due       *string `json:"due"`
	Priority  string  `json:"priority"`
	Condition *int    `json:"condition"`
	Quote     string  `json:"quote"`
}

// WantQuestion is a question the other side asked.
type WantQuestion struct {
	Asker    string `json:"asker"`
	Text     string `json:"text"`
	Answered bool   `json:"answered"`
}

// WantMeeting is the meeting both sides agreed on.
type WantMeeting struct {
	Time   string `json:"time"`
	Phrase string `json:"phrase"`
}

// inputExts are the extensions a sample's input file may have.
var inputExts = []string{".txt", ".md", ".vtt", ".srt"}

// Load returns every sample in dir that has a NAME.want.json, sorted by
// name. A want file without an input file is an error.
func Load(dir string) ([]Sample, error) {
	wants, err := filepath.Glob(filepath.Join(dir, "*.want.json"))
	if err != nil {
		return nil, err
	}
	sort.Strings(wants)
	out := make([]Sample, 0, len(wants))
	for _, w := range wants {
		s, err := load(w)
		if err != nil {
			return nil, err
		}
		out = append(out, s)
	}
	return out, nil
}

func load(wantPath string) (Sample, error) {
	base := strings.TrimSuffix(wantPath, ".want.json")
	s := Sample{Name: filepath.Base(base)}
	for _, ext := range inputExts {
		if _, err := os.Stat(base + ext); err == nil {
			s.Path = base + ext
			break
		}
	}
	if s.Path == "" {
		return s, fmt.Errorf("%s: no input file (%s)", wantPath, strings.Join(inputExts, ", "))
	}
	text, err := os.ReadFile(s.Path)
	if err != nil {
		return s, err
	}
	s.Text = string(text)
	b, err := os.ReadFile(wantPath)
	if err != nil {
		return s, err
	}
	if err := json.Unmarshal(b, &s.Want); err != nil {
		return s, fmt.Errorf("%s: %w", wantPath, err)
	}
	if s.Options, err = s.Want.Options.Extract(); err != nil {
		return s, fmt.Errorf("%s: %w", wantPath, err)
	}
	return s, nil
}

// Extract returns the extract.Options o names.
func (o WantOptions) Extract() (extract.Options, error) {
	loc := time.UTC
	if o.TZ != "" {
		l, err := time.LoadLocation(o.TZ)
		if err != nil {
			return extract.Options{}, err
		}
		loc = l
	}
	at, err := time.Parse(time.RFC3339, o.At)
	if err != nil {
		return extract.Options{}, err
	}
	holidays, err := timeexpr.HolidaysFor(o.Holidays)
	if err != nil {
		return extract.Options{}, err
	}
	var f extract.Format
	if o.Format != "" {
		if err := f.UnmarshalText([]byte(o.Format)); err != nil {
			return extract.Options{}, err
		}
	}
	return extract.Options{
		At:       at.In(loc),
		Calendar: timeexpr.Calendar{Location: loc, Holidays: holidays},
		Us:       o.Us,
		Author:   o.Author,
		Format:   f,
	}, nil
}
