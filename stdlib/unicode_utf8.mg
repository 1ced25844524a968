// Package utf8 (import path unicode/utf8): UTF-8 with Go's rules. Bodyless
// functions are natives in stdlib/unicode_utf8.c.
package utf8

const (
	RuneError = '\uFFFD'
	RuneSelf  = 0x80
	MaxRune   = '\U0010FFFF'
	UTFMax    = 4
)

func RuneCountInString(s string) (n int)
func RuneCount(p []byte) int
func DecodeRuneInString(s string) (rune, int)
func DecodeRune(p []byte) (rune, int)
func DecodeLastRuneInString(s string) (rune, int)
func ValidString(s string) bool
func EncodeRune(p []byte, r rune) int

func DecodeLastRune(p []byte) (rune, int) {
	start := len(p) - 4
	if start < 0 {
		start = 0
	}
	return DecodeLastRuneInString(string(p[start:]))
}

func Valid(p []byte) bool { return ValidString(string(p)) }

func ValidRune(r rune) bool {
	switch {
	case 0 <= r && r < 0xD800:
		return true
	case 0xDFFF < r && r <= MaxRune:
		return true
	}
	return false
}

func RuneLen(r rune) int {
	switch {
	case r < 0:
		return -1
	case r < 0x80:
		return 1
	case r < 0x800:
		return 2
	case 0xD800 <= r && r <= 0xDFFF:
		return -1
	case r < 0x10000:
		return 3
	case r <= MaxRune:
		return 4
	}
	return -1
}

// FullRune reports whether p begins with a full UTF-8 encoding of a rune.
func FullRune(p []byte) bool { return FullRuneInString(string(p)) }

func FullRuneInString(s string) bool {
	if len(s) == 0 {
		return false
	}
	r, size := DecodeRuneInString(s)
	if r != RuneError || size != 1 {
		return true
	}
	// An invalid first byte is a full (one-byte) rune; a valid prefix is not.
	need := 0
	c := s[0]
	switch {
	case c >= 0xC2 && c <= 0xDF:
		need = 2
	case c >= 0xE0 && c <= 0xEF:
		need = 3
	case c >= 0xF0 && c <= 0xF4:
		need = 4
	}
	return need == 0 || len(s) >= need
}

func RuneStart(b byte) bool { return b&0xC0 != 0x80 }

func AppendRune(p []byte, r rune) []byte {
	return append(p, string(r)...)
}
