package main

import "fmt"

type Animal struct{ Name string }

func (a Animal) Speak() string   { return a.Name + " makes a sound" }
func (a *Animal) Rename(n string) { a.Name = n }

type Dog struct {
	Animal
	Breed string
}

func (d Dog) Speak() string { return d.Name + " barks" }

type Puppy struct {
	*Dog
	Age int
}

func main() {
	d := Dog{Animal{"rex"}, "lab"}
	fmt.Println(d.Speak(), "|", d.Animal.Speak())
	d.Rename("max")
	fmt.Println(d.Name, d.Animal.Name)
	p := Puppy{&d, 1}
	p.Rename("tiny")
	fmt.Println(p.Name, d.Name, p.Speak(), p.Breed)
	fmt.Printf("%+v\n", d)
}

// Output:
// rex barks | rex makes a sound
// max max
// tiny tiny tiny barks lab
// {Animal:{Name:tiny} Breed:lab}
