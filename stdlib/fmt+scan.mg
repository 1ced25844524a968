// Package fmt, its Scan family: an optional file of the package, compiled only
// into programs that name one of its exported functions (lang/loader.c), so a
// program that only prints does not pay for the scanner.
package fmt

import (
	"errors"
	"strconv"
	"unicode/utf8"
)

// ---------- Scanning ----------
//
// The Scan family follows Go's scan.go: a scan state reads runes with one
// rune of push-back, operands are scanned by the pointer type they have
// (no reflection: named types are not scannable), and errors unwind by a
// panic of scanError that the entry point recovers.

// reader is io.Reader (minigo has no io package).
type reader interface {
	Read(p []byte) (n int, err error)
}

var errEOF = errors.New("EOF")
var errUnexpectedEOF = errors.New("unexpected EOF")
var errBool = errors.New("syntax error scanning boolean")

func readStdin(p []byte) int

const (
	scanEOF      = -1
	hugeWid      = 1 << 30
	sign         = "+-"
	decimalDig   = "0123456789"
	hexDig       = "0123456789aAbBcCdDeEfF"
	octalDig     = "01234567"
	binaryDig    = "01"
	exponentChar = "eEpP"
	floatVerbs   = "beEfFgGv"
)

type scanError struct {
	err error
}

// runeScanner is io.RuneScanner: a reader that can take back its last rune
// (bufio.Reader, strings.Reader), so that a scan leaves the text after its
// last operand in the reader, as Go's does.
type runeScanner interface {
	ReadRune() (r rune, size int, err error)
	UnreadRune() error
}

// scanState is Go's ss together with its readRune adapter: bytes come from
// str (from pos), standard input, or rd; runes come from rs when rd is a
// runeScanner.
type scanState struct {
	str     string
	pos     int
	stdin   bool
	rd      reader
	rs      runeScanner
	pending []byte
	peek    rune // ^r after a read (available to unreadRune), r after an unread

	buf       []byte
	count     int
	atEOF     bool
	nlIsEnd   bool
	nlIsSpace bool
	argLimit  int
	limit     int
	maxWid    int
}

func newScanState(str string, stdin bool, rd reader, nlIsSpace, nlIsEnd bool) *scanState {
	s := &scanState{str: str, stdin: stdin, rd: rd, peek: -1, nlIsSpace: nlIsSpace,
		nlIsEnd: nlIsEnd, argLimit: hugeWid, limit: hugeWid, maxWid: hugeWid}
	if rs, ok := rd.(runeScanner); ok {
		s.rs = rs
	}
	return s
}

func (s *scanState) readByte() (byte, bool) {
	if len(s.pending) > 0 {
		b := s.pending[0]
		s.pending = s.pending[1:]
		return b, true
	}
	var one [1]byte
	switch {
	case s.stdin:
		if readStdin(one[:]) != 1 {
			return 0, false
		}
	case s.rd != nil:
		n, err := s.rd.Read(one[:])
		if n != 1 {
			if err != nil && err.Error() != "EOF" {
				panic(scanError{err})
			}
			return 0, false
		}
	default:
		if s.pos >= len(s.str) {
			return 0, false
		}
		one[0] = s.str[s.pos]
		s.pos++
	}
	return one[0], true
}

// rawReadRune is readRune.ReadRune: the pushed-back rune, or the next rune
// from the bytes (an invalid sequence yields U+FFFD and keeps the rest).
func (s *scanState) rawReadRune() (rune, bool) {
	if s.rs != nil {
		r, _, err := s.rs.ReadRune()
		if err != nil {
			if err.Error() != "EOF" {
				panic(scanError{err})
			}
			return 0, false
		}
		return r, true
	}
	if s.peek >= 0 {
		r := s.peek
		s.peek = ^r
		return r, true
	}
	b0, ok := s.readByte()
	if !ok {
		return 0, false
	}
	if b0 < utf8.RuneSelf {
		s.peek = ^rune(b0)
		return rune(b0), true
	}
	bs := []byte{b0}
	for len(bs) < utf8.UTFMax && !utf8.FullRuneInString(string(bs)) {
		b, ok := s.readByte()
		if !ok {
			break
		}
		bs = append(bs, b)
	}
	r, size := utf8.DecodeRune(bs)
	if size < len(bs) {
		s.pending = append(append([]byte(nil), bs[size:]...), s.pending...)
	}
	s.peek = ^r
	return r, true
}

