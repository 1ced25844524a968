// Package unicode: rune classes and case mapping for the common scripts.
// Bodyless functions are natives in stdlib/unicode.c.
package unicode

const (
	MaxRune         = '\U0010FFFF'
	ReplacementChar = '\uFFFD'
	MaxASCII        = '\u007F'
	MaxLatin1       = '\u00FF'
)

func IsLetter(r rune) bool
func IsDigit(r rune) bool
func IsSpace(r rune) bool
func IsUpper(r rune) bool
func IsLower(r rune) bool
func IsPunct(r rune) bool
func IsPrint(r rune) bool
func IsControl(r rune) bool
func ToLower(r rune) rune
func ToUpper(r rune) rune

func IsNumber(r rune) bool { return IsDigit(r) }

func IsGraphic(r rune) bool { return IsPrint(r) || IsSpace(r) && r > 0x7F && r != 0x85 }

func IsTitle(r rune) bool
func ToTitle(r rune) rune
