// Package time: Duration, Time, Sleep, timers and tickers. Bodyless functions
// are natives in stdlib/time.c (clocks, the run-time timers, calendar and
// Format through the C library).
//
// A Time is sec (seconds since January 1, year 1, UTC, so the zero Time is
// Go's), nsec, an optional monotonic reading mono (0: none; Sub, Before,
// After and Equal use it when both times have one) and a *Location (nil:
// UTC). Locations are UTC, Local and fixed offsets (FixedZone, Parse). Time channels are buffered (cap 1); the
// C timer callback try-sends on them.
package time

import "errors"

func now() (sec int64, nsec int64, mono int64)
func runtimeNano() int64
func date(sec int64, local bool) (year, month, day, hour, min, s, wday, yday, offset int, zone string)
func mkdate(year, month, day, hour, min, sec int, local bool) int64
func format(sec, nsec int64, local bool, off int, zone, layout string) string

type runtimeTimer struct{ _ int }

func newTimer(c chan Time, delay, period int64, loc *Location) *runtimeTimer
func stopTimer(t *runtimeTimer) bool
func resetTimer(t *runtimeTimer, delay, period int64) bool

// Sleep pauses the current goroutine for at least the duration d.
func Sleep(d Duration)

// ---------- Duration ----------

// A Duration represents the elapsed time between two instants as an int64
// nanosecond count.
type Duration int64

const (
	minDuration Duration = -1 << 63
	maxDuration Duration = 1<<63 - 1
)

const (
	Nanosecond  Duration = 1
	Microsecond          = 1000 * Nanosecond
	Millisecond          = 1000 * Microsecond
	Second               = 1000 * Millisecond
	Minute               = 60 * Second
	Hour                 = 60 * Minute
)

// String returns a string representing the duration in the form "72h3m0.5s".
func (d Duration) String() string {
	buf := make([]byte, 32)
	w := len(buf)
	u := uint64(d)
	neg := d < 0
	if neg {
		u = -u
	}
	if u < uint64(Second) {
		// Less than a second: one unit (ns, µs, ms) and a fraction.
		prec := 0
		w--
		buf[w] = 's'
		w--
		switch {
		case u == 0:
			return "0s"
		case u < uint64(Microsecond):
			buf[w] = 'n'
		case u < uint64(Millisecond):
			prec = 3
			w--
			buf[w] = 0xC2 // U+00B5 'µ' in UTF-8
			buf[w+1] = 0xB5
		default:
			prec = 6
			buf[w] = 'm'
		}
		w, u = fmtFrac(buf, w, u, prec)
		w = fmtInt(buf, w, u)
	} else {
		w--
		buf[w] = 's'
		w, u = fmtFrac(buf, w, u, 9)
		w = fmtInt(buf, w, u%60)
		u /= 60
		if u > 0 {
			w--
			buf[w] = 'm'
			w = fmtInt(buf, w, u%60)
			u /= 60
			if u > 0 {
				w--
				buf[w] = 'h'
				w = fmtInt(buf, w, u)
			}
		}
	}
	if neg {
		w--
		buf[w] = '-'
	}
	return string(buf[w:])
}

// fmtFrac writes the fraction of v/10**prec (trailing zeros and a bare dot
// omitted) into buf ending at w; it returns the new start and v/10**prec.
func fmtFrac(buf []byte, w int, v uint64, prec int) (int, uint64) {
	print := false
	for i := 0; i < prec; i++ {
		digit := v % 10
		print = print || digit != 0
		if print {
			w--
			buf[w] = byte(digit) + '0'
		}
		v /= 10
	}
	if print {
		w--
		buf[w] = '.'
	}
	return w, v
}

// fmtInt writes v in decimal into buf ending at w and returns the new start.
func fmtInt(buf []byte, w int, v uint64) int {
	if v == 0 {
		w--
		buf[w] = '0'
		return w
	}
	for v > 0 {
		w--
		buf[w] = byte(v%10) + '0'
		v /= 10
	}
	return w
}

// Nanoseconds returns the duration as an integer nanosecond count.
func (d Duration) Nanoseconds() int64 { return int64(d) }

// Microseconds returns the duration as an integer microsecond count.
func (d Duration) Microseconds() int64 { return int64(d) / 1e3 }

// Milliseconds returns the duration as an integer millisecond count.
func (d Duration) Milliseconds() int64 { return int64(d) / 1e6 }

// Seconds returns the duration as a floating point number of seconds.
func (d Duration) Seconds() float64 {
	sec := d / Second
	nsec := d % Second
	return float64(sec) + float64(nsec)/1e9
}

// Minutes returns the duration as a floating point number of minutes.
func (d Duration) Minutes() float64 {
	min := d / Minute
	nsec := d % Minute
	return float64(min) + float64(nsec)/(60*1e9)
}

// Hours returns the duration as a floating point number of hours.
func (d Duration) Hours() float64 {
	hour := d / Hour
	nsec := d % Hour
	return float64(hour) + float64(nsec)/(60*60*1e9)
}

// Truncate returns the result of rounding d toward zero to a multiple of m.
func (d Duration) Truncate(m Duration) Duration {
	if m <= 0 {
		return d
	}
	return d - d%m
}

func lessThanHalf(x, y Duration) bool {
	return uint64(x)+uint64(x) < uint64(y)
}

// Round returns the result of rounding d to the nearest multiple of m
// (halfway values away from zero), saturating on overflow.
func (d Duration) Round(m Duration) Duration {
	if m <= 0 {
		return d
	}
	r := d % m
	if d < 0 {
		r = -r
		if lessThanHalf(r, m) {
			return d + r
		}
		if d1 := d - m + r; d1 < d {
			return d1
		}
		return minDuration
	}
	if lessThanHalf(r, m) {
		return d - r
	}
	if d1 := d + m - r; d1 > d {
		return d1
	}
	return maxDuration
}

// Abs returns the absolute value of d (saturating for the minimum).
func (d Duration) Abs() Duration {
	switch {
	case d >= 0:
		return d
	case d == minDuration:
		return maxDuration
	default:
		return -d
	}
}

// ---------- Month, Weekday ----------

// A Month specifies a month of the year (January = 1, ...).
type Month int

const (
	January Month = 1 + iota
	February
	March
	April
	May
	June
	July
	August
	September
	October
	November
	December
)

var longMonthNames = []string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// String returns the English name of the month ("January", "February", ...).
func (m Month) String() string {
	if January <= m && m <= December {
		return longMonthNames[m-1]
	}
	return "%!Month(" + itoa(int64(m)) + ")"
}

