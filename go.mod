module github.com/aftercall/aftercall

go 1.24

require (
	github.com/arran4/golang-ical v0.3.4
	github.com/emersion/go-message v0.18.2
	github.com/google/go-cmp v0.7.0
	github.com/jdkato/prose/v2 v2.0.0
	github.com/olebedev/when v1.1.0
	github.com/rickar/cal/v2 v2.1.26
)

require (
	github.com/AlekSi/pointer v1.0.0 // indirect
	github.com/deckarep/golang-set v1.7.1 // indirect
	github.com/mingrammer/commonregex v1.0.1 // indirect
	github.com/pkg/errors v0.8.1 // indirect
	github.com/stretchr/testify v1.12.1 // indirect
	gonum.org/v1/gonum v0.7.0 // indirect
	gopkg.in/neurosnap/sentences.v1 v1.0.6 // indirect
)
