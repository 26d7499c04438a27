// Package timeexpr finds the time expressions of sales talk in a text and
// resolves each to a deadline in a business [Calendar].
package timeexpr
