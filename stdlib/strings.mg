// Package strings: the common subset of Go's strings package. Bodyless
// functions are natives in stdlib/strings.c; the rest is ordinary minigo
// (everything that takes a func argument must be, so that the callback is an
// ordinary call).
package strings

import "unicode/utf8"

// Builder accumulates bytes; buf points to c bytes of GC memory (managed by
// the natives), of which n are used. The zero value is ready to use.
type Builder struct {
	buf *byte
	n   int
	c   int
}

func (b *Builder) WriteString(s string) (int, error)
func (b *Builder) WriteByte(c byte) error
func (b *Builder) WriteRune(r rune) (int, error)
func (b *Builder) Write(p []byte) (int, error)
func (b *Builder) String() string
func (b *Builder) Grow(n int)

func (b *Builder) Len() int { return b.n }
func (b *Builder) Cap() int { return b.c }

func (b *Builder) Reset() {
	b.buf = nil
	b.n = 0
	b.c = 0
}

func Index(s, substr string) int
func LastIndex(s, substr string) int
func IndexByte(s string, c byte) int
func IndexRune(s string, r rune) int
func IndexAny(s, chars string) int
func Count(s, substr string) int
func genSplit(s, sep string, sepSave, n int) []string
func Fields(s string) []string
func Join(elems []string, sep string) string
func Repeat(s string, count int) string
func Replace(s, old, new string, n int) string
func ToUpper(s string) string
func ToLower(s string) string
func Title(s string) string
func EqualFold(s, t string) bool
func TrimSpace(s string) string
func Trim(s, cutset string) string
func TrimLeft(s, cutset string) string
func TrimRight(s, cutset string) string

func Contains(s, substr string) bool { return Index(s, substr) >= 0 }

func ContainsRune(s string, r rune) bool { return IndexRune(s, r) >= 0 }

func ContainsAny(s, chars string) bool { return IndexAny(s, chars) >= 0 }

func HasPrefix(s, prefix string) bool {
	return len(s) >= len(prefix) && s[0:len(prefix)] == prefix
}

func HasSuffix(s, suffix string) bool {
	return len(s) >= len(suffix) && s[len(s)-len(suffix):] == suffix
}

func LastIndexByte(s string, c byte) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == c {
			return i
		}
	}
	return -1
}

func LastIndexAny(s, chars string) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[0:i])
		i -= size
		if IndexRune(chars, r) >= 0 {
			return i
		}
	}
	return -1
}

func Compare(a, b string) int {
	if a == b {
		return 0
	}
	if a < b {
		return -1
	}
	return 1
}

func ReplaceAll(s, old, new string) string { return Replace(s, old, new, -1) }

func Split(s, sep string) []string { return genSplit(s, sep, 0, -1) }

func SplitN(s, sep string, n int) []string { return genSplit(s, sep, 0, n) }

func SplitAfter(s, sep string) []string { return genSplit(s, sep, len(sep), -1) }

func SplitAfterN(s, sep string, n int) []string { return genSplit(s, sep, len(sep), n) }

func TrimPrefix(s, prefix string) string {
	if HasPrefix(s, prefix) {
		return s[len(prefix):]
	}
	return s
}

func TrimSuffix(s, suffix string) string {
	if HasSuffix(s, suffix) {
		return s[0 : len(s)-len(suffix)]
	}
	return s
}

func Cut(s, sep string) (before, after string, found bool) {
	if i := Index(s, sep); i >= 0 {
		return s[0:i], s[i+len(sep):], true
	}
	return s, "", false
}

func CutPrefix(s, prefix string) (after string, found bool) {
	if !HasPrefix(s, prefix) {
		return s, false
	}
	return s[len(prefix):], true
}

func CutSuffix(s, suffix string) (before string, found bool) {
	if !HasSuffix(s, suffix) {
		return s, false
	}
	return s[0 : len(s)-len(suffix)], true
}

func IndexFunc(s string, f func(rune) bool) int {
	for i, r := range s {
		if f(r) {
			return i
		}
	}
	return -1
}

