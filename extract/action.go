package extract

import (
	"strings"

	"github.com/aftercall/aftercall/timeexpr"
)

// actionVerbs are base-form verbs that can head an item's action.
var actionVerbs = func() map[string]bool {
	m := map[string]bool{}
	for _, v := range strings.Fields(`send get give share email forward set schedule book loop introduce intro
	connect review check confirm sign countersign approve draft write prepare put pull build run create make
	update revise follow circle touch reach call ping text ask find figure look dig talk speak chat meet sync
	reconnect regroup present demo show walk deliver provide bring cover handle take own grab tackle pick
	finish complete fix test try validate verify set-up reset load install configure provision enable spin
	open close file submit upload download export import migrate deploy ship release launch plan organize
	organise arrange coordinate invite add include attach circulate distribute route escalate raise flag
	discuss decide choose select pick shortlist compare evaluate assess estimate quote price scope map
	outline summarize summarise document record capture note track monitor report research investigate
	explore clean sort tidy move change switch replace remove drop cancel reschedule postpone extend
	renew order purchase buy pay invoice bill transfer hand pass kick start begin do have keep let lock
	nail hammer finalize finalise wrap button iron work sort line socialize socialise pitch propose offer
	recommend suggest mock sketch design lay redline mark annotate comment respond reply answer return
	shoot fire drop come join attend host lead train onboard brief align agree settle negotiate
	hop jump sit catch go reserve block hold print copy cc rope bump remind chase nudge
	pencil lay fill complete collect gather compile assemble package bundle source secure obtain
	request receive get-back double-check doublecheck triple-check send-over tell inform notify update
	loop-in turn roll expand rerun redo resend reshare rework retest push lock waive throw cap match
	extend escalate chase call email phone text message post publish write rewrite edit proofread polish
	refine tweak adjust sanity clarify reconcile pilot trial benchmark measure calculate compute model
	forecast allocate approve authorize authorise sponsor champion socialise socialize present
	pitch demo walk tour host facilitate moderate set-up setup stand spin ramp staff hire assign delegate
	confirm reconfirm double reserve secure lock guarantee honor honour commit promise pledge hold freeze
	unfreeze unblock escalate raise lower drop cut reduce increase bump lift extend shorten delay
	expedite accelerate speed prioritize prioritise rank score grade audit inspect scan patch upgrade
	downgrade clean purge delete archive restore backup sync integrate connect hook wire map link embed
	mock prototype wireframe sketch illustrate render print laminate ship mail courier deliver fetch
	bring carry drive fly travel visit attend join dial ring phone reach contact invite remind ping nudge
	poll survey interview gather interview collect crunch pull compile aggregate consolidate combine merge
	split separate break package price quote discount bundle cost size estimate spec specify define
	recommend advise coach train teach mentor support help assist fix resolve troubleshoot debug diagnose
	investigate triage log ticket file raise open close reopen approve sign countersign execute initial
	notarize stamp seal return countersign`) {
		m[v] = true
	}
	return m
}()

// baseForm returns the base form of a verb written with -s or -ing.
func baseForm(w string) string {
	switch w {
	case "has":
		return "have"
	case "does":
		return "do"
	case "goes":
		return "go"
	case "is", "am", "are":
		return "be"
	}
	if strings.HasSuffix(w, "ing") && len(w) > 5 {
		b := w[:len(w)-3]
		if actionVerbs[b] {
			return b
		}
		if actionVerbs[b+"e"] {
			return b + "e"
		}
		if n := len(b); n > 2 && b[n-1] == b[n-2] && actionVerbs[b[:n-1]] {
			return b[:n-1]
		}
	}
	if strings.HasSuffix(w, "ies") && actionVerbs[w[:len(w)-3]+"y"] {
		return w[:len(w)-3] + "y"
	}
	if strings.HasSuffix(w, "es") && actionVerbs[w[:len(w)-2]] {
		return w[:len(w)-2]
	}
	if strings.HasSuffix(w, "s") && actionVerbs[w[:len(w)-1]] {
		return w[:len(w)-1]
	}
	return w
}

