// Package email drafts what a sales rep sends after a call, from the
// [extract.Call] the extract package made of it: the customer recap email,
// the internal summary for the team and the CRM, the confirmation text
// message, and the cadence variants (voicemail follow-up, value-add,
// check-in with context, breakup). It also lints any follow-up text for
// the phrases that make one stiff, vague or generic.
//
// Drafts are values: a person reads one, edits it if needed and sends it.
// The package never sends anything, reads no clock, files or network, and
// gives byte-identical output for the same call and [Options].
//
// # The recap
//
// [Recap] follows the structure of the recap guidance:
//
//  1. a subject that names the two organisations and the call's date;
//  2. one thank-you sentence that names something specific from the call
//     (a pain point in their words, else one of their questions, else
//     what they offered to do);
//  3. up to five points from the customer's side, none made twice: the
//     call's key points in their own words, quoted and attributed (only
//     from their side's speakers: in notes every line is the rep's), pain
//     points that say something, their open questions, what they need
//     from us before they can move;
//  4. every item of both sides with its owner and date, as a list in the
//     text and a table in the HTML. An item the call left undated gets a
//     date to confirm: before the next meeting, two workdays after the item
//     it waits on, or five workdays out. Our item that is the recap itself
//     ("send the recap email") is left out, and so is the meeting the next
//     step already confirms; the same promise made twice is one line.
//     When even a compacted recap would take over a minute to read, the
//     least urgent items (normal priority, latest or no deadline) move to
//     [Draft.Omitted] and the text says how many, so a forty-item call
//     still gets a recap a person reads;
//  5. the next step: the scheduled meeting confirmed with its day, time and
//     zone (and our zone too when it differs), or two concrete proposed
//     times on different workdays inside both sides' work hours
//     ([Options.Customer] is their calendar);
//  6. resources from [Options.Resources], at most three.
//
// Tone follows the guidance: professional, specific, about 60 seconds to
// read, "Looking forward to next steps" rather than anything presumptuous.
//
// # What never goes to the customer
//
// Customer drafts (the recap, the text, the variants) are built from an
// allow-list of fields: attendees' names, items, the customer's questions,
// the next meeting, key and pain points. Internal notes, competitors,
// objections and their handling, risk flags, the stage and any
// probability only reach [Internal]. Competitor names (the call's, plus
// [Options.Competitors]) are rewritten as "the other tool" wherever call
// text reaches a customer draft, and the tool they use today (an
// incumbent) as "your current tool". Key points, pain points and
// questions that repeat an objection, a budget remark or a risk's
// evidence, or talk about other vendors ("also talking to", "quoted us"),
// are never quoted; neither are the rep's own notes lines (only their
// side's words are), nor our side asking one of our own ("ask Maya
// about…"), which stays in the internal summary.
//
// Customer drafts address the customer: an item's pronouns follow whoever
// said it, so their "send our questionnaire back to you" reads "send your
// questionnaire back to us", and the rep's "send them the deck" reads
// "send you the deck"; shorthand such as "owe them the answer on" becomes
// "get back to you on". Values from the call are escaped in HTML
// by html/template.
//
// # Timing and lateness
//
// [SendBy] reads the send-by time from a table by call type
// ([DefaultTiming]): discovery within 2–4 hours (the table holds the outer
// bound, 4), negotiation within 2, demo the same day or the next morning,
// check-in within 24, an internal debrief within the hour. [Late] measures
// how late [Options.Now] is in workdays of our calendar: one workday late
// the recap goes as is; two or three and it opens with "Apologies for the
// delayed follow-up; I wanted to make sure I captured everything
// accurately."; four or more and [Draft.Late] says [CallFirst], with
// [Draft.TalkingPoints] for the call (context in one sentence, one
// clarifying question, a yes-or-no next step, the recap in brief), the
// recap text being what to send after it. The guidance counts days; the
// package counts workdays, so a Friday call followed up on Monday is one
// day late, not three.
//
// # The confirmation text
//
// [Confirmation] writes the SMS sent right after the call: what was
// agreed, the next step and its time, what the customer must do, a reply
// path, and "Reply STOP to opt out." when [Options.SMSOptOut] asks. SMS
// facts ([CountSMS]): a GSM-7 message holds 160 characters, 153 per segment
// once split; the extension characters ^ { } \ [ ~ ] | € and form feed
// take two; one character outside GSM-7 (a curly apostrophe, an emoji)
// makes the whole message UCS-2, 70 characters, 67 per segment, with
// emoji outside the BMP taking two. So the package writes straight quotes
// ([Straighten]) and keeps the text within [MaxSegments] by shortening
// actions, then dropping what we agreed, then what they do. Names are
// never transliterated, so a name outside GSM-7 ("Zoë") makes the text
// UCS-2 and may take more segments; the count says so. [SMS.SendAt]
// keeps texts inside 08:00–21:00 in the recipient's zone (the US federal
// rule; pass a state's stricter window in [Options.TextWindow]).
//
// # Rendering
//
// [Draft.MIME] and [Draft.WriteTo] render an RFC 5322 message through
// github.com/emersion/go-message: Date, From, To, Subject (RFC 2047 encoded
// when not ASCII), Message-Id, then multipart/alternative with the plain
// text first and the HTML last (RFC 2046 §5.1.4). Parts are 7bit when
// they are ASCII with short lines, else quoted-printable. Plain text is
// wrapped at 78 characters ([Wrap]). The boundary and the default
// Message-Id are hashes of the content, and Date is [Options.Now], so the
// same draft renders to the same bytes. Every header value goes through a
// cleaner that turns CR, LF and other control characters into spaces: a
// name or subject taken from a transcript can never add a header line.
// Recipients the call knows only by name are left out of the To field
// (the call holds no addresses; set [Options.To]).
//
// Divergences from the RFCs: no format=flowed (RFC 3676), and header
// folding is go-message's.
//
// # Templates
//
// Every body is a text/template or html/template a caller can replace
// through [Options.Templates]; [RecapData], [InternalData], [SMSData] and
// [VariantData] are what they see. Text templates produce unwrapped lines
// and the package wraps them.
//
// # Lint
//
// [Lint] flags the banned phrases with better alternatives
// ([DefaultBanned]: "per our conversation", "just circling back", "hope this
// finds you well", "please find attached", "don't hesitate to reach out",
// and relatives), vague follow-ups ([DefaultVague]: "just checking in"),
// texts over about 60 seconds of reading at 250 words a minute, texts with
// no next step or date, and action items without a date. Matching ignores
// case, curly quotes and line wraps. A [Linter] takes other tables. Every
// customer draft the package makes is lint-clean on the test corpus.
package email