// A Weekday specifies a day of the week (Sunday = 0, ...).
type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var longDayNames = []string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
	"Saturday"}

// String returns the English name of the day ("Sunday", "Monday", ...).
func (d Weekday) String() string {
	if Sunday <= d && d <= Saturday {
		return longDayNames[d]
	}
	return "%!Weekday(" + itoa(int64(d)) + ")"
}

func itoa(v int64) string {
	buf := make([]byte, 24)
	u := uint64(v)
	if v < 0 {
		u = -u
	}
	w := fmtInt(buf, len(buf), u)
	if v < 0 {
		w--
		buf[w] = '-'
	}
	return string(buf[w:])
}

// ---------- Location ----------

// A Location is a time zone: UTC, Local, or a fixed offset (fixed: offset
// seconds east of UTC, named name).
type Location struct {
	name   string
	offset int
	fixed  bool
}

var utcLoc = Location{name: "UTC"}
var localLoc = Location{name: "Local"}

// FixedZone returns a Location that always uses the given zone name and
// offset (seconds east of UTC).
func FixedZone(name string, offset int) *Location {
	return &Location{name: name, offset: offset, fixed: true}
}

// UTC represents Universal Coordinated Time.
var UTC *Location = &utcLoc

// Local represents the system's local time zone.
var Local *Location = &localLoc

// String returns a descriptive name for the time zone information.
func (l *Location) String() string {
	if l == nil {
		return "UTC"
	}
	return l.name
}

// ---------- Time ----------

// A Time represents an instant in time with nanosecond precision.
type Time struct {
	sec  int64
	nsec int64
	mono int64
	loc  *Location
}

const (
	unixToInternal int64 = (1969*365 + 1969/4 - 1969/100 + 1969/400) * 86400
)

// startNano is the monotonic clock at package initialisation (per VM), so
// that String's m=+X counts from program start as in Go.
var startNano int64 = runtimeNano() - 1

const (
	Layout      = "01/02 03:04:05PM '06 -0700"
	ANSIC       = "Mon Jan _2 15:04:05 2006"
	UnixDate    = "Mon Jan _2 15:04:05 MST 2006"
	RubyDate    = "Mon Jan 02 15:04:05 -0700 2006"
	RFC822      = "02 Jan 06 15:04 MST"
	RFC822Z     = "02 Jan 06 15:04 -0700"
	RFC850      = "Monday, 02-Jan-06 15:04:05 MST"
	RFC1123     = "Mon, 02 Jan 2006 15:04:05 MST"
	RFC1123Z    = "Mon, 02 Jan 2006 15:04:05 -0700"
	RFC3339     = "2006-01-02T15:04:05Z07:00"
	RFC3339Nano = "2006-01-02T15:04:05.999999999Z07:00"
	Kitchen     = "3:04PM"
	Stamp       = "Jan _2 15:04:05"
	StampMilli  = "Jan _2 15:04:05.000"
	StampMicro  = "Jan _2 15:04:05.000000"
	StampNano   = "Jan _2 15:04:05.000000000"
	DateTime    = "2006-01-02 15:04:05"
	DateOnly    = "2006-01-02"
	TimeOnly    = "15:04:05"
)

// Now returns the current local time.
func Now() Time {
	sec, nsec, mono := now()
	return Time{sec, nsec, mono, Local}
}

// Unix returns the local Time corresponding to the given Unix time.
func Unix(sec int64, nsec int64) Time {
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	return Time{sec + unixToInternal, nsec, 0, Local}
}

// UnixMilli returns the local Time corresponding to the given Unix time in
// milliseconds.
func UnixMilli(msec int64) Time { return Unix(msec/1e3, (msec%1e3)*1e6) }

// UnixMicro returns the local Time corresponding to the given Unix time in
// microseconds.
func UnixMicro(usec int64) Time { return Unix(usec/1e6, (usec%1e6)*1e3) }

// Date returns the Time corresponding to yyyy-mm-dd hh:mm:ss + nsec
// nanoseconds in loc (UTC or Local); out-of-range values are normalised.
func Date(year int, month Month, day, hour, min, sec, nsec int, loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Date")
	}
	if nsec < 0 || nsec >= 1e9 {
		n := nsec / 1e9
		sec += n
		nsec -= n * 1e9
		if nsec < 0 {
			nsec += 1e9
			sec--
		}
	}
	s := mkdate(year, int(month), day, hour, min, sec, loc == Local)
	if loc.fixed {
		s -= int64(loc.offset)
	}
	if loc == UTC {
		loc = nil
	}
	return Time{s, int64(nsec), 0, loc}
}

// Since returns the time elapsed since t.
func Since(t Time) Duration { return Now().Sub(t) }

// Until returns the duration until t.
func Until(t Time) Duration { return t.Sub(Now()) }

func (t Time) local() bool { return t.loc == Local }

// cal returns the calendar fields of t in its location.
func (t Time) cal() (year, month, day, hour, min, s, wday, yday, offset int, zone string) {
	if t.loc != nil && t.loc.fixed {
		off := t.loc.offset
		year, month, day, hour, min, s, wday, yday, _, _ = date(t.sec+int64(off), false)
		return year, month, day, hour, min, s, wday, yday, off, t.loc.name
	}
	return date(t.sec, t.local())
}

// zoneName is the name Format prints for a fixed zone: its name, or the
// offset as -0700 when it has none.
func (l *Location) zoneName() string {
	if l.name != "" {
		return l.name
	}
	z := l.offset / 60
	sign := "+"
	if z < 0 {
		sign = "-"
		z = -z
	}
	return sign + itoa(int64(z/60/10)) + itoa(int64(z/60%10)) + itoa(int64(z%60/10)) + itoa(int64(z%10))
}

// IsZero reports whether t represents the zero time instant.
func (t Time) IsZero() bool { return t.sec == 0 && t.nsec == 0 }

// After reports whether the time instant t is after u.
func (t Time) After(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono > u.mono
	}
	return t.sec > u.sec || t.sec == u.sec && t.nsec > u.nsec
}

// Before reports whether the time instant t is before u.
func (t Time) Before(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono < u.mono
	}
	return t.sec < u.sec || t.sec == u.sec && t.nsec < u.nsec
}

// Equal reports whether t and u represent the same time instant.
func (t Time) Equal(u Time) bool {
	if t.mono != 0 && u.mono != 0 {
		return t.mono == u.mono
	}
	return t.sec == u.sec && t.nsec == u.nsec
}

