package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	var head *Node
	for i := 3; i >= 1; i-- {
		head = &Node{i, head}
	}
	for n := head; n != nil; n = n.Next {
		fmt.Print(n.Val, " ")
	}
	fmt.Println()
	p := &head.Next.Val
	*p = 20
	fmt.Println(head.Next.Val)
	q := new(Node)
	fmt.Println(q.Val, q.Next == nil)
	s := struct {
		Name string
		Age  int
	}{"bob", 30}
	sp := &s
	sp.Age++
	fmt.Println(s.Age, (*sp).Name)
}

// Output:
// 1 2 3 
// 20
// 0 true
// 31 bob
