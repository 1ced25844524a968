package main

func main() {
	var x any = 1
	switch v := x.(type) { // ERROR "declared (and|but) not used"
	case int:
	}
}
