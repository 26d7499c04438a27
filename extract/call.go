package extract

import (
	"time"

	"github.com/aftercall/aftercall/internal/enum"
	"github.com/aftercall/aftercall/timeexpr"
)

// Call is what Parse extracted from one call or one set of notes. Its JSON
// encoding is the contract of the reference pipeline (see DESIGN.md): the
// names and shapes of the existing fields never change; fields may be added.
type Call struct {
	Type      CallType   `json:"type"`
	Attendees []Attendee `json:"attendees"`
	Items     []Item     `json:"items"`
	Questions []Question `json:"questions"`

	// NextMeeting is the meeting the call scheduled, or nil.
	NextMeeting *Meeting `json:"next_meeting"`

	Risks []Risk `json:"risks"`

	// At is the reference time the call was parsed against, in the
	// calendar's zone.
	At time.Time `json:"at"`

	// Format is the input format Parse detected (or was told).
	Format Format `json:"format"`

	// Turns are the speaker turns (for notes: one per line), in order.
	Turns []Turn `json:"turns,omitempty"`

	// What the call revealed beyond the items (see insights.go). Lists
	// are empty, not null, after Parse.

	// KeyPoints are the 3-5 things the other side said that matter most
	// to them, in their words and in call order.
	KeyPoints       []Point         `json:"key_points"`
	PainPoints      []Point         `json:"pain_points"`
	Timeline        []Point         `json:"timeline"`
	Budget          []Point         `json:"budget"`
	DecisionProcess []Point         `json:"decision_process"`
	DecisionMakers  []DecisionMaker `json:"decision_makers"`
	SuccessCriteria []Point         `json:"success_criteria"`
	Objections      []Objection     `json:"objections"`
	Competitors     []Competitor    `json:"competitors"`
	// NewContacts are people the call named who were not on it.
	NewContacts []Contact `json:"new_contacts"`
	// TypeCues are the cues that decided Type, strongest first.
	TypeCues []TypeSignal `json:"type_cues"`
	// RiskNotes say why each of Risks was flagged, in the same order.
	RiskNotes []RiskNote          `json:"risk_notes"`
	Stage     StageRecommendation `json:"stage"`
	CRM       CRMUpdate           `json:"crm"`
}

// Attendee is a person on the call or named in the notes.
type Attendee struct {
	Name string `json:"name"`
	Org  string `json:"org,omitempty"`
	Side Side   `json:"side"`
	Role string `json:"role,omitempty"`
	// Aliases are the other forms the call used for this person
	// ("Dana", "DANA REYES"), sorted.
	Aliases []string `json:"aliases,omitempty"`
}

// Turn is one stretch of speech by one speaker (or one line of notes).
type Turn struct {
	Index   int    `json:"index"`
	Speaker string `json:"speaker"` // the attendee's full name; "" when unknown
	// Offset is the time into the call when the format gives one.
	Offset time.Duration `json:"offset,omitempty"`
	Text   string        `json:"text"`
	// Span locates Text in the original input.
	Span timeexpr.Span `json:"span"`
}

// Item is one thing that must happen after the call.
type Item struct {
	Side   Side   `json:"side"`
	Owner  string `json:"owner"`
	Action string `json:"action"`
	Kind   Kind   `json:"kind"`
	// Due is the deadline, or nil when the item names none.
	Due      *Due     `json:"due"`
	Priority Priority `json:"priority"`
	// Condition is the index in Call.Items of the item this one waits on.
	Condition *int     `json:"condition"`
	Source    Evidence `json:"source"`

	// OwnerReason says why Owner is empty ("nobody named"), or how it was
	// resolved when that was not direct.
	OwnerReason string  `json:"owner_reason,omitempty"`
	Status      Status  `json:"status"`
	Confidence  float64 `json:"confidence"`
	// Restated holds the later quotes of the same promise, merged into
	// this item.
	Restated []Evidence `json:"restated,omitempty"`
}

// Due is an item's deadline.
type Due struct {
	Time time.Time `json:"time"`
	// Phrase is the time expression as said ("by Friday").
	Phrase string `json:"phrase"`
	// Explicit is false when the deadline is implied ("ASAP") or added by a
	// policy rather than said.
	Explicit bool           `json:"explicit"`
	Grain    timeexpr.Grain `json:"grain,omitempty"`
}

// Evidence locates the words an item, question or meeting came from.
type Evidence struct {
	Turn  int    `json:"turn"`
	Start int    `json:"start"` // byte offset into the original input
	End   int    `json:"end"`
	Quote string `json:"quote"`
}

// Question is a question the other side asked.
type Question struct {
	Asker    string `json:"asker"`
	Text     string `json:"text"`
	Answered bool   `json:"answered"`
	// Item is the index in Call.Items of the promise to find out, if any.
	Item   *int     `json:"item,omitempty"`
	Source Evidence `json:"source"`

	// For an open question (research to do): its topic ("security",
	// "integration", "pricing", …), who on our side can answer it, and
	// why it matters to the deal. Empty when Answered.
	Topic    string `json:"topic,omitempty"`
	Answerer string `json:"answerer,omitempty"`
	Why      string `json:"why,omitempty"`
}

// Meeting is a meeting the call scheduled.
type Meeting struct {
	Time     time.Time `json:"time,omitzero"`
	Phrase   string    `json:"phrase"`
	Invitees []string  `json:"invitees,omitempty"`
	Purpose  string    `json:"purpose,omitempty"`
	Source   Evidence  `json:"source"`
}

