package main

var a = b // ERROR "initialization (cycle|loop)"
var b = a

func main() {}
