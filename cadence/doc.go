// Package cadence plans what happens after a sales call, and when: the
// follow-up touches (recap, confirmation text, value-add, check-in,
// callback, breakup, nurture) as a [Schedule] of plain values a caller can
// show, store, export to a calendar or run.
//
//	s, err := cadence.Plan(call, cadence.Options{
//		Calendar: timeexpr.Calendar{Location: ny, Holidays: timeexpr.USHolidays()},
//	})
//	for _, t := range s.Touches {
//		fmt.Println(t.At, t.Channel, t.Purpose, t.Moved)
//	}
//
// # Models
//
// A [Model] is data: a list of [Step] values, each with a [Delay] from the
// end of the call whose unit is explicit (minutes, hours, calendar days,
// business days, weeks), a [Channel], a [Purpose] and a time [Block]. Delays
// always count from the start of the schedule, never from the previous step,
// so one touch that moves never drags the rest along. The built-in models
// follow the usual playbooks:
//
//   - [PostCall]: the recap within the hour, a value-add on business day
//     2, a check-in with context on day 5, a call on day 7, the breakup on
//     day 10.
//   - [LongCycle]: weeks 1-2 high touch across email, phone and LinkedIn;
//     weeks 3-4 twice a week; month 2 weekly; month 3 every other week; then
//     monthly, and the breakup in month 7.
//   - [PersistenceA]: 3-5 touches over 3-7 days for warm inbound calls.
//   - [PersistenceB]: six calls across late-morning and late-afternoon
//     blocks with a single voicemail, for hard-to-reach, high-value leads.
//   - [PersistenceC]: two touches and a scheduled callback, for high volume.
//
// Callers write their own in Go or JSON (the enums and delays have text
// forms: {"after": "2bd", "channel": "email", "purpose": "value-add",
// "block": "late-morning"}); [Model.Validate] checks one.
//
// # Rules
//
// [Plan] picks the model for the call type and fills owner, contact and
// stakeholders from the call; [Build] applies a model from a start time.
// Both place every touch in the prospect's calendar ([timeexpr.Calendar]:
// their zone, work hours, weekend, holidays), never in the rep's zone or the
// clock time of the call:
//
//   - The recap and the confirmation text follow the call promptly, even
//     after hours, as long as that is between 08:00 and 21:00 local;
//     otherwise they wait for the start of the next work hours.
//   - Every other touch lands on a workday inside work hours, never on a
//     holiday of the calendar or a bridge day ([BridgeDays]: the day after
//     Thanksgiving, Christmas Eve, New Year's Eve, on by default when the
//     calendar has the holiday they bridge; see Options.NoBridgeDays and
//     Options.SkipDays).
//   - Day-level steps land at the start of their block in local wall-clock
//     time, so a 10:30 touch stays at 10:30 across a daylight-saving change.
//   - Texts go out only between 08:00 and 21:00 local.
//   - Touches stay in order, at least [MinGap] apart, the breakup last;
//     unless Options.Urgent, two day-level touches never fall on the same
//     or consecutive workdays (no daily hammering); the touches right after
//     the call (counted in minutes or hours) are exempt.
//   - Consecutive phone attempts use different time blocks.
//
// Each touch lists in Moved every rule that moved it ("weekend",
// "holiday: Thanksgiving Day", "quiet hours", "spacing", "block"…), so a
// user can see why it is not where the model put it.
//
// # Replanning
//
// [Schedule.After] applies an [Event]: a reply or a booked meeting stops the
// sequence; a bounce moves later touches on that channel to another one; an
// unanswered call moves the next call to another block; a voicemail left
// turns later voicemails into plain calls; an out-of-office reply moves what
// falls in the absence to the return; going dark changes the channel, then
// the contact (another stakeholder from the call), then ends with the
// breakup. Touches already due are history and never change.
//
// # SLAs, lateness and metrics
//
// [FirstTouchDue] says when the first follow-up is due by call type and
// lead type ([DefaultSLAs]: a missed call within 5 minutes and again the
// same day, high intent within the hour…), counting work time. [LateAt]
// grades a late touch and says what to do ([DefaultLateRules]). [Measure]
// turns follow-up records into the metrics that change behaviour: time to
// first follow-up (median and p90), connect rate by time block, attempts per
// outcome, no-response leakage, response rate by touch number and channel
// effectiveness.
//
// # iCalendar
//
// [Schedule.ICS] exports tasks (VTODO) and events (VEVENT, with a 15-minute
// display alarm) as RFC 5545 text through github.com/arran4/golang-ical:
// CRLF line endings, lines folded at 75 octets, METHOD:PUBLISH (a proposal,
// never a request that edits the prospect's calendar), DTSTAMP from the
// options, and UIDs derived from the schedule.
//
// # Guarantees
//
// The package never reads the clock, the environment, files or the network:
// the same inputs give the same schedule, byte for byte. Zero values are
// useful: the zero [Options] plans in UTC with 09:00-17:00 work hours and no
// holidays; the zero [Model] means "the model for the call type". Bad input
// is an error, never a panic: [ErrNoTime], [ErrInvalidModel] (as a
// [*ModelError]), [ErrDelay], [ErrEvent], [ErrEventTime], [ErrNoStamp].
package cadence