func (s *scanState) readRune() (rune, bool) {
	if s.atEOF || s.count >= s.argLimit {
		return 0, false
	}
	r, ok := s.rawReadRune()
	if ok {
		s.count++
		if s.nlIsEnd && r == '\n' {
			s.atEOF = true
		}
	} else {
		s.atEOF = true
	}
	return r, ok
}

func (s *scanState) getRune() rune {
	r, ok := s.readRune()
	if !ok {
		return scanEOF
	}
	return r
}

func (s *scanState) unreadRune() {
	if s.rs != nil {
		s.rs.UnreadRune()
	} else if s.peek < 0 {
		s.peek = ^s.peek
	}
	s.atEOF = false
	s.count--
}

func (s *scanState) errorString(err string) { panic(scanError{errors.New(err)}) }

func (s *scanState) mustReadRune() rune {
	r := s.getRune()
	if r == scanEOF {
		panic(scanError{errUnexpectedEOF})
	}
	return r
}

func isScanSpace(r rune) bool {
	switch r {
	case ' ', '\t', '\n', '\v', '\f', '\r', 0x85, 0xA0, 0x1680, 0x2028, 0x2029, 0x202F, 0x205F,
		0x3000:
		return true
	}
	return r >= 0x2000 && r <= 0x200A
}

func indexRune(s string, r rune) int {
	for i, c := range s {
		if c == r {
			return i
		}
	}
	return -1
}

func (s *scanState) skipSpace() {
	for {
		r := s.getRune()
		if r == scanEOF {
			return
		}
		if r == '\r' && s.peekIs("\n") {
			continue
		}
		if r == '\n' {
			if s.nlIsSpace {
				continue
			}
			s.errorString("unexpected newline")
			return
		}
		if !isScanSpace(r) {
			s.unreadRune()
			break
		}
	}
}

// notEOF panics with the plain EOF error when the input is exhausted.
func (s *scanState) notEOF() {
	if r := s.getRune(); r == scanEOF {
		panic(errEOF)
	}
	s.unreadRune()
}

