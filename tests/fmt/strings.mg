package main

import "fmt"

func main() {
	s := "héllo, 世界"
	fmt.Printf("[%s] [%q] [%v] [%x] [%X] [% x]\n", s, s, s, "hi", "hi", "hi")
	fmt.Printf("[%10s] [%-10s] [%.3s] [%10.2s] [%-6.1s]\n", "go", "go", s, s, s)
	fmt.Printf("[%q] [%+q] [%#q] [%#q] [%#+q]\n", "a\tb\"c\\", s, "back`tick", "plain", "x")
	fmt.Printf("[%q] [%q] [%q]\n", "\x00\x7f\xff", "\u2028", "\U0001F600")
	fmt.Printf("[%#x] [% #x] [%.2x] [%8x] [%-8x]\n", "abc", "abc", "abc", "ab", "ab")
	fmt.Printf("[%05s] [%5s] [%-5s]\n", "ab", "日本", "日本")
	fmt.Printf("[%s] [%q] [%v]\n", "", "", "")
	fmt.Printf("%s%%%s\n", "100", "!")
}

// Output:
// [héllo, 世界] ["héllo, 世界"] [héllo, 世界] [6869] [6869] [68 69]
// [        go] [go        ] [hél] [        hé] [h     ]
// ["a\tb\"c\\"] ["h\u00e9llo, \u4e16\u754c"] ["back`tick"] [`plain`] [`x`]
// ["\x00\x7f\xff"] ["\u2028"] ["😀"]
// [0x616263] [0x61 0x62 0x63] [6162] [    6162] [6162    ]
// [000ab] [   日本] [日本   ]
// [] [""] []
// 100%!
