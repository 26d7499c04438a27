// Package extract turns a sales call transcript or a rep's notes into the
// work that must follow it: our commitments, theirs and shared ones, each
// with an owner, a short action, a resolved deadline, a priority, a status
// and the evidence it came from.
//
// # Input
//
// [Parse] reads the text and an [Options] value. Only Options.At, the
// reference time of the call, is required; deadlines are resolved against
// it in Options.Calendar (see package timeexpr). The format is detected by
// [Detect] unless Options.Format says otherwise:
//
//   - "Name: text" and "Name (Org): text" lines ([FormatPlain]);
//   - "[00:12:03] Name: text" lines ([FormatTimestamped]);
//   - Otter exports, a "Name  0:00" header then the words ([FormatOtter]);
//   - WebVTT with or without <v Name> voice tags ([FormatVTT]);
//   - SubRip ([FormatSRT]);
//   - a rep's notes ([FormatNotes]): bullets, fragments, "Next steps:" /
//     "AI:" / "Action items:" sections, "Owner: task", "task (Owner)",
//     "@name"; first person is Options.Author.
//
// A header at the top (`Date: 2026-11-17 10:00 America/New_York`,
// `NOTE Date: …` in WebVTT, `Attendees:`, `Present:`) is read by
// [ReadHeader]; the reference pipeline uses it for the reference time.
// Filler ("um", "uh", "[crosstalk]", "[inaudible]") is removed before
// analysis without changing the offsets evidence points at.
//
// # Who is who
//
// Speakers named in several ways ("Dana", "Dana Reyes", "DANA REYES") are
// one attendee. Options.Us names the people and organisations on our side;
// a label "Dana Reyes (Northwind):" gives the organisation, and everyone
// in an organisation of ours is ours. Everyone else is theirs. When no
// one on the call matches Options.Us (or it is empty) and there is no
// Options.Author, the first speaker is taken to run the call and is ours,
// with everyone of their organisation. A speaker's own introduction ("I'm
// Sam, the account exec at Acme") gives their organisation and role. Introductions in the talk ("this is Marcus,
// our security lead", "our solutions engineer, Marcus Bell") add people
// with their role and side.
//
// # Items
//
// Items come from cues, matched on words rather than part-of-speech tags:
//
//   - commitments: "I'll", "I will", "I'm going to", "let me", "we'll have
//     that by", "I can get you … by Friday" (a bare "I can" with no time is
//     a capability, not a promise);
//   - requests: "can you send …?", "please …", "we'd need to see …". The
//     answer decides: an acceptance or a promise makes one item owned by
//     the person who accepted; a refusal makes none;
//   - agreements and shared items: "let's set up a call with your CTO",
//     and proposals the other side accepts ("does Thursday at 2 work?" …
//     "Thursday works", "how about we draft the criteria together?");
//   - meetings a chair sets: "same time next Thursday then. I'll put it in
//     the calendar" is one meeting item with the time;
//   - conditionals: "if you can show us X, we'll do Y" gives two items,
//     Y's Condition pointing at X;
//   - third-person assignments: "Marcus will send …", "the designer will
//     draft …", "Sam to send …" (notes);
//   - introductions: "let me loop in …".
//
// No item is made for things done during the call ("let me share my
// screen"), past actions, capabilities, small talk, or questions that commit
// nobody. The same promise restated later is merged into one item whose
// Restated field holds the later quotes; the most precise deadline wins.
// Hedges ("I'll try to", "probably", "no promises") make an item
// Tentative. Priority is Blocking when the words around the item say the
// deal waits on it ("before legal signs off", "can't start without it"),
// High when it is tied to the next meeting or a close date.
//
// Owners are full names as the call knows them, or a role when the call
// gives only a role ("legal", "the designer"), or the other side's
// organisation for "they" in notes. Shared items have no owner. When
// nobody can tell, Owner is empty and OwnerReason says why: the package
// never guesses.
//
// Deadlines come from package timeexpr, read in the item's own clause
// (two promises in one sentence keep their own dates). A deadline
// anchored to an event ("before our next call", "for next time") is dated
// by the meeting the call schedules, when it does.
//
// # Notes
//
// A notes line in an action section ("Next steps", "AI:", "Action items",
// "TODO", or a bare heading above a list) is an item even without a cue;
// its owner is the one the line names, else its subject ("they need …",
// "raj to send …"), else the author. Lines that report what is done
// ("sent deck - done", "already signed") are no items. Lower-case notes
// with abbreviations are read the same way.
//
// The cue words are data: [DefaultLexicon] returns them, and a caller may
// extend a copy and pass it in Options.Lexicon.
//
// # What the call revealed
//
// Beyond the items, Parse fills the rest of the internal summary from the
// same turns, attendees and items, each with its evidence:
//
//   - Questions: the other side's questions (fragments count, small talk,
//     audio checks, asides to a colleague and accepted requests do not),
//     whether our reply answered them or deferred ("let me check"), the
//     item that promises the answer, and for open ones a research note:
//     topic, who on our side can answer, why it matters. Notes forms:
//     "Q (Tom): …", "Tom asked whether …", "Tom: …?", "…? (Tom)".
//   - NextMeeting: of the times floated in meeting talk, the one both
//     sides agreed on (an acceptance, or an invite the proposer sends); a
//     clock time wins over a day, a later day over the call's own day.
//   - KeyPoints, PainPoints, Timeline, Budget, DecisionProcess,
//     SuccessCriteria and DecisionMakers, in the other side's words.
//   - Objections and our answers, Competitors, NewContacts (people named
//     with a role or an introduction who were not on the call).
//   - Type (discovery, demo, negotiation, check-in, internal) with the
//     TypeCues that decided it, each distinct cue counted once.
//   - Risks with RiskNotes, a Stage recommendation and a CRM update.
//
// The cues are data too: [DefaultInsightCues] returns them; pass an
// extended copy in Options.Insights, and vendor names in
// Options.Competitors.
//
// # Evidence
//
// Every item carries the turn, the byte offsets and the quoted sentence it
// came from: input[Start:End] == Quote for valid UTF-8 input. Invalid UTF-8
// is repaired (U+FFFD) first, and offsets refer to the repaired text.
//
// # Limits
//
// The rules are for English and use no part-of-speech tagger: they read
// cue words, subjects and modals, so an unusual phrasing can be missed or
// a joke taken at its word ("I'll join late on purpose"). Priority follows
// explicit cues only; how urgent a plain deadline is, is left to the
// caller. A "they" or "he" that points at nothing the call named leaves no
// item rather than a guessed owner.
//
// # Guarantees
//
// Parse reads no clock, files, network or environment. It is deterministic
// (the same input and options give the same Call) and safe for concurrent
// use; the built-in lexicon is built once and only read. Errors are
// [ErrEmpty], [ErrTooLarge] (over [MaxInput]) and [ErrNoTime].
//
//	call, err := extract.Parse(text, extract.Options{
//		At: time.Date(2026, 11, 17, 10, 0, 0, 0, loc),
//		Us: []string{"Dana Reyes", "Northwind"},
//	})
//	for _, it := range call.Items {
//		fmt.Println(it.Side, it.Owner, it.Action)
//	}
package extract
