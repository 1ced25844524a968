package main

import "fmt"

func main() {
	m := map[string]int{"banana": 3, "apple": 1, "cherry": 2}
	fmt.Println(m)
	fmt.Printf("%v %#v\n", m, m)
	im := map[int]string{10: "ten", -1: "neg", 3: "three", 0: "zero"}
	fmt.Println(im)
	fm := map[float64]bool{2.5: true, -1: false, 0: true}
	fmt.Println(fm)
	bm := map[bool]int{true: 1, false: 0}
	fmt.Println(bm)
	var nm map[string]int
	fmt.Println(nm, len(nm))
	fmt.Printf("%v %#v\n", nm, nm)
	nested := map[string][]int{"b": {2}, "a": {1, 1}}
	fmt.Println(nested)
	mm := map[string]map[string]int{"x": {"z": 1, "y": 2}}
	fmt.Println(mm)
	type K struct{ A, B int }
	sm := map[K]string{{2, 1}: "c", {1, 2}: "b", {1, 1}: "a"}
	fmt.Println(sm)
	am := map[any]int{"s": 1, 2: 2, 1: 3, false: 4}
	fmt.Println(am)
	fmt.Printf("%d\n", map[string]int{"a": 1})
	fmt.Printf("%q\n", map[string]string{"k": "v"})
}

// Output:
// map[apple:1 banana:3 cherry:2]
// map[apple:1 banana:3 cherry:2] map[string]int{"apple":1, "banana":3, "cherry":2}
// map[-1:neg 0:zero 3:three 10:ten]
// map[-1:false 0:true 2.5:true]
// map[false:0 true:1]
// map[] 0
// map[] map[string]int(nil)
// map[a:[1 1] b:[2]]
// map[x:map[y:2 z:1]]
// map[{1 1}:a {1 2}:b {2 1}:c]
// map[false:4 1:3 2:2 s:1]
// map[%!d(string=a):1]
// map["k":"v"]
