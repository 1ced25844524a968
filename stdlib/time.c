/* time.c - the natives of package time (stdlib/time.mg): the clocks, Sleep,
 * the run-time timers behind Timer/Ticker/After/Tick, and calendar
 * conversion and formatting through the C library (gmtime_r / localtime_r).
 *
 * A Time is 4 words (time.mg): sec (seconds since January 1, year 1, UTC), nsec
 * (0..999999999), mono (CLOCK_MONOTONIC ns, 0 = none) and loc (*Location, nil =
 * UTC). A timer channel is a minigo `chan Time` of capacity 1; when a timer
 * fires, its callback (an M with no G, runtime/sched.h) try-sends the current
 * time and drops the value when the channel is full, as Go's sendTime does.
 */
#include <string.h>
#include <time.h>

#include "natives.h"
#include "runtime/chan.h"
#include "runtime/sched.h"
#include "vm/object.h"

/* seconds from January 1, year 1 to January 1, 1970 (Go's unixToInternal) */
#define UNIX_TO_INTERNAL ((int64_t)(1969 * 365 + 1969 / 4 - 1969 / 100 + 1969 / 400) * 86400)
#define TIME_WORDS       4

/* the scheduler's wall clock (virtual under -seed), in Go's internal seconds */
static void wall_now(rt_sched *s, int64_t *sec, int64_t *nsec) {
    rt_wall_now(s, sec, nsec);
    *sec += UNIX_TO_INTERNAL;
}

/* now() (sec, nsec, mono int64) */
static void n_now(mg_ncall *c, mg_word *args, mg_word *res) {
    rt_sched *s = mg_ncall_sched(c);
    wall_now(s, &res[0].i, &res[1].i);
    res[2].i = rt_now(s);
}

static void n_runtime_nano(mg_ncall *c, mg_word *args, mg_word *res) {
    res[0].i = rt_now(mg_ncall_sched(c));
}

/* Sleep(d Duration) */
static void n_sleep(mg_ncall *c, mg_word *args, mg_word *res) {
    int64_t ns = args[0].i;
    if (ns <= 0) return;
    if (rt_sleep(mg_ncall_sched(c), mg_ncall_rtg(c), ns) == RT_PARK) mg_native_park(c);
}

/* ---------- timers ---------- */

typedef struct time_timer {
    rt_timer *t;
    rt_chan *c;
    void *loc; /* the *Location stamped on sent times (Local) */
} time_timer;

static void send_time(rt_sched *s, rt_timer *t, void *arg) {
    time_timer *tt = arg;
    uint64_t v[TIME_WORDS];
    int64_t sec, nsec;
    wall_now(s, &sec, &nsec);
    v[0] = (uint64_t)sec;
    v[1] = (uint64_t)nsec;
    v[2] = (uint64_t)rt_now(s);
    v[3] = (uint64_t)(uintptr_t)tt->loc;
    rt_status st;
    rt_chan_try_send(s, tt->c, v, &st); /* full: the reader has not caught up; drop */
}

/* newTimer(c chan Time, delay, period int64, loc *Location) *runtimeTimer */
static void n_new_timer(mg_ncall *c, mg_word *args, mg_word *res) {
    time_timer *tt = mg_alloc(sizeof *tt);
    tt->c = args[0].p;
    tt->loc = args[3].p;
    tt->t = rt_timer_new(send_time, tt);
    rt_sched *s = mg_ncall_sched(c);
    int64_t delay = args[1].i > 0 ? args[1].i : 0;
    rt_timer_start(s, tt->t, rt_now(s) + delay, args[2].i);
    res[0].p = tt;
}

/* stopTimer(t *runtimeTimer) bool */
static void n_stop_timer(mg_ncall *c, mg_word *args, mg_word *res) {
    time_timer *tt = args[0].p;
    rt_sched *s = mg_ncall_sched(c);
    res[0].i = rt_timer_stop(s, tt->t);
}

/* resetTimer(t *runtimeTimer, delay, period int64) bool */
static void n_reset_timer(mg_ncall *c, mg_word *args, mg_word *res) {
    time_timer *tt = args[0].p;
    rt_sched *s = mg_ncall_sched(c);
    int64_t delay = args[1].i > 0 ? args[1].i : 0;
    res[0].i = rt_timer_start(s, tt->t, rt_now(s) + delay, args[2].i);
}

/* ---------- calendar ---------- */

static void broken_down(int64_t sec, bool local, struct tm *tm) {
    time_t t = (time_t)(sec - UNIX_TO_INTERNAL);
    if (local)
        localtime_r(&t, tm);
    else
        gmtime_r(&t, tm);
}

/* date(sec int64, local bool) (year, month, day, hour, min, sec, wday, yday, offset int,
 * zone string) */
