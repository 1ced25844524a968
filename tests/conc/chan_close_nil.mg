package main

func main() {
	var c chan int
	close(c)
}

// Exit: 2
// Stderr: ^panic: close of nil channel$
// Stderr: ^goroutine 1 \[running\]:$
