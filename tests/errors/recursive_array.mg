package main

type A [2]A // ERROR "invalid recursive type"

func main() {}