func (s *scanState) consume(ok string, accept bool) bool {
	r := s.getRune()
	if r == scanEOF {
		return false
	}
	if indexRune(ok, r) >= 0 {
		if accept {
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return true
	}
	if accept {
		s.unreadRune()
	}
	return false
}

func (s *scanState) accept(ok string) bool { return s.consume(ok, true) }

func (s *scanState) peekIs(ok string) bool {
	r := s.getRune()
	if r != scanEOF {
		s.unreadRune()
	}
	return indexRune(ok, r) >= 0
}

func (s *scanState) okVerb(verb rune, okVerbs, typ string) bool {
	for _, v := range okVerbs {
		if v == verb {
			return true
		}
	}
	s.errorString("bad verb '%" + string(verb) + "' for " + typ)
	return false
}

func (s *scanState) scanBool(verb rune) bool {
	s.skipSpace()
	s.notEOF()
	if !s.okVerb(verb, "tv", "boolean") {
		return false
	}
	switch s.getRune() {
	case '0':
		return false
	case '1':
		return true
	case 't', 'T':
		if s.accept("rR") && (!s.accept("uU") || !s.accept("eE")) {
			panic(scanError{errBool})
		}
		return true
	case 'f', 'F':
		if s.accept("aA") && (!s.accept("lL") || !s.accept("sS") || !s.accept("eE")) {
			panic(scanError{errBool})
		}
		return false
	}
	return false
}

func (s *scanState) getBase(verb rune) (int, string) {
	s.okVerb(verb, "bdoUxXv", "integer")
	switch verb {
	case 'b':
		return 2, binaryDig
	case 'o':
		return 8, octalDig
	case 'x', 'X', 'U':
		return 16, hexDig
	}
	return 10, decimalDig
}

func (s *scanState) scanNumber(digits string, haveDigits bool) string {
	if !haveDigits {
		s.notEOF()
		if !s.accept(digits) {
			s.errorString("expected integer")
		}
	}
	for s.accept(digits) {
	}
	return string(s.buf)
}

func (s *scanState) scanRune(bitSize int) int64 {
	s.notEOF()
	r := s.getRune()
	n := uint(bitSize)
	x := (int64(r) << (64 - n)) >> (64 - n)
	if x != int64(r) {
		s.errorString("overflow on character value " + string(r))
	}
	return int64(r)
}

func (s *scanState) scanBasePrefix() (int, string, bool) {
	if !s.peekIs("0") {
		return 0, decimalDig + "_", false
	}
	s.accept("0")
	switch {
	case s.peekIs("bB"):
		s.consume("bB", true)
		return 0, binaryDig + "_", true
	case s.peekIs("oO"):
		s.consume("oO", true)
		return 0, octalDig + "_", true
	case s.peekIs("xX"):
		s.consume("xX", true)
		return 0, hexDig + "_", true
	}
	return 0, octalDig + "_", true
}

func (s *scanState) scanInt(verb rune, bitSize int) int64 {
	if verb == 'c' {
		return s.scanRune(bitSize)
	}
	s.skipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.errorString("bad unicode format ")
		}
	} else {
		s.accept(sign)
		if verb == 'v' {
			base, digits, haveDigits = s.scanBasePrefix()
		}
	}
	tok := s.scanNumber(digits, haveDigits)
	i, err := strconv.ParseInt(tok, base, 64)
	if err != nil {
		panic(scanError{err})
	}
	n := uint(bitSize)
	x := (i << (64 - n)) >> (64 - n)
	if x != i {
		s.errorString("integer overflow on token " + tok)
	}
	return i
}

func (s *scanState) scanUint(verb rune, bitSize int) uint64 {
	if verb == 'c' {
		return uint64(s.scanRune(bitSize))
	}
	s.skipSpace()
	s.notEOF()
	base, digits := s.getBase(verb)
	haveDigits := false
	if verb == 'U' {
		if !s.consume("U", false) || !s.consume("+", false) {
			s.errorString("bad unicode format ")
		}
	} else if verb == 'v' {
		base, digits, haveDigits = s.scanBasePrefix()
	}
	tok := s.scanNumber(digits, haveDigits)
	i, err := strconv.ParseUint(tok, base, 64)
	if err != nil {
		panic(scanError{err})
	}
	n := uint(bitSize)
	x := (i << (64 - n)) >> (64 - n)
	if x != i {
		s.errorString("unsigned integer overflow on token " + tok)
	}
	return i
}

func (s *scanState) floatToken() string {
	s.buf = s.buf[:0]
	if s.accept("nN") && s.accept("aA") && s.accept("nN") {
		return string(s.buf)
	}
	s.accept(sign)
	if s.accept("iI") && s.accept("nN") && s.accept("fF") {
		return string(s.buf)
	}
	digits := decimalDig + "_"
	exp := exponentChar
	if s.accept("0") && s.accept("xX") {
		digits = hexDig + "_"
		exp = "pP"
	}
	for s.accept(digits) {
	}
	if s.accept(".") {
		for s.accept(digits) {
		}
	}
	if s.accept(exp) {
		s.accept(sign)
		for s.accept(decimalDig + "_") {
		}
	}
	return string(s.buf)
}

func (s *scanState) scanFloat(verb rune, bitSize int, typ string) float64 {
	if !s.okVerb(verb, floatVerbs, typ) {
		return 0
	}
	s.skipSpace()
	s.notEOF()
	f, err := strconv.ParseFloat(s.floatToken(), bitSize)
	if err != nil {
		panic(scanError{err})
	}
	return f
}