// determiners start the object of a verb ("sending the deck").
var determiners = map[string]bool{"the": true, "a": true, "an": true, "it": true, "them": true, "you": true, "our": true, "your": true, "their": true, "this": true, "that": true, "over": true, "out": true, "up": true, "my": true}

// clauseStops end an action's verb phrase.
var clauseStops = map[string]bool{
	"so": true, "because": true, "before": true, "if": true, "once": true, "when": true, "unless": true,
	"but": true, "after": true, "while": true, "since": true, "until": true, "till": true,
	"then": true, "though": true, "although": true, "whereas": true, "that's": true,
	"as": true, "assuming": true, "provided": true, "otherwise": true, "okay": true, "ok": true,
}

// giveVerbs drop an indirect "you" ("send you the deck" is "send the
// deck").
var giveVerbs = map[string]bool{
	"send": true, "get": true, "give": true, "email": true, "forward": true, "show": true, "shoot": true,
	"ping": true, "text": true, "provide": true, "bring": true, "share": true, "drop": true, "fire": true,
}

// actionText builds a short base-form verb phrase from toks[v:], stopping
// at a clause boundary or a time expression (spans in the sentence).
func actionText(text string, ts []tok, v int, times []timeexpr.Expr) string {
	var words []string
	var idx []int // the token each word came from
	for k := v; k < len(ts) && len(words) < 14; k++ {
		t := ts[k]
		if t.w == "," && k > v {
			// an appositive: "get Martin, our CFO, on a call"
			if j := appositiveEnd(ts, k); j > 0 {
				k = j
				continue
			}
		}
		if isPunct(t.w) && t.w != "/" {
			break
		}
		if k > v && clauseStops[t.w] {
			if t.w == "as" && k+1 < len(ts) && ts[k+1].w == "well" {
				k++
				continue
			}
			if !(t.w == "after" || t.w == "before") || k+1 < len(ts) {
				break
			}
		}
		if k > v && t.w == "and" && k+1 < len(ts) && (ts[k+1].w == "then" || ts[k+1].w == "i" || ts[k+1].w == "we" || ts[k+1].w == "you" || ts[k+1].w == "they") {
			break
		}
		inTime := false
		for _, e := range times {
			if t.a >= e.Span.Start && t.a < e.Span.End {
				inTime = true
				break
			}
		}
		if inTime {
			// drop "by", "on", "before" left dangling before the time
			for len(words) > 0 {
				l := words[len(words)-1]
				if l == "by" || l == "on" || l == "before" || l == "until" || l == "at" || l == "within" || l == "no" ||
					l == "later" || l == "than" || l == "in" || l == "for" || l == "end" || l == "of" || l == "the" || l == "over" {
					words = words[:len(words)-1]
					continue
				}
				break
			}
			// skip the whole expression; keep going only if words follow
			j := k
			for j < len(ts) {
				in := false
				for _, e := range times {
					if ts[j].a >= e.Span.Start && ts[j].a < e.Span.End {
						in = true
					}
				}
				if !in {
					break
				}
				j++
			}
			if j < len(ts) && !isPunct(ts[j].w) && !clauseStops[ts[j].w] && ts[j].w != "and" {
				k = j - 1
				continue
			}
			break
		}
		w := t.w
		if k > v && t.w == "for" && k+1 < len(ts) && (ts[k+1].w == "next" || ts[k+1].w == "the" && k+2 < len(ts) && ts[k+2].w == "next") {
			break // "for next time": the deadline, not the task
		}
		if k == v && (!strings.HasSuffix(w, "ing") || k+1 < len(ts) && determiners[ts[k+1].w] || v > 0 && !determiners[ts[v-1].w] && !isPunct(ts[v-1].w)) {
			w = baseForm(w)
			if w == t.w && t.cap && t.b-t.a == len(t.w) && t.b <= len(text) && !actionVerbs[w] {
				w = text[t.a:t.b]
			}
		}
		if k == v+1 && (t.w == "you" || t.w == "y'all" || t.w == "me" || t.w == "us") && giveVerbs[words[0]] && k+1 < len(ts) && !isPunct(ts[k+1].w) {
			continue
		}
		if k == v+1 && (t.w == "over" || t.w == "across" || t.w == "along") && giveVerbs[words[0]] && k+1 < len(ts) && !isPunct(ts[k+1].w) && !clauseStops[ts[k+1].w] {
			continue
		}
		if k > v && t.b <= len(text) {
			w = text[t.a:t.b]
		}
		words = append(words, w)
		idx = append(idx, k)
	}
	// trailing particles and politeness
	for len(words) > 1 {
		l := lowerASCII(words[len(words)-1])
		if l == "over" && len(words) > 1 || l == "too" || l == "please" || l == "and" || l == "the" || l == "a" ||
			l == "to" || l == "for" || l == "with" || l == "by" || l == "on" || l == "at" || l == "in" || l == "real" ||
			l == "quick" || l == "asap" || l == "just" || l == "probably" || l == "maybe" || l == "then" || l == "of" || l == "w" || l == "or" {
			words = words[:len(words)-1]
			continue
		}
		if len(words) > 2 && (l == "you" && (words[len(words)-2] == "to" && words[len(words)-3] != "back" || words[len(words)-2] == "for")) {
			words = words[:len(words)-2]
			continue
		}
		break
	}
	// rejoin with the text's own separators where the words were
	// neighbours ("w/ their team", "SOC 2 + pen test")
	var b strings.Builder
	for i, w := range words {
		if i > 0 {
			sep := " "
			if a, c := ts[idx[i-1]].b, ts[idx[i]].a; idx[i] == idx[i-1]+1 && a <= c && c-a <= 2 && !strings.ContainsAny(text[a:c], "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.,;:!?()") {
				sep = text[a:c]
			}
			b.WriteString(sep)
		}
		b.WriteString(w)
	}
	return b.String()
}

