package main

import (
	"fmt"
	"time"
)

func show(layout, value string) {
	t, err := time.Parse(layout, value)
	if err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Println(t, "|", t.Unix(), t.Nanosecond(), t.Location(), t.Weekday(), t.YearDay())
}

func main() {
	show(time.RFC3339, "2023-04-05T06:07:08Z")
	show(time.RFC3339, "2023-04-05T06:07:08+02:00")
	show(time.RFC3339, "2023-04-05T06:07:08-07:30")
	show(time.RFC3339, "2023-04-05T06:07:08.123Z")
	show(time.RFC3339Nano, "2023-04-05T06:07:08.123456789Z")
	show(time.RFC3339Nano, "2023-04-05T06:07:08Z")
	show("2006-01-02 15:04:05", "2022-12-31 23:59:59")
	show("2006-01-02", "2020-02-29")
	show("15:04:05", "13:14:15")
	show(time.Kitchen, "3:04PM")
	show(time.Kitchen, "12:30AM")
	show(time.RFC1123, "Tue, 10 Nov 2009 23:00:00 UTC")
	show(time.RFC1123Z, "Tue, 10 Nov 2009 23:00:00 +0100")
	show(time.ANSIC, "Mon Jan  2 15:04:05 2006")
	show("Jan 2, 2006 at 3:04pm (MST)", "Feb 3, 2013 at 7:54pm (PST)")
	show("Jan 2, 2006 at 3:04pm (MST)", "Feb 3, 2013 at 7:54pm (UTC)")
	show("January 2, 2006", "march 15, 1999")
	show("Monday, 02-Jan-06", "Friday, 13-Oct-17")
	show("2006-01-02 15:04:05.000", "2020-01-01 10:20:30.456")
	show("2006-01-02 15:04:05,999", "2020-01-01 10:20:30,5")
	show("2006-002", "2020-060")
	show("2006-002", "2021-060")
	show(time.StampMilli, "Jan  2 15:04:05.123")
	show("02 Jan 06 15:04 -0700", "02 Jan 06 15:04 -0000")
	show("2006-01-02T15:04:05Z07:00:00", "2006-01-02T15:04:05+01:02:03")
	show("2006-01-02 MST", "2006-01-02 GMT+3")
	show("2006-01-02", "x")
	show("2006-01-02", "2006-13-02")
	show("2006-01-02", "2006-02-30")
	show("2006-01-02", "2006-01-02 extra")
	show("2006-01-02", "2006/01/02")
	show("15:04:05", "25:00:00")
	show("15:04:05", "12:61:00")
	show("15:04", "12:5")
	show(time.RFC3339, "2023-04-05T06:07:08")
	show(time.RFC3339, "2023-04-05T06:07:08+0200")
	show(time.Kitchen, "3:04XM")
	show("2006-01-02 15:04:05.000", "2020-01-01 10:20:30.45")
	show("Jan 2006", "Foo 2006")
	show("2006-01-02", "")
	show("2006-01-02", "2006-01-0é")
	show("2006  01", "2006 01")
	show("2006 01", "2006   01")
	t, _ := time.Parse(time.RFC3339, "2023-04-05T06:07:08+05:30")
	fmt.Println(t.Format(time.RFC1123Z), t.Format(time.RFC3339), t.UTC().Format(time.RFC3339))
	name, off := t.Zone()
	fmt.Printf("%q %d\n", name, off)
	loc := time.FixedZone("EST", -5*3600)
	u := time.Date(2020, 6, 1, 12, 0, 0, 0, loc)
	fmt.Println(u, u.UTC(), u.Hour(), loc)
	fmt.Println(time.Date(2020, 6, 1, 12, 0, 0, 0, time.UTC).In(loc))
	var pe *time.ParseError
	_, err := time.Parse("2006", "abcd")
	pe, _ = err.(*time.ParseError)
	fmt.Printf("%q %q %q %q %q\n", pe.Layout, pe.Value, pe.LayoutElem, pe.ValueElem, pe.Message)
}

