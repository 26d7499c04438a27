package extract

// Lexicon holds the cue phrases Parse looks for, as plain lower-case
// phrases matched on word boundaries. [DefaultLexicon] returns the built-in
// tables; a caller extends one by appending to its slices and passing it in
// [Options].Lexicon. The grammar around the cues (who the subject is, which
// modal binds them) is code; the words are data.
type Lexicon struct {
	// Fillers are words dropped before analysis ("um", "uh") and
	// bracketed or parenthesised noises ("inaudible", "crosstalk").
	Fillers []string
	// Accept are answers that accept a request or proposal ("sure",
	// "will do", "that works").
	Accept []string
	// Decline are answers that refuse one ("we can't", "unfortunately").
	Decline []string
	// Hedges make a promise tentative ("I'll try to", "probably").
	Hedges []string
	// Blocking mark an item the other side cannot move without ("before
	// legal signs", "can't sign until").
	Blocking []string
	// High mark an item tied to a close date or the next meeting.
	High []string
	// InCall are verb phrases done during the call itself ("share my
	// screen", "walk you through"): no item.
	InCall []string
	// NonTask are verbs that follow "I'll" without making a task ("be
	// honest", "say").
	NonTask []string
	// Intro are verb phrases that make an introduction ("loop in",
	// "introduce").
	Intro []string
	// Meeting are nouns that make an item a meeting ("call", "demo").
	Meeting []string
	// Done mark a notes line as already done ("done", "already sent").
	Done []string
}

// DefaultLexicon returns a fresh copy of the built-in cue tables.
func DefaultLexicon() Lexicon {
	cp := func(s []string) []string { return append([]string(nil), s...) }
	return Lexicon{
		Fillers:  cp(defaultFillers),
		Accept:   cp(defaultAccept),
		Decline:  cp(defaultDecline),
		Hedges:   cp(defaultHedges),
		Blocking: cp(defaultBlocking),
		High:     cp(defaultHigh),
		InCall:   cp(defaultInCall),
		NonTask:  cp(defaultNonTask),
		Intro:    cp(defaultIntro),
		Meeting:  cp(defaultMeeting),
		Done:     cp(defaultDone),
	}
}

var defaultFillers = []string{
	"um", "umm", "uh", "uhh", "uhm", "er", "erm", "hmm", "hm", "inaudible", "crosstalk", "laughs",
	"laughter", "laughing", "pause", "silence", "noise", "coughs", "sighs", "music", "unintelligible",
}

var defaultAccept = []string{
	"yes", "yeah", "yep", "yup", "sure", "absolutely", "of course", "definitely", "certainly", "will do",
	"can do", "no problem", "sounds good", "sounds great", "sounds like a plan", "that works", "works for me",
	"that'd be good", "that would be good", "that'd be great", "that would be great", "perfect", "great",
	"deal", "fine", "ok", "okay", "happy to", "i can do that", "we can do that", "i can", "we can",
	"that's fine", "let's do it", "let's do that", "done", "on it", "you got it", "for sure", "agreed",
	"good idea", "makes sense", "i'll do that", "i'll take it", "i'll take that", "i can take it", "i've got it",
	"leave it with me", "consider it done", "got it", "i'd like that", "please do", "that helps",
	"works", "work for me", "suits", "that's on me", "on me", "i'm on it", "we're on it", "fine by me", "that's good", "good for me", "see you then", "booked", "locked in",
}

var defaultDecline = []string{
	"no", "nope", "can't", "cannot", "can not", "won't", "will not", "unable", "not able", "unfortunately",
	"i'm afraid", "we don't", "i don't think", "that's not something", "not at this time", "not possible",
	"not going to", "we're not", "i'd rather not", "not allowed", "not in a position", "off the table",
	"not share", "probably not", "that won't work", "no can do", "not me",
}

