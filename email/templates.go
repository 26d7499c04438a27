package email

import (
	htmltemplate "html/template"
	"strings"
	"sync"
	"text/template"
)

// Templates are the templates the drafts render through. Replace any of
// them: a nil field means the default. Text templates produce unwrapped
// lines; the package wraps them at Width afterwards. HTML templates are
// html/template, so every value from the call is escaped.
//
// The recap templates see a [RecapData], the internal ones an
// [InternalData], the text message an [SMSData], the variants a
// [VariantData].
type Templates struct {
	RecapText        *template.Template
	RecapHTML        *htmltemplate.Template
	InternalText     *template.Template
	InternalMarkdown *template.Template
	Confirmation     *template.Template
	// Variant renders the plain text of the voicemail, value-add, check-in
	// and breakup emails; VariantHTML their HTML.
	Variant     *template.Template
	VariantHTML *htmltemplate.Template
}

// RecapData is what the recap templates see.
type RecapData struct {
	Greeting  string     // "Hi Rachel and Tom,"
	Apology   string     // the late-follow-up apology, or ""
	Thanks    string     // one sentence naming something specific
	Summary   []string   // 3–5 points from the customer's side
	Items     []ItemLine // every item of both sides (the most urgent, when too many to read in a minute)
	More      int        // how many items were left out of Items
	NextStep  string     // confirms the next meeting or proposes two times
	Resources []Resource // at most three
	Closing   string     // "Looking forward to next steps."
	Sender    string
	Company   string
}

// ItemLine is one action item as the customer reads it.
type ItemLine struct {
	Owner  string `json:"owner"`
	Action string `json:"action"`
	Due    string `json:"due"` // "Fri Nov 27", or a proposed date to confirm
	Side   string `json:"side"`
}

// InternalData is what the internal summary templates see.
type InternalData struct {
	Title       string
	Date        string
	Attendees   []string
	Duration    string
	Type        string
	Takeaways   []string
	NewInfo     []string
	Objections  []string
	Competitive []string
	Stage       string
	Risks       []string
	Questions   []string
	NextSteps   []string
	NextMeeting string
	SendBy      string
}

// SMSData is what the confirmation text template sees. Every field is
// already straightened to GSM-7 quotes and dashes.
type SMSData struct {
	Greeting string // "Hi Rachel, thanks for the call."
	Agreed   string // "Agreed: we send the SOC 2 report by Wed 11/25 4pm CST." or ""
	Next     string // "Next: call Tue 12/1 10am CST." or ""
	YourPart string // "From you: the forecast template by Fri 11/27." or ""
	Reply    string // the reply path
	Sign     string // "- Jordan, Brightline"
	OptOut   string // "Reply STOP to opt out." or ""
}

// VariantData is what the variant templates see. Paragraphs are the body
// between greeting and sign-off.
type VariantData struct {
	Kind       string
	Greeting   string
	Paragraphs []string
	Sender     string
	Company    string
}

const recapText = `{{.Greeting}}

{{with .Apology}}{{.}} {{end}}{{.Thanks}}
{{if .Summary}}
What we heard:
{{range .Summary}}- {{.}}
{{end}}{{end}}{{if .Items}}
Action items:
{{range .Items}}- {{.Owner}}: {{.Action}} ({{.Due}})
{{end}}{{with .More}}Plus {{if eq . 1}}one smaller item{{else}}{{.}} smaller items{{end}}; I'll send the full list separately.
{{end}}{{end}}
Next step:
{{.NextStep}}
{{if .Resources}}
Resources:
{{range .Resources}}- {{.Title}}{{with .URL}}: {{.}}{{end}}{{with .Why}} ({{.}}){{end}}
{{end}}{{end}}
{{.Closing}}

Best,
{{.Sender}}{{with .Company}}
{{.}}{{end}}
`

const recapHTML = `<!DOCTYPE html>
<html><body>
<p>{{.Greeting}}</p>
<p>{{with .Apology}}{{.}} {{end}}{{.Thanks}}</p>
{{- if .Summary}}
<p>What we heard:</p>
<ul>
{{- range .Summary}}
<li>{{.}}</li>
{{- end}}
</ul>
{{- end}}
{{- if .Items}}
<p>Action items:</p>
<table>
<tr><th align="left">Who</th><th align="left">What</th><th align="left">By</th></tr>
{{- range .Items}}
<tr><td>{{.Owner}}</td><td>{{.Action}}</td><td>{{.Due}}</td></tr>
{{- end}}
</table>
{{- with .More}}
<p>Plus {{if eq . 1}}one smaller item{{else}}{{.}} smaller items{{end}}; I'll send the full list separately.</p>
{{- end}}
{{- end}}
<p>Next step:<br>
{{.NextStep}}</p>
{{- if .Resources}}
<p>Resources:</p>
<ul>
{{- range .Resources}}
<li>{{if .URL}}<a href="{{.URL}}">{{.Title}}</a>{{else}}{{.Title}}{{end}}{{with .Why}} ({{.}}){{end}}</li>
{{- end}}
</ul>
{{- end}}
<p>{{.Closing}}</p>
<p>Best,<br>
{{.Sender}}{{with .Company}}<br>
{{.}}{{end}}</p>
</body></html>
`

