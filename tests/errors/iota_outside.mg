package main

func main() {
	_ = iota // ERROR "cannot use iota outside constant declaration"
}