var defaultHedges = []string{
	"try to", "try and", "see if", "see what i can", "do my best", "do our best", "might", "may be able",
	"maybe", "probably", "possibly", "hopefully", "should be able", "i think i can", "i think we can",
	"ideally", "tentatively", "tentative", "in principle", "no promises", "can't promise", "cannot promise",
	"not sure", "pencil in", "if i can", "if we can", "could probably", "aim to", "look into",
}

var defaultBlocking = []string{
	"before legal", "before we can", "before they can", "before i can", "before procurement", "before security",
	"can't sign", "cannot sign", "won't sign", "can't move forward", "can't proceed", "can't start",
	"cannot start", "can't go ahead", "until we", "until you", "until they", "without it", "w/o it", "without that",
	"without the", "blocker", "blocking", "blocks", "deal-breaker", "dealbreaker", "hard requirement",
	"must-have", "must have", "gating", "gate", "needs to happen first", "need that first", "need it first",
	"sign off", "signs off", "sign-off", "legal signs", "legal won't", "prerequisite", "hold up", "holding up",
	"before anything", "before we sign", "before signing", "nothing moves", "can't kick off", "can't begin",
}

var defaultHigh = []string{
	"renewal", "end of quarter", "end of the quarter", "quarter-end", "quarter end", "close date", "closing",
	"go-live", "go live", "contract expires", "expires", "signature", "before the board", "deal registration",
}

var defaultInCall = []string{
	"share my screen", "share the screen", "share screen", "pull up", "pull that up", "pull it up", "bring up",
	"load up", "show you", "walk you through", "walk through", "go through", "go over", "go into",
	"start with", "start off", "kick off with", "kick things off", "come back to", "move on", "jump in",
	"jump to", "dive in", "dive into", "introduce myself", "introduce ourselves", "take a look", "have a look",
	"look at this", "recap", "stop sharing", "stop screen", "mute", "unmute", "repeat", "clarify", "explain",
	"answer that", "answer your", "hand it over", "hand over", "pass it", "turn it over", "let you go",
	"wrap up", "wrap this up", "get started", "start", "begin", "continue", "keep going", "go ahead",
	"make it bigger", "zoom in", "scroll", "click", "refresh", "switch", "drop off", "hop off", "jump off",
	"be quick", "be brief", "keep it short", "tell you", "say", "ask you", "ask a question", "quickly show",
	"see that", "see it", "hear me", "hear you", "summarize", "summarise", "read it", "read that",
	"pause", "stop there", "leave it there", "do introductions", "do a quick", "run through",
	"type", "take notes", "write that down", "note that", "fix it now", "fixing it now", "demo",
	"go back", "go in", "go with", "look out", "leave room", "keep it", "stop", "hand you", "turn it",
	"get going", "get started", "stay in touch", "keep in touch",
}

var defaultNonTask = []string{
	"be", "say", "admit", "bet", "guess", "see", "hear", "want", "like", "love", "hope", "think",
	"mention", "remember", "wait", "hang", "stay", "sit", "pause", "stop", "assume", "miss",
	"enjoy", "appreciate", "take that", "leave it", "let you go", "talk to you", "speak to you", "see you",
	"catch you", "be honest", "be there", "start", "know", "want", "leave", "beat", "miss", "have more",
	"take that", "go find", "find a time", "suspect", "get away", "keep it", "keep this", "keep things",
}

var defaultIntro = []string{
	"loop in", "looping in", "introduce", "intro", "connect you", "connect them", "bring in", "put you in touch",
	"put you in contact", "cc", "copy in", "rope in", "make an introduction", "make the introduction",
}

var defaultMeeting = []string{
	"call", "meeting", "demo", "session", "sync", "workshop", "walkthrough", "check-in", "checkin",
	"kickoff", "kick-off", "invite", "invitation", "onsite", "on-site", "lunch", "dinner", "coffee",
	"catch-up", "catchup", "review session", "deep dive", "deep-dive", "follow-up call", "huddle",
	"standup", "stand-up", "qbr", "presentation", "zoom", "mtg", "mtng", "follow-up", "followup", "follow up",
}

var defaultDone = []string{
	"done", "already", "completed", "(sent)", "✓", "✔", "[x]",
}