// Output:
// 2023-04-05 06:07:08 +0000 UTC | 1680674828 0 UTC Wednesday 95
// 2023-04-05 06:07:08 +0200 +0200 | 1680667628 0  Wednesday 95
// 2023-04-05 06:07:08 -0730 -0730 | 1680701828 0  Wednesday 95
// 2023-04-05 06:07:08.123 +0000 UTC | 1680674828 123000000 UTC Wednesday 95
// 2023-04-05 06:07:08.123456789 +0000 UTC | 1680674828 123456789 UTC Wednesday 95
// 2023-04-05 06:07:08 +0000 UTC | 1680674828 0 UTC Wednesday 95
// 2022-12-31 23:59:59 +0000 UTC | 1672531199 0 UTC Saturday 365
// 2020-02-29 00:00:00 +0000 UTC | 1582934400 0 UTC Saturday 60
// 0000-01-01 13:14:15 +0000 UTC | -62167171545 0 UTC Saturday 1
// 0000-01-01 15:04:00 +0000 UTC | -62167164960 0 UTC Saturday 1
// 0000-01-01 00:30:00 +0000 UTC | -62167217400 0 UTC Saturday 1
// 2009-11-10 23:00:00 +0000 UTC | 1257894000 0 UTC Tuesday 314
// 2009-11-10 23:00:00 +0100 +0100 | 1257890400 0  Tuesday 314
// 2006-01-02 15:04:05 +0000 UTC | 1136214245 0 UTC Monday 2
// 2013-02-03 19:54:00 +0000 PST | 1359921240 0 PST Sunday 34
// 2013-02-03 19:54:00 +0000 UTC | 1359921240 0 UTC Sunday 34
// 1999-03-15 00:00:00 +0000 UTC | 921456000 0 UTC Monday 74
// 2017-10-13 00:00:00 +0000 UTC | 1507852800 0 UTC Friday 286
// 2020-01-01 10:20:30.456 +0000 UTC | 1577874030 456000000 UTC Wednesday 1
// 2020-01-01 10:20:30.5 +0000 UTC | 1577874030 500000000 UTC Wednesday 1
// 2020-02-29 00:00:00 +0000 UTC | 1582934400 0 UTC Saturday 60
// 2021-03-01 00:00:00 +0000 UTC | 1614556800 0 UTC Monday 60
// 0000-01-02 15:04:05.123 +0000 UTC | -62167078555 123000000 UTC Sunday 2
// 2006-01-02 15:04:00 +0000 UTC | 1136214240 0 Local Monday 2
// 2006-01-02 15:04:05 +0102 +0102 | 1136210522 0  Monday 2
// 2006-01-02 03:00:00 +0300 GMT+3 | 1136160000 0 GMT+3 Monday 2
// error: parsing time "x" as "2006-01-02": cannot parse "x" as "2006"
// error: parsing time "2006-13-02": month out of range
// error: parsing time "2006-02-30": day out of range
// error: parsing time "2006-01-02 extra": extra text: " extra"
// error: parsing time "2006/01/02" as "2006-01-02": cannot parse "/01/02" as "-"
// error: parsing time "25:00:00": hour out of range
// error: parsing time "12:61:00": minute out of range
// error: parsing time "12:5" as "15:04": cannot parse "5" as "04"
// error: parsing time "2023-04-05T06:07:08" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "Z07:00"
// error: parsing time "2023-04-05T06:07:08+0200" as "2006-01-02T15:04:05Z07:00": cannot parse "+0200" as "Z07:00"
// error: parsing time "3:04XM" as "3:04PM": cannot parse "" as "PM"
// error: parsing time "2020-01-01 10:20:30.45" as "2006-01-02 15:04:05.000": cannot parse ".45" as ".000"
// error: parsing time "Foo 2006" as "Jan 2006": cannot parse "Foo 2006" as "Jan"
// error: parsing time "" as "2006-01-02": cannot parse "" as "2006"
// error: parsing time "2006-01-0\xc3\xa9" as "2006-01-02": cannot parse "0\xc3\xa9" as "02"
// 2006-01-01 00:00:00 +0000 UTC | 1136073600 0 UTC Sunday 1
// 2006-01-01 00:00:00 +0000 UTC | 1136073600 0 UTC Sunday 1
// Wed, 05 Apr 2023 06:07:08 +0530 2023-04-05T06:07:08+05:30 2023-04-05T00:37:08Z
// "" 19800
// 2020-06-01 12:00:00 -0500 EST 2020-06-01 17:00:00 +0000 UTC 12 EST
// 2020-06-01 07:00:00 -0500 EST
// "2006" "abcd" "2006" "abcd" ""
