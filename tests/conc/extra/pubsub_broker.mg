// A pub/sub broker: RWMutex-guarded subscriptions, buffered subscriber channels, close on shutdown.
package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Message struct {
	Topic string
	Body  string
}

type Broker struct {
	mu   sync.RWMutex
	subs map[string][]chan Message
}

func NewBroker() *Broker { return &Broker{subs: map[string][]chan Message{}} }

func (b *Broker) Subscribe(topic string) <-chan Message {
	ch := make(chan Message, 16)
	b.mu.Lock()
	b.subs[topic] = append(b.subs[topic], ch)
	b.mu.Unlock()
	return ch
}

func (b *Broker) Publish(m Message) int {
	b.mu.RLock()
	defer b.mu.RUnlock()
	for _, ch := range b.subs[m.Topic] {
		ch <- m
	}
	return len(b.subs[m.Topic])
}

func (b *Broker) Close() {
	b.mu.Lock()
	defer b.mu.Unlock()
	for t, chs := range b.subs {
		for _, ch := range chs {
			close(ch)
		}
		delete(b.subs, t)
	}
}

func main() {
	b := NewBroker()
	var wg sync.WaitGroup
	var mu sync.Mutex
	got := map[string][]string{}
	sub := func(name, topic string) {
		ch := b.Subscribe(topic)
		wg.Add(1)
		go func() {
			defer wg.Done()
			for m := range ch {
				mu.Lock()
				got[name] = append(got[name], m.Topic+":"+m.Body)
				mu.Unlock()
			}
		}()
	}
	sub("alice", "news")
	sub("bob", "news")
	sub("bob", "sports")
	sub("carol", "weather")
	delivered := 0
	for i, t := range []string{"news", "sports", "news", "tech", "weather"} {
		delivered += b.Publish(Message{t, fmt.Sprint("m", i)})
	}
	b.Close()
	wg.Wait()
	names := make([]string, 0, len(got))
	for n := range got {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		sort.Strings(got[n])
		fmt.Println(n, strings.Join(got[n], ","))
	}
	fmt.Println("delivered", delivered)
}

// Output:
// alice news:m0,news:m2
// bob news:m0,news:m2,sports:m1
// carol weather:m4
// delivered 6