// Compare returns -1, 0 or +1 as t is before, equal to or after u.
func (t Time) Compare(u Time) int {
	switch {
	case t.Before(u):
		return -1
	case t.After(u):
		return 1
	}
	return 0
}

// Add returns the time t+d.
func (t Time) Add(d Duration) Time {
	dsec := int64(d / 1e9)
	nsec := t.nsec + int64(d%1e9)
	if nsec >= 1e9 {
		dsec++
		nsec -= 1e9
	} else if nsec < 0 {
		dsec--
		nsec += 1e9
	}
	t.sec += dsec
	t.nsec = nsec
	if t.mono != 0 {
		te := t.mono + int64(d)
		if d < 0 && te > t.mono || d > 0 && te < t.mono {
			t.mono = 0 // the monotonic reading overflowed: drop it
		} else {
			t.mono = te
		}
	}
	return t
}

// Sub returns the duration t-u, saturated to the Duration range.
func (t Time) Sub(u Time) Duration {
	if t.mono != 0 && u.mono != 0 {
		d := Duration(t.mono - u.mono)
		if d < 0 && t.mono > u.mono {
			return maxDuration
		}
		if d > 0 && t.mono < u.mono {
			return minDuration
		}
		return d
	}
	d := Duration(t.sec-u.sec)*Second + Duration(t.nsec-u.nsec)
	switch {
	case u.Add(d).Equal(t):
		return d
	case t.Before(u):
		return minDuration
	default:
		return maxDuration
	}
}

// AddDate returns the time corresponding to adding the given number of
// years, months and days to t.
func (t Time) AddDate(years int, months int, days int) Time {
	year, month, day := t.Date()
	hour, min, sec := t.Clock()
	loc := t.loc
	if loc == nil {
		loc = UTC
	}
	return Date(year+years, month+Month(months), day+days, hour, min, sec, int(t.nsec), loc)
}

// Unix returns t as a Unix time in seconds.
func (t Time) Unix() int64 { return t.sec - unixToInternal }

// UnixMilli returns t as a Unix time in milliseconds.
func (t Time) UnixMilli() int64 { return (t.sec-unixToInternal)*1e3 + t.nsec/1e6 }

// UnixMicro returns t as a Unix time in microseconds.
func (t Time) UnixMicro() int64 { return (t.sec-unixToInternal)*1e6 + t.nsec/1e3 }

// UnixNano returns t as a Unix time in nanoseconds.
func (t Time) UnixNano() int64 { return (t.sec-unixToInternal)*1e9 + t.nsec }

// UTC returns t with the location set to UTC.
func (t Time) UTC() Time {
	t.loc = nil
	return t
}

// Local returns t with the location set to local time.
func (t Time) Local() Time {
	t.loc = Local
	return t
}

// In returns t with the location set to loc.
func (t Time) In(loc *Location) Time {
	if loc == nil {
		panic("time: missing Location in call to Time.In")
	}
	if loc == UTC {
		loc = nil
	}
	t.loc = loc
	return t
}

// Location returns the time zone information associated with t.
func (t Time) Location() *Location {
	if t.loc == nil {
		return UTC
	}
	return t.loc
}

// Date returns the year, month, and day in which t occurs.
func (t Time) Date() (year int, month Month, day int) {
	y, m, d, _, _, _, _, _, _, _ := t.cal()
	return y, Month(m), d
}

// Clock returns the hour, minute, and second within the day specified by t.
func (t Time) Clock() (hour, min, sec int) {
	_, _, _, h, mi, s, _, _, _, _ := t.cal()
	return h, mi, s
}

// Year returns the year in which t occurs.
func (t Time) Year() int {
	y, _, _ := t.Date()
	return y
}

// Month returns the month of the year specified by t.
func (t Time) Month() Month {
	_, m, _ := t.Date()
	return m
}

// Day returns the day of the month specified by t.
func (t Time) Day() int {
	_, _, d := t.Date()
	return d
}

// Hour returns the hour within the day specified by t, in the range [0, 23].
func (t Time) Hour() int {
	h, _, _ := t.Clock()
	return h
}

// Minute returns the minute offset within the hour specified by t.
func (t Time) Minute() int {
	_, m, _ := t.Clock()
	return m
}

// Second returns the second offset within the minute specified by t.
func (t Time) Second() int {
	_, _, s := t.Clock()
	return s
}

// Nanosecond returns the nanosecond offset within the second specified by t.
func (t Time) Nanosecond() int { return int(t.nsec) }

// Weekday returns the day of the week specified by t.
func (t Time) Weekday() Weekday {
	_, _, _, _, _, _, wd, _, _, _ := t.cal()
	return Weekday(wd)
}

// YearDay returns the day of the year specified by t, in [1, 365] ([1, 366]
// in leap years).
func (t Time) YearDay() int {
	_, _, _, _, _, _, _, yd, _, _ := t.cal()
	return yd
}

// Zone computes the time zone in effect at time t: its abbreviated name and
// its offset in seconds east of UTC.
func (t Time) Zone() (name string, offset int) {
	_, _, _, _, _, _, _, _, off, z := t.cal()
	return z, off
}

// Truncate returns t rounded down to a multiple of d (since the zero time);
// it strips the monotonic reading.
func (t Time) Truncate(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	return t.Add(-t.mod(d))
}

// Round returns t rounded to the nearest multiple of d (since the zero
// time), halfway values rounding up; it strips the monotonic reading.
func (t Time) Round(d Duration) Time {
	t.mono = 0
	if d <= 0 {
		return t
	}
	r := t.mod(d)
	if lessThanHalf(r, d) {
		return t.Add(-r)
	}
	return t.Add(d - r)
}

// mod returns the time since the zero time modulo d (d > 0), without
// overflowing: whole seconds and nanoseconds are reduced separately.
func (t Time) mod(d Duration) Duration {
	if d%Second == 0 {
		return Duration(t.sec%int64(d/Second))*Second + Duration(t.nsec)
	}
	if Second%d == 0 {
		return Duration(t.nsec) % d
	}
	// General case: (sec*1e9 + nsec) mod d, with a multiplication modulo d
	// that cannot overflow.
	m := uint64(d)
	secMod := mulMod(uint64(t.sec)%m, uint64(1e9)%m, m)
	return Duration((secMod + uint64(t.nsec)%m) % m)
}

// mulMod returns a*b mod m for a, b < m < 2**63 by doubling.
func mulMod(a, b, m uint64) uint64 {
	var r uint64
	for b > 0 {
		if b&1 != 0 {
			r = (r + a) % m
		}
		a = (a + a) % m
		b >>= 1
	}
	return r
}

