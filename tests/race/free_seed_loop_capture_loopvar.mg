// The seed's loop-capture snippet under -loopvar (Go 1.22 semantics: one i per
// iteration): never reported. (Go 1.19 has no per-iteration variables; its
// equivalent is the i := i fix, free_loop_capture_shadow.mg.)
var wg sync.WaitGroup // added
for i := 0; i < 3; i++ {
wg.Add(1) // added
go func() {
defer wg.Done() // added
fmt.Println(i)
}()
}
wg.Wait() // added

// Flags: -race -loopvar
// Unordered output:
// 0
// 1
// 2
