// The seed's argument fix of loop capture (s1: passing i as an argument):
// never reported.
var wg sync.WaitGroup // added
for i := 0; i < 3; i++ {
wg.Add(1) // added
go func(i int) {
defer wg.Done() // added
fmt.Println(i) // prints 0, 1, 2 (in some order)
}(i)
}
wg.Wait() // added

// Flags: -race
// Unordered output:
// 0
// 1
// 2
