package extract

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

// InsightCues is the lexicon the insight rules read: the cue phrases that
// find questions, the next meeting, key points, objections, competitors,
// risks and the call type. [DefaultInsightCues] returns the built-in
// tables; a caller extends them by appending to a copy and passing it in
// [Options].Insights.
//
// A phrase is one or more words, matched case-insensitively on word
// boundaries; hyphens and slashes separate words ("check-in" matches
// "check in"). A word ending in '*' matches any word it begins
// ("frustrat*" matches "frustrating").
type InsightCues struct {
	// CallTypes vote for a call type, each with its weight.
	CallTypes []TypeCue `json:"call_types"`

	// Deferrals are how our side promises to find out instead of
	// answering ("let me check", "I'll get back to you").
	Deferrals []string `json:"deferrals"`
	// NotQuestions are questions that ask for nothing: audio checks,
	// small talk, agenda checks ("can you hear me", "does that work").
	NotQuestions []string `json:"not_questions"`
	// Preambles open a question about the conversation itself ("can I
	// ask about …", "before we move on"): a sentence that starts with
	// one (not followed by a comma) is no question to answer.
	Preambles []string `json:"preambles"`
	// InCall are requests for something done during the call ("could
	// you zoom in"); a question holding one asks nothing to answer.
	InCall []string `json:"in_call"`
	// Requests are question forms that ask for an action, not for
	// information ("could you send"); they are items, not questions.
	Requests []string `json:"requests"`

	// Meetings mark a sentence that sets up a meeting ("let's book",
	// "next call", "does Thursday work").
	Meetings []string `json:"meetings"`
	// Accepts and Declines answer a proposal.
	Accepts  []string `json:"accepts"`
	Declines []string `json:"declines"`
	// Settled marks a meeting already agreed in notes ("invite sent").
	Settled []string `json:"settled"`
	// Invites settle a meeting time the speaker just named ("I'll put it
	// in the calendar", "I'll send the invite").
	Invites []string `json:"invites"`
	// MeetingNouns name a meeting ("call", "session", "kickoff"); they
	// locate its purpose.
	MeetingNouns []string `json:"meeting_nouns"`

	// Topics sort open questions by who can answer them.
	Topics []Topic `json:"topics"`

	// Customer-side information, each a list of cues.
	Pains      []string `json:"pains"`
	Timelines  []string `json:"timelines"`
	Budgets    []string `json:"budgets"`
	Decisions  []string `json:"decisions"`
	Successes  []string `json:"successes"`
	Needs      []string `json:"needs"`       // requirements: "must-have", "we need"
	VagueTimes []string `json:"vague_times"` // hedges that make a timeline vague
	Doubts     []string `json:"doubts"`      // hedges that make a budget uncertain
	// Signers say that someone decides ("signs off", "final say").
	Signers []string `json:"signers"`
	// Absent says that someone was not on the call.
	Absent []string `json:"absent"`

	// Objections are pushback from the other side, each with a kind.
	Objections []ObjectionCue `json:"objections"`
	// Handles open an answer to an objection ("I hear you", "what I can
	// do is").
	Handles []string `json:"handles"`
	// CompetitorCues introduce a competitor's name ("also looking at").
	CompetitorCues []string `json:"competitor_cues"`
	// Competitors are names that are competitors wherever they occur.
	Competitors []string `json:"competitors"`
	// DealRisks are events that set a deal back ("budget freeze").
	DealRisks []string `json:"deal_risks"`
	// Bygones put a deal risk in the past or deny it ("last spring, not
	// now"): a sentence with one raises no deal risk.
	Bygones []string `json:"bygones"`
	// Seniors are the roles that decide: a senior person named with
	// budget or decision talk is a decision maker.
	Seniors []string `json:"seniors"`
	// Rivals follow a competitor's name ("CrowdStrike came in lower").
	Rivals []string `json:"rivals"`
	// Roles are job titles and functions ("CFO", "head of procurement").
	Roles []string `json:"roles"`
	// Prices mark an amount as the deal's size ("quote", "lands around").
	Prices []string `json:"prices"`
	// Units after an amount make it a unit price ("£42 a seat"), not the
	// deal's size.
	Units []string `json:"units"`
	// Thresholds mark an amount as a limit, not a price ("anything over").
	Thresholds []string `json:"thresholds"`
	// CloseDates mark a date as when the deal closes or goes live.
	CloseDates []string `json:"close_dates"`
	// Titles are words that, in a notes title or heading, name the call
	// type outright.
	Titles []TypeCue `json:"titles"`
}

