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

// IsTitle: the title-case letters of Unicode 13 (category Lt), all below
// U+2000: the Latin digraphs and the Greek letters with prosgegrammeni.
func IsTitle(r rune) bool {
	switch {
	case r == 0x01C5, r == 0x01C8, r == 0x01CB, r == 0x01F2:
		return true
	case r >= 0x1F88 && r <= 0x1FAF:
		return r&0xF >= 8
	case r == 0x1FBC, r == 0x1FCC, r == 0x1FFC:
		return true
	}
	return false
}

// ToTitle differs from ToUpper only where Unicode gives a letter a title form
// of its own: the digraphs (DŽ Dž dž -> Dž) and Georgian Mkhedruli, whose
// title case is itself.
func ToTitle(r rune) rune {
	switch {
	case r >= 0x01C4 && r <= 0x01CC:
		return 0x01C5 + (r-0x01C4)/3*3
	case r >= 0x01F1 && r <= 0x01F3:
		return 0x01F2
	case r >= 0x10D0 && r <= 0x10FA, r >= 0x10FD && r <= 0x10FF:
		return r
	}
	return ToUpper(r)
}
