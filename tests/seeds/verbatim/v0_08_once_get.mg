// Seed document s0 (000_ed7622a24a1b58fe.txt), lines 86-91: sync.Once runs the initializer exactly once.
// The block is verbatim; lines marked `// added` are what it needs to run.
type DB struct{ name string } // added
func connect() *DB { fmt.Println("connecting"); return &DB{"db"} } // added
var once sync.Once
var conn *DB
func Get() *DB {
    once.Do(func() { conn = connect() })
    return conn
}
fmt.Println(Get() == Get(), Get().name) // added

// Output:
// connecting
// true db
