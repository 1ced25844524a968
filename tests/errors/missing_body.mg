package main

func f() // ERROR "missing function body"

func main() { f() }
