package main

func main() {
	s := "abc"
	for i := range s {
		s[i] = 'x' // ERROR "cannot assign to s\[i\] \(value of type (byte|uint8)\)"
	}
}
