// Two players bound as method values pass a ball over one unbuffered channel.
package main

import (
	"fmt"
	"strings"
)

type Player struct {
	name  string
	hits  int
	table chan *Ball
}

type Ball struct {
	hits int
	log  []string
}

func (p *Player) Play(done chan<- *Player, max int) {
	defer func() { done <- p }()
	for b := range p.table {
		if b.hits >= max {
			return
		}
		b.hits++
		p.hits++
		b.log = append(b.log, p.name)
		p.table <- b
	}
}

func main() {
	table := make(chan *Ball)
	done := make(chan *Player)
	ping := &Player{name: "ping", table: table}
	pong := &Player{name: "pong", table: table}
	playPing, playPong := ping.Play, pong.Play
	go playPing(done, 8)
	go playPong(done, 8)
	b := &Ball{}
	table <- b
	winner := <-done
	close(table)
	loser := <-done
	other := b
	fmt.Println(winner != loser)
	fmt.Println(other.hits, ping.hits+pong.hits, len(other.log))
	// alternation: nobody hits twice in a row
	alt := true
	for i := 1; i < len(other.log); i++ {
		if other.log[i] == other.log[i-1] {
			alt = false
		}
	}
	fmt.Println("alternating:", alt, strings.Count(strings.Join(other.log, ","), "p"))
}

// Output:
// true
// 8 8 8
// alternating: true 8