// complexTokens reads "(re+imi)" or "re+imi": the real part's token, then the
// imaginary part's with its sign, as Go's.
func (s *scanState) complexTokens() (real, imag string) {
	parens := s.accept("(")
	real = s.floatToken()
	s.buf = s.buf[:0]
	if !s.accept("+-") {
		s.errorString("syntax error scanning complex number")
	}
	imagSign := string(s.buf)
	imag = s.floatToken()
	if !s.accept("i") {
		s.errorString("syntax error scanning complex number")
	}
	if parens && !s.accept(")") {
		s.errorString("syntax error scanning complex number")
	}
	return real, imagSign + imag
}

func (s *scanState) scanComplex(verb rune, bitSize int) complex128 {
	if !s.okVerb(verb, floatVerbs, "complex") {
		return 0
	}
	s.skipSpace()
	s.notEOF()
	sreal, simag := s.complexTokens()
	re, err := strconv.ParseFloat(sreal, bitSize/2)
	if err != nil {
		panic(scanError{err})
	}
	im, err := strconv.ParseFloat(simag, bitSize/2)
	if err != nil {
		panic(scanError{err})
	}
	return complex(re, im)
}

func (s *scanState) convertString(verb rune) string {
	if !s.okVerb(verb, "svqxX", "string") {
		return ""
	}
	s.skipSpace()
	s.notEOF()
	switch verb {
	case 'q':
		return s.quotedString()
	case 'x', 'X':
		return s.hexString()
	}
	// %s and %v: the next space-delimited word
	for {
		r := s.getRune()
		if r == scanEOF {
			break
		}
		if isScanSpace(r) {
			s.unreadRune()
			break
		}
		s.buf = utf8.AppendRune(s.buf, r)
	}
	return string(s.buf)
}

func (s *scanState) quotedString() string {
	s.notEOF()
	quote := s.getRune()
	switch quote {
	case '`':
		for {
			r := s.mustReadRune()
			if r == quote {
				break
			}
			s.buf = utf8.AppendRune(s.buf, r)
		}
		return string(s.buf)
	case '"':
		s.buf = append(s.buf, '"')
		for {
			r := s.mustReadRune()
			s.buf = utf8.AppendRune(s.buf, r)
			if r == '\\' {
				// Only the rune right after a backslash can be a quote
				// that does not end the string.
				s.buf = utf8.AppendRune(s.buf, s.mustReadRune())
			} else if r == '"' {
				break
			}
		}
		result, err := strconv.Unquote(string(s.buf))
		if err != nil {
			panic(scanError{err})
		}
		return result
	}
	s.errorString("expected quoted string")
	return ""
}

func hexDigitVal(r rune) (int, bool) {
	switch {
	case '0' <= r && r <= '9':
		return int(r - '0'), true
	case 'a' <= r && r <= 'f':
		return int(r-'a') + 10, true
	case 'A' <= r && r <= 'F':
		return int(r-'A') + 10, true
	}
	return -1, false
}

func (s *scanState) hexString() string {
	s.notEOF()
	for {
		r1 := s.getRune()
		if r1 == scanEOF {
			break
		}
		v1, ok := hexDigitVal(r1)
		if !ok {
			s.unreadRune()
			break
		}
		v2, ok := hexDigitVal(s.mustReadRune())
		if !ok {
			s.errorString("illegal hex digit")
		}
		s.buf = append(s.buf, byte(v1<<4|v2))
	}
	if len(s.buf) == 0 {
		s.errorString("no hex data for %x string")
	}
	return string(s.buf)
}

func (s *scanState) scanOne(verb rune, arg any) {
	s.buf = s.buf[:0]
	switch v := arg.(type) {
	case *bool:
		*v = s.scanBool(verb)
	case *int:
		*v = int(s.scanInt(verb, 64))
	case *int8:
		*v = int8(s.scanInt(verb, 8))
	case *int16:
		*v = int16(s.scanInt(verb, 16))
	case *int32:
		*v = int32(s.scanInt(verb, 32))
	case *int64:
		*v = s.scanInt(verb, 64)
	case *uint:
		*v = uint(s.scanUint(verb, 64))
	case *uint8:
		*v = uint8(s.scanUint(verb, 8))
	case *uint16:
		*v = uint16(s.scanUint(verb, 16))
	case *uint32:
		*v = uint32(s.scanUint(verb, 32))
	case *uint64:
		*v = s.scanUint(verb, 64)
	case *uintptr:
		*v = uintptr(s.scanUint(verb, 64))
	case *float32:
		*v = float32(s.scanFloat(verb, 32, "float32"))
	case *float64:
		*v = s.scanFloat(verb, 64, "float64")
	case *complex64:
		*v = complex64(s.scanComplex(verb, 64))
	case *complex128:
		*v = s.scanComplex(verb, 128)
	case *string:
		*v = s.convertString(verb)
	case *[]byte:
		*v = []byte(s.convertString(verb))
	default:
		s.scanNamed(verb, arg)
	}
}

