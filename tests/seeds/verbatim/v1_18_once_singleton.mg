// Seed document s1 (001_f7ebe58bf6508199.txt), lines 184-193: sync.Once: lazy initialization (the document's &Singleton{...} is not Go: gc rejects it).
// The block is verbatim; lines marked `// added` are what it needs to run.
type Singleton struct{} // added
var (
once sync.Once
instance *Singleton
)
func GetInstance() *Singleton {
once.Do(func() {
instance = &Singleton{...}
})
return instance
}
fmt.Println(GetInstance() == GetInstance()) // added

// Exit: 1
// Stderr: ^.*v1_18_once_singleton\.mg:10:23: syntax error: unexpected \.\.\., expecting expression$
