// Seed document s2 (002_2b4772fa68bf654e.txt), lines 84-93: with default, select does not wait: no activity.
// The block is verbatim; lines marked `// added` are what it needs to run.
c1 := make(chan string) // added
c2 := make(chan string) // added
select {
case msg1 := <-c1:
    fmt.Println("received", msg1)
case msg2 := <-c2:
    fmt.Println("received", msg2)
case <-time.After(1 * time.Second):
    fmt.Println("timeout")
default:
    fmt.Println("no activity")
}

// Output:
// no activity
