package main

type S struct{}

func (s *S) P() {}

type E struct{ S }

func main() {
	_ = interface{ m() }.x // ERROR "interface\{m\(\)\}.x undefined \(type interface\{m\(\)\} has no field or method x\)"
	_ = struct{ S }.P      // ERROR "cannot call pointer method P on struct\{S\}"
	_ = struct{ a int }.a  // ERROR "struct\{a int\}.a undefined \(type struct\{a int\} has no method a\)"
	_ = S.P                // ERROR "cannot call pointer method P on S"
	_ = E.P                // ERROR "cannot call pointer method P on E"
	E{}.P()                // ERROR "cannot call pointer method P on E"
	_ = (*E).P
}
