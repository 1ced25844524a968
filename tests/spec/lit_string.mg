package main

import "fmt"

func main() {
	fmt.Println("hello, world")
	fmt.Println("tab\there", "quote\"", "back\\slash")
	fmt.Println("\x48\x49", "\110\111", "\u00e9\U0001F600")
	fmt.Println(`raw\n string`)
	fmt.Println(`multi
line`)
	fmt.Println(len("héllo"), len(`\n`), len("\n"))
	fmt.Println("" == ``, "a"+"b" == "ab")
}

// Output:
// hello, world
// tab	here quote" back\slash
// HI HI é😀
// raw\n string
// multi
// line
// 6 2 1
// true true
