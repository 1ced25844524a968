package main

type I interface{ M() }

type B bool

func main() {
	var x int
	var b B
	var f, f1 func()
	var s struct{ f func() }
	var ii I
	var str string
	switch x {
	case "a": // ERROR "cannot convert \"a\" \(untyped string constant\) to int"
	case 2.5: // ERROR "2.5 \(untyped float constant\) truncated to int"
	}
	switch {
	case 1: // ERROR "cannot convert 1 \(untyped int constant\) to bool"
	case b: // ERROR "invalid case b in switch on true \(mismatched types B and bool\)"
	}
	switch f {
	case nil:
	case f1: // ERROR "invalid case f1 in switch on f \(func can only be compared to nil\)"
	}
	switch s { // ERROR "cannot switch on s \(variable of type struct\{f func\(\)\}\) \(struct\{f func\(\)\} is not comparable\)"
	}
	switch ii {
	case 1:   // ERROR "cannot convert 1 \(untyped int constant\) to interface\{M\(\)\}"
	case str: // ERROR "invalid case str in switch on ii \(mismatched types string and I\)"
	}
	switch 1 << 70 { // ERROR "cannot use 1 << 70 \(untyped int constant 1180591620717411303424\) as int value in switch expression \(overflows\)"
	}
}
