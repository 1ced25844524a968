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