// TypeCue is a phrase that votes for a call type.
type TypeCue struct {
	Type   CallType `json:"type"`
	Phrase string   `json:"phrase"`
	Weight int      `json:"weight"`
}

// Topic is a subject open questions fall under, who on our side can
// answer them, and why they matter to the deal.
type Topic struct {
	Name     string   `json:"name"`
	Answerer string   `json:"answerer"`
	Why      string   `json:"why"`
	Cues     []string `json:"cues"`
}

// ObjectionCue is a phrase that raises an objection of a kind ("price").
type ObjectionCue struct {
	Kind   string `json:"kind"`
	Phrase string `json:"phrase"`
}

// DefaultInsightCues returns the built-in lexicon. Every call returns a
// fresh copy the caller may change.
func DefaultInsightCues() InsightCues {
	return InsightCues{
		CallTypes: []TypeCue{
			// Discovery: learning their situation.
			{Discovery, "tell me about", 2},
			{Discovery, "tell me more", 2},
			{Discovery, "what would good look like", 3},
			{Discovery, "what does good look like", 3},
			{Discovery, "what would success look like", 3},
			{Discovery, "what are you using", 3},
			{Discovery, "what do you use", 3},
			{Discovery, "who else needs", 3},
			{Discovery, "who else", 2},
			{Discovery, "why now", 3},
			{Discovery, "what prompted", 3},
			{Discovery, "what's driving", 3},
			{Discovery, "biggest challenge", 3},
			{Discovery, "big picture", 2},
			{Discovery, "how many", 1},
			{Discovery, "what happens today", 3},
			{Discovery, "current setup", 2},
			{Discovery, "walk me through your", 3},
			{Discovery, "walk me through how", 3},
			{Discovery, "your current process", 3},
			{Discovery, "how do you currently", 3},
			{Discovery, "how are you handling", 3},
			{Discovery, "how you're handling", 3},
			{Discovery, "what challenges", 3},
			{Discovery, "where it hurts", 3},
			{Discovery, "pain point*", 2},
			{Discovery, "pain:", 2},
			{Discovery, "what have you tried", 3},
			{Discovery, "who else is involved", 3},
			{Discovery, "who else weighs in", 3},
			{Discovery, "decision process", 2},
			{Discovery, "what does success look like", 3},
			{Discovery, "good outcome", 2},
			{Discovery, "what a good outcome", 3},
			{Discovery, "understand how", 2},
			{Discovery, "budget on your side", 2},
			{Discovery, "what's your timeline", 2},
			{Discovery, "timeline", 1},
			{Discovery, "budget", 1},
			{Discovery, "today:", 1},
			{Discovery, "discovery", 3},
			{Discovery, "disco", 3},
			{Discovery, "intro call", 3},
			{Discovery, "qualification", 2},
			// Demo: showing the product.
			{Demo, "let me show you", 3},
			{Demo, "share my screen", 1},
			{Demo, "sharing my screen", 1},
			{Demo, "can everyone see", 3},
			{Demo, "as you can see", 3},
			{Demo, "this dashboard", 3},
			{Demo, "the dashboard", 1},
			{Demo, "click", 3},
			{Demo, "click into", 3},
			{Demo, "here you can", 3},
			{Demo, "pull up the", 3},
			{Demo, "walk you through the product", 3},
			{Demo, "this demo", 3},
			{Demo, "today's demo", 3},
			{Demo, "the demo today", 3},
			{Demo, "ran the demo", 4},
			{Demo, "product tour", 3},
			{Demo, "let me show", 2},
			{Demo, "i'll show you", 2},
			{Demo, "you can see", 1},
			{Demo, "showed the", 1},
			{Demo, "walkthrough", 1},
			{Demo, "stop sharing", 1},
			{Demo, "this screen", 2},
			{Demo, "this view", 2},
			{Demo, "on the left", 2},
			{Demo, "on the right", 2},
			{Demo, "drill into", 2},
			{Demo, "drill down", 2},
			// Negotiation: terms and price.
			{Negotiation, "discount", 3},
			{Negotiation, "% off", 3},
			{Negotiation, "redline*", 3},
			{Negotiation, "msa", 3},
			{Negotiation, "dpa", 2},
			{Negotiation, "order form", 3},
			{Negotiation, "liability cap", 3},
			{Negotiation, "payment terms", 3},
			{Negotiation, "net 30", 3},
			{Negotiation, "net 60", 3},
			{Negotiation, "multi year", 2},
			{Negotiation, "2 yr term", 2},
			{Negotiation, "uplift", 2},
			{Negotiation, "counter*", 2},
			{Negotiation, "take it back", 2},
			{Negotiation, "terms", 1},
			{Negotiation, "contract", 1},
			{Negotiation, "pricing", 1},
			{Negotiation, "procurement", 1},
			{Negotiation, "legal", 1},
			{Negotiation, "negotiat*", 3},
			{Negotiation, "stage: negotiation", 6},
			{Negotiation, "signature", 2},
			{Negotiation, "countersign*", 3},
			// Check-in / QBR: an existing customer.
			{CheckIn, "qbr", 5},
			{CheckIn, "quarterly business review", 5},
			{CheckIn, "check in", 2},
			{CheckIn, "checking in", 2},
			{CheckIn, "adoption", 2},
			{CheckIn, "usage", 2},
			{CheckIn, "since we last spoke", 2},
			{CheckIn, "since our last", 2},
			{CheckIn, "any issues", 2},
			{CheckIn, "how's it going", 1},
			{CheckIn, "how is it going", 1},
			{CheckIn, "rollout", 1},
			{CheckIn, "onboarding", 3},
			{CheckIn, "training session", 2},
			{CheckIn, "escalation", 4},
			{CheckIn, "escalate", 3},
			{CheckIn, "root cause", 3},
			{CheckIn, "outage", 3},
			{CheckIn, "incident", 2},
			{CheckIn, "post mortem", 3},
			{CheckIn, "postmortem", 3},
			{CheckIn, "service credit", 3},
			{CheckIn, "support ticket*", 2},
			{CheckIn, "open tickets", 2},
			{CheckIn, "quarterly", 2},
			{CheckIn, "last quarter", 1},
			{CheckIn, "renewal", 1},
			{CheckIn, "how are things", 2},
			{CheckIn, "how's the team finding", 3},
			{CheckIn, "feedback from the team", 2},
			{CheckIn, "support tickets", 2},
			{CheckIn, "health score", 3},
			{CheckIn, "nps", 2},
			{CheckIn, "active users", 2},
			{CheckIn, "seats used", 2},
			// Internal.
			{Internal, "pipeline review", 4},
			{Internal, "deal review", 4},
			{Internal, "forecast call", 3},
			{Internal, "debrief", 4},
			{Internal, "standup", 4},
			{Internal, "stand up", 2},
			{Internal, "one on one", 3},
			{Internal, "1:1", 3},
			{Internal, "team sync", 3},
			{Internal, "commit", 1},
		},
		Titles: []TypeCue{
			{Discovery, "discovery", 12},
			{Discovery, "disco", 12},
			{Discovery, "intro call", 10},
			{Discovery, "first call", 8},
			{Demo, "demo", 12},
			{Demo, "walkthrough", 8},
			{Negotiation, "negotiation", 12},
			{Negotiation, "pricing call", 10},
			{Negotiation, "contract review", 10},
			{CheckIn, "qbr", 12},
			{CheckIn, "check in", 12},
			{CheckIn, "business review", 12},
			{Internal, "internal", 12},
			{Internal, "debrief", 12},
			{Internal, "standup", 12},
			{Internal, "pipeline review", 12},
		},
		Deferrals: []string{
			"let me check", "i'll check", "i will check", "i'll need to check", "i need to check",
			"i'd have to check", "i'll have to check", "need to check", "let me find out", "i'll find out",
			"i'll get back to you", "get back to you on", "i'll confirm", "let me confirm", "i'll ask",
			"let me ask", "i'll look into", "let me look into", "i don't know", "i'm not sure", "not sure",
			"i don't want to guess", "don't want to guess", "don't want to tell you something wrong",
			"off the top of my head", "i'd rather not guess", "i'll follow up", "follow up on that", "follow up below", "let me loop in",
			"i'll loop in", "i'll have to get back", "don't have that in front of me", "didn't know",
			"wasn't sure", "left open", "nobody had the answer", "no answer", "tbd", "to be confirmed",
			"need to check w", "check with", "run it by", "dunno", "idk", "no idea", "will revert", "will get back",
			"will check", "will confirm", "will find out", "tbc", "to check", "need to chk", "will chk",
		},
		NotQuestions: []string{
			"can you hear me", "can you see", "can everyone see", "can you all see", "do you see",
			"how are you", "how are things", "how was your", "how's your", "how was the", "you know",
			"does that work", "does that sound", "sound good", "make sense", "does that help",
			"is that right", "did i get that right", "right", "yeah", "really", "are you on", "you there",
			"anything else", "any questions", "sorry", "shall we", "go ahead", "ready", "can you see my screen",
			"can you see the screen", "zoom in", "zoom out", "scroll up", "scroll down", "go back",
			"can you make it bigger", "still there", "you still there", "hello",
		},
		Preambles: []string{
			"can i ask", "may i ask", "could i ask", "can i jump in", "can i go back", "before we move on",
			"do you need me", "are you nearly done", "can we move on", "should we move on", "can i just",
			"do you want to start", "do you want to get to", "do you want me to", "shall i", "shall we",
		},
		InCall: []string{
			"zoom in", "zoom out", "scroll up", "scroll down", "scroll back", "go back to the", "share your screen",
			"share the screen", "repeat that", "say that again", "speak up", "unmute", "make it bigger",
		},
		Requests: []string{
			"can you send", "could you send", "would you send", "can you share", "could you share",
			"would you share", "can you get", "could you get", "can you give", "could you give",
			"can you do", "could you do", "would you do", "can you set up", "could you set up",
			"can you loop", "could you loop", "can you intro", "could you intro", "can you extend",
			"could you extend", "would you be able to", "would you mind", "can you put", "could you put",
			"can you throw", "could you throw", "can we get", "can i get", "could we get", "can you make",
			"could you make", "can you email", "could you email", "any chance you could",
		},
		Meetings: []string{
			"let's book", "let's schedule", "let's set up", "let's meet", "let's reconnect", "let's regroup",
			"let's sync", "let's plan on", "let's pencil", "let's get together", "let's talk",
			"let's aim", "next call", "next meeting", "next session", "next one", "follow up call",
			"follow up meeting", "a follow up", "the follow up", "same time next week", "send an invite",
			"send the invite", "send a calendar", "calendar invite", "calendar hold", "invite sent",
			"kickoff", "kick off", "how about", "what about", "are you free", "works for me",
			"work for you", "works for you", "see you", "talk then", "talk to you", "reconvene",
			"book a", "schedule a", "scheduled", "booked", "set up a call", "set up a meeting",
			"get together", "hop on", "jump on", "same time", "in the calendar", "on the calendar",
			"in the diary", "the invite", "an invite", "meet", "get back together", "touch base", "catch up",
			"sync up", "talk again", "speak again", "reconnect", "regroup", "circle back on",
		},
		Accepts: []string{
			"works for me", "that works", "works", "work for me", "sounds good", "sounds great",
			"perfect", "great", "sure", "yes", "yep", "yeah", "absolutely", "of course", "same",
			"see you then", "booked", "confirmed", "agreed", "deal", "done", "ok", "okay", "fine",
			"happy to", "let's do it", "let's do that", "i'm free", "i can do", "we can do", "that's fine",
		},
		Declines: []string{
			"can't do", "cannot do", "can't make", "doesn't work", "does not work", "won't work",
			"not great", "i'm out", "i'm away", "i'm off", "conflict", "not available", "no good",
			"booked solid", "instead", "can we do", "could we do", "can't",
		},
		Settled: []string{
			"agreed", "booked", "confirmed", "invite sent", "invite already sent", "scheduled", "locked in",
			"next call:", "next meeting:", "next call", "next meeting", "follow up:", "set for",
		},
		Invites: []string{
			"put it in the calendar", "put it on the calendar", "put it in the diary", "send the invite",
			"send an invite", "send a calendar invite", "send the calendar invite", "send over an invite",
			"send you an invite", "send a hold", "calendar hold", "invite is on its way", "book it in",
			"i'll book it", "invite already sent", "invite sent",
		},
		MeetingNouns: []string{
			"call", "meeting", "session", "kickoff", "kick off", "demo", "review", "deep dive", "workshop",
			"sync", "follow up", "check in", "walkthrough", "onboarding", "training", "presentation",
			"catch up", "debrief",
		},
		Topics: []Topic{
			{"security", "security team", "their security review gates the deal",
				[]string{"security", "soc 2", "soc2", "pen test", "penetration", "encrypt*", "gdpr", "hipaa",
					"compliance", "data residency", "stay in the us", "sso", "okta", "saml", "retention", "dpa",
					"iso 27001", "vulnerabilit*"}},
			{"integration", "engineering", "the product must fit their stack",
				[]string{"integrat*", "api", "connector", "import", "export", "sync", "webhook*", "terraform",
					"salesforce", "sfdc", "netsuite", "workday", "rate limit*", "aws", "azure", "on prem*",
					"self host*", "migrat*", "historical"}},
			{"pricing", "deal desk", "price and terms decide whether they buy",
				[]string{"price", "pricing", "cost", "cheaper", "discount", "billing", "license*", "seat*",
					"contract", "uplift", "renewal", "annual", "monthly", "%", "invoice*", "payment"}},
			{"references", "customer marketing", "proof from peers builds their confidence",
				[]string{"case stud*", "reference*", "other customers", "customers like", "our size",
					"in our industry", "testimonial*"}},
			{"product", "product team", "it decides whether the product does what they need",
				[]string{"roadmap", "feature*", "does it", "can it", "support", "offline", "mobile",
					"multi currency", "currency", "report*", "dashboard*", "alert*", "implementation", "onboard*"}},
		},
		Pains: []string{
			"pain", "painful", "pain point*", "problem*", "struggl*", "challenge*", "frustrat*", "headache*",
			"chaos", "manual*", "by hand", "spreadsheet*", "takes forever", "takes the whole", "too long",
			"hard to", "difficult", "waste*", "error prone", "bit us", "big pain", "where it hurts",
			"doesn't scale", "slipping through", "paid one vendor twice", "claw back", "issue*", "slow",
			"rebuild*", "broken", "keeps breaking", "nightmare",
		},
		Timelines: []string{
			"timeline", "go live", "go-live", "live by", "launch", "roll out", "rollout", "deadline",
			"need it by", "need it in place", "in place by", "in place for", "start by", "kick off",
			"by q1", "by q2", "by q3", "by q4", "in q1", "in q2", "in q3", "in q4", "renews",
			"contract expires", "fiscal year", "decision on", "go no go", "target date", "working toward",
			"working towards", "when do you need", "by when", "time frame", "timeframe",
		},
		Budgets: []string{
			"budget", "budgeted", "funding", "funded", "set aside", "allocated", "spend", "cost center",
			"po", "purchase order", "approved", "money", "afford", "in the plan", "fy27", "fy26", "fy28",
			"price range", "ballpark",
		},
		Decisions: []string{
			"sign off", "signs off", "signs", "sign", "final say", "approval", "approve*", "decision",
			"decide*", "decision maker", "procurement", "legal review", "security review", "committee",
			"board", "rfp", "evaluation", "pilot", "poc", "proof of concept", "checklist", "vendor onboarding",
			"econ buyer", "economic buyer", "run it by", "take it back", "go no go",
		},
		Successes: []string{
			"success", "successful", "good outcome", "goal is", "our goal", "we want to", "we'd like to",
			"measure*", "kpi*", "metric*", "if we can", "win would be", "would be a win", "success looks like", "good looks like",
			"reduce", "cut", "save", "faster", "fewer", "criteria",
		},
		Needs: []string{
			"must have", "must-have", "hard requirement", "requirement*", "we need", "we'd need", "need to see",
			"has to", "have to", "non negotiable", "deal breaker", "can't move forward without", "blocking",
			"blocker", "gating", "can't start", "wants it", "wants", "want",
		},
		VagueTimes: []string{
			"sometime", "some time", "at some point", "eventually", "depends", "depending", "fuzzy",
			"not sure", "unclear", "tbd", "no rush", "no date", "hopefully", "maybe", "whenever",
			"not set", "don't know when", "no timeline", "hard to say", "nothing's decided", "not decided",
			"could slip", "might slip", "may slip", "no firm date", "not firm",
		},
		Doubts: []string{
			"not sure", "don't know", "unsure", "thinks", "think", "nothing confirmed", "not confirmed",
			"unconfirmed", "pending", "mostly", "isn't set", "not set", "tbd", "tight", "no budget",
			"freeze", "frozen", "need approval", "needs approval", "depends", "hope", "hopefully",
			"not approved", "not allocated", "haven't allocated", "no money", "cut", "over budget",
			"out of budget", "too expensive", "not in the plan", "not in the budget", "isn't in the budget",
			"not budgeted", "more than we budgeted", "don't have room", "no room", "will confirm",
			"to confirm", "confirm the budget",
		},
		Signers: []string{
			"signs off", "sign off", "sign-off", "signs", "final say", "final call", "final decision",
			"decision maker", "econ buyer", "economic buyer", "budget holder", "approves", "has to approve",
			"needs to approve", "approval from", "calls the shots", "owns the budget", "go no go",
			"he signs", "she signs", "they sign",
		},
		Absent: []string{
			"not on the call", "not on call", "not there", "wasn't on", "was not on", "couldn't make it",
			"could not make it", "not here", "isn't here", "absent", "out today", "not on this call",
			"not in the meeting", "missed the call", "not present",
		},
		Objections: []ObjectionCue{
			{"price", "too expensive"}, {"price", "expensive"}, {"price", "out of budget"},
			{"price", "over budget"}, {"price", "costs too much"}, {"price", "too pricey"},
			{"price", "less per seat"}, {"price", "want 15% off"}, {"price", "price is high"},
			{"price", "pricing was all over the place"}, {"price", "can't justify"},
			{"priority", "not a priority"}, {"priority", "not a focus"}, {"priority", "other priorities"},
			{"timing", "bad timing"}, {"timing", "not the right time"}, {"timing", "not this year"},

			{"incumbent", "we already use"}, {"incumbent", "we already have"}, {"incumbent", "happy with"},
			{"stall", "need to think about it"}, {"stall", "think it over"}, {"stall", "take it back"},
			{"concern", "not convinced"}, {"concern", "concern*"}, {"concern", "worried"},
			{"concern", "skeptical"}, {"concern", "rolled his eyes"}, {"concern", "rolled her eyes"},
			{"concern", "hesitant"}, {"concern", "risky"}, {"concern", "don't trust"},
			{"terms", "capped"}, {"terms", "can we cap"}, {"terms", "wants 12 mo"},
			{"authority", "can't share that"}, {"authority", "not my call"}, {"authority", "above my pay grade"},
		},
		Handles: []string{
			"i understand", "i hear you", "understood", "fair", "good point", "what i can do", "we can",
			"i can", "that's why", "the difference", "to be fair", "i'd point out", "what i'd point out",
			"makes sense", "i get it", "i get that", "we could", "how about", "what if",
		},
		CompetitorCues: []string{
			"also looking at", "also trialling", "also trialing", "also evaluating", "also talking to",
			"talking to", "looked at", "looking at", "evaluating", "trialling", "trialing", "compared to",
			"comparing", "versus", "vs", "vs.", "currently using", "switching from", "replacing", "instead of",
			"better than", "cheaper than", "quoted them", "comp:", "competitor", "competitors",
			"renewal decision on", "went with", "going with", "trialed", "trialled", "tried", "piloted",
			"used", "calls with", "an intro with", "a demo from", "demos from", "back to", "moved to",
		},
		DealRisks: []string{
			"hiring freeze", "budget freeze", "spending freeze", "freeze on", "layoff*", "reorg", "on hold", "pushed out",
			"pushed back", "champion left", "leaving the company", "going dark", "no budget", "not a priority",
			"deprioritiz*", "cancel*", "paused", "put on ice", "lost the budget",
		},
		Seniors: []string{
			"ceo", "cfo", "coo", "cto", "cio", "ciso", "cro", "cmo", "vp", "vice president", "svp", "evp",
			"president", "general counsel", "managing director",
		},
		// Rivals are verbs that follow a competitor's name ("CrowdStrike
		// came in lower", "Workday quoted us").
		Rivals: []string{
			"came in", "quoted", "offered", "is cheaper", "are cheaper", "was cheaper", "undercut",
			"is also", "are also", "pitched",
		},
		Bygones: []string{
			"not now", "no longer", "last year", "last spring", "last summer", "last fall", "last autumn",
			"last winter", "ago", "previously", "used to", "in the past", "not anymore", "is over", "behind us",
		},
		Roles: []string{
			"ceo", "cfo", "coo", "cto", "cio", "ciso", "cro", "cmo", "vp", "vice president", "svp", "evp",
			"president", "founder", "owner", "director", "head of", "manager", "lead", "controller",
			"counsel", "general counsel", "legal", "procurement", "purchasing", "finance",
			"security", "engineer", "engineering", "architect", "admin", "administrator", "analyst",
			"buyer", "econ buyer", "economic buyer", "champion", "solutions engineer", "sales engineer",
			"se", "ae", "account executive", "csm", "boss", "dispatcher", "ops", "operations",
		},
		Prices: []string{
			"quote", "quoted", "pricing", "price", "lands around", "comes to", "comes out to", "total",
			"per year", "a year", "annual", "acv", "arr", "contract value", "deal size", "proposal",
			"budget", "set aside", "deal", "per seat", "seats",
		},
		Units: []string{
			"a seat", "per seat", "per user", "a user", "per month", "a month", "an hour", "per hour", "each",
			"per license", "a license", "per endpoint", "an endpoint",
		},
		Thresholds: []string{
			"over", "above", "under", "below", "more than", "less than", "up to", "anything over",
			"paid", "spent", "lost", "cost us",
		},
		CloseDates: []string{
			"close by", "sign by", "signed by", "signature by", "go live", "go-live", "live by",
			"decision by", "decide by", "start date", "close date", "contract start",
		},
	}
}

