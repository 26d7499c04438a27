// Package extract turns a sales call transcript or a rep's notes into the
// work that must follow it.
package extract