static void n_date(mg_ncall *c, mg_word *args, mg_word *res) {
    struct tm tm;
    broken_down(args[0].i, args[1].i != 0, &tm);
    res[0].i = (int64_t)tm.tm_year + 1900;
    res[1].i = tm.tm_mon + 1;
    res[2].i = tm.tm_mday;
    res[3].i = tm.tm_hour;
    res[4].i = tm.tm_min;
    res[5].i = tm.tm_sec;
    res[6].i = tm.tm_wday;
    res[7].i = tm.tm_yday + 1;
    res[8].i = args[1].i ? tm.tm_gmtoff : 0;
    mg_string z = mg_str_from_c(args[1].i && tm.tm_zone ? tm.tm_zone : "UTC");
    res[9].p = (void *)z.ptr;
    res[10].i = z.len;
}

/* mkdate(year, month, day, hour, min, sec int, local bool) (sec int64): the internal
 * seconds of a civil time; out-of-range fields normalise as in Go's Date. */
static void n_mkdate(mg_ncall *c, mg_word *args, mg_word *res) {
    struct tm tm = {0};
    tm.tm_year = (int)(args[0].i - 1900);
    tm.tm_mon = (int)(args[1].i - 1);
    tm.tm_mday = (int)args[2].i;
    tm.tm_hour = (int)args[3].i;
    tm.tm_min = (int)args[4].i;
    tm.tm_sec = (int)args[5].i;
    tm.tm_isdst = -1;
    time_t t = args[6].i ? mktime(&tm) : timegm(&tm);
    res[0].i = (int64_t)t + UNIX_TO_INTERNAL;
}

/* ---------- Format ---------- */

typedef struct outbuf {
    char b[512];
    size_t n;
} outbuf;

static void put(outbuf *o, const char *s, size_t n) {
    if (o->n + n > sizeof o->b) n = sizeof o->b - o->n;
    memcpy(o->b + o->n, s, n);
    o->n += n;
}