func scanKind(arg any) (kind, bits int)
func storeWord(arg any, v uint64)
func storeFloat(arg any, f float64)
func storeString(arg any, s string)

// scanNamed scans into a pointer to a named type by its underlying kind (what
// Go's scanOne does through reflect).
func (s *scanState) scanNamed(verb rune, arg any) {
	kind, bits := scanKind(arg)
	switch kind {
	case 1:
		v := uint64(0)
		if s.scanBool(verb) {
			v = 1
		}
		storeWord(arg, v)
	case 2:
		storeWord(arg, uint64(s.scanInt(verb, bits)))
	case 3:
		storeWord(arg, s.scanUint(verb, bits))
	case 4:
		if bits == 32 {
			storeFloat(arg, float64(float32(s.scanFloat(verb, 32, "float32"))))
		} else {
			storeFloat(arg, s.scanFloat(verb, 64, "float64"))
		}
	case 5:
		storeString(arg, s.convertString(verb))
	case -1:
		s.errorString("type not a pointer: " + Sprintf("%T", arg))
	default:
		s.errorString("can't scan type: " + Sprintf("%T", arg))
	}
}

// scanErrorHandler turns a scanError or EOF panic into the returned error.
func scanErrorHandler(errp *error) {
	if e := recover(); e != nil {
		if se, ok := e.(scanError); ok {
			*errp = se.err
		} else if eof, ok := e.(error); ok && eof == errEOF {
			*errp = eof
		} else {
			panic(e)
		}
	}
}

func (s *scanState) doScan(a []any) (numProcessed int, err error) {
	defer scanErrorHandler(&err)
	for _, arg := range a {
		s.scanOne('v', arg)
		numProcessed++
	}
	// Scanln: the operands must end the line.
	if s.nlIsEnd {
		for {
			r := s.getRune()
			if r == '\n' || r == scanEOF {
				break
			}
			if !isScanSpace(r) {
				s.errorString("expected newline")
				break
			}
		}
	}
	return
}

// advance matches the literal text and spaces at the start of format
// against the input: the bytes of format consumed, 0 at a verb (or at the
// end of the input), -1 when the input does not match.
func (s *scanState) advance(format string) (i int) {
	for i < len(format) {
		fmtc, w := utf8.DecodeRuneInString(format[i:])
		// A newline in the format matches spaces then a newline or the end
		// of input; spaces before it are part of it; spaces after it match
		// zero or more spaces; other spaces match one or more spaces (or the
		// end of input).
		if isScanSpace(fmtc) {
			newlines := 0
			trailingSpace := false
			for isScanSpace(fmtc) && i < len(format) {
				if fmtc == '\n' {
					newlines++
					trailingSpace = false
				} else {
					trailingSpace = true
				}
				i += w
				fmtc, w = utf8.DecodeRuneInString(format[i:])
			}
			for j := 0; j < newlines; j++ {
				inputc := s.getRune()
				for isScanSpace(inputc) && inputc != '\n' {
					inputc = s.getRune()
				}
				if inputc != '\n' && inputc != scanEOF {
					s.errorString("newline in format does not match input")
				}
			}
			if trailingSpace {
				inputc := s.getRune()
				if newlines == 0 {
					if !isScanSpace(inputc) && inputc != scanEOF {
						s.errorString("expected space in input to match format")
					}
					if inputc == '\n' {
						s.errorString("newline in input does not match format")
					}
				}
				for isScanSpace(inputc) && inputc != '\n' {
					inputc = s.getRune()
				}
				if inputc != scanEOF {
					s.unreadRune()
				}
			}
			continue
		}
		if fmtc == '%' {
			if i+w == len(format) {
				s.errorString("missing verb: % at end of format string")
			}
			nextc, _ := utf8.DecodeRuneInString(format[i+w:])
			if nextc != '%' {
				return
			}
			i += w // %% is a literal percent
		}
		inputc := s.mustReadRune()
		if fmtc != inputc {
			s.unreadRune()
			return -1
		}
		i += w
	}
	return
}