// Format returns a textual representation of the time value formatted
// according to layout (Go's reference-time elements).
func (t Time) Format(layout string) string {
	if t.loc != nil && t.loc.fixed {
		return format(t.sec, t.nsec, false, t.loc.offset, t.loc.zoneName(), layout)
	}
	return format(t.sec, t.nsec, t.local(), 0, "UTC", layout)
}

// AppendFormat is like Format but appends the textual representation to b.
func (t Time) AppendFormat(b []byte, layout string) []byte {
	return append(b, t.Format(layout)...)
}

// String returns the time formatted with "2006-01-02 15:04:05.999999999
// -0700 MST", followed by the monotonic reading as "m=±<seconds>".
func (t Time) String() string {
	s := t.Format("2006-01-02 15:04:05.999999999 -0700 MST")
	if t.mono != 0 {
		m := t.mono - startNano
		sign := "+"
		if m < 0 {
			sign = "-"
			m = -m
		}
		frac := itoa(m % 1e9)
		for len(frac) < 9 {
			frac = "0" + frac
		}
		s += " m=" + sign + itoa(m/1e9) + "." + frac
	}
	return s
}

// ---------- Timer, Ticker ----------

// The Timer type represents a single event. When the Timer expires, the
// current time will be sent on C, unless the Timer was created by AfterFunc.
type Timer struct {
	C <-chan Time
	r *runtimeTimer

	// AfterFunc timers: each arming has its own channel, on which a waiter
	// goroutine selects together with a stop channel closed by Stop.
	isFunc bool
	f      func()
	stopc  chan struct{}
}

// NewTimer creates a new Timer that will send the current time on its
// channel after at least duration d.
func NewTimer(d Duration) *Timer {
	c := make(chan Time, 1)
	return &Timer{C: c, r: newTimer(c, int64(d), 0, Local)}
}

// After waits for the duration to elapse and then sends the current time on
// the returned channel.
func After(d Duration) <-chan Time {
	return NewTimer(d).C
}

// AfterFunc waits for the duration to elapse and then calls f in its own
// goroutine. It returns a Timer that can be used to cancel the call.
func AfterFunc(d Duration, f func()) *Timer {
	t := &Timer{isFunc: true, f: f}
	t.arm(d)
	return t
}

func (t *Timer) arm(d Duration) {
	fc := make(chan Time, 1)
	stopc := make(chan struct{})
	t.stopc = stopc
	t.r = newTimer(fc, int64(d), 0, Local)
	go afterFuncWait(fc, stopc, t.f)
}

// afterFuncWait is the goroutine of one arming of an AfterFunc timer: it
// calls f when the timer fires, or ends when Stop closes stopc.
func afterFuncWait(fc chan Time, stopc chan struct{}, f func()) {
	select {
	case <-fc:
		f()
	case <-stopc:
	}
}

// Stop prevents the Timer from firing. It returns true if the call stops
// the timer, false if the timer has already expired or been stopped.
func (t *Timer) Stop() bool {
	if t.r == nil {
		panic("time: Stop called on uninitialized Timer")
	}
	stopped := stopTimer(t.r)
	if stopped && t.isFunc {
		close(t.stopc)
	}
	return stopped
}

// Reset changes the timer to expire after duration d. It returns true if
// the timer had been active, false if the timer had expired or been stopped.
func (t *Timer) Reset(d Duration) bool {
	if t.r == nil {
		panic("time: Reset called on uninitialized Timer")
	}
	if !t.isFunc {
		return resetTimer(t.r, int64(d), 0)
	}
	if stopTimer(t.r) {
		resetTimer(t.r, int64(d), 0) // the waiter of this arming still waits
		return true
	}
	t.arm(d)
	return false
}

// A Ticker holds a channel that delivers "ticks" of a clock at intervals.
type Ticker struct {
	C <-chan Time
	r *runtimeTimer
}

// NewTicker returns a new Ticker containing a channel that will send the
// current time on the channel after each tick. It drops ticks for slow
// receivers. d must be greater than zero.
func NewTicker(d Duration) *Ticker {
	if d <= 0 {
		panic("non-positive interval for NewTicker")
	}
	c := make(chan Time, 1)
	return &Ticker{C: c, r: newTimer(c, int64(d), int64(d), Local)}
}

// Stop turns off a ticker. After Stop, no more ticks will be sent.
func (t *Ticker) Stop() {
	if t.r != nil {
		stopTimer(t.r)
	}
}

// Reset stops a ticker and resets its period to the specified duration.
func (t *Ticker) Reset(d Duration) {
	if d <= 0 {
		panic("non-positive interval for Ticker.Reset")
	}
	if t.r == nil {
		panic("time: Reset called on uninitialized Ticker")
	}
	resetTimer(t.r, int64(d), int64(d))
}

// Tick is a convenience wrapper for NewTicker providing access to the
// ticking channel only; it returns nil if d <= 0.
func Tick(d Duration) <-chan Time {
	if d <= 0 {
		return nil
	}
	return NewTicker(d).C
}

// ---------- ParseDuration ----------

var errLeadingInt = errors.New("time: bad [0-9]*") // never printed

// leadingInt consumes the leading [0-9]* from s; an error if it overflows
// 1<<63.
func leadingInt(s string) (x uint64, rem string, err error) {
	i := 0
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if x > 1<<63/10 {
			return 0, "", errLeadingInt
		}
		x = x*10 + uint64(c) - '0'
		if x > 1<<63 {
			return 0, "", errLeadingInt
		}
	}
	return x, s[i:], nil
}

// leadingFraction consumes the leading [0-9]* from s as the digits of a
// fraction: x/scale; digits beyond what fits are dropped.
func leadingFraction(s string) (x uint64, scale float64, rem string) {
	i := 0
	scale = 1
	overflow := false
	for ; i < len(s); i++ {
		c := s[i]
		if c < '0' || c > '9' {
			break
		}
		if overflow {
			continue
		}
		if x > (1<<63-1)/10 {
			overflow = true
			continue
		}
		y := x*10 + uint64(c) - '0'
		if y > 1<<63 {
			overflow = true
			continue
		}
		x = y
		scale *= 10
	}
	return x, scale, s[i:]
}

var unitMap = map[string]uint64{
	"ns":      uint64(Nanosecond),
	"us":      uint64(Microsecond),
	"\u00b5s": uint64(Microsecond), // U+00B5 micro sign
	"\u03bcs": uint64(Microsecond), // U+03BC Greek mu
	"ms":      uint64(Millisecond),
	"s":       uint64(Second),
	"m":       uint64(Minute),
	"h":       uint64(Hour),
}