static void put_int(outbuf *o, int64_t v, int width, char pad) {
    char tmp[32];
    int n = 0;
    bool neg = v < 0;
    uint64_t u = neg ? -(uint64_t)v : (uint64_t)v;
    do {
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    while (n < width)
        tmp[n++] = pad;
    if (neg) put(o, "-", 1);
    for (int i = n - 1; i >= 0; i--)
        put(o, &tmp[i], 1);
}

static const char *const long_months[] = {"January",   "February", "March",    "April",
                                          "May",       "June",     "July",     "August",
                                          "September", "October",  "November", "December"};
static const char *const long_days[] = {"Sunday",   "Monday", "Tuesday", "Wednesday",
                                        "Thursday", "Friday", "Saturday"};

static bool has(const uint8_t *p, size_t n, const char *lit) {
    size_t k = strlen(lit);
    return n >= k && memcmp(p, lit, k) == 0;
}

/* A zone offset: "-0700" style. z: print "Z" for UTC (the Z07 forms). */
static void put_zone(outbuf *o, long off, bool z, bool colon, bool secs, bool hours_only) {
    if (z && off == 0) {
        put(o, "Z", 1);
        return;
    }
    put(o, off < 0 ? "-" : "+", 1);
    long a = off < 0 ? -off : off;
    put_int(o, a / 3600, 2, '0');
    if (hours_only) return;
    if (colon) put(o, ":", 1);
    put_int(o, a / 60 % 60, 2, '0');
    if (secs) {
        if (colon) put(o, ":", 1);
        put_int(o, a % 60, 2, '0');
    }
}

/* format(sec, nsec int64, local bool, off int, zone, layout string) string: Go's layout
 * elements. Not local: the time is shown at the fixed offset off (seconds east of UTC)
 * with the zone name zone (UTC: 0, "UTC"). */
static void n_format(mg_ncall *c, mg_word *args, mg_word *res) {
    struct tm tm;
    bool local = args[2].i != 0;
    long off = local ? 0 : (long)args[3].i;
    broken_down(args[0].i + off, local, &tm);
    int64_t nsec = args[1].i;
    char zbuf[64];
    size_t zlen = (size_t)args[5].i < sizeof zbuf - 1 ? (size_t)args[5].i : sizeof zbuf - 1;
    if (zlen) memcpy(zbuf, args[4].p, zlen);
    zbuf[zlen] = 0;
    const char *zone = zbuf;
    if (local) {
        off = tm.tm_gmtoff;
        zone = tm.tm_zone ? tm.tm_zone : "UTC";
    }
    const uint8_t *p = args[6].p;
    size_t n = (size_t)args[7].i;
    int64_t year = (int64_t)tm.tm_year + 1900;
    int hour12 = tm.tm_hour % 12 == 0 ? 12 : tm.tm_hour % 12;
    outbuf o;
    o.n = 0;
    while (n > 0) {
        size_t k = 1; /* bytes of layout consumed */
        if (has(p, n, "January")) {
            put(&o, long_months[tm.tm_mon], strlen(long_months[tm.tm_mon]));
            k = 7;
        } else if (has(p, n, "Jan")) {
            put(&o, long_months[tm.tm_mon], 3);
            k = 3;
        } else if (has(p, n, "Monday")) {
            put(&o, long_days[tm.tm_wday], strlen(long_days[tm.tm_wday]));
            k = 6;
        } else if (has(p, n, "Mon")) {
            put(&o, long_days[tm.tm_wday], 3);
            k = 3;
        } else if (has(p, n, "MST")) {
            put(&o, zone, strlen(zone));
            k = 3;
        } else if (has(p, n, "2006")) {
            put_int(&o, year, 4, '0');
            k = 4;
        } else if (has(p, n, "002")) {
            put_int(&o, tm.tm_yday + 1, 3, '0');
            k = 3;
        } else if (has(p, n, "__2")) {
            put_int(&o, tm.tm_yday + 1, 3, ' ');
            k = 3;
        } else if (has(p, n, "_2") && !has(p, n, "_2006")) {
            put_int(&o, tm.tm_mday, 2, ' ');
            k = 2;
        } else if (has(p, n, "01")) {
            put_int(&o, tm.tm_mon + 1, 2, '0');
            k = 2;
        } else if (has(p, n, "02")) {
            put_int(&o, tm.tm_mday, 2, '0');
            k = 2;
        } else if (has(p, n, "03")) {
            put_int(&o, hour12, 2, '0');
            k = 2;
        } else if (has(p, n, "04")) {
            put_int(&o, tm.tm_min, 2, '0');
            k = 2;
        } else if (has(p, n, "05")) {
            put_int(&o, tm.tm_sec, 2, '0');
            k = 2;
        } else if (has(p, n, "06")) {
            put_int(&o, (year % 100 + 100) % 100, 2, '0');
            k = 2;
        } else if (has(p, n, "15")) {
            put_int(&o, tm.tm_hour, 2, '0');
            k = 2;
        } else if (p[0] == '1') {
            put_int(&o, tm.tm_mon + 1, 1, '0');
        } else if (p[0] == '2') {
            put_int(&o, tm.tm_mday, 1, '0');
        } else if (p[0] == '3') {
            put_int(&o, hour12, 1, '0');
        } else if (p[0] == '4') {
            put_int(&o, tm.tm_min, 1, '0');
        } else if (p[0] == '5') {
            put_int(&o, tm.tm_sec, 1, '0');
        } else if (has(p, n, "PM")) {
            put(&o, tm.tm_hour >= 12 ? "PM" : "AM", 2);
            k = 2;
        } else if (has(p, n, "pm")) {
            put(&o, tm.tm_hour >= 12 ? "pm" : "am", 2);
            k = 2;
        } else if (has(p, n, "-07:00:00") || has(p, n, "Z07:00:00")) {
            put_zone(&o, off, p[0] == 'Z', true, true, false);
            k = 9;
        } else if (has(p, n, "-070000") || has(p, n, "Z070000")) {
            put_zone(&o, off, p[0] == 'Z', false, true, false);
            k = 7;
        } else if (has(p, n, "-07:00") || has(p, n, "Z07:00")) {
            put_zone(&o, off, p[0] == 'Z', true, false, false);
            k = 6;
        } else if (has(p, n, "-0700") || has(p, n, "Z0700")) {
            put_zone(&o, off, p[0] == 'Z', false, false, false);
            k = 5;
        } else if (has(p, n, "-07") || has(p, n, "Z07")) {
            put_zone(&o, off, p[0] == 'Z', false, false, true);
            k = 3;
        } else if ((p[0] == '.' || p[0] == ',') && n > 1 && (p[1] == '0' || p[1] == '9')) {
            size_t j = 1;
            while (j < n && p[j] == p[1])
                j++;
            if (j < n && p[j] >= '0' && p[j] <= '9') { /* not a fraction: a literal */
                put(&o, (const char *)p, 1);
            } else {
                int digits = (int)(j - 1);
                char frac[10];
                int64_t v = nsec;
                for (int d = 8; d >= 0; d--) {
                    frac[d] = (char)('0' + v % 10);
                    v /= 10;
                }
                if (digits > 9) digits = 9;
                int keep = digits;
                if (p[1] == '9') /* trailing zeros dropped, and the separator with them */
                    while (keep > 0 && frac[keep - 1] == '0')
                        keep--;
                if (keep > 0) {
                    put(&o, (const char *)p, 1);
                    put(&o, frac, (size_t)keep);
                }
                k = j;
            }
        } else {
            put(&o, (const char *)p, 1);
        }
        p += k;
        n -= k;
    }
    mg_string s = mg_str_from_bytes(o.b, o.n);
    res[0].p = (void *)s.ptr;
    res[1].i = s.len;
}

const mg_native_entry mg_natives_time[] = {
    {"time.now", n_now},
    {"time.runtimeNano", n_runtime_nano},
    {"time.Sleep", n_sleep},
    {"time.newTimer", n_new_timer},
    {"time.stopTimer", n_stop_timer},
    {"time.resetTimer", n_reset_timer},
    {"time.date", n_date},
    {"time.mkdate", n_mkdate},
    {"time.format", n_format},
    {NULL, NULL},
};
