// A nil pointer in a fused 3-vector update (SUBMULLDTO3_F64) panics at the first
// statement's line, as the first of the three statements would (Go 1.19: line 9).
package main

type body struct{ vx, vy, vz, m float64 }

func kick(p, q *body, dx, dy, dz, mag float64) {
	// the first statement is line 9
	p.vx -= dx * q.m * mag
	p.vy -= dy * q.m * mag
	p.vz -= dz * q.m * mag
}

func main() {
	var p *body
	kick(p, &body{}, 1, 2, 3, 4)
}

// Exit: 2
// Stderr: ^panic: runtime error: invalid memory address or nil pointer dereference
// Stderr: float_vec3_nil\.mg:9$
