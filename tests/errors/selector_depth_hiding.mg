package main

// Fields hide deeper methods (and the reverse) in selectors and in method sets; a field
// and a method at the same depth make the selector ambiguous.

type Inner struct{ Deep int }

func (Inner) Name() string { return "m" }

type Other struct{}

func (Other) Deep() int { return 1 }
func (*Other) PM()      {}

type Mid struct {
	Inner
	Name int
}

type Both struct {
	Inner
	Other
}

type Namer interface{ Name() string }
type Deeper interface{ Deep() int }

type Top struct {
	Mid
}

type VW struct{ Other }
type PMer interface{ PM() }

func main() {
	var b Both
	_ = b.Deep // ERROR "ambiguous selector b.Deep"
	var d Deeper = b // ERROR "Both does not implement Deeper \(missing (method )?Deep( method)?\)"
	var n Namer = Top{} // ERROR "Top does not implement Namer \(missing (method )?Name( method)?\)"
	var n2 Namer = &Mid{} // ERROR "\*Mid does not implement Namer \(missing (method )?Name( method)?\)"
	_ = Top.Name // ERROR "Top.Name undefined \(type Top has no method Name\)"
	var t Top
	t.Name() // ERROR "cannot call non-function t.Name \(variable of type int\)"
	_ = t.Name + 1
	var q PMer = VW{} // ERROR "VW does not implement PMer \((PM method|method PM) has pointer receiver\)"
	var r PMer = &VW{}
	_, _, _, _, _ = d, n, n2, q, r
}