// defaultInsightCues and defaultInsightMatcher are the built-in lexicon
// and its matcher, built once and only read.
var (
	defaultInsightCues    = sync.OnceValue(func() *InsightCues { l := DefaultInsightCues(); return &l })
	defaultInsightMatcher = sync.OnceValue(func() *imatcher { return compileInsights(defaultInsightCues()) })
)

// icat is a cue category in the compiled matcher.
type icat uint8

const (
	catType icat = iota
	catTitle
	catDeferral
	catNotQuestion
	catRequest
	catPreamble
	catInCall
	catMeeting
	catAccept
	catDecline
	catSettled
	catInvite
	catMeetingNoun
	catTopic
	catPain
	catTimeline
	catBudget
	catDecision
	catSuccess
	catNeed
	catVague
	catDoubt
	catSigner
	catAbsent
	catObjection
	catHandle
	catCompetitorCue
	catCompetitor
	catDealRisk
	catBygone
	catRole
	catSenior
	catRival
	catPrice
	catThreshold
	catUnit
	catCloseDate
	numCats
)

// icue is one compiled cue phrase.
type icue struct {
	words  []string
	prefix bool // the last word matches as a prefix
	cat    icat
	val    int // category-specific: the CallType, weight index, topic or objection index
}

// imatcher finds every cue of a lexicon in a tokenised sentence.
type imatcher struct {
	cues    []icue
	byFirst map[string][]int
	// byStem holds the cues whose only word is a prefix pattern, by the
	// pattern's first three bytes; short holds those under three bytes.
	byStem map[string][]int
	short  []int
	lex    *InsightCues
}