func tooLarge(x int) bool { return x > 1e6 || x < -1e6 }

func parsenum(s string, start, end int) (num int, isnum bool, newi int) {
	if start >= end {
		return 0, false, end
	}
	for newi = start; newi < end && '0' <= s[newi] && s[newi] <= '9'; newi++ {
		if tooLarge(num) {
			return 0, false, end
		}
		num = num*10 + int(s[newi]-'0')
		isnum = true
	}
	return
}

func (s *scanState) doScanf(format string, a []any) (numProcessed int, err error) {
	defer scanErrorHandler(&err)
	end := len(format) - 1
	for i := 0; i <= end; {
		w := s.advance(format[i:])
		if w > 0 {
			i += w
			continue
		}
		if format[i] != '%' {
			if w < 0 {
				s.errorString("input does not match format")
			}
			break // at the end of input: "too many operands" below
		}
		i++ // the %
		var widPresent bool
		s.maxWid, widPresent, i = parsenum(format, i, end)
		if !widPresent {
			s.maxWid = hugeWid
		}
		c, cw := utf8.DecodeRuneInString(format[i:])
		i += cw
		if c != 'c' {
			s.skipSpace()
		}
		if c == '%' {
			s.skipSpace()
			s.notEOF()
			if !s.accept("%") {
				s.errorString("missing literal %")
			}
			continue
		}
		s.argLimit = s.limit
		if f := s.count + s.maxWid; f < s.argLimit {
			s.argLimit = f
		}
		if numProcessed >= len(a) {
			s.errorString("too few operands for format '%" + format[i-cw:] + "'")
			break
		}
		s.scanOne(c, a[numProcessed])
		numProcessed++
		s.argLimit = s.limit
	}
	if numProcessed < len(a) {
		s.errorString("too many operands")
	}
	return
}

// Sscan scans str, storing successive space-separated values into the
// arguments; newlines count as space.
func Sscan(str string, a ...any) (n int, err error) {
	return newScanState(str, false, nil, true, false).doScan(a)
}

// Sscanln is like Sscan, but stops scanning at a newline, and after the
// final item there must be a newline or EOF.
func Sscanln(str string, a ...any) (n int, err error) {
	return newScanState(str, false, nil, false, true).doScan(a)
}

// Sscanf scans str according to format.
func Sscanf(str string, format string, a ...any) (n int, err error) {
	return newScanState(str, false, nil, false, false).doScanf(format, a)
}

// Scan scans standard input (newlines count as space).
func Scan(a ...any) (n int, err error) {
	return newScanState("", true, nil, true, false).doScan(a)
}

// Scanln is like Scan, but stops scanning at a newline.
func Scanln(a ...any) (n int, err error) {
	return newScanState("", true, nil, false, true).doScan(a)
}

// Scanf scans standard input according to format.
func Scanf(format string, a ...any) (n int, err error) {
	return newScanState("", true, nil, false, false).doScanf(format, a)
}

// Fscan scans r (an io.Reader).
func Fscan(r reader, a ...any) (n int, err error) {
	return newScanState("", false, r, true, false).doScan(a)
}

// Fscanln scans r, stopping at a newline.
func Fscanln(r reader, a ...any) (n int, err error) {
	return newScanState("", false, r, false, true).doScan(a)
}

// Fscanf scans r according to format.
func Fscanf(r reader, format string, a ...any) (n int, err error) {
	return newScanState("", false, r, false, false).doScanf(format, a)
}