// quote is Go's time.quote: like strconv.Quote, but non-ASCII and control
// bytes are written as \x escapes.
func quote(s string) string {
	const lowerhex = "0123456789abcdef"
	buf := make([]byte, 1, len(s)+2)
	buf[0] = '"'
	for i, c := range s {
		if c >= 0x80 || c < ' ' {
			width := len(string(c))
			if c == 0xFFFD {
				width = 1
				if i+2 < len(s) && s[i:i+3] == "\uFFFD" {
					width = 3
				}
			}
			for j := 0; j < width; j++ {
				buf = append(buf, '\\', 'x', lowerhex[s[i+j]>>4], lowerhex[s[i+j]&0xF])
			}
		} else {
			if c == '"' || c == '\\' {
				buf = append(buf, '\\')
			}
			buf = append(buf, byte(c))
		}
	}
	buf = append(buf, '"')
	return string(buf)
}

// ParseDuration parses a duration string: a possibly signed sequence of
// decimal numbers, each with optional fraction and a unit suffix, such as
// "300ms", "-1.5h" or "2h45m". Valid units are "ns", "us" (or "µs"), "ms",
// "s", "m", "h".
func ParseDuration(s string) (Duration, error) {
	orig := s
	var d uint64
	neg := false
	if s != "" {
		c := s[0]
		if c == '-' || c == '+' {
			neg = c == '-'
			s = s[1:]
		}
	}
	if s == "0" {
		return 0, nil
	}
	invalid := errors.New("time: invalid duration " + quote(orig))
	if s == "" {
		return 0, invalid
	}
	for s != "" {
		var v, f uint64
		scale := 1.0
		var err error
		if !(s[0] == '.' || '0' <= s[0] && s[0] <= '9') {
			return 0, invalid
		}
		pl := len(s)
		v, s, err = leadingInt(s)
		if err != nil {
			return 0, invalid
		}
		pre := pl != len(s)
		post := false
		if s != "" && s[0] == '.' {
			s = s[1:]
			pl := len(s)
			f, scale, s = leadingFraction(s)
			post = pl != len(s)
		}
		if !pre && !post {
			return 0, invalid
		}
		i := 0
		for ; i < len(s); i++ {
			c := s[i]
			if c == '.' || '0' <= c && c <= '9' {
				break
			}
		}
		if i == 0 {
			return 0, errors.New("time: missing unit in duration " + quote(orig))
		}
		u := s[:i]
		s = s[i:]
		unit, ok := unitMap[u]
		if !ok {
			return 0, errors.New("time: unknown unit " + quote(u) + " in duration " + quote(orig))
		}
		if v > 1<<63/unit {
			return 0, invalid
		}
		v *= unit
		if f > 0 {
			v += uint64(float64(f) * (float64(unit) / scale))
			if v > 1<<63 {
				return 0, invalid
			}
		}
		d += v
		if d > 1<<63 {
			return 0, invalid
		}
	}
	if neg {
		return -Duration(d), nil
	}
	if d > 1<<63-1 {
		return 0, invalid
	}
	return Duration(d), nil
}

// ---------- Parse ----------

// Layout element codes (nextStdChunk). A fractional-second code carries its
// digit count in stdArgShift and up and its separator (. or ,) in
// stdSepShift and up.
const (
	stdLongMonth = iota + 1
	stdMonth
	stdNumMonth
	stdZeroMonth
	stdLongWeekDay
	stdWeekDay
	stdDay
	stdUnderDay
	stdZeroDay
	stdUnderYearDay
	stdZeroYearDay
	stdHour
	stdHour12
	stdZeroHour12
	stdMinute
	stdZeroMinute
	stdSecond
	stdZeroSecond
	stdLongYear
	stdYear
	stdPM
	stdpm
	stdTZ
	stdISO8601TZ
	stdISO8601SecondsTZ
	stdISO8601ShortTZ
	stdISO8601ColonTZ
	stdISO8601ColonSecondsTZ
	stdNumTZ
	stdNumSecondsTz
	stdNumShortTZ
	stdNumColonTZ
	stdNumColonSecondsTZ
	stdFracSecond0
	stdFracSecond9

	stdArgShift = 16
	stdSepShift = 28
	stdMask     = 1<<stdArgShift - 1
)

var std0x = []int{stdZeroMonth, stdZeroDay, stdZeroHour12, stdZeroMinute, stdZeroSecond, stdYear}

var shortMonthNames = []string{"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep",
	"Oct", "Nov", "Dec"}

var shortDayNames = []string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}

// startsWithLowerCase reports whether s begins with a lower-case letter
// ("Janet" is not the month element "Jan").
func startsWithLowerCase(s string) bool {
	if len(s) == 0 {
		return false
	}
	c := s[0]
	return 'a' <= c && c <= 'z'
}

func isDigit(s string, i int) bool {
	if len(s) <= i {
		return false
	}
	c := s[i]
	return '0' <= c && c <= '9'
}

func hasAt(s string, i int, lit string) bool {
	return len(s) >= i+len(lit) && s[i:i+len(lit)] == lit
}

