// Package strconv, its ParseComplex: an optional file (lang/loader.c), so
// that only the programs that name it compile the float-prefix scanner.
package strconv

// ParseComplex parses "N", "Ni" or "N±Ni", optionally in parentheses, each
// part as ParseFloat does with half the bit size. A part out of range gives
// ±Inf and a range error, reported after the whole string is checked, as Go.
func ParseComplex(s string, bitSize int) (complex128, error) {
	size := 64
	if bitSize == 64 {
		size = 32 // complex64 uses float32 parts
	}
	orig := s
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}
	var pending error
	re, n, code := parseFloatPrefix(s, size)
	if code == 1 {
		return 0, &NumError{"ParseComplex", orig, ErrSyntax}
	}
	if code == 2 {
		pending = &NumError{"ParseComplex", orig, ErrRange}
	}
	s = s[n:]
	if len(s) == 0 {
		return complex(re, 0), pending
	}
	switch s[0] {
	case '+':
		// consume the '+' so that "+NaNi" parses, but not in "++"
		if len(s) > 1 && s[1] != '+' {
			s = s[1:]
		}
	case '-':
	case 'i':
		if len(s) == 1 {
			return complex(0, re), pending
		}
		return 0, &NumError{"ParseComplex", orig, ErrSyntax}
	default:
		return 0, &NumError{"ParseComplex", orig, ErrSyntax}
	}
	im, n, code := parseFloatPrefix(s, size)
	if code == 1 {
		return 0, &NumError{"ParseComplex", orig, ErrSyntax}
	}
	if code == 2 {
		pending = &NumError{"ParseComplex", orig, ErrRange}
	}
	s = s[n:]
	if s != "i" {
		return 0, &NumError{"ParseComplex", orig, ErrSyntax}
	}
	return complex(re, im), pending
}

// parseFloatPrefix parses the longest prefix of s that has the syntax of a
// float (Go's special and readFloat decide the length); code as parseFloat's.
func parseFloatPrefix(s string, bitSize int) (float64, int, int) {
	n := floatPrefixLen(s)
	if n <= 0 {
		return 0, 0, 1
	}
	f, code := parseFloat(s[:n], bitSize)
	return f, n, code
}

func lowerByte(c byte) byte { return c | ('x' - 'X') }

// foldPrefixLen: how many leading bytes of s match word, ignoring case.
func foldPrefixLen(s, word string) int {
	n := 0
	for n < len(s) && n < len(word) && lowerByte(s[n]) == word[n] {
		n++
	}
	return n
}

func floatPrefixLen(s string) int {
	if len(s) == 0 {
		return 0
	}
	// infinities and NaN
	i := 0
	if s[0] == '+' || s[0] == '-' {
		i = 1
	}
	if i < len(s) && lowerByte(s[i]) == 'i' {
		k := foldPrefixLen(s[i:], "infinity")
		if k == 8 {
			return i + 8
		}
		if k >= 3 {
			return i + 3
		}
		return 0
	}
	if i == 0 && foldPrefixLen(s, "nan") == 3 {
		return 3
	}
	// digits, a point, an exponent
	base, expChar := 10, byte('e')
	if i+2 < len(s) && s[i] == '0' && lowerByte(s[i+1]) == 'x' {
		base, expChar = 16, 'p'
		i += 2
	}
	sawdot, sawdigits := false, false
loop:
	for ; i < len(s); i++ {
		c := s[i]
		switch {
		case c == '_':
		case c == '.':
			if sawdot {
				break loop
			}
			sawdot = true
		case '0' <= c && c <= '9':
			sawdigits = true
		case base == 16 && 'a' <= lowerByte(c) && lowerByte(c) <= 'f':
			sawdigits = true
		default:
			break loop
		}
	}
	if !sawdigits {
		return 0
	}
	if i < len(s) && lowerByte(s[i]) == expChar {
		i++
		if i < len(s) && (s[i] == '+' || s[i] == '-') {
			i++
		}
		if i >= len(s) || s[i] < '0' || s[i] > '9' {
			return 0
		}
		for i < len(s) && ('0' <= s[i] && s[i] <= '9' || s[i] == '_') {
			i++
		}
	} else if base == 16 {
		return 0
	}
	return i
}
