// Calls through a method value (f := p.Wait; f() and go f()) show no frame for gc's -fm
// wrapper: main.(*P).Wait sits right above main.main / created by main.main.
package main

type P struct{ c chan int }

func (p *P) Wait() { <-p.c }

func main() {
	p := &P{}
	f := p.Wait
	go f()
	f()
}

// Exit: 2
// Stderr: ^fatal error: all goroutines are asleep - deadlock!$
// Stderr: ^goroutine [0-9]+ \[chan receive \(nil chan\)\]:[[:space:]]+main\.\(\*P\)\.Wait\([^)]*\)[[:space:]]+[^[:space:]]*method_value_go_deadlock\.mg:7[[:space:]]+main\.main\(\)[[:space:]]+[^[:space:]]*method_value_go_deadlock\.mg:13$
// Stderr: ^goroutine [0-9]+ \[chan receive \(nil chan\)\]:[[:space:]]+main\.\(\*P\)\.Wait\([^)]*\)[[:space:]]+[^[:space:]]*method_value_go_deadlock\.mg:7[[:space:]]+created by main\.main[[:space:]]+[^[:space:]]*method_value_go_deadlock\.mg:12$