// nextStdChunk finds the first layout element in layout: it returns the
// literal text before it, its code (0: none) and the text after it.
func nextStdChunk(layout string) (prefix string, std int, suffix string) {
	for i := 0; i < len(layout); i++ {
		switch c := layout[i]; c {
		case 'J': // January, Jan
			if hasAt(layout, i, "Jan") {
				if hasAt(layout, i, "January") {
					return layout[0:i], stdLongMonth, layout[i+7:]
				}
				if !startsWithLowerCase(layout[i+3:]) {
					return layout[0:i], stdMonth, layout[i+3:]
				}
			}
		case 'M': // Monday, Mon, MST
			if hasAt(layout, i, "Mon") {
				if hasAt(layout, i, "Monday") {
					return layout[0:i], stdLongWeekDay, layout[i+6:]
				}
				if !startsWithLowerCase(layout[i+3:]) {
					return layout[0:i], stdWeekDay, layout[i+3:]
				}
			}
			if hasAt(layout, i, "MST") {
				return layout[0:i], stdTZ, layout[i+3:]
			}
		case '0': // 01, 02, 03, 04, 05, 06, 002
			if len(layout) >= i+2 && '1' <= layout[i+1] && layout[i+1] <= '6' {
				return layout[0:i], std0x[layout[i+1]-'1'], layout[i+2:]
			}
			if hasAt(layout, i, "002") {
				return layout[0:i], stdZeroYearDay, layout[i+3:]
			}
		case '1': // 15, 1
			if hasAt(layout, i, "15") {
				return layout[0:i], stdHour, layout[i+2:]
			}
			return layout[0:i], stdNumMonth, layout[i+1:]
		case '2': // 2006, 2
			if hasAt(layout, i, "2006") {
				return layout[0:i], stdLongYear, layout[i+4:]
			}
			return layout[0:i], stdDay, layout[i+1:]
		case '_': // _2, _2006, __2
			if hasAt(layout, i, "_2") {
				if hasAt(layout, i, "_2006") { // a literal _ before the year
					return layout[0 : i+1], stdLongYear, layout[i+5:]
				}
				return layout[0:i], stdUnderDay, layout[i+2:]
			}
			if hasAt(layout, i, "__2") {
				return layout[0:i], stdUnderYearDay, layout[i+3:]
			}
		case '3':
			return layout[0:i], stdHour12, layout[i+1:]
		case '4':
			return layout[0:i], stdMinute, layout[i+1:]
		case '5':
			return layout[0:i], stdSecond, layout[i+1:]
		case 'P': // PM
			if hasAt(layout, i, "PM") {
				return layout[0:i], stdPM, layout[i+2:]
			}
		case 'p': // pm
			if hasAt(layout, i, "pm") {
				return layout[0:i], stdpm, layout[i+2:]
			}
		case '-': // -070000, -07:00:00, -0700, -07:00, -07
			if hasAt(layout, i, "-070000") {
				return layout[0:i], stdNumSecondsTz, layout[i+7:]
			}
			if hasAt(layout, i, "-07:00:00") {
				return layout[0:i], stdNumColonSecondsTZ, layout[i+9:]
			}
			if hasAt(layout, i, "-0700") {
				return layout[0:i], stdNumTZ, layout[i+5:]
			}
			if hasAt(layout, i, "-07:00") {
				return layout[0:i], stdNumColonTZ, layout[i+6:]
			}
			if hasAt(layout, i, "-07") {
				return layout[0:i], stdNumShortTZ, layout[i+3:]
			}
		case 'Z': // Z070000, Z07:00:00, Z0700, Z07:00, Z07
			if hasAt(layout, i, "Z070000") {
				return layout[0:i], stdISO8601SecondsTZ, layout[i+7:]
			}
			if hasAt(layout, i, "Z07:00:00") {
				return layout[0:i], stdISO8601ColonSecondsTZ, layout[i+9:]
			}
			if hasAt(layout, i, "Z0700") {
				return layout[0:i], stdISO8601TZ, layout[i+5:]
			}
			if hasAt(layout, i, "Z07:00") {
				return layout[0:i], stdISO8601ColonTZ, layout[i+6:]
			}
			if hasAt(layout, i, "Z07") {
				return layout[0:i], stdISO8601ShortTZ, layout[i+3:]
			}
		case '.', ',': // .000, .999, ,000, ,999: fractional seconds
			if i+1 < len(layout) && (layout[i+1] == '0' || layout[i+1] == '9') {
				ch := layout[i+1]
				j := i + 1
				for j < len(layout) && layout[j] == ch {
					j++
				}
				// Only a fractional second if no digit follows the run.
				if !isDigit(layout, j) {
					code := stdFracSecond0
					if ch == '9' {
						code = stdFracSecond9
					}
					sep := 0
					if c == ',' {
						sep = 1
					}
					return layout[0:i], code | (j-(i+1))<<stdArgShift | sep<<stdSepShift, layout[j:]
				}
			}
		}
	}
	return layout, 0, ""
}

// A ParseError describes a problem parsing a time string.
type ParseError struct {
	Layout     string
	Value      string
	LayoutElem string
	ValueElem  string
	Message    string
}

// Error returns the string representation of a ParseError.
func (e *ParseError) Error() string {
	if e.Message == "" {
		return "parsing time " + quote(e.Value) + " as " + quote(e.Layout) + ": cannot parse " +
			quote(e.ValueElem) + " as " + quote(e.LayoutElem)
	}
	return "parsing time " + quote(e.Value) + e.Message
}

var errBad = errors.New("bad value for field") // placeholder; never printed

// atoi parses a signed decimal integer that must fill s.
func atoi(s string) (int, error) {
	neg := false
	if s != "" && (s[0] == '-' || s[0] == '+') {
		neg = s[0] == '-'
		s = s[1:]
	}
	q, rem, err := leadingInt(s)
	x := int(q)
	if err != nil || rem != "" {
		return 0, errBad
	}
	if neg {
		x = -x
	}
	return x, nil
}

// getnum parses one or two digits (exactly two when fixed).
func getnum(s string, fixed bool) (int, string, error) {
	if !isDigit(s, 0) {
		return 0, s, errBad
	}
	if !isDigit(s, 1) {
		if fixed {
			return 0, s, errBad
		}
		return int(s[0] - '0'), s[1:], nil
	}
	return int(s[0]-'0')*10 + int(s[1]-'0'), s[2:], nil
}

// getnum3 parses one to three digits (exactly three when fixed).
func getnum3(s string, fixed bool) (int, string, error) {
	n, i := 0, 0
	for ; i < 3 && isDigit(s, i); i++ {
		n = n*10 + int(s[i]-'0')
	}
	if i == 0 || fixed && i != 3 {
		return 0, s, errBad
	}
	return n, s[i:], nil
}

func cutspace(s string) string {
	for len(s) > 0 && s[0] == ' ' {
		s = s[1:]
	}
	return s
}

// skip removes the literal prefix from value; a space in prefix matches any
// run of spaces (at least one unless value is empty).
func skip(value, prefix string) (string, error) {
	for len(prefix) > 0 {
		if prefix[0] == ' ' {
			if len(value) > 0 && value[0] != ' ' {
				return value, errBad
			}
			prefix = cutspace(prefix)
			value = cutspace(value)
			continue
		}
		if len(value) == 0 || value[0] != prefix[0] {
			return value, errBad
		}
		prefix = prefix[1:]
		value = value[1:]
	}
	return value, nil
}

// lookup matches a name of tab at the start of val, ignoring ASCII case.
func lookup(tab []string, val string) (int, string, error) {
	for i, v := range tab {
		if len(val) >= len(v) && foldEqual(val[0:len(v)], v) {
			return i, val[len(v):], nil
		}
	}
	return -1, val, errBad
}

func foldEqual(s1, s2 string) bool {
	for i := 0; i < len(s1); i++ {
		c1, c2 := s1[i], s2[i]
		if c1 != c2 {
			c1 |= 'a' - 'A'
			c2 |= 'a' - 'A'
			if c1 != c2 || c1 < 'a' || c1 > 'z' {
				return false
			}
		}
	}
	return true
}

