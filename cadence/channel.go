package cadence

import (
	"github.com/aftercall/aftercall/internal/enum"
)

// Channel is how a touch reaches the prospect. The zero Channel is
// ChannelUnknown, which no valid step uses.
type Channel uint8

// Channels.
const (
	ChannelUnknown Channel = iota
	Email
	Phone
	SMS
	LinkedIn
	// Voicemail is a phone attempt on which the rep leaves the one
	// voicemail of the sequence if nobody answers.
	Voicemail
)

var channelNames = enum.Names{"", "email", "phone", "sms", "linkedin", "voicemail"}

func (c Channel) String() string { return channelNames.String("Channel", int(c)) }
func (c Channel) MarshalText() ([]byte, error) {
	return channelNames.Marshal("cadence", "channel", int(c))
}
func (c *Channel) UnmarshalText(b []byte) error {
	return channelNames.Set("cadence", "channel", b, (*uint8)(c))
}

// calls reports whether the channel is a phone call (a voicemail is a call
// first).
func (c Channel) calls() bool { return c == Phone || c == Voicemail }

// Purpose is what a touch is for. The zero Purpose is PurposeUnknown, which
// no valid step uses.
type Purpose uint8

// Purposes.
const (
	PurposeUnknown Purpose = iota
	// Recap is the written summary of the call: what was heard, the agreed
	// next steps with dates, anything promised.
	Recap
	// Confirmation is the short text that confirms the booked next step.
	Confirmation
	// ValueAdd sends something useful that asks for nothing.
	ValueAdd
	// CheckIn refers to the call and proposes a concrete next step.
	CheckIn
	// Callback calls the prospect back (a missed call, a promised call, or
	// a callback time agreed in advance).
	Callback
	// Breakup is the last touch: it says this is the final outreach.
	Breakup
	// Nurture keeps in touch over a long cycle.
	Nurture
)

var purposeNames = enum.Names{"", "recap", "confirmation", "value-add", "check-in", "callback", "breakup", "nurture"}

func (p Purpose) String() string { return purposeNames.String("Purpose", int(p)) }
func (p Purpose) MarshalText() ([]byte, error) {
	return purposeNames.Marshal("cadence", "purpose", int(p))
}
func (p *Purpose) UnmarshalText(b []byte) error {
	return purposeNames.Set("cadence", "purpose", b, (*uint8)(p))
}