// vagueObject reports whether an action's object is only a pronoun ("send
// it", "do that", "take it").
func vagueObject(action string) bool {
	fs := strings.Fields(action)
	if len(fs) == 0 {
		return true
	}
	if len(fs) == 1 {
		return true
	}
	for _, f := range fs[1:] {
		switch f {
		case "it", "that", "this", "them", "those", "these", "one", "over", "care", "of", "on", "the", "same", "up", "back", "to", "you", "me", "us",
			"done", "ready", "sorted", "finished", "across", "along", "through", "out", "in":
		default:
			return false
		}
	}
	return true
}

// genericVerbs take their whole meaning from what was asked ("take it",
// "handle that").
var genericVerbs = map[string]bool{"take": true, "handle": true, "own": true, "do": true, "cover": true, "grab": true, "tackle": true, "pick": true, "run": true, "have": true, "get": true}

// fillVague makes a vague action specific using an earlier action.
func fillVague(action, earlier string) string {
	fs := strings.Fields(action)
	if len(fs) == 0 || earlier == "" || vagueObject(earlier) {
		return action
	}
	if genericVerbs[fs[0]] {
		return earlier
	}
	ef := strings.Fields(earlier)
	if len(ef) < 2 {
		return action
	}
	obj := strings.Join(ef[1:], " ")
	out := []string{fs[0]}
	replaced := false
	for _, f := range fs[1:] {
		if !replaced && (f == "it" || f == "that" || f == "this" || f == "them" || f == "those") {
			out = append(out, obj)
			replaced = true
			continue
		}
		out = append(out, f)
	}
	if !replaced && len(fs) == 1 {
		out = append(out, obj)
	}
	return strings.Join(out, " ")
}

// appositiveEnd returns the index of the comma closing an appositive that
// opens at the comma toks[k] (", our CFO,"), or -1.
func appositiveEnd(ts []tok, k int) int {
	if k+2 >= len(ts) {
		return -1
	}
	switch ts[k+1].w {
	case "our", "my", "your", "their", "the", "his", "her":
	default:
		return -1
	}
	for j := k + 2; j < len(ts) && j <= k+6; j++ {
		if ts[j].w == "," {
			if j+1 < len(ts) && !isPunct(ts[j+1].w) && !clauseStops[ts[j+1].w] && ts[j+1].w != "and" {
				return j
			}
			return -1
		}
		if isPunct(ts[j].w) || modalWord[ts[j].w] {
			return -1
		}
	}
	return -1
}