func LastIndexFunc(s string, f func(rune) bool) int {
	for i := len(s); i > 0; {
		r, size := utf8.DecodeLastRuneInString(s[0:i])
		i -= size
		if f(r) {
			return i
		}
	}
	return -1
}

func ContainsFunc(s string, f func(rune) bool) bool { return IndexFunc(s, f) >= 0 }

func TrimLeftFunc(s string, f func(rune) bool) string {
	for i, r := range s {
		if !f(r) {
			return s[i:]
		}
	}
	return ""
}

func TrimRightFunc(s string, f func(rune) bool) string {
	i := len(s)
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(s[0:i])
		if !f(r) {
			break
		}
		i -= size
	}
	return s[0:i]
}

func TrimFunc(s string, f func(rune) bool) string {
	return TrimRightFunc(TrimLeftFunc(s, f), f)
}

func FieldsFunc(s string, f func(rune) bool) []string {
	out := []string{} // never nil, as Go's make
	start := -1
	for i, r := range s {
		if f(r) {
			if start >= 0 {
				out = append(out, s[start:i])
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, s[start:])
	}
	return out
}

func Map(mapping func(rune) rune, s string) string {
	var b Builder
	for _, r := range s {
		m := mapping(r)
		if m >= 0 {
			b.WriteRune(m)
		}
	}
	return b.String()
}

// Clone returns a fresh copy of s (Go 1.18), so that a small string cut from a
// large one does not keep the large one alive.
func Clone(s string) string {
	if len(s) == 0 {
		return ""
	}
	return string([]byte(s))
}

// ToValidUTF8 replaces each run of invalid UTF-8 bytes in s with replacement.
func ToValidUTF8(s, replacement string) string {
	var b Builder
	invalid := false // the previous byte was part of an invalid run
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			i++
			invalid = false
			b.WriteByte(c)
			continue
		}
		_, wid := utf8.DecodeRuneInString(s[i:])
		if wid == 1 {
			i++
			if !invalid {
				invalid = true
				b.WriteString(replacement)
			}
			continue
		}
		invalid = false
		b.WriteString(s[i : i+wid])
		i += wid
	}
	return b.String()
}

// ---------- Replacer ----------

// A Replacer replaces a list of strings with replacements. At each position
// of the input the old strings are tried in argument order and the first that
// matches wins (Go's priority rule); matches do not overlap. An empty old
// string matches at every position, but not twice in a row at the same one.
type Replacer struct {
	oldnew []string
}

// NewReplacer returns a new Replacer from a list of old, new string pairs.
func NewReplacer(oldnew ...string) *Replacer {
	if len(oldnew)%2 == 1 {
		panic("strings.NewReplacer: odd argument count")
	}
	return &Replacer{append([]string(nil), oldnew...)}
}

// Replace returns a copy of s with all replacements performed.
func (r *Replacer) Replace(s string) string {
	var b Builder
	last := 0
	prevMatchEmpty := false
	changed := false
	for i := 0; i <= len(s); {
		match := -1
		for k := 0; k < len(r.oldnew); k += 2 {
			old := r.oldnew[k]
			if old == "" && prevMatchEmpty {
				continue
			}
			if len(s)-i >= len(old) && s[i:i+len(old)] == old {
				match = k
				break
			}
		}
		if match < 0 {
			prevMatchEmpty = false
			i++
			continue
		}
		keylen := len(r.oldnew[match])
		prevMatchEmpty = keylen == 0
		b.WriteString(s[last:i])
		b.WriteString(r.oldnew[match+1])
		changed = true
		i += keylen
		last = i
	}
	if !changed {
		return s
	}
	if last < len(s) {
		b.WriteString(s[last:])
	}
	return b.String()
}

// stringWriter is io.Writer (minigo has no io package).
type stringWriter interface {
	Write(p []byte) (n int, err error)
}

// WriteString writes s to w with all replacements performed.
func (r *Replacer) WriteString(w stringWriter, s string) (n int, err error) {
	return w.Write([]byte(r.Replace(s)))
}