// ihit is one cue found in a sentence: tokens [i, j).
type ihit struct {
	cat  icat
	val  int
	i, j int
}

// compileInsights builds the matcher for lex.
func compileInsights(lex *InsightCues) *imatcher {
	m := &imatcher{byFirst: make(map[string][]int), byStem: make(map[string][]int), lex: lex}
	add := func(phrase string, c icat, val int) {
		ws := itokens(phrase)
		if len(ws) == 0 {
			return
		}
		cu := icue{cat: c, val: val}
		for _, w := range ws {
			cu.words = append(cu.words, w.w)
		}
		if strings.HasSuffix(strings.TrimSpace(phrase), "*") {
			cu.prefix = true
		}
		m.cues = append(m.cues, cu)
		k := len(m.cues) - 1
		if cu.prefix && len(cu.words) == 1 {
			if w := cu.words[0]; len(w) >= 3 {
				m.byStem[w[:3]] = append(m.byStem[w[:3]], k)
			} else {
				m.short = append(m.short, k)
			}
			return
		}
		m.byFirst[cu.words[0]] = append(m.byFirst[cu.words[0]], k)
	}
	for i, t := range lex.CallTypes {
		add(t.Phrase, catType, i)
	}
	for i, t := range lex.Titles {
		add(t.Phrase, catTitle, i)
	}
	lists := []struct {
		c  icat
		ps []string
	}{
		{catDeferral, lex.Deferrals}, {catNotQuestion, lex.NotQuestions}, {catRequest, lex.Requests}, {catPreamble, lex.Preambles}, {catInCall, lex.InCall},
		{catMeeting, lex.Meetings}, {catAccept, lex.Accepts}, {catDecline, lex.Declines},
		{catSettled, lex.Settled}, {catInvite, lex.Invites}, {catMeetingNoun, lex.MeetingNouns}, {catPain, lex.Pains},
		{catTimeline, lex.Timelines}, {catBudget, lex.Budgets}, {catDecision, lex.Decisions},
		{catSuccess, lex.Successes}, {catNeed, lex.Needs}, {catVague, lex.VagueTimes},
		{catDoubt, lex.Doubts}, {catSigner, lex.Signers}, {catAbsent, lex.Absent},
		{catCompetitorCue, lex.CompetitorCues}, {catHandle, lex.Handles}, {catCompetitor, lex.Competitors},
		{catDealRisk, lex.DealRisks}, {catBygone, lex.Bygones}, {catRole, lex.Roles}, {catSenior, lex.Seniors}, {catRival, lex.Rivals}, {catPrice, lex.Prices},
		{catThreshold, lex.Thresholds}, {catUnit, lex.Units}, {catCloseDate, lex.CloseDates},
	}
	for _, l := range lists {
		for _, p := range l.ps {
			add(p, l.c, 0)
		}
	}
	for i, t := range lex.Topics {
		for _, p := range t.Cues {
			add(p, catTopic, i)
		}
	}
	for i, o := range lex.Objections {
		add(o.Phrase, catObjection, i)
	}
	return m
}

