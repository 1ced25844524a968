// Seed 0, "What does sync.Once guarantee?": Get() connects exactly once even
// under concurrent calls, and every caller sees the same *DB.
type DB struct{ name string }

func connect() *DB {
	fmt.Println("connecting")
	return &DB{name: "primary"}
}

var once sync.Once
var conn *DB
func Get() *DB {
	once.Do(func() { conn = connect() })
	return conn
}

var wg sync.WaitGroup
got := make([]*DB, 10)
for i := 0; i < 10; i++ {
	wg.Add(1)
	go func(i int) { defer wg.Done(); got[i] = Get() }(i)
}
wg.Wait()
same := true
for _, db := range got {
	same = same && db == got[0]
}
fmt.Println(got[0].name, same)

// Output:
// connecting
// primary true