func commaOrPeriod(b byte) bool { return b == '.' || b == ',' }

// parseNanoseconds parses the separator and digits of value[:nbytes] as a
// fraction of a second.
func parseNanoseconds(value string, nbytes int) (ns int, rangeErrString string, err error) {
	if !commaOrPeriod(value[0]) {
		return 0, "", errBad
	}
	if nbytes > 10 {
		value = value[:10]
		nbytes = 10
	}
	if ns, err = atoi(value[1:nbytes]); err != nil {
		return 0, "", err
	}
	if ns < 0 {
		return 0, "fractional second", nil
	}
	for i := 0; i < 10-nbytes; i++ {
		ns *= 10
	}
	return ns, "", nil
}

// parseTimeZone returns the length of the time zone name at the start of
// value (MST-style abbreviations, GMT+h, +hh), or false.
func parseTimeZone(value string) (int, bool) {
	if len(value) < 3 {
		return 0, false
	}
	if len(value) >= 4 && (value[:4] == "ChST" || value[:4] == "MeST") {
		return 4, true
	}
	if value[:3] == "GMT" {
		return 3 + parseSignedOffset(value[3:]), true
	}
	if value[0] == '+' || value[0] == '-' {
		n := parseSignedOffset(value)
		return n, n > 0
	}
	nUpper := 0
	for ; nUpper < 6; nUpper++ {
		if nUpper >= len(value) {
			break
		}
		if c := value[nUpper]; c < 'A' || 'Z' < c {
			break
		}
	}
	switch nUpper {
	case 5:
		if value[4] == 'T' {
			return 5, true
		}
	case 4:
		if value[3] == 'T' || value[:4] == "WITA" {
			return 4, true
		}
	case 3:
		return 3, true
	}
	return 0, false
}

// parseSignedOffset returns the length of a leading +h / -hh (hours up to
// 12), or 0.
func parseSignedOffset(value string) int {
	if len(value) == 0 || value[0] != '-' && value[0] != '+' {
		return 0
	}
	x, rem, err := leadingInt(value[1:])
	if err != nil || value[1:] == rem || x > 12 {
		return 0
	}
	return len(value) - len(rem)
}

func isLeap(year int) bool {
	return year%4 == 0 && (year%100 != 0 || year%400 == 0)
}

// daysBefore[m] counts the days in a non-leap year before month m+1.
var daysBefore = []int{0, 31, 31 + 28, 31 + 28 + 31, 31 + 28 + 31 + 30, 31 + 28 + 31 + 30 + 31,
	31 + 28 + 31 + 30 + 31 + 30, 31 + 28 + 31 + 30 + 31 + 30 + 31,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31, 31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30,
	31 + 28 + 31 + 30 + 31 + 30 + 31 + 31 + 30 + 31 + 30 + 31}

func daysIn(m int, year int) int {
	if m == 2 && isLeap(year) {
		return 29
	}
	return daysBefore[m] - daysBefore[m-1]
}

// Parse parses a formatted string and returns the time value it represents
// (layout: Go's reference-time elements). A time without a zone is UTC.
func Parse(layout, value string) (Time, error) {
	return parse(layout, value, UTC)
}

// ParseInLocation is like Parse but interprets a time without a zone in loc.
func ParseInLocation(layout, value string, loc *Location) (Time, error) {
	return parse(layout, value, loc)
}