// match returns every cue in toks, in order of position and then of
// the lexicon.
func (m *imatcher) match(toks []itok) []ihit {
	var hits []ihit
	for i := range toks {
		for _, k := range m.byFirst[toks[i].w] {
			if j, ok := m.cues[k].at(toks, i); ok {
				hits = append(hits, ihit{m.cues[k].cat, m.cues[k].val, i, j})
			}
		}
		if w := toks[i].w; len(w) >= 3 {
			for _, k := range m.byStem[w[:3]] {
				if strings.HasPrefix(w, m.cues[k].words[0]) {
					hits = append(hits, ihit{m.cues[k].cat, m.cues[k].val, i, i + 1})
				}
			}
		}
		for _, k := range m.short {
			if strings.HasPrefix(toks[i].w, m.cues[k].words[0]) {
				hits = append(hits, ihit{m.cues[k].cat, m.cues[k].val, i, i + 1})
			}
		}
	}
	return hits
}

// at reports whether the cue matches toks from i, and where it ends.
func (c *icue) at(toks []itok, i int) (int, bool) {
	if i+len(c.words) > len(toks) {
		return 0, false
	}
	for k, w := range c.words {
		t := toks[i+k].w
		if k == len(c.words)-1 && c.prefix {
			if !strings.HasPrefix(t, w) {
				return 0, false
			}
			continue
		}
		if t != w {
			return 0, false
		}
	}
	return i + len(c.words), true
}

