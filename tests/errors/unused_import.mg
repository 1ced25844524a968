package main

import "os" // ERROR "(\"os\" imported and not used|imported and not used: \"os\")"

func main() {
}
