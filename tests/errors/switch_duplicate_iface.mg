package main

func main() {
	var i interface{}
	switch i {
	case 1, 1: // ERROR "duplicate case 1 \(constant of type int\) in expression switch"
	case "x", "x": // ERROR "duplicate case \"x\" \(constant of type string\) in expression switch"
	case 1.5, 1.5: // ERROR "duplicate case 1.5 \(constant of type float64\) in expression switch"
	case true, true:
	}
	switch {
	case true, true:
	}
}