// itok is one lower-cased word of a sentence and its byte offsets in it.
type itok struct {
	w          string
	start, end int
}

// itokens splits s into lower-cased words. Letters, digits and
// apostrophes make words; '$', '£', '€' and '%' are words of their own; '.'
// and ',' inside a number stay in it; ':' after a word is its own token so
// that "comp:" cues can require it. Other characters separate words.
func itokens(s string) []itok {
	toks := make([]itok, 0, len(s)/5+1)
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case isItokRune(r):
			j := i
			for j < len(s) {
				r2, n2 := utf8.DecodeRuneInString(s[j:])
				if isItokRune(r2) {
					j += n2
					continue
				}
				if (r2 == '.' || r2 == ',') && j > i && j+1 < len(s) && s[j-1] >= '0' && s[j-1] <= '9' && s[j+1] >= '0' && s[j+1] <= '9' {
					j += n2
					continue
				}
				break
			}
			toks = append(toks, itok{w: lowerItok(s[i:j]), start: i, end: j})
			i = j
		case r == '$' || r == '£' || r == '€' || r == '%' || r == ':':
			toks = append(toks, itok{w: string(r), start: i, end: i + n})
			i += n
		default:
			i += n
		}
	}
	return toks
}

func isItokRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’' || r == '&'
}

// lowerItok lower-cases w and turns curly apostrophes straight.
func lowerItok(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c >= 0x80 || (c >= 'A' && c <= 'Z') {
			ascii = false
			break
		}
	}
	if ascii {
		return w
	}
	w = strings.ReplaceAll(w, "’", "'")
	return strings.ToLower(w)
}
