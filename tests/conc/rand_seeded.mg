package main

import (
	"fmt"
	"math/rand"
)

func main() {
	r := rand.New(rand.NewSource(1))
	for i := 0; i < 10; i++ {
		fmt.Print(r.Intn(100), ",")
	}
	fmt.Println()
	fmt.Println(r.Int63(), r.Int31(), r.Uint32(), r.Uint64(), r.Int(), r.Int63n(1000000007), r.Int31n(77), r.Intn(1<<40))
	fmt.Println(r.Float64(), r.Float32(), r.Perm(10))
	s := []int{1, 2, 3, 4, 5, 6, 7, 8}
	r.Shuffle(len(s), func(i, j int) { s[i], s[j] = s[j], s[i] })
	fmt.Println(s)
	b := make([]byte, 10)
	r.Read(b)
	fmt.Println(b)
	r2 := rand.New(rand.NewSource(-42))
	fmt.Println(r2.Intn(1000), r2.Intn(1000))
	r2.Seed(0)
	fmt.Println(r2.Intn(1000), r2.Intn(1000))
	rand.Seed(7)
	fmt.Println(rand.Intn(100), rand.Intn(100), rand.Float64(), rand.Perm(5))
	src := rand.NewSource(99)
	fmt.Println(src.Int63(), src.(rand.Source64).Uint64())
	defer func() { fmt.Println(recover()) }()
	rand.Intn(0)
}

// Output:
// 81,87,47,59,81,18,25,40,56,0,
// 4751997750760398084 1747278511 920256325 3510942875414458836 2933568871211445515 564964702 7 643511688475
// 0.6790846759202163 0.21855305 [7 6 4 2 3 9 8 1 5 0]
// [3 2 6 8 4 7 1 5]
// [59 238 165 244 247 67 145 244 69 209]
// 981 388
// 274 514
// 86 70 0.24138756706529774 [3 0 4 1 2]
// 2431074399724039541 5864379541603903257
// invalid argument to Intn