// Side says whose work an item is. The zero Side is SideUnknown.
type Side uint8

// Sides.
const (
	SideUnknown Side = iota
	Ours             // the seller's side
	Theirs           // the customer's side
	Shared           // done together
)

var sideNames = enum.Names{"", "ours", "theirs", "shared"}

func (s Side) String() string                { return sideNames.String("Side", int(s)) }
func (s Side) MarshalText() ([]byte, error)  { return sideNames.Marshal("extract", "side", int(s)) }
func (s *Side) UnmarshalText(b []byte) error { return sideNames.Set("extract", "side", b, (*uint8)(s)) }

// Kind is what sort of item it is. The zero Kind is KindUnknown.
type Kind uint8

// Kinds.
const (
	KindUnknown  Kind = iota
	Commitment        // someone promised it
	Request           // someone asked for it and it was accepted
	Agreement         // both sides agreed to a proposal
	MeetingItem       // a meeting to hold
	Introduction      // an introduction to make
)

var kindNames = enum.Names{"", "commitment", "request", "agreement", "meeting", "introduction"}

func (k Kind) String() string                { return kindNames.String("Kind", int(k)) }
func (k Kind) MarshalText() ([]byte, error)  { return kindNames.Marshal("extract", "kind", int(k)) }
func (k *Kind) UnmarshalText(b []byte) error { return kindNames.Set("extract", "kind", b, (*uint8)(k)) }

// Priority says how much the deal waits on an item. The zero Priority is
// Normal.
type Priority uint8

// Priorities.
const (
	Normal   Priority = iota
	High              // tied to the next meeting or a close date
	Blocking          // the other side said they cannot move without it
)

var priorityNames = enum.Names{"normal", "high", "blocking"}

func (p Priority) String() string { return priorityNames.String("Priority", int(p)) }
func (p Priority) MarshalText() ([]byte, error) {
	return priorityNames.Marshal("extract", "priority", int(p))
}
func (p *Priority) UnmarshalText(b []byte) error {
	return priorityNames.Set("extract", "priority", b, (*uint8)(p))
}

// Status says how firm a promise is. The zero Status is Firm.
type Status uint8

// Statuses.
const (
	Firm      Status = iota
	Tentative        // hedged: "I'll try to", "probably"
)

var statusNames = enum.Names{"firm", "tentative"}

func (s Status) String() string { return statusNames.String("Status", int(s)) }
func (s Status) MarshalText() ([]byte, error) {
	return statusNames.Marshal("extract", "status", int(s))
}
func (s *Status) UnmarshalText(b []byte) error {
	return statusNames.Set("extract", "status", b, (*uint8)(s))
}

// CallType is the kind of call. The zero CallType is CallUnknown.
type CallType uint8

// Call types.
const (
	CallUnknown CallType = iota
	Discovery
	Demo
	Negotiation
	CheckIn
	Internal
)

var callTypeNames = enum.Names{"", "discovery", "demo", "negotiation", "check-in", "internal"}

func (t CallType) String() string { return callTypeNames.String("CallType", int(t)) }
func (t CallType) MarshalText() ([]byte, error) {
	return callTypeNames.Marshal("extract", "call type", int(t))
}
func (t *CallType) UnmarshalText(b []byte) error {
	return callTypeNames.Set("extract", "call type", b, (*uint8)(t))
}

// Risk is a warning sign about the deal.
type Risk uint8

// Risks.
const (
	RiskUnknown         Risk = iota
	SingleThreaded           // one contact on their side
	VagueTimeline            // no dated timeline
	BudgetUncertain          // budget not confirmed
	NoNextStep               // no next meeting scheduled
	DecisionMakerAbsent      // the decision maker was not on the call
	CompetitorInPlay         // a competitor was named
	BlockingOurs             // a blocking item is on our side
)

var riskNames = enum.Names{"", "single-threaded", "vague-timeline", "budget-uncertain", "no-next-step",
	"decision-maker-absent", "competitor", "blocking-ours"}

func (r Risk) String() string                { return riskNames.String("Risk", int(r)) }
func (r Risk) MarshalText() ([]byte, error)  { return riskNames.Marshal("extract", "risk", int(r)) }
func (r *Risk) UnmarshalText(b []byte) error { return riskNames.Set("extract", "risk", b, (*uint8)(r)) }

// Format is an input format. The zero Format is FormatAuto: detect it.
type Format uint8

// Formats. FormatTranscript asks Parse to detect which transcript format
// the text is in; Call.Format reports the one it found.
const (
	FormatAuto        Format = iota
	FormatTranscript         // any transcript format, detected
	FormatNotes              // a rep's notes
	FormatPlain              // "Name: text" or "Name (Org): text" lines
	FormatTimestamped        // "[00:12:03] Name: text" lines
	FormatOtter              // "Name  0:00" headers, text on following lines
	FormatVTT                // WebVTT, with or without <v Name> voice tags
	FormatSRT                // SubRip
)

var formatNames = enum.Names{"auto", "transcript", "notes", "plain", "timestamped", "otter", "vtt", "srt"}

func (f Format) String() string { return formatNames.String("Format", int(f)) }
func (f Format) MarshalText() ([]byte, error) {
	return formatNames.Marshal("extract", "format", int(f))
}
func (f *Format) UnmarshalText(b []byte) error {
	return formatNames.Set("extract", "format", b, (*uint8)(f))
}
