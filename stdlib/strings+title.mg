// Package strings, its ToTitle: an optional file (lang/loader.c) so that only
// the programs that name it load package unicode's case tables for strings.
package strings

import "unicode"

// ToTitle maps every letter to its Unicode title case.
func ToTitle(s string) string { return Map(unicode.ToTitle, s) }
