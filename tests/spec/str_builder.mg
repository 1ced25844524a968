package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	for i := 0; i < 3; i++ {
		sb.WriteString("item")
		sb.WriteByte(byte('0' + i))
		sb.WriteRune('→')
	}
	fmt.Fprintf(&sb, "%d!", 42)
	fmt.Println(sb.String())
	fmt.Println(sb.Len())
	sb.Reset()
	sb.WriteString("again")
	fmt.Println(sb.String())
}

// Output:
// item0→item1→item2→42!
// 27
// again