const internalText = `{{.Title}}

Date: {{.Date}}
Duration: {{.Duration}}
Type: {{.Type}}
Attendees:
{{range .Attendees}}- {{.}}
{{end}}
{{- define "list"}}{{range .}}- {{.}}
{{else}}- none
{{end}}{{end}}
Key takeaways:
{{template "list" .Takeaways}}
New information:
{{template "list" .NewInfo}}
Objections:
{{template "list" .Objections}}
Competitive notes:
{{template "list" .Competitive}}
Stage recommendation: {{.Stage}}

Risk flags:
{{template "list" .Risks}}
Open questions:
{{template "list" .Questions}}
Next steps:
{{template "list" .NextSteps}}
Next meeting: {{.NextMeeting}}
Customer recap due: {{.SendBy}}
`

const internalMarkdown = `## {{md .Title}}

| | |
|---|---|
| Date | {{md .Date}} |
| Duration | {{md .Duration}} |
| Type | {{md .Type}} |
| Next meeting | {{md .NextMeeting}} |
| Customer recap due | {{md .SendBy}} |
{{define "mdlist"}}{{range .}}- {{md .}}
{{else}}- none
{{end}}{{end}}
### Attendees

{{template "mdlist" .Attendees}}
### Key takeaways

{{template "mdlist" .Takeaways}}
### New information

{{template "mdlist" .NewInfo}}
### Objections

{{template "mdlist" .Objections}}
### Competitive notes

{{template "mdlist" .Competitive}}
### Stage recommendation

{{md .Stage}}

### Risk flags

{{template "mdlist" .Risks}}
### Open questions

{{template "mdlist" .Questions}}
### Next steps

{{template "mdlist" .NextSteps}}`

const confirmationText = `{{.Greeting}}{{with .Agreed}} {{.}}{{end}}{{with .Next}} {{.}}{{end}}{{with .YourPart}} {{.}}{{end}} {{.Reply}} {{.Sign}}{{with .OptOut}} {{.}}{{end}}`

const variantText = `{{.Greeting}}
{{range .Paragraphs}}
{{.}}
{{end}}
Best,
{{.Sender}}{{with .Company}}
{{.}}{{end}}
`

const variantHTML = `<!DOCTYPE html>
<html><body>
<p>{{.Greeting}}</p>
{{- range .Paragraphs}}
<p>{{.}}</p>
{{- end}}
<p>Best,<br>
{{.Sender}}{{with .Company}}<br>
{{.}}{{end}}</p>
</body></html>
`

// mdEscaper escapes the characters Markdown would read as markup.
var mdEscaper = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", "*", `\*`, "_", `\_`, "[", `\[`, "]", `\]`, "<", `\<`, ">", `\>`,
	"#", `\#`, "|", `\|`, "\n", " ", "\r", " ",
)

var funcs = template.FuncMap{"md": mdEscaper.Replace}

// parseTemplates parses the default templates.
func parseTemplates() Templates {
	return Templates{
		RecapText:        template.Must(template.New("recap").Parse(recapText)),
		RecapHTML:        htmltemplate.Must(htmltemplate.New("recap.html").Parse(recapHTML)),
		InternalText:     template.Must(template.New("internal").Parse(internalText)),
		InternalMarkdown: template.Must(template.New("internal.md").Funcs(funcs).Parse(internalMarkdown)),
		Confirmation:     template.Must(template.New("confirmation").Parse(confirmationText)),
		Variant:          template.Must(template.New("variant").Parse(variantText)),
		VariantHTML:      htmltemplate.Must(htmltemplate.New("variant.html").Parse(variantHTML)),
	}
}

// defaultTemplates are the package's own, parsed once and never changed.
var defaultTemplates = sync.OnceValue(parseTemplates)

// DefaultTemplates returns a fresh parse of the default templates, to
// change or extend (add a block, change a FuncMap) without touching the
// package's own.
func DefaultTemplates() Templates { return parseTemplates() }

// resolve fills the nil fields of t with the defaults.
func (o Options) templates() Templates {
	d := defaultTemplates()
	if o.Templates == nil {
		return d
	}
	t := *o.Templates
	if t.RecapText == nil {
		t.RecapText = d.RecapText
	}
	if t.RecapHTML == nil {
		t.RecapHTML = d.RecapHTML
	}
	if t.InternalText == nil {
		t.InternalText = d.InternalText
	}
	if t.InternalMarkdown == nil {
		t.InternalMarkdown = d.InternalMarkdown
	}
	if t.Confirmation == nil {
		t.Confirmation = d.Confirmation
	}
	if t.Variant == nil {
		t.Variant = d.Variant
	}
	if t.VariantHTML == nil {
		t.VariantHTML = d.VariantHTML
	}
	return t
}

// execText runs a text template and wraps the result.
func execText(t *template.Template, data any) (string, error) {
	var b strings.Builder
	if err := t.Execute(&b, data); err != nil {
		return "", err
	}
	return Wrap(b.String(), Width), nil
}

func execHTML(t *htmltemplate.Template, data any) (string, error) {
	var b strings.Builder
	if err := t.Execute(&b, data); err != nil {
		return "", err
	}
	return b.String(), nil
}
