// Seed 1, "sync.Once — run exactly once": `&Singleton{...}` filled in.
type Singleton struct{ created int }

var made int

var (
	once sync.Once
	instance *Singleton
)
func GetInstance() *Singleton {
	once.Do(func() {
		made++
		instance = &Singleton{created: made}
	})
	return instance
}

var wg sync.WaitGroup
for i := 0; i < 10; i++ {
	wg.Add(1)
	go func() { defer wg.Done(); GetInstance() }()
}
wg.Wait()
fmt.Println(made, GetInstance().created, GetInstance() == GetInstance())

// Output:
// 1 1 true
