package main

func main() {
	c := make(chan int)
L:
	select {
	case <-c:
		continue L // ERROR "invalid continue label L"
	}
}