func parse(layout, value string, defaultLocation *Location) (Time, error) {
	alayout, avalue := layout, value
	rangeErrString := ""
	amSet, pmSet := false, false
	year, month, day, yday := 0, -1, -1, -1
	hour, min, sec, nsec := 0, 0, 0, 0
	var z *Location
	zoneOffset := -1
	zoneName := ""

	for {
		var err error
		prefix, std, suffix := nextStdChunk(layout)
		stdstr := layout[len(prefix) : len(layout)-len(suffix)]
		value, err = skip(value, prefix)
		if err != nil {
			return Time{}, &ParseError{alayout, avalue, prefix, value, ""}
		}
		if std == 0 {
			if len(value) != 0 {
				return Time{}, &ParseError{alayout, avalue, "", value, ": extra text: " + quote(value)}
			}
			break
		}
		layout = suffix
		var p string
		switch std & stdMask {
		case stdYear:
			if len(value) < 2 {
				err = errBad
				break
			}
			p, value = value[0:2], value[2:]
			year, err = atoi(p)
			if err != nil {
				break
			}
			if year >= 69 {
				year += 1900
			} else {
				year += 2000
			}
		case stdLongYear:
			if len(value) < 4 || !isDigit(value, 0) {
				err = errBad
				break
			}
			p, value = value[0:4], value[4:]
			year, err = atoi(p)
		case stdMonth:
			month, value, err = lookup(shortMonthNames, value)
			month++
		case stdLongMonth:
			month, value, err = lookup(longMonthNames, value)
			month++
		case stdNumMonth, stdZeroMonth:
			month, value, err = getnum(value, std == stdZeroMonth)
			if err == nil && (month <= 0 || 12 < month) {
				rangeErrString = "month"
			}
		case stdWeekDay:
			_, value, err = lookup(shortDayNames, value)
		case stdLongWeekDay:
			_, value, err = lookup(longDayNames, value)
		case stdDay, stdUnderDay, stdZeroDay:
			if std == stdUnderDay && len(value) > 0 && value[0] == ' ' {
				value = value[1:]
			}
			// Any one- or two-digit day; checked against the month below.
			day, value, err = getnum(value, std == stdZeroDay)
		case stdUnderYearDay, stdZeroYearDay:
			for i := 0; i < 2; i++ {
				if std == stdUnderYearDay && len(value) > 0 && value[0] == ' ' {
					value = value[1:]
				}
			}
			yday, value, err = getnum3(value, std == stdZeroYearDay)
		case stdHour:
			hour, value, err = getnum(value, false)
			if hour < 0 || 24 <= hour {
				rangeErrString = "hour"
			}
		case stdHour12, stdZeroHour12:
			hour, value, err = getnum(value, std == stdZeroHour12)
			if hour < 0 || 12 < hour {
				rangeErrString = "hour"
			}
		case stdMinute, stdZeroMinute:
			min, value, err = getnum(value, std == stdZeroMinute)
			if min < 0 || 60 <= min {
				rangeErrString = "minute"
			}
		case stdSecond, stdZeroSecond:
			sec, value, err = getnum(value, std == stdZeroSecond)
			if err != nil {
				break
			}
			if sec < 0 || 60 <= sec {
				rangeErrString = "second"
				break
			}
			// A fractional second in the value that the layout does not
			// ask for is accepted here.
			if len(value) >= 2 && commaOrPeriod(value[0]) && isDigit(value, 1) {
				_, next, _ := nextStdChunk(layout)
				next &= stdMask
				if next == stdFracSecond0 || next == stdFracSecond9 {
					break
				}
				n := 2
				for ; n < len(value) && isDigit(value, n); n++ {
				}
				nsec, rangeErrString, err = parseNanoseconds(value, n)
				value = value[n:]
			}
		case stdPM:
			if len(value) < 2 {
				err = errBad
				break
			}
			p, value = value[0:2], value[2:]
			switch p {
			case "PM":
				pmSet = true
			case "AM":
				amSet = true
			default:
				err = errBad
			}
		case stdpm:
			if len(value) < 2 {
				err = errBad
				break
			}
			p, value = value[0:2], value[2:]
			switch p {
			case "pm":
				pmSet = true
			case "am":
				amSet = true
			default:
				err = errBad
			}
		case stdISO8601TZ, stdISO8601ColonTZ, stdISO8601SecondsTZ, stdISO8601ShortTZ,
			stdISO8601ColonSecondsTZ, stdNumTZ, stdNumShortTZ, stdNumColonTZ, stdNumSecondsTz,
			stdNumColonSecondsTZ:
			if (std == stdISO8601TZ || std == stdISO8601ShortTZ || std == stdISO8601ColonTZ) &&
				len(value) >= 1 && value[0] == 'Z' {
				value = value[1:]
				z = UTC
				break
			}
			var sign, hh, mm, ss string
			if std == stdISO8601ColonTZ || std == stdNumColonTZ {
				if len(value) < 6 || value[3] != ':' {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[4:6], "00", value[6:]
			} else if std == stdNumShortTZ || std == stdISO8601ShortTZ {
				if len(value) < 3 {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], "00", "00", value[3:]
			} else if std == stdISO8601ColonSecondsTZ || std == stdNumColonSecondsTZ {
				if len(value) < 9 || value[3] != ':' || value[6] != ':' {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[4:6], value[7:9], value[9:]
			} else if std == stdISO8601SecondsTZ || std == stdNumSecondsTz {
				if len(value) < 7 {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[3:5], value[5:7], value[7:]
			} else {
				if len(value) < 5 {
					err = errBad
					break
				}
				sign, hh, mm, ss, value = value[0:1], value[1:3], value[3:5], "00", value[5:]
			}
			var hr, mi, se int
			hr, _, err = getnum(hh, true)
			if err == nil {
				mi, _, err = getnum(mm, true)
			}
			if err == nil {
				se, _, err = getnum(ss, true)
			}
			zoneOffset = (hr*60+mi)*60 + se
			switch sign[0] {
			case '+':
			case '-':
				zoneOffset = -zoneOffset
			default:
				err = errBad
			}
		case stdTZ:
			if len(value) >= 3 && value[0:3] == "UTC" {
				z = UTC
				value = value[3:]
				break
			}
			n, ok := parseTimeZone(value)
			if !ok {
				err = errBad
				break
			}
			zoneName, value = value[:n], value[n:]
		case stdFracSecond0:
			// Exactly as many digits as the layout has.
			ndigit := 1 + (std>>stdArgShift)&0xfff
			if len(value) < ndigit {
				err = errBad
				break
			}
			nsec, rangeErrString, err = parseNanoseconds(value, ndigit)
			value = value[ndigit:]
		case stdFracSecond9:
			if len(value) < 2 || !commaOrPeriod(value[0]) || value[1] < '0' || '9' < value[1] {
				break // the fraction is omitted
			}
			// Any number of digits, even more than the layout has.
			i := 0
			for i+1 < len(value) && '0' <= value[i+1] && value[i+1] <= '9' {
				i++
			}
			nsec, rangeErrString, err = parseNanoseconds(value, 1+i)
			value = value[1+i:]
		}
		if rangeErrString != "" {
			return Time{}, &ParseError{alayout, avalue, stdstr, value, ": " + rangeErrString + " out of range"}
		}
		if err != nil {
			return Time{}, &ParseError{alayout, avalue, stdstr, value, ""}
		}
	}
	if pmSet && hour < 12 {
		hour += 12
	} else if amSet && hour == 12 {
		hour = 0
	}

	// Convert yday to day, month.
	if yday >= 0 {
		d, m := 0, 0
		if isLeap(year) {
			if yday == 31+29 {
				m = 2
				d = 29
			} else if yday > 31+29 {
				yday--
			}
		}
		if yday < 1 || yday > 365 {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year out of range"}
		}
		if m == 0 {
			m = (yday-1)/31 + 1
			if daysBefore[m] < yday {
				m++
			}
			d = yday - daysBefore[m-1]
		}
		// Month and day, when given, must agree with the day of the year.
		if month >= 0 && month != m {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year does not match month"}
		}
		month = m
		if day >= 0 && day != d {
			return Time{}, &ParseError{alayout, avalue, "", value, ": day-of-year does not match day"}
		}
		day = d
	} else {
		if month < 0 {
			month = 1
		}
		if day < 0 {
			day = 1
		}
	}

	if day < 1 || day > daysIn(month, year) {
		return Time{}, &ParseError{alayout, avalue, "", value, ": day out of range"}
	}

	if z != nil {
		return Date(year, Month(month), day, hour, min, sec, nsec, z), nil
	}

	if zoneOffset != -1 {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		t.sec -= int64(zoneOffset)
		// The local zone, when it has this offset at that time.
		_, _, _, _, _, _, _, _, localOff, _ := date(t.sec, true)
		if localOff == zoneOffset {
			t.loc = Local
			return t, nil
		}
		t.loc = FixedZone(zoneName, zoneOffset)
		return t, nil
	}

	if zoneName != "" {
		t := Date(year, Month(month), day, hour, min, sec, nsec, UTC)
		// The local zone, when its abbreviation at that time is zoneName.
		_, _, _, _, _, _, _, _, localOff, localName := date(t.sec, true)
		if localName == zoneName {
			t.sec -= int64(localOff)
			t.loc = Local
			return t, nil
		}
		offset := 0
		if len(zoneName) > 3 && zoneName[:3] == "GMT" {
			offset, _ = atoi(zoneName[3:])
			offset *= 3600
		}
		t.loc = FixedZone(zoneName, offset)
		return t, nil
	}

	return Date(year, Month(month), day, hour, min, sec, nsec, defaultLocation), nil
}
